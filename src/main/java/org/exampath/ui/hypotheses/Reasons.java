package org.exampath.ui.hypotheses;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.exampath.knowledge.Citation;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.knowledge.LikelihoodRow;
import org.exampath.reasoning.Evidence;
import org.exampath.reasoning.HypothesisResult;
import org.exampath.reasoning.SetAside;
import org.exampath.text.Describe;
import org.exampath.text.LrWords;
import org.exampath.ui.hypotheses.HypothesisRowViewModel.Reason;

/**
 * Why a hypothesis stands where it does, in plain words first ("makes it about 5× more likely;
 * Martin 2014, diagnostic accuracy study"); the LR, provenance tag, shrinkage and estimate notes go
 * in each reason's evidence part, shown only when the Evidence toggle is on.
 */
final class Reasons {
    private final KnowledgeBase kb;

    Reasons(KnowledgeBase kb) {
        this.kb = kb;
    }

    List<Reason> of(HypothesisResult h) {
        List<Reason> out = new ArrayList<>();
        out.add(new Reason("Starts at " + Describe.percent(h.prior()) + " before any finding.",
                kb.hypothesis(h.id()).map(x -> "Prior: " + x.priorEstimate()).orElse("")));
        for (Evidence e : h.contributions()) {
            out.add(new Reason(String.format(Locale.ROOT, "%s %s (%s → %s). %s.",
                    Describe.evidence(kb, e), "— " + LrWords.effect(e.lr()),
                    Describe.percent(e.before()), Describe.percent(e.after()), source(e)), evidence(e)));
        }
        if (h.capped()) {
            out.add(new Reason("Several findings here test much the same thing, so their combined effect is held back.",
                    "Combined LR held at ×" + Describe.lr(h.combinedLr()) + " (cap for dependent, optimistic tests)."));
        }
        for (SetAside s : h.setAside()) {
            out.add(new Reason("Not counted: " + Describe.evidence(kb, s) + ".",
                    "LR " + Describe.lr(s.lr()) + ": " + s.reason() + instead(s) + "."));
        }
        if (h.contributions().isEmpty() && h.setAside().isEmpty()) {
            out.add(new Reason("No recorded finding bears on it yet.", ""));
        }
        return out;
    }

    /** The findings that counted instead, by their labels: ": Thigh thrust (posterior shear), Sacral thrust". */
    private String instead(SetAside s) {
        if (s.countedInstead().isEmpty()) {
            return "";
        }
        return ": " + String.join(", ", s.countedInstead().stream()
                .map(id -> kb.finding(id).map(org.exampath.knowledge.FindingDefinition::label).orElse(id)).toList());
    }

    private String source(Evidence e) {
        return LrWords.source(kb.citation(e.source()), design(e), "estimate".equals(e.tag()));
    }

    private String design(Evidence e) {
        return kb.rowsFor(e.finding()).stream().filter(r -> r.source().equals(e.source()) && r.design() != null)
                .map(LikelihoodRow::design).findFirst().orElse(null);
    }

    private String evidence(Evidence e) {
        Citation c = kb.citation(e.source());
        StringBuilder s = new StringBuilder("LR " + Describe.lr(e.lr()));
        if (e.lr() != e.publishedLr()) {
            s.append(" (published ").append(Describe.lr(e.publishedLr())).append(", shrunk or capped)");
        }
        s.append(" · [").append(e.tag()).append("]");
        if (c != null) {
            s.append(" · ").append(c.text());
        }
        if (e.estimate() != null && !e.estimate().isBlank()) {
            s.append(" · Estimate: ").append(e.estimate());
        }
        if (e.basis() != null && !e.basis().isBlank()) {
            s.append(" · Basis: ").append(e.basis());
        }
        return s.toString();
    }
}
