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
import org.exampath.text.LrFigure;
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
        boolean capTold = false;
        for (Evidence e : h.contributions()) {
            boolean atCap = h.capped() && e.before() == e.after() && e.lr() != 1;
            boolean bites = h.capped() && !atCap && Math.abs(e.after() - unheld(e)) > 1e-9;
            String effect = atCap ? "(already at the " + (h.combinedLr() > 1 ? "cap" : "floor") + ", " + Describe.percent(e.after())
                    + "): adds nothing more"
                    : String.format(Locale.ROOT, "%s (%s → %s%s)", LrWords.effect(e.lr()), Describe.percent(e.before()),
                            Describe.percent(e.after()), bites ? ", capped" : "");
            out.add(new Reason(String.format(Locale.ROOT, "%s — %s. %s.", Describe.evidence(kb, e), effect, source(e)),
                    evidence(e)));
            if ((bites || atCap) && !capTold) {
                // said where the cap bites, before the lines it holds back
                out.add(cap(h));
                capTold = true;
            }
        }
        if (h.capped() && !capTold) {
            out.add(cap(h));
        }
        for (SetAside s : h.setAside()) {
            out.add(new Reason("Not counted: " + Describe.evidence(kb, s) + " — " + s.reason() + instead(s) + ".",
                    "LR " + Describe.lr(s.lr()) + "."));
        }
        if (h.contributions().isEmpty() && h.setAside().isEmpty()) {
            out.add(new Reason("No recorded finding bears on it yet.", ""));
        }
        return out;
    }

    /** The cap, where it bites: the figure is held, not measured. */
    private static Reason cap(HypothesisResult h) {
        return new Reason((h.combinedLr() > 1 ? "Capped at " : "Held at the floor, ") + Describe.percent(h.probability()) + ": several findings here test much the same thing, "
                + "so their combined effect is held back; the lines below add nothing more.",
                "Combined LR held at ×" + Describe.lr(h.combinedLr()) + " (cap for dependent, optimistic tests).");
    }

    /** The probability after this factor as it would be were the running product not held by the cap. */
    private static double unheld(Evidence e) {
        double odds = e.before() / (1 - e.before()) * e.lr();
        return odds / (1 + odds);
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
        StringBuilder s = new StringBuilder(LrFigure.of(kb, e));
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
