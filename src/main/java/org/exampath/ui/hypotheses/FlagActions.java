package org.exampath.ui.hypotheses;

import java.util.ArrayList;
import java.util.List;
import org.exampath.domain.Exam;
import org.exampath.reasoning.Engine;
import org.exampath.reasoning.RedFlag;
import org.exampath.report.NoteContext;
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

    /** The actions of the flag as it stands in the exam shown. */
    List<String> current(RedFlag flag) {
        return lines(autosave.acknowledgements(), flag);
    }

    /**
     * Each action of the flag, with the level it was recorded at when the flag stands higher now ("Action recorded
     * 10:15, when the flag was urgent: …"; "…, level not known: …" for one whose level the store did not keep).
     */
    private static List<String> lines(List<Encounters.Acknowledgement> actions, RedFlag flag) {
        List<String> out = new ArrayList<>();
        for (Encounters.Acknowledgement a : actions) {
            if (a.flag().equals(flag.id())) {
                NoteContext.FlagAction level = new NoteContext.FlagAction(a.flag(), a.action(), Describe.minute(a.at()), null,
                        a.urgency());
                out.add("Action recorded " + level.when(flag.level()) + ": " + a.action());
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
            List<String> done = lines(autosave.earlierAcknowledgements(), flag);
            out.add("Last visit: " + FlagLevel.of(flag).word() + " — " + flag.label() + ". "
                    + (done.isEmpty() ? "No action was recorded." : String.join("; ", done)));
        }
        return out;
    }
}
