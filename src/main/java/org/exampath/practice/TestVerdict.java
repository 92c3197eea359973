package org.exampath.practice;

import java.util.List;

/**
 * How one of the student's tests is marked, in the terms the exam window uses for the same findings. {@code kind}
 * says what the test did in the panel's "why?" (or, while an emergency stands, whether it checks the emergency);
 * {@code onPath} whether it earns the test share; {@code hypothesis}, {@code before} and {@code after} the move it
 * made (the panel's own figures), {@code together} the other findings of a validated cluster it counted in;
 * {@code reason} and {@code countedInstead} why the panel did not count it, or the flag it raised or checks.
 */
public record TestVerdict(String finding, Kind kind, boolean onPath, String hypothesis, double before, double after,
                          List<String> together, String reason, List<String> countedInstead) {
    public TestVerdict {
        together = List.copyOf(together);
        countedInstead = List.copyOf(countedInstead);
    }

    /** What a test did, from the panel's point of view. */
    public enum Kind {
        /**
         * Done while the screening questions that show one of the case's flags were unasked: not on the path, whatever
         * it moves, as the screen comes first.
         */
        BEFORE_SCREEN,
        /** An emergency stands and this is one of the findings its rule reads: the right thing to examine. */
        CHECKS_EMERGENCY,
        /** An emergency stands and this test does not bear on it: not graded, the emergency comes first. */
        NOT_GRADED,
        /** It raised (or changed) a red flag; {@code reason} is the flag's id. */
        RAISED_FLAG,
        /** It moved a hypothesis in the panel's "why?". */
        COUNTED,
        /** The panel counts it, but the combined evidence was already at the cap, so it moved nothing. */
        AT_CAP,
        /** The panel lists it as "Not counted", for {@code reason}. */
        SET_ASIDE,
        /** No likelihood ratio names it, so it moves no estimate. */
        NO_LR,
        /** It moved nothing in the panel (the case holds nothing there, or the finding bears on nothing). */
        NOTHING
    }

    /** Whether the test counts towards the test share at all (not while an emergency stands and it does not bear on it). */
    public boolean graded() {
        return kind != Kind.NOT_GRADED;
    }

    static TestVerdict of(String finding, Kind kind, boolean onPath) {
        return new TestVerdict(finding, kind, onPath, null, 0, 0, List.of(), null, List.of());
    }
}
