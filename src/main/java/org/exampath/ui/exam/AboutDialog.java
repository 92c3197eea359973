package org.exampath.ui.exam;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.text.BuildWords;

/**
 * Help → About ExamPath: which build this is and which knowledge base it reasons with, so that a clinician can
 * say which one gave a note's figures, and where those figures come from.
 */
final class AboutDialog {
    private AboutDialog() {
    }

    /** What the dialog says, one paragraph per line. */
    static String text(KnowledgeBase knowledge) {
        return "Knowledge base " + knowledge.version() + ": " + knowledge.hypotheses().size() + " hypotheses, "
                + knowledge.findings().size() + " findings, " + knowledge.rows().size() + " likelihood ratios and "
                + knowledge.redFlags().size() + " red flags. Every figure names one of its "
                + knowledge.citations().size() + " sources, and an estimate says that it is one and why: the panel's "
                + "Evidence button and each hypothesis's \"why?\" show them. Consultation notes name this version.\n\n"
                + "ExamPath supports the clinician's reasoning and does not replace it. Red flags are rules that no "
                + "probability can outweigh or hide.\n\n"
                + "Apache License 2.0.";
    }

    static void show(Window owner, KnowledgeBase knowledge) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle("About ExamPath");
        about.setHeaderText("ExamPath " + BuildWords.version());
        Label text = new Label(text(knowledge));
        text.setWrapText(true);
        text.setId("about-text");
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        about.getDialogPane().setContent(text);
        about.getDialogPane().setId("about-dialog");
        about.getDialogPane().setPrefWidth(520);
        about.showAndWait();
    }
}
