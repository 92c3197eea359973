package org.exampath.report;

import java.util.Set;
import java.util.TreeSet;
import org.exampath.knowledge.ImagingRule;
import org.exampath.knowledge.InconsistencyRule;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.knowledge.RedFlagRule;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.Inconsistency;
import org.exampath.reasoning.RedFlag;

/**
 * The findings an assessment's rules refer to, read from the knowledge: every finding a raised flag's rule
 * mentions (any of its levels) with the flag's own findings and checks, every finding an inconsistency that holds
 * mentions, and every finding the imaging rules behind the advice mention. Whatever of these was recorded is a
 * pertinent finding of the note, written by name with its value whether positive or negative, so a reader sees
 * that saddle sensation was tested and normal rather than a count.
 */
final class RuleFindings {
    private RuleFindings() {
    }

    static Set<String> of(KnowledgeBase kb, Assessment assessment) {
        Set<String> out = new TreeSet<>();
        for (RedFlag flag : assessment.redFlags()) {
            kb.redFlags().stream().filter(r -> r.id().equals(flag.id())).map(RedFlagRule::when)
                    .forEach(when -> when.references(out));
            out.addAll(flag.findings());
            out.addAll(flag.checks());
            out.addAll(flag.derivedFrom());
        }
        for (Inconsistency i : assessment.inconsistencies()) {
            kb.inconsistencies().stream().filter(r -> r.id().equals(i.id())).map(InconsistencyRule::when)
                    .forEach(when -> when.references(out));
            out.addAll(i.findings());
        }
        // the gate states the guidance of the rule that decided and of any other raised flag's rule it follows
        String guidance = assessment.imaging().guidance();
        for (ImagingRule rule : kb.imaging()) {
            if (guidance != null && guidance.contains(rule.reason())) {
                rule.when().references(out);
            }
        }
        return out;
    }
}
