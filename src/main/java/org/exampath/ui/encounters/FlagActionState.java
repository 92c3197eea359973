package org.exampath.ui.encounters;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.exampath.knowledge.Keyed;
import org.exampath.knowledge.Urgency;
import org.exampath.store.Encounters;

/**
 * Whether a listed encounter's raised red flags have an action recorded (in the panel, stored with the encounter):
 * "action recorded" when each has one, "action recorded for 1 of 2 flags" when some have, "no action recorded yet"
 * when none has. Only raised flags count (emergency, urgent, soon); a row with none raised, or only a noted item,
 * says nothing here, and its state is never read as missing an action.
 */
final class FlagActionState {
    static final String DONE = "action recorded";
    static final String NONE = "no action recorded yet";

    private FlagActionState() {
    }

    /** The row's raised flags' ids, empty when none is raised. */
    static List<String> raised(Encounters.Row row) {
        String flags = row.flags();
        int colon = flags == null ? -1 : flags.indexOf(": ");
        Urgency urgency = colon < 0 ? null : Keyed.find(Urgency.class, flags.substring(0, colon));
        if (urgency == null || urgency == Urgency.NOTED) {
            return List.of();
        }
        return Arrays.stream(flags.substring(colon + 2).split(", ")).map(String::strip).filter(id -> !id.isEmpty()).toList();
    }

    private static long acted(Encounters.Row row, List<String> raised) {
        Set<String> acted = row.actedOn() == null ? Set.of() : Set.copyOf(Arrays.asList(row.actedOn().split(",")));
        return raised.stream().filter(acted::contains).count();
    }

    /** Blank for a row with no flag raised; else what the flags' actions are. */
    static String text(Encounters.Row row) {
        List<String> raised = raised(row);
        if (raised.isEmpty()) {
            return "";
        }
        long acted = acted(row, raised);
        return acted == raised.size() ? DONE : acted == 0 ? NONE
                : DONE + " for " + acted + " of " + raised.size() + " flags";
    }

    /** A raised flag of the row has no action recorded. */
    static boolean needsAction(Encounters.Row row) {
        List<String> raised = raised(row);
        return !raised.isEmpty() && acted(row, raised) < raised.size();
    }
}
