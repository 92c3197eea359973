package org.exampath.ui.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.exampath.ui.common.Keys;

/**
 * The Open database dialog: one field for a database file or a postgresql:// address, Browse… for a
 * file, a hint on where the server login comes from, the reason a switch failed, Open and Cancel.
 */
public final class OpenDatabaseView extends VBox {

    public OpenDatabaseView(OpenDatabaseViewModel model, Function<Window, Optional<Path>> browse, Runnable close) {
        super(10);
        setId("open-database");
        setPadding(new Insets(16));
        Label now = new Label("Open now: " + model.current());
        now.setId("db-current");
        now.setWrapText(true);
        now.getStyleClass().add("hint");
        TextField address = new TextField();
        address.setId("db-address");
        address.setPromptText("/path/to/exampath.db  or  postgresql://HOST[:PORT]/DBNAME");
        address.textProperty().bindBidirectional(model.addressProperty());
        address.disableProperty().bind(model.busyProperty());
        Keys.keepText(address);
        HBox.setHgrow(address, Priority.ALWAYS);
        Button choose = new Button("Browse…");
        choose.setId("db-browse");
        choose.disableProperty().bind(model.busyProperty());
        choose.setOnAction(e -> browse.apply(getScene().getWindow()).ifPresent(model::chose));
        Label hint = new Label("A clinic server's login comes from PGUSER and PGPASSWORD or ~/.pgpass, as for the "
                + "commands; ExamPath asks for no password and keeps none. Add ?sslmode=require for a server off this network.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        Label message = new Label();
        message.setId("db-message");
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Button open = new Button("Open");
        open.setId("db-open");
        open.setDefaultButton(true);
        open.disableProperty().bind(model.busyProperty());
        open.setOnAction(e -> model.open().thenAccept(done -> {
            if (done) {
                close.run();
            }
        }));
        Button cancel = new Button("Cancel");
        cancel.setId("db-cancel");
        cancel.setCancelButton(true);
        cancel.disableProperty().bind(model.busyProperty());
        cancel.setOnAction(e -> close.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(new Label("Database file or clinic server address"), new HBox(8, address, choose), now, hint,
                message, new HBox(8, spacer, open, cancel));
    }

    /** Shows the dialog over the exam window; the window stays as it is until a switch succeeds. */
    public static Stage show(Window owner, OpenDatabaseViewModel model, String stylesheet,
                             Function<Window, Optional<Path>> browse) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("ExamPath: open database");
        OpenDatabaseView view = new OpenDatabaseView(model, browse, stage::close);
        view.setPrefWidth(620);
        Scene scene = new Scene(view);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.setMinWidth(460);
        model.messageProperty().addListener((obs, old, now) -> stage.sizeToScene());
        stage.show();
        return stage;
    }
}
