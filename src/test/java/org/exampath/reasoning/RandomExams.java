package org.exampath.reasoning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Patient;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.knowledge.FindingKind;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.knowledge.RedFlagLevel;
import org.exampath.knowledge.RedFlagRule;
import org.exampath.knowledge.Step;

/**
 * Random valid exams drawn from the catalogue: every finding absent or one of its own values (never
 * "not_tested", which the reader takes as absent), counts within their bounds and half the time on a
 * red-flag threshold or one either side of it, and the red-flag questions asked more often than the rest
 * so that a good share of the exams raise flags. Seeded, so a run is repeatable.
 */
final class RandomExams {
    private final KnowledgeBase knowledge;
    private final Map<String, List<Integer>> edges = new TreeMap<>();

    RandomExams(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        for (FindingDefinition d : knowledge.findings().values()) {
            if (d.kind() == FindingKind.INTEGER) {
                edges.put(d.id(), thresholds(d));
            }
        }
    }

    Exam exam(Random random) {
        Map<String, FindingValue> findings = new TreeMap<>();
        for (FindingDefinition d : knowledge.findings().values()) {
            if (!d.pseudo() && random.nextDouble() < (d.section() == Step.REDFLAG ? 0.6 : 0.2)) {
                findings.put(d.id(), value(d, random));
            }
        }
        Integer age = random.nextDouble() < 0.8 ? count(knowledge.findings().get(Exam.AGE), random) : null;
        Sex sex = random.nextDouble() < 0.8 ? pick(List.of(Sex.values()), random) : null;
        Side side = random.nextDouble() < 0.8 ? pick(List.of(Side.values()), random) : null;
        return new Exam(new Patient(age, sex), side, findings);
    }

    /**
     * One of the finding's own values: a yes to one red-flag question in ten (most screens are clear), to a
     * third of the other yes/no questions.
     */
    FindingValue value(FindingDefinition d, Random random) {
        return switch (d.kind()) {
            case BOOLEAN -> FindingValue.Flag.of(random.nextDouble() < (d.section() == Step.REDFLAG ? 0.1 : 0.34));
            case CHOICE -> new FindingValue.Choice(pick(d.values().stream().filter(v -> !"not_tested".equals(v)).toList(), random));
            case INTEGER -> new FindingValue.Count(count(d, random));
            case STRENGTH -> new FindingValue.Strength(random.nextInt(6), pick(List.of("none", "pain", "familiar"), random));
        };
    }

    private int count(FindingDefinition d, Random random) {
        List<Integer> near = edges.get(d.id());
        if (!near.isEmpty() && random.nextBoolean()) {
            return pick(near, random);
        }
        return d.min() + random.nextInt(d.max() - d.min() + 1);
    }

    /** Each threshold a red-flag level sets on the count, and one either side, within the finding's bounds. */
    private List<Integer> thresholds(FindingDefinition d) {
        Set<Integer> out = new TreeSet<>();
        for (RedFlagRule rule : knowledge.redFlags()) {
            for (RedFlagLevel level : rule.levels()) {
                Set<Integer> ends = new TreeSet<>();
                level.when().rangeEnds(d.id(), ends);
                for (int end : ends) {
                    for (long near = (long) end - 1; near <= (long) end + 1; near++) {
                        if (near >= d.min() && near <= d.max()) {
                            out.add((int) near);
                        }
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    static <T> T pick(List<T> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }

    /** Every question of the red-flag screen, in catalogue order. */
    List<String> screenQuestions() {
        return knowledge.findings().values().stream().filter(d -> d.section() == Step.REDFLAG && !d.pseudo())
                .map(FindingDefinition::id).toList();
    }

    /** The yes/no questions of the red-flag screen. */
    List<String> redFlagQuestions() {
        return knowledge.findings().values().stream()
                .filter(d -> d.section() == Step.REDFLAG && d.kind() == FindingKind.BOOLEAN && !d.pseudo())
                .map(FindingDefinition::id).toList();
    }

    /** The same exam less one thing each: one finding, or the age, sex or side (for shrinking a failure). */
    static List<Exam> smaller(Exam exam) {
        List<Exam> out = new ArrayList<>();
        for (String id : exam.findings().keySet()) {
            out.add(exam.with(id, null));
        }
        if (exam.patient().age() != null) {
            out.add(exam.withPatient(exam.patient().withAge(null)));
        }
        if (exam.patient().sex() != null) {
            out.add(exam.withPatient(exam.patient().withSex(null)));
        }
        if (exam.side() != null) {
            out.add(exam.withSide(null));
        }
        return out;
    }
}
