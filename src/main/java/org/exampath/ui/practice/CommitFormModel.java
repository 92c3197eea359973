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
 * Parsing and validation live here: an invalid probability ("150", "abc") is reported by name and
 * blocks the commit; it is never silently dropped.
 */
public final class CommitFormModel {
    public static final int RANKS = 3;

    /** One ranked line: the hypothesis and the probability text, with its own verdict. */
    public static final class Rank {
        private final int place;
        private final ObjectProperty<Hypothesis> hypothesis = new SimpleObjectProperty<>(this, "hypothesis");
        private final StringProperty probability = new SimpleStringProperty(this, "probability", "");
        private final StringBinding problem;

        Rank(int place) {
            this.place = place;
            problem = Bindings.createStringBinding(() -> problemWith(probability.get()), probability);
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

        /** Empty when the probability is blank or a percentage from 0 to 100; otherwise what is wrong. */
        public StringBinding problemProperty() {
            return problem;
        }

        /** The probability as a fraction, or empty when none was given. Call only when valid. */
        Optional<Double> fraction() {
            String t = clean(probability.get());
            return t.isEmpty() ? Optional.empty() : Optional.of(Double.parseDouble(t) / 100);
        }

        private String problemWith(String text) {
            String t = clean(text);
            if (t.isEmpty()) {
                return "";
            }
            if (!t.matches("\\d{1,3}(\\.\\d+)?") || Double.parseDouble(t) > 100) {
                return String.format(Locale.ROOT, "Probability %d: \"%s\" is not a percentage from 0 to 100.", place, text.strip());
            }
            return "";
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
            ranks.add(new Rank(i));
        }
        problem = Bindings.createStringBinding(() -> ranks.stream().map(r -> r.problemProperty().get()).filter(p -> !p.isEmpty())
                .findFirst().orElse(""), ranks.stream().map(Rank::problemProperty).toArray(javafx.beans.Observable[]::new));
        valid = problem.isEmpty();
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

    public BooleanBinding validProperty() {
        return valid;
    }

    /** The typed answer, or empty while any probability is invalid. */
    public Optional<Answer> answer() {
        if (!valid.get()) {
            return Optional.empty();
        }
        List<String> ranked = new ArrayList<>();
        Map<String, Double> given = new LinkedHashMap<>();
        for (Rank rank : ranks) {
            Hypothesis h = rank.hypothesisProperty().get();
            if (h != null && !ranked.contains(h.id())) {
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

    /** Back to an empty form for the next case. */
    public void clear() {
        ranks.forEach(r -> {
            r.hypothesisProperty().set(null);
            r.probabilityProperty().set("");
        });
        flags.values().forEach(f -> f.set(false));
        imaging.set("");
        oddFindings.clear();
    }
}
