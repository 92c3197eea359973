package org.exampath.practice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Calibration on the figures a student gave, when a hypothesis they ranked has none. A blank is not a 0%, so no Brier
 * score is given (or kept) then; each figure given is judged alone against the answer. {@code blankRanks}: the ranks
 * (from 1) chosen with no figure; {@code figures}: each hypothesis given a figure, in rank order, with its probability;
 * {@code meanSquaredError}: the mean of (p - o)² over those figures, o being 1 for an accepted leading hypothesis and
 * 0 for any other.
 */
public record FiguresGiven(List<Integer> blankRanks, Map<String, Double> figures, double meanSquaredError) {
    public FiguresGiven {
        blankRanks = List.copyOf(blankRanks);
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /** The figures of {@code answer} judged alone, or null unless some ranked hypotheses have a figure and some none. */
    static FiguresGiven of(Answer answer, Set<String> leading) {
        List<Integer> blank = new ArrayList<>();
        Map<String, Double> given = new LinkedHashMap<>();
        for (int i = 0; i < answer.ranked().size(); i++) {
            String id = answer.ranked().get(i);
            Double p = answer.probabilities().get(id);
            if (p == null) {
                blank.add(i + 1);
            } else {
                given.put(id, p);
            }
        }
        if (blank.isEmpty() || given.isEmpty()) {
            return null;
        }
        double sum = 0;
        for (var e : given.entrySet()) {
            double o = leading.contains(e.getKey()) ? 1 : 0;
            sum += (e.getValue() - o) * (e.getValue() - o);
        }
        return new FiguresGiven(blank, given, sum / given.size());
    }
}
