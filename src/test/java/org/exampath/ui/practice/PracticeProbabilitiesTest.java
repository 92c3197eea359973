package org.exampath.ui.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exampath.TestKnowledge;
import org.exampath.exchange.CaseLibraryReader;
import org.exampath.knowledge.Hypothesis;
import org.exampath.knowledge.Urgency;
import org.exampath.practice.Answer;
import org.exampath.practice.Feedback;
import org.exampath.practice.PracticeCase;
import org.exampath.practice.PracticeSession;
import org.exampath.practice.Scorer;
import org.junit.jupiter.api.Test;

/**
 * Practice mode: the probabilities a student types beside the ranking, as the commit form validates them
 * and the feedback grades them ("Calibration: Brier score ...").
 */
class PracticeProbabilitiesTest {
    private final CommitFormModel form = new CommitFormModel(TestKnowledge.SHIPPED.hypotheses(), TestKnowledge.SHIPPED.redFlags()
            .stream().filter(r -> r.highest() != Urgency.NOTED).toList());

    private static Hypothesis hypothesis(String id) {
        return TestKnowledge.SHIPPED.hypothesis(id).orElseThrow();
    }

    private static PracticeCase glutealCase() {
        return new CaseLibraryReader(TestKnowledge.SHIPPED).shipped().cases().stream()
                .filter(c -> c.name().equals("gluteal-tendinopathy-classic")).findFirst().orElseThrow();
    }

    /**
     * Review 31, finding 5 (Medium). The form says a probability beside each rank is optional. A student ranks the case's answer
     * first with no figure and gives rank 2 "20". The form accepts it; the scorer reads the blank as 0% for the
     * student's own first choice and the feedback says their calibration is worse than guessing.
     */
    @Test
    void aBlankProbabilityIsNotGradedAsZeroPercent() {
        form.ranks().get(0).hypothesisProperty().set(hypothesis("gluteal_tendinopathy"));
        form.ranks().get(1).hypothesisProperty().set(hypothesis("lumbar_referred"));
        form.ranks().get(1).probabilityProperty().set("20");
        form.imagingProperty().set("not_indicated");
        var answer = form.answer();
        if (answer.isEmpty()) {
            return; // refused with a message: nothing to grade wrongly
        }
        PracticeSession session = new PracticeSession(glutealCase());
        session.ask("history.region.lateral_hip");
        Feedback feedback = new Scorer(TestKnowledge.ENGINE).score(session, answer.get());
        assertTrue(feedback.leadingCorrect(), "sanity: the student's first choice is the case's answer");
        List<String> lines = new FeedbackLines(TestKnowledge.ENGINE).of(session, feedback);
        String calibration = lines.stream().filter(l -> l.startsWith("Calibration")).findFirst().orElse("");
        assertTrue(feedback.brier() == null, "the student gave no figure for their first choice (the right one) and the"
                + " form accepted it; graded as if they had said 0%: " + calibration + " (probabilities scored: "
                + answer.get().probabilities() + ")");
    }

    /**
     * Review 31, finding 6 (Low). Rank 1 at 10% and rank 2 at 90%: the figures say the second choice is nine times likelier than
     * the first. The form accepts the contradiction without a word; the scorer credits the rank order, the Brier score
     * the figures.
     */
    @Test
    void probabilitiesThatContradictTheRankingAreNamed() {
        form.ranks().get(0).hypothesisProperty().set(hypothesis("gluteal_tendinopathy"));
        form.ranks().get(0).probabilityProperty().set("10");
        form.ranks().get(1).hypothesisProperty().set(hypothesis("lumbar_referred"));
        form.ranks().get(1).probabilityProperty().set("90");
        assertFalse(form.problemProperty().get().isEmpty(),
                "rank 1 at 10% below rank 2 at 90% is accepted with no message; answer committed: " + form.answer().orElse(null));
    }

    private static List<String> calibration(Answer answer) {
        PracticeSession session = new PracticeSession(glutealCase());
        session.ask("history.region.lateral_hip");
        Feedback feedback = new Scorer(TestKnowledge.ENGINE).score(session, answer);
        return new FeedbackLines(TestKnowledge.ENGINE).of(session, feedback).stream().filter(l -> l.startsWith("Calibration")).toList();
    }

    @Test
    void withABlankRankTheFiguresGivenAreJudgedAloneAndTheFeedbackSaysSo() {
        Answer answer = new Answer(List.of("gluteal_tendinopathy", "lumbar_referred"), Map.of("lumbar_referred", 0.2), Set.of(),
                "not_indicated", Set.of());
        PracticeSession session = new PracticeSession(glutealCase());
        session.ask("history.region.lateral_hip");
        Feedback feedback = new Scorer(TestKnowledge.ENGINE).score(session, answer);
        assertEquals(List.of(1), feedback.figuresGiven().blankRanks());
        assertEquals(Map.of("lumbar_referred", 0.2), feedback.figuresGiven().figures());
        assertEquals(0.04, feedback.figuresGiven().meanSquaredError(), 1e-12, "(0.2 - 0)², the blank left out");
        assertEquals(List.of("Calibration, on the figure you gave only (rank 1 has none, and a blank is not read as 0%): Somatic"
                + " referred pain from the lumbar spine 20%, not the case's answer; squared error 0.040 (0 is perfect). No Brier score is given or kept:"
                + " give a figure for each hypothesis you rank to have one."), calibration(answer));
    }

    @Test
    void twoFiguresAroundABlankRankAreJudgedOnTheirMean() {
        Answer answer = new Answer(List.of("gluteal_tendinopathy", "lumbar_referred", "deep_gluteal_syndrome"),
                Map.of("gluteal_tendinopathy", 0.7, "deep_gluteal_syndrome", 0.1), Set.of(), "not_indicated", Set.of());
        // ((0.7 - 1)² + 0.1²) / 2 = (0.09 + 0.01) / 2 = 0.05
        List<String> line = calibration(answer);
        assertEquals(1, line.size());
        assertTrue(line.get(0).startsWith("Calibration, on the 2 figures you gave only (rank 2 has none, and a blank is not read as"
                + " 0%): Gluteal tendinopathy 70%, the case's answer; "), line.get(0));
        assertTrue(line.get(0).contains("mean squared error 0.050 (0 is perfect)"), line.get(0));
    }

    @Test
    void aFigureForEveryRankKeepsItsBrierScoreAndNoFiguresNoCalibration() {
        Answer full = new Answer(List.of("gluteal_tendinopathy", "lumbar_referred"), Map.of("gluteal_tendinopathy", 0.7,
                "lumbar_referred", 0.2), Set.of(), "not_indicated", Set.of());
        assertEquals(List.of("Calibration: Brier score 0.013, better than guessing 1/10 for each (0.090). Lower is better; 0 is perfect."),
                calibration(full));
        Answer none = new Answer(List.of("gluteal_tendinopathy"), Map.of(), Set.of(), "not_indicated", Set.of());
        assertEquals(List.of(), calibration(none));
    }

    @Test
    void aContradictionNamesBothFiguresBlocksTheAnswerAndGoesWhenPutRight() {
        form.ranks().get(0).hypothesisProperty().set(hypothesis("gluteal_tendinopathy"));
        form.ranks().get(0).probabilityProperty().set("10");
        form.ranks().get(1).hypothesisProperty().set(hypothesis("lumbar_referred"));
        form.ranks().get(2).hypothesisProperty().set(hypothesis("deep_gluteal_syndrome"));
        form.ranks().get(2).probabilityProperty().set("30%");
        assertEquals("Probability 3 (30%) is above rank 1's (10%): reorder the ranks or the figures.", form.problemProperty().get(),
                "a blank rank between them does not hide it");
        assertTrue(form.ranks().get(2).probabilityWrongProperty().get(), "the figure is marked, not the choice");
        assertTrue(form.answer().isEmpty(), "the answer waits, as for the form's other problems");
        form.ranks().get(0).probabilityProperty().set("30");
        assertEquals("", form.problemProperty().get(), "equal figures agree with the ranking");
        assertTrue(form.answer().isPresent());
    }
}
