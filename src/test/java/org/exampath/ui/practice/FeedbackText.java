package org.exampath.ui.practice;

import java.util.List;
import org.exampath.TestKnowledge;
import org.exampath.practice.Feedback;
import org.exampath.practice.PracticeSession;

/** The practice feedback's words, for a test outside this package (FeedbackLines is package-private). */
public final class FeedbackText {
    public List<String> lines(PracticeSession s, Feedback f) {
        return new FeedbackLines(TestKnowledge.ENGINE).of(s, f);
    }
}
