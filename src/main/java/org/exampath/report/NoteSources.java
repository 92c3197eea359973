package org.exampath.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.exampath.knowledge.Citation;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.Evidence;
import org.exampath.reasoning.HypothesisResult;
import org.exampath.text.Describe;
import org.exampath.text.LrFigure;

/**
 * The sources a note cites and the findings that moved each diagnosis shown, with their likelihood ratios and
 * the legend of the evidence tags printed beside them.
 */
final class NoteSources {
    private final KnowledgeBase kb;
    private final Assessment assessment;
    private final List<HypothesisResult> shown;
    /** An emergency stands: no diagnosis is shown, so only the flags' and the imaging advice's sources count. */
    private final boolean emergency;

    NoteSources(KnowledgeBase kb, Assessment assessment, List<HypothesisResult> shown, boolean emergency) {
        this.kb = kb;
        this.assessment = assessment;
        this.shown = shown;
        this.emergency = emergency;
    }

    /**
     * The legend of the evidence tags printed on the note (beside the sources and the findings that moved a diagnosis),
     * and, when a figure shown is not the published one, a sentence on shrinkage and the caps.
     */
    String tagLegend() {
        Set<String> used = new TreeSet<>();
        boolean adjusted = false;
        if (!emergency) {
            shown.forEach(h -> h.contributions().stream().limit(4).forEach(e -> used.add(e.tag())));
            adjusted = shown.stream().anyMatch(h -> h.contributions().stream().limit(4).anyMatch(LrFigure::adjusted));
        }
        for (String id : citedIds()) {
            Citation c = kb.citation(id);
            if (c != null) {
                used.add(c.tag());
            }
        }
        String tags = EvidenceTags.legend(used);
        return adjusted ? (tags.isEmpty() ? "" : tags + " ") + LrFigure.legend(kb.policy()) : tags;
    }

    /** The findings that moved it most, with LR and source; one carried over from the last visit says so. */
    List<String> movers(HypothesisResult h, int limit, CarriedFindings carried) {
        List<String> out = new ArrayList<>();
        for (Evidence e : h.contributions()) {
            if (out.size() == limit) {
                break;
            }
            out.add(String.format(Locale.ROOT, "%s: %s (%s%s%s)", Describe.evidence(kb, e),
                    LrFigure.of(kb, e), shortSource(e.source()), "estimate".equals(e.tag()) ? ", estimate" : ", " + e.tag(),
                    e.findings().stream().anyMatch(carried::has) ? "; carried over, not re-examined" : ""));
        }
        return out;
    }

    /** A source as the note names it beside a finding: authors and year, or its id when it is not catalogued. */
    String shortSource(String id) {
        Citation c = kb.citation(id);
        return c == null ? id : Describe.shortCitation(c);
    }

    /** Every source cited on the note, in full. */
    List<String> citations() {
        List<String> out = new ArrayList<>();
        for (String id : citedIds()) {
            Citation c = kb.citation(id);
            if (c != null) {
                out.add(c.text() + " [" + c.tag() + "]");
            }
        }
        return out;
    }

    /** The ids of the sources the note cites, sorted. */
    private SortedSet<String> citedIds() {
        TreeSet<String> ids = new TreeSet<>();
        for (HypothesisResult h : shown) {
            h.contributions().stream().limit(4).forEach(e -> ids.add(e.source()));
        }
        assessment.redFlags().forEach(f -> ids.addAll(f.sources()));
        ids.addAll(assessment.imaging().sources());
        return ids;
    }
}
