package org.exampath.ui.practice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.exampath.knowledge.Hypothesis;
import org.exampath.knowledge.RedFlagRule;
import org.exampath.practice.Answer;

/**
 * The commit form's state: three ranked hypotheses, each with an optional probability typed as a
 * percentage, the red flags ticked, the imaging choice and the findings marked as not fitting.
 * Parsing and validation live here: an invalid probability ("150", "abc"), a probability on a rank with
 * no hypothesis, a hypothesis ranked twice, or a probability above a higher rank's is reported by name and blocks
 * the commit; nothing typed is silently dropped.
 */
public final class CommitFormModel {
    public static final int RANKS = 3;

    /**
     * One ranked line: the hypothesis and the probability text, with its own verdict. A probability must be a
     * percentage, needs a hypothesis beside it and may not be above a higher rank's; a hypothesis may be ranked only
     * once, and not below an empty rank (the answer would silently move it up to first).
     */
    public static final class Rank {
        private final int place;
        private final ObjectProperty<Hypothesis> hypothesis = new SimpleObjectProperty<>(this, "hypothesis");
        private final StringProperty probability = new SimpleStringProperty(this, "probability", "");
        private BooleanBinding choiceWrong;
        private StringBinding problem;
        private BooleanBinding probabilityWrong;

        Rank(int place) {
            this.place = place;
        }

        /** Judges this line against the lines ranked above it (called once, when all lines exist). */
        void judgeAgainst(List<Rank> above) {
            javafx.beans.Observable[] watched = java.util.stream.Stream.concat(above.stream().flatMap(r -> java.util.stream.Stream.of(
                    r.hypothesis, r.probability)), java.util.stream.Stream.of(hypothesis, probability)).toArray(javafx.beans.Observable[]::new);
            BooleanBinding repeated = Bindings.createBooleanBinding(() -> firstAlike(above).isPresent(), watched);
            problem = Bindings.createStringBinding(() -> problemWith(above), watched);
            BooleanBinding skipped = Bindings.createBooleanBinding(() -> hypothesis.get() != null
                    && above.stream().anyMatch(r -> r.hypothesis.get() == null), watched);
            choiceWrong = repeated.or(skipped);
            probabilityWrong = problem.isNotEmpty().and(choiceWrong.not());
        }

        public int place() {
            return place;
        }

        public ObjectProperty<Hypothesis> hypothesisProperty() {
            return hypothesis;
        }

        public StringProperty probabilityProperty() {
            return probability;
        }

        /** Empty when the line can be committed as it stands; otherwise what is wrong with it, in one line. */
        public StringBinding problemProperty() {
            return problem;
        }

        /**
         * True while the line's problem lies with its choice: the hypothesis is already ranked above it, or a
         * line above it is empty (the answer would rank it higher than chosen).
         */
        public BooleanBinding choiceWrongProperty() {
            return choiceWrong;
        }

        /** Empties the line (the list has no blank entry, so this is how a rank chosen by mistake is taken back). */
        public void clear() {
            hypothesis.set(null);
            probability.set("");
        }

        /** True while the line's problem lies with its probability (not a percentage, or no hypothesis beside it). */
        public BooleanBinding probabilityWrongProperty() {
            return probabilityWrong;
        }

        /** The probability as a fraction, or empty when none was given. Call only when valid. */
        Optional<Double> fraction() {
            String t = clean(probability.get());
            return t.isEmpty() ? Optional.empty() : Optional.of(Double.parseDouble(t) / 100);
        }

        private Optional<Rank> firstAlike(List<Rank> above) {
            Hypothesis h = hypothesis.get();
            return h == null ? Optional.empty() : above.stream().filter(r -> h.equals(r.hypothesis.get())).findFirst();
        }

        private String problemWith(List<Rank> above) {
            String text = probability.get() == null ? "" : probability.get().strip();
            String t = clean(text);
            if (!t.isEmpty() && !percentage(t)) {
                return String.format(Locale.ROOT, "Probability %d: \"%s\" is not a percentage from 0 to 100.", place, text);
            }
            Optional<Rank> alike = firstAlike(above);
            if (alike.isPresent()) {
                return String.format(Locale.ROOT, "Rank %d: %s is already ranked %d; choose a different hypothesis.", place,
                        hypothesis.get().label(), alike.get().place);
            }
            if (!t.isEmpty() && hypothesis.get() == null) {
                return String.format(Locale.ROOT, "Probability %d: %s%% is given, but no hypothesis is chosen on rank %d.", place, t, place);
            }
            Optional<Rank> gap = above.stream().filter(r -> r.hypothesis.get() == null).findFirst();
            if (hypothesis.get() != null && gap.isPresent()) {
                return String.format(Locale.ROOT, "Rank %d: %s is chosen, but rank %d is empty; rank your first choice first.", place,
                        hypothesis.get().label(), gap.get().place);
            }
            return contradiction(above, t);
        }

        /**
         * The figure {@code t} set above a higher rank's lower one: the figures would rank the hypotheses otherwise
         * than the ranks do, and the answer is marked on the ranks but calibrated on the figures. Equal figures agree.
         */
        private String contradiction(List<Rank> above, String t) {
            if (t.isEmpty() || hypothesis.get() == null) {
                return "";
            }
            double mine = Double.parseDouble(t);
            for (Rank r : above) {
                String theirs = clean(r.probability.get());
                if (r.hypothesis.get() != null && !theirs.isEmpty() && percentage(theirs) && Double.parseDouble(theirs) < mine) {
                    return String.format(Locale.ROOT, "Probability %d (%s%%) is above rank %d's (%s%%): reorder the ranks or the figures.",
                            place, t, r.place, theirs);
                }
            }
            return "";
        }

        private static boolean percentage(String t) {
            return t.matches("\\d{1,3}(\\.\\d+)?") && Double.parseDouble(t) <= 100;
        }

        private static String clean(String text) {
            String t = text == null ? "" : text.strip();
            return t.endsWith("%") ? t.substring(0, t.length() - 1).strip() : t;
        }
    }

    private final List<Rank> ranks = new ArrayList<>();
    private final ObservableList<Hypothesis> hypotheses;
    private final Map<String, BooleanProperty> flags = new LinkedHashMap<>();
    private final List<RedFlagRule> rules;
    private final StringProperty imaging = new SimpleStringProperty(this, "imaging", "");
    private final ObservableList<String> oddFindings = FXCollections.observableArrayList();
    private final StringBinding problem;
    private final BooleanBinding valid;

    public CommitFormModel(List<Hypothesis> hypotheses, List<RedFlagRule> rules) {
        this.hypotheses = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(hypotheses));
        this.rules = List.copyOf(rules);
        for (RedFlagRule rule : rules) {
            flags.put(rule.id(), new SimpleBooleanProperty(this, rule.id()));
        }
        for (int i = 1; i <= RANKS; i++) {
            Rank rank = new Rank(i);
            rank.judgeAgainst(List.copyOf(ranks));
            ranks.add(rank);
        }
        problem = Bindings.createStringBinding(() -> ranks.stream().map(r -> r.problemProperty().get()).filter(p -> !p.isEmpty())
                .findFirst().orElse(""), ranks.stream().map(Rank::problemProperty).toArray(javafx.beans.Observable[]::new));
        javafx.beans.Observable[] chosen = java.util.stream.Stream.concat(ranks.stream().map(Rank::hypothesisProperty),
                flags.values().stream()).toArray(javafx.beans.Observable[]::new);
        // a commit is final and kept in the student's progress: an empty form is not an answer
        BooleanBinding answered = Bindings.createBooleanBinding(() -> ranks.stream().anyMatch(r -> r.hypothesisProperty().get() != null)
                || flags.values().stream().anyMatch(BooleanProperty::get), chosen);
        valid = problem.isEmpty().and(answered);
    }

    public List<Rank> ranks() {
        return ranks;
    }

    public ObservableList<Hypothesis> hypotheses() {
        return hypotheses;
    }

    public List<RedFlagRule> rules() {
        return rules;
    }

    public BooleanProperty flagProperty(String id) {
        return flags.get(id);
    }

    /** "not_indicated", "if_no_progress", "urgent", or "" when none was chosen. */
    public StringProperty imagingProperty() {
        return imaging;
    }

    /** The finding ids the student marked as not fitting together. */
    public ObservableList<String> oddFindings() {
        return oddFindings;
    }

    /** The first thing wrong with the form, or empty. */
    public StringBinding problemProperty() {
        return problem;
    }

    /** True while the form can be committed: no line has a problem, and a hypothesis is ranked or a red flag ticked. */
    public BooleanBinding validProperty() {
        return valid;
    }

    /**
     * The typed answer, or empty while any line has a problem (an invalid probability, a probability with no
     * hypothesis, a hypothesis ranked twice): nothing the student typed is dropped to make an answer fit.
     */
    public Optional<Answer> answer() {
        if (!valid.get()) {
            return Optional.empty();
        }
        List<String> ranked = new ArrayList<>();
        Map<String, Double> given = new LinkedHashMap<>();
        for (Rank rank : ranks) {
            Hypothesis h = rank.hypothesisProperty().get();
            if (h != null) {
                ranked.add(h.id());
                rank.fraction().ifPresent(p -> given.put(h.id(), p));
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        flags.forEach((id, ticked) -> {
            if (ticked.get()) {
                seen.add(id);
            }
        });
        return Optional.of(new Answer(ranked, given, seen, imaging.get() == null ? "" : imaging.get(), new LinkedHashSet<>(oddFindings)));
    }

    /** True once anything is entered: a rank, a probability, a flag ticked, an imaging choice or a finding marked. */
    public boolean hasInput() {
        return ranks.stream().anyMatch(r -> r.hypothesisProperty().get() != null || !Rank.clean(r.probabilityProperty().get()).isEmpty())
                || flags.values().stream().anyMatch(BooleanProperty::get)
                || (imaging.get() != null && !imaging.get().isEmpty()) || !oddFindings.isEmpty();
    }

    /** Back to an empty form for the next case. */
    public void clear() {
        ranks.forEach(Rank::clear);
        flags.values().forEach(f -> f.set(false));
        imaging.set("");
        oddFindings.clear();
    }
}
