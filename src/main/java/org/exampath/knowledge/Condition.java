package org.exampath.knowledge;

import java.util.List;
import java.util.Set;
import org.exampath.domain.FindingValue;

/**
 * A rule condition in a small closed vocabulary, read from the knowledge files and checked at load
 * time. Conditions hold no code: each kind below is all there is.
 */
public sealed interface Condition {

    boolean test(Facts facts);

    /** Adds the recorded findings that make this (true) condition hold. */
    void explain(Facts facts, Set<String> out);

    /** Adds every finding id this condition mentions. */
    void references(Set<String> out);

    /**
     * What this condition rests on that was never recorded: null when it does not hold; empty when it
     * holds on recorded findings alone; otherwise the unrecorded findings that a "not" (a question not
     * asked counts as possibly present) lets it hold by, each of which, once recorded, may settle it.
     */
    default Set<String> openQuestions(Facts facts) {
        return test(facts) ? Set.of() : null;
    }

    /** Adds both ends of every range this condition sets on the count {@code id} (the values worth trying for it). */
    default void rangeEnds(String id, Set<Integer> out) {
    }

    /** A condition on one finding: it explains itself by that finding, and mentions only it. */
    sealed interface Leaf extends Condition {
        String id();

        @Override
        default void explain(Facts facts, Set<String> out) {
            if (test(facts)) {
                out.add(id());
            }
        }

        @Override
        default void references(Set<String> out) {
            out.add(id());
        }
    }

    record Is(String id, FindingValue expected) implements Leaf {
        public boolean test(Facts facts) {
            return expected.equals(facts.value(id));
        }
    }

    record In(String id, Set<String> values) implements Leaf {
        public boolean test(Facts facts) {
            return facts.value(id) instanceof FindingValue.Choice c && values.contains(c.value());
        }
    }

    record Between(String id, int min, int max) implements Leaf {
        public boolean test(Facts facts) {
            return facts.value(id) instanceof FindingValue.Count c && c.value() >= min && c.value() <= max;
        }

        public void rangeEnds(String finding, Set<Integer> out) {
            if (id.equals(finding)) {
                out.add(min);
                out.add(max);
            }
        }
    }

    record Tested(String id) implements Leaf {
        public boolean test(Facts facts) {
            return facts.value(id) != null;
        }
    }

    record Grade(String id, int min, int max) implements Leaf {
        public boolean test(Facts facts) {
            return facts.value(id) instanceof FindingValue.Strength s && s.grade() >= min && s.grade() <= max;
        }
    }

    record Pain(String id, Set<String> values) implements Leaf {
        public boolean test(Facts facts) {
            return facts.value(id) instanceof FindingValue.Strength s && values.contains(s.pain());
        }
    }

    record All(List<Condition> parts) implements Condition {
        public boolean test(Facts facts) {
            for (Condition part : parts) {
                if (!part.test(facts)) {
                    return false;
                }
            }
            return true;
        }

        public void explain(Facts facts, Set<String> out) {
            parts.forEach(part -> part.explain(facts, out));
        }

        public void references(Set<String> out) {
            parts.forEach(part -> part.references(out));
        }

        public void rangeEnds(String id, Set<Integer> out) {
            parts.forEach(part -> part.rangeEnds(id, out));
        }

        public Set<String> openQuestions(Facts facts) {
            Set<String> open = new java.util.TreeSet<>();
            for (Condition part : parts) {
                Set<String> partOpen = part.openQuestions(facts);
                if (partOpen == null) {
                    return null;
                }
                open.addAll(partOpen);
            }
            return open;
        }
    }

    record Any(List<Condition> parts) implements Condition {
        public boolean test(Facts facts) {
            for (Condition part : parts) {
                if (part.test(facts)) {
                    return true;
                }
            }
            return false;
        }

        public void explain(Facts facts, Set<String> out) {
            for (Condition part : parts) {
                if (part.test(facts)) {
                    part.explain(facts, out);
                }
            }
        }

        public void references(Set<String> out) {
            parts.forEach(part -> part.references(out));
        }

        public void rangeEnds(String id, Set<Integer> out) {
            parts.forEach(part -> part.rangeEnds(id, out));
        }

        /** Settled when one holding branch rests on recorded findings only; else every holding branch's questions. */
        public Set<String> openQuestions(Facts facts) {
            return Condition.openOfHolding(parts, 1, facts);
        }
    }

    /** Holds when the inner condition does not; explained by the recorded findings it looked at. */
    record Not(Condition inner) implements Condition {
        public boolean test(Facts facts) {
            return !inner.test(facts);
        }

        public void explain(Facts facts, Set<String> out) {
            Set<String> mentioned = new java.util.TreeSet<>();
            inner.references(mentioned);
            for (String id : mentioned) {
                if (facts.value(id) != null) {
                    out.add(id);
                }
            }
        }

        public void references(Set<String> out) {
            inner.references(out);
        }

        public void rangeEnds(String id, Set<Integer> out) {
            inner.rangeEnds(id, out);
        }

        public Set<String> openQuestions(Facts facts) {
            if (inner.test(facts)) {
                return null;
            }
            Set<String> unrecorded = new java.util.TreeSet<>();
            inner.references(unrecorded);
            unrecorded.removeIf(id -> facts.value(id) != null);
            return unrecorded;
        }
    }

    record CountAtLeast(int count, List<Condition> parts) implements Condition {
        public boolean test(Facts facts) {
            int held = 0;
            for (Condition part : parts) {
                if (part.test(facts) && ++held >= count) {
                    return true;
                }
            }
            return false;
        }

        public void explain(Facts facts, Set<String> out) {
            for (Condition part : parts) {
                if (part.test(facts)) {
                    part.explain(facts, out);
                }
            }
        }

        public void references(Set<String> out) {
            parts.forEach(part -> part.references(out));
        }

        public void rangeEnds(String id, Set<Integer> out) {
            parts.forEach(part -> part.rangeEnds(id, out));
        }

        public Set<String> openQuestions(Facts facts) {
            return Condition.openOfHolding(parts, count, facts);
        }
    }

    /**
     * For "at least {@code needed} of {@code parts}": null when fewer hold; empty when enough hold on
     * recorded findings alone; otherwise the questions of the holding parts that rest on unrecorded ones.
     */
    private static Set<String> openOfHolding(List<Condition> parts, int needed, Facts facts) {
        int settled = 0;
        int holding = 0;
        Set<String> open = new java.util.TreeSet<>();
        for (Condition part : parts) {
            Set<String> partOpen = part.openQuestions(facts);
            if (partOpen == null) {
                continue;
            }
            holding++;
            if (partOpen.isEmpty()) {
                settled++;
            }
            open.addAll(partOpen);
        }
        if (holding < needed) {
            return null;
        }
        return settled >= needed ? Set.of() : open;
    }

    record FlagRaised(Set<String> urgencies) implements Condition {
        public boolean test(Facts facts) {
            return facts.flagRaised(urgencies);
        }

        public void explain(Facts facts, Set<String> out) {
        }

        public void references(Set<String> out) {
        }
    }

    /** The red flag with this id is raised (imaging gate only). */
    record FlagIs(String flag) implements Condition {
        public boolean test(Facts facts) {
            return facts.flagRaised(flag);
        }

        public void explain(Facts facts, Set<String> out) {
        }

        public void references(Set<String> out) {
        }
    }

    /** The red flag with this id is raised at one of these urgencies (imaging gate only): the rules of one flag's pathway. */
    record FlagAt(String flag, Set<String> urgencies) implements Condition {
        public boolean test(Facts facts) {
            return facts.flagRaised(flag, urgencies);
        }

        public void explain(Facts facts, Set<String> out) {
        }

        public void references(Set<String> out) {
        }
    }

    record LeadingBelow(double probability) implements Condition {
        public boolean test(Facts facts) {
            return facts.leadingProbability() < probability;
        }

        public void explain(Facts facts, Set<String> out) {
        }

        public void references(Set<String> out) {
        }
    }

    /** At least {@code count} informative physical tests recorded (see {@link Facts#informativeTestsRecorded()}). */
    record PhysicalTestsAtLeast(int count) implements Condition {
        public boolean test(Facts facts) {
            return facts.informativeTestsRecorded() >= count;
        }

        public void explain(Facts facts, Set<String> out) {
        }

        public void references(Set<String> out) {
        }
    }

    record Always() implements Condition {
        public boolean test(Facts facts) {
            return true;
        }

        public void explain(Facts facts, Set<String> out) {
        }

        public void references(Set<String> out) {
        }
    }
}
