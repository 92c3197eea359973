package org.exampath.domain;

/**
 * One recorded finding. A finding that was not asked or not tested is absent from the exam,
 * never a value: "not tested" and "negative" are different things.
 */
public sealed interface FindingValue
        permits FindingValue.Flag, FindingValue.Count, FindingValue.Choice, FindingValue.Strength {

    /** Plain-text form used in notes and messages ("true", "4", "familiar", "grade 4, familiar"). */
    String display();

    record Flag(boolean value) implements FindingValue {
        public static final Flag YES = new Flag(true);
        public static final Flag NO = new Flag(false);

        public static Flag of(boolean value) {
            return value ? YES : NO;
        }

        @Override
        public String display() {
            return value ? "yes" : "no";
        }
    }

    record Count(int value) implements FindingValue {
        @Override
        public String display() {
            return Integer.toString(value);
        }
    }

    record Choice(String value) implements FindingValue {
        public Choice {
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("a choice needs a value");
            }
        }

        @Override
        public String display() {
            return value.replace('_', ' ');
        }
    }

    /** A resisted test: MRC grade 0..5 and whether it hurt ("none", "pain", "familiar"). */
    record Strength(int grade, String pain) implements FindingValue {
        public Strength {
            if (grade < 0 || grade > 5) {
                throw new IllegalArgumentException("MRC grade must be 0..5, was " + grade);
            }
            if (!"none".equals(pain) && !"pain".equals(pain) && !"familiar".equals(pain)) {
                throw new IllegalArgumentException("pain must be none, pain or familiar, was " + pain);
            }
        }

        @Override
        public String display() {
            return "grade " + grade + ", " + ("none".equals(pain) ? "no pain" : "pain".equals(pain) ? "pain" : "familiar pain");
        }
    }
}
