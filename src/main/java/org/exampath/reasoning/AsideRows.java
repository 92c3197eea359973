package org.exampath.reasoning;

import java.util.List;
import org.exampath.knowledge.Facts;
import org.exampath.knowledge.LikelihoodRow;

/**
 * Which rows that hold are set aside: those filed under a set-aside prefix, and those resting on a recorded finding
 * under one ({@link RowSupport}: a cluster on every recorded member, another row on what makes it hold), so that no
 * contribution rests on a finding the same assessment calls uninformative.
 */
final class AsideRows {
    private AsideRows() {
    }

    /** By row index, whether each row of {@code rows} that holds ({@code holds}) is set aside under {@code prefixes}. */
    static boolean[] of(List<LikelihoodRow> rows, boolean[] holds, List<String> prefixes, Facts facts) {
        boolean[] out = new boolean[holds.length];
        if (prefixes.isEmpty()) {
            return out;
        }
        for (int i = 0; i < holds.length; i++) {
            LikelihoodRow row = rows.get(i);
            out[i] = holds[i] && (isAside(row.finding(), prefixes)
                    || anyAside(row.references(), prefixes) && anyAside(RowSupport.findings(row, facts), prefixes));
        }
        return out;
    }

    private static boolean anyAside(Iterable<String> findings, List<String> prefixes) {
        for (String finding : findings) {
            if (isAside(finding, prefixes)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAside(String finding, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (finding.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
