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

    /** What {@code files} holds from an earlier session, for {@code clinician}; empty when nothing was left. */
    static String of(RecoveryFiles files, String clinician) {
        List<Path> left = files.leftovers();
        List<String> lines = new ArrayList<>();
        if (!left.isEmpty()) {
            lines.add(left.size() + " unsaved change" + (left.size() == 1 ? " was" : "s were") + " kept from an earlier session in "
                    + files.folder() + "; open them with File > Open exam to review and save them.");
        }
        List<ActionCopies.Copy> actionsLeft = files.actions().leftovers();
        List<ActionCopies.Copy> mine = actionsLeft.stream().filter(c -> c.action().clinician().equals(clinician)).toList();
        if (!mine.isEmpty()) {
            lines.add(mine.size() + " red-flag action" + (mine.size() == 1 ? "" : "s") + " you recorded in an earlier session "
                    + (mine.size() == 1 ? "was" : "were") + " not confirmed stored; each is stored when its encounter ("
                    + encounters(mine) + ") is opened.");
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
