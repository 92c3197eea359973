package org.exampath.ui.practice;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.exampath.TestKnowledge;
import org.exampath.exchange.CaseLibraryReader;
import org.exampath.practice.PracticeCase;
import org.exampath.practice.PracticeSession;
import org.exampath.text.Describe;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.hypotheses.HypothesisPanelViewModel;
import org.junit.jupiter.api.Test;

/**
 * The practice window's view of the whole case heads imaging as the panel does for the same exam (review 30, finding 2):
 * not judged until the screen is complete, not first under a soon flag, same day under an emergency; never the bare
 * recommendation the panel would not show.
 */
class WholeCaseImagingHeadlineTest {
    @Test
    void everyShippedCasesImagingLineIsThePanels() {
        List<String> differ = new ArrayList<>();
        int reworded = 0;
        for (PracticeCase c : new CaseLibraryReader(TestKnowledge.SHIPPED).shipped().cases()) {
            ExamSession session = new ExamSession(TestKnowledge.ENGINE);
            HypothesisPanelViewModel panel = new HypothesisPanelViewModel(session, id -> { });
            session.replace(c.exam());
            String headline = panel.imagingProperty().get().text();
            List<String> lines = new FeedbackLines(TestKnowledge.ENGINE).engine(new PracticeSession(c));
            if (!lines.contains(headline + ".")) {
                differ.add(c.name() + ": panel " + headline + "; practice " + lines.get(lines.size() - 1));
            }
            if (!headline.equals(Describe.imaging(TestKnowledge.ENGINE.assess(c.exam()).imaging().recommendation()))) {
                reworded++;
            }
        }
        assertTrue(differ.isEmpty(), String.join("\n", differ));
        assertTrue(reworded > 0, "some shipped case should have a headline other than the bare recommendation");
    }
}
