package org.exampath.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The status line's words for the recovery copies an earlier session left: exam changes to open and
 * review, red-flag actions this clinician recorded (stored when their encounter is opened), and those
 * recorded by someone else (kept, never stored in this clinician's name).
 */
final class LeftoverNotice {
    private LeftoverNotice() {
    }

    /**
     * What {@code files} holds from an earlier session, for {@code clinician} working in the store {@code store}
     * ({@link org.exampath.store.Encounters#identity}); empty when nothing was left.
     */
    static String of(RecoveryFiles files, String clinician, String store) {
        // a copy kept for another store (an encounter's, or a new exam's naming its store) belongs to that store;
        // one naming no store (an older version's) is offered here; a colleague's copy is only named. Each copy's
        // side files are read once: another window may remove a copy while this one starts.
        List<Path> left = new ArrayList<>();
        List<String> elsewhereStores = new ArrayList<>();
        List<String> othersCopies = new ArrayList<>(); // who entered each colleague's copy: only they restore it
        for (Path copy : files.leftovers()) {
            RecoveryFiles.Origin origin = RecoveryFiles.originOf(copy);
            if (origin.store() != null && !origin.store().equals(store)) {
                elsewhereStores.add(origin.store());
            } else if (origin.clinician() != null && !origin.clinician().equals(clinician)) {
                othersCopies.add(origin.clinician());
            } else {
                left.add(copy);
            }
        }
        List<String> lines = new ArrayList<>();
        if (!left.isEmpty()) {
            lines.add(left.size() + " unsaved change" + (left.size() == 1 ? " was" : "s were") + " kept from an earlier session in "
                    + files.folder() + "; open " + (left.size() == 1 ? "it" : "them") + " with File > Open exam to review and save "
                    + (left.size() == 1 ? "it." : "them."));
        }
        if (!othersCopies.isEmpty()) {
            List<String> who = othersCopies.stream().distinct().map(n -> n.isEmpty() ? "someone with no name set" : n).toList();
            lines.add(othersCopies.size() + " unsaved change" + (othersCopies.size() == 1 ? "" : "s") + " that " + String.join(", ", who)
                    + " entered in an earlier session "
                    + (othersCopies.size() == 1 ? "is" : "are") + " kept in " + files.folder()
                    + ", not opened here: only the clinician who made a change restores it.");
        }
        if (!elsewhereStores.isEmpty()) {
            lines.add(elsewhereStores.size() + " unsaved change" + (elsewhereStores.size() == 1 ? " was" : "s were")
                    + " kept for another database (" + String.join(", ", elsewhereStores.stream().distinct().toList())
                    + "); open " + (elsewhereStores.size() == 1 ? "it" : "them") + " with File > Open exam while that database is open"
                    + " (opened here, each is saved as a new encounter of this one).");
        }
        List<ActionCopies.Copy> actionsLeft = files.actions().leftovers();
        List<ActionCopies.Copy> mine = actionsLeft.stream().filter(c -> c.action().clinician().equals(clinician)).toList();
        List<ActionCopies.Copy> here = mine.stream().filter(c -> c.encounter().store().equals(store)).toList();
        if (!here.isEmpty()) {
            lines.add(here.size() + " red-flag action" + (here.size() == 1 ? "" : "s") + " you recorded in an earlier session "
                    + (here.size() == 1 ? "was" : "were") + " not confirmed stored; each is stored when its encounter ("
                    + encounters(here) + ") is opened.");
        }
        if (here.size() < mine.size()) {
            List<ActionCopies.Copy> elsewhere = mine.stream().filter(c -> !here.contains(c)).toList();
            lines.add(elsewhere.size() + " red-flag action" + (elsewhere.size() == 1 ? "" : "s") + " you recorded for another database ("
                    + String.join(", ", elsewhere.stream().map(c -> c.encounter().store()).distinct().toList()) + ") "
                    + (elsewhere.size() == 1 ? "is" : "are") + " kept in " + files.folder()
                    + "; each is stored when that database and its encounter are opened, never into this one.");
        }
        if (mine.size() < actionsLeft.size()) {
            List<ActionCopies.Copy> others = actionsLeft.stream().filter(c -> !mine.contains(c)).toList();
            lines.add(others.size() + " red-flag action" + (others.size() == 1 ? "" : "s") + " recorded by "
                    + String.join(", ", others.stream().map(c -> c.action().clinician()).distinct().toList())
                    + " in an earlier session " + (others.size() == 1 ? "is" : "are") + " kept in " + files.folder()
                    + ", not stored: only the clinician who recorded an action stores it.");
        }
        return String.join(" ", lines);
    }

    private static String encounters(List<ActionCopies.Copy> copies) {
        return String.join(", ", copies.stream().map(c -> Long.toString(c.encounter().id())).distinct().toList());
    }
}
