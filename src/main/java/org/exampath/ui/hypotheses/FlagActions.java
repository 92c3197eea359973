package org.exampath.ui.hypotheses;

import java.util.ArrayList;
import java.util.List;
import org.exampath.domain.Exam;
import org.exampath.reasoning.Engine;
import org.exampath.reasoning.RedFlag;
import org.exampath.store.Encounters;
import org.exampath.text.Describe;
import org.exampath.ui.common.Autosave;

/**
 * Red-flag actions through the autosave (which queues the writes and keeps what it read in memory):
 * recording one, those of this encounter, and the last visit's flags with theirs. No store read here.
 */
public final class FlagActions {
    private final Autosave autosave;

    public FlagActions(Autosave autosave) {
        this.autosave = autosave;
    }

    /** Queues the action (the JavaFX thread never waits); returns a one-line problem, or "" when queued. */
    String record(String flag, String action) {
        if (action == null || action.isBlank()) {
            return "say what action was taken for the red flag";
        }
        autosave.acknowledge(flag, action.strip());
        return "";
    }

    List<String> current(String flag) {
        return lines(autosave.acknowledgements(), flag);
    }

    private static List<String> lines(List<Encounters.Acknowledgement> actions, String flag) {
        List<String> out = new ArrayList<>();
        for (Encounters.Acknowledgement a : actions) {
            if (a.flag().equals(flag)) {
                out.add("Action recorded " + Describe.minute(a.at()) + ": " + a.action());
            }
        }
        return out;
    }

    /**
     * The flags the last visit raised, each with the actions recorded for it then (or that none was); those it
     * derived by progression too, judged against the visit before it as they were then.
     */
    public List<String> earlier(Engine engine) {
        Exam last = autosave.previousProperty().get();
        if (last == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (RedFlag flag : engine.assess(last, autosave.beforeLastVisit()).redFlags()) {
            if (flag.noted()) {
                continue;
            }
            List<String> done = lines(autosave.earlierAcknowledgements(), flag.id());
            out.add("Last visit: " + FlagLevel.of(flag).word() + " — " + flag.label() + ". "
                    + (done.isEmpty() ? "No action was recorded." : String.join("; ", done)));
        }
        return out;
    }
}
