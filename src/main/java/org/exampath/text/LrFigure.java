package org.exampath.text;

import java.math.BigDecimal;
import java.math.MathContext;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.knowledge.LikelihoodRow;
import org.exampath.knowledge.Policy;
import org.exampath.reasoning.Evidence;

/**
 * A likelihood ratio as a note quotes it beside its source: the figure that counted and, where that is not the
 * published one, how it came to differ and the published figure ("LR 3.19, shrunk from the published 10.2"), so a
 * reader who looks the study up finds the number it gives. Shrinkage (a case-control design, taken to its square
 * root) and the caps (a family's strongest figure held within its floor and cap) are the evidence file's rules, §5.3.
 */
public final class LrFigure {
    private static final double SAME = 1e-9;

    private LrFigure() {
    }

    /** The figure that counted, with the published one when they differ. */
    public static String of(KnowledgeBase kb, Evidence e) {
        String counted = "LR " + Describe.lr(e.lr());
        if (!adjusted(e)) {
            return counted;
        }
        LikelihoodRow row = kb.rowsFor(e.finding()).stream()
                .filter(r -> r.source().equals(e.source()) && Math.abs(r.publishedLr() - e.publishedLr()) < SAME)
                .findFirst().orElse(null);
        boolean shrunk = row != null && row.shrunk();
        boolean capped = row == null || Math.abs(row.lr() - e.lr()) > SAME;
        String how = shrunk && capped ? "shrunk and capped" : shrunk ? "shrunk" : "capped";
        return counted + ", " + how + " from the published " + published(e.publishedLr());
    }

    /** The figure that counted is not the published one. */
    public static boolean adjusted(Evidence e) {
        return Math.abs(e.lr() - e.publishedLr()) > SAME;
    }

    /** One sentence for a note's legend on what "shrunk" and "capped" mean, with the caps in force. */
    public static String legend(Policy p) {
        return "An LR shrunk from the published figure comes from a case-control (or circular-reference) study and is taken"
                + " to its square root, as that design overstates accuracy; one capped is held between " + Describe.lr(p.familyFloor())
                + " and " + Describe.lr(p.familyCap()) + " (" + Describe.lr(p.totalFloor()) + " and " + Describe.lr(p.totalCap())
                + " for a validated cluster), as no bedside test here has the data to justify a larger shift (evidence §5.3).";
    }

    /** A published figure to three significant digits, as studies print it: 10.2, not the rounded 10. */
    static String published(double lr) {
        return new BigDecimal(lr).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
