package org.exampath.practice;

import java.util.List;
import java.util.Set;
import org.exampath.domain.Exam;

/**
 * A teaching case: the story, the full exam it hides, and what the answer must contain ({@code expect}
 * as in the shared worked cases: accepted leading hypotheses, red flags, imaging, inconsistencies).
 */
public record PracticeCase(String name, String title, String vignette, List<String> teachingPoints, Exam exam,
                           Expect expect) {
    public record Expect(Set<String> leading, Set<String> redFlags, boolean noRedFlags, Set<String> imaging,
                         Set<String> inconsistencyTouches) {
        public Expect {
            leading = Set.copyOf(leading);
            redFlags = Set.copyOf(redFlags);
            imaging = Set.copyOf(imaging);
            inconsistencyTouches = Set.copyOf(inconsistencyTouches);
        }
    }

    public PracticeCase {
        teachingPoints = List.copyOf(teachingPoints);
    }
}
