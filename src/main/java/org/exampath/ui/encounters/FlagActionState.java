package org.exampath.ui.encounters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exampath.knowledge.Keyed;
import org.exampath.knowledge.Urgency;
import org.exampath.store.Encounters;

/**
 * Whether a listed encounter's raised red flags have an action recorded (in the panel, stored with the encounter) at
 * the urgency each flag stands at now: "action recorded" when each has one, "action recorded for 1 of 2 flags" when
 * some have, "no action recorded yet" when none has. An action counts for its flag at the urgency it was recorded at
 * or a lower one: one recorded while cauda equina was urgent does not stand for it as an emergency, and the line then
 * says so ("action recorded at urgent only", under the EMERGENCY badge). An action stored before the stores kept its urgency
 * counts only for a flag at soon, the lowest urgency an action is recorded at, so it never hides a flag that may
 * have risen since (ADR 6). A row listed before flags at several urgencies were listed apart ("emergency:
 * cauda_equina, fracture") has each flag read at the row's urgency. Only raised flags count (emergency, urgent,
 * soon); a row with none raised, or only a noted item, says nothing here, and is never read as missing an action.
 */
final class FlagActionState {
    static final String DONE = "action recorded";
    static final String NONE = "no action recorded yet";

    private FlagActionState() {
    }

    /** The row's raised flags' ids, each with the urgency it stands at, most pressing first; empty when none is raised. */
    static Map<String, Urgency> raised(Encounters.Row row) {
        Map<String, Urgency> out = new LinkedHashMap<>();
        String flags = row.flags();
        for (String group : flags == null ? new String[0] : flags.split("; ")) {
            int colon = group.indexOf(": ");
            Urgency urgency = colon < 0 ? null : Keyed.find(Urgency.class, group.substring(0, colon));
            if (urgency == null || urgency == Urgency.NOTED) {
                return out.isEmpty() ? Map.of() : out;
            }
            for (String id : group.substring(colon + 2).split(", ")) {
                if (!id.strip().isEmpty()) {
                    out.putIfAbsent(id.strip(), urgency);
                }
            }
        }
        return out;
    }

    /**
     * The most pressing urgency an action of {@code flag} was recorded at, SOON for one of a level not kept; null when
     * the row has none for it.
     */
    private static Urgency actedAt(Encounters.Row row, String flag) {
        Urgency best = null;
        for (String acted : row.actedOn() == null ? new String[0] : row.actedOn().split(",")) {
            int colon = acted.indexOf(':');
            if (!(colon < 0 ? acted : acted.substring(0, colon)).equals(flag)) {
                continue;
            }
            Urgency level = colon < 0 ? Urgency.SOON : Keyed.find(Urgency.class, acted.substring(colon + 1));
            if (level != null && (best == null || level.compareTo(best) < 0)) {
                best = level;
            }
        }
        return best;
    }

    /** An action of the flag is recorded at its urgency now, or a more pressing one. */
    private static boolean covered(Encounters.Row row, String flag, Urgency now) {
        Urgency at = actedAt(row, flag);
        return at != null && at.compareTo(now) <= 0;
    }

    /** Blank for a row with no flag raised; else what the flags' actions are. */
    static String text(Encounters.Row row) {
        Map<String, Urgency> raised = raised(row);
        if (raised.isEmpty()) {
            return "";
        }
        List<String> lower = new ArrayList<>();
        long acted = 0;
        for (Map.Entry<String, Urgency> flag : raised.entrySet()) {
            if (covered(row, flag.getKey(), flag.getValue())) {
                acted++;
            } else if (actedAt(row, flag.getKey()) != null) {
                lower.add(flag.getKey());
            }
        }
        if (acted == raised.size()) {
            return DONE;
        }
        if (raised.size() == 1 && lower.size() == 1) {
            return lowerOnly(row, lower.get(0));
        }
        if (acted == 0 && lower.isEmpty()) {
            return NONE;
        }
        return DONE + " for " + acted + " of " + raised.size() + " flags";
    }

    /**
     * The one flag's actions are all below its urgency now: "action recorded at urgent only", or for actions whose
     * level was not kept, "action recorded, level not known" (short enough for the column at 1024 wide; the badge
     * beside it names the urgency now).
     */
    private static String lowerOnly(Encounters.Row row, String flag) {
        boolean known = java.util.Arrays.stream(row.actedOn().split(",")).anyMatch(a -> a.startsWith(flag + ":"));
        return known ? DONE + " at " + actedAt(row, flag).key() + " only" : DONE + ", level not known";
    }

    /** A raised flag of the row has no action recorded at its urgency or a more pressing one. */
    static boolean needsAction(Encounters.Row row) {
        return raised(row).entrySet().stream().anyMatch(f -> !covered(row, f.getKey(), f.getValue()));
    }
}
