package org.exampath.ui.hypotheses;

import java.util.ArrayList;
import java.util.List;
import org.exampath.domain.Exam;
import org.exampath.persistence.EncounterStore;
import org.exampath.persistence.StoreException;
import org.exampath.reasoning.Engine;
import org.exampath.reasoning.RedFlag;
import org.exampath.text.Describe;
import org.exampath.ui.common.Autosave;

/** Red-flag actions in the store: recording one, those of this encounter, and the last visit's flags with theirs. */
public final class FlagActions {
    private final Autosave autosave;

    public FlagActions(Autosave autosave) {
        this.autosave = autosave;
    }

    String record(String flag, String action) {
        try {
            autosave.acknowledge(flag, action);
            return "";
        } catch (StoreException e) {
            return e.getMessage();
        }
    }

    List<String> current(String flag) {
        Long id = autosave.encounterIdProperty().get();
        return id == null ? List.of() : recorded(id, flag);
    }

    private List<String> recorded(long encounter, String flag) {
        List<String> out = new ArrayList<>();
        for (EncounterStore.Acknowledgement a : autosave.store().acknowledgements(encounter)) {
            if (a.flag().equals(flag)) {
                out.add("Action recorded " + Describe.minute(a.at()) + ": " + a.action());
            }
        }
        return out;
    }

    /** The flags the last visit raised, each with the actions recorded for it then (or that none was). */
    public List<String> earlier(Engine engine) {
        Exam last = autosave.previousProperty().get();
        Long lastId = autosave.previousEncounterId();
        if (last == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (RedFlag flag : engine.assess(last).redFlags()) {
            List<String> done = lastId == null ? List.of() : recorded(lastId, flag.id());
            out.add("Last visit: " + FlagLevel.of(flag.urgency()).word() + " — " + flag.label() + ". "
                    + (done.isEmpty() ? "No action was recorded." : String.join("; ", done)));
        }
        return out;
    }
}
