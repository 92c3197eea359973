package org.exampath.ui.exam;

import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.text.Describe;

/**
 * What a screen reader says of a question's answers. A button shows only "–", "no" or "3"; the row's label beside
 * it says the rest, but Tab never visits that label. So each answer carries its question as well
 * ("Saddle numbness: not asked", "Resisted abduction, MRC grade: 3"), and the "i" names the question it explains.
 */
final class AnswerNames {
    private AnswerNames() {
    }

    /**
     * Names the buttons of one segmented answer: the first is "–" (not asked, or not tested for a physical test), the
     * others follow {@code values} (the raw values, in order). {@code part} is "" or the half of a resisted test.
     */
    static void name(FindingDefinition definition, String part, List<ToggleButton> buttons, List<String> values) {
        String question = definition.label() + part(part);
        buttons.get(0).setAccessibleText(question + ": " + (definition.physical() ? "not tested" : "not asked"));
        for (int i = 0; i < values.size(); i++) {
            buttons.get(i + 1).setAccessibleText(question + ": " + Describe.value(values.get(i)));
        }
    }

    /** The "i" beside a question says which question it explains. */
    static void nameInfo(Labeled info, FindingDefinition definition) {
        info.setAccessibleText("About " + definition.label());
    }

    private static String part(String idSuffix) {
        return switch (idSuffix) {
            case "-grade" -> ", MRC grade";
            case "-pain" -> ", pain";
            default -> "";
        };
    }
}
