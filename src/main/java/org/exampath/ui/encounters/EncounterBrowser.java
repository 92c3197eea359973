package org.exampath.ui.encounters;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.exampath.store.Encounters;

/**
 * The encounter browser: find last week's exam in seconds, open it (Open, Enter or a double-click) or start a
 * follow-up. Both replace the exam shown, so both go through the exam window's leave check first; when the
 * clinician stays, the list stays open. Escape closes it.
 */
public final class EncounterBrowser extends VBox {
    private final EncounterBrowserViewModel model;
    private final TableView<Encounters.Row> table = new TableView<>();

    public EncounterBrowser(EncounterBrowserViewModel model, Runnable close) {
        super(8);
        this.model = model;
        setId("encounter-browser");
        setPadding(new Insets(12));
        TextField search = new TextField();
        search.setId("encounter-search");
        search.setPromptText("Search by patient label, date (2026-11) or hypothesis");
        search.textProperty().bindBidirectional(model.queryProperty());
        table.setId("encounter-table");
        table.setItems(model.rows());
        table.getColumns().add(column("Date", r -> r.date(), 100));
        table.getColumns().add(column("Patient", Encounters.Row::patientLabel, 160));
        table.getColumns().add(column("Leading hypothesis", model::leadingText, 260));
        table.getColumns().add(column("Red flags", model::flagsText, 220));
        table.getColumns().add(column("Status", r -> r.status() + (r.previousId() == null ? "" : ", follow-up"), 120));
        table.getColumns().add(column("#", r -> Long.toString(r.id()), 60));
        table.setRowFactory(tv -> {
            var row = new javafx.scene.control.TableRow<Encounters.Row>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem()).ifPresent(opening -> close.run());
                }
            });
            return row;
        });
        // Enter on the chosen row opens it, as a double-click or Open does
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Encounters.Row chosen = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && chosen != null) {
                e.consume();
                model.open(chosen).ifPresent(opening -> close.run());
            }
        });
        // Escape closes the list, wherever the focus is in it
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                close.run();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        Button open = new Button("_Open");
        open.setId("encounter-open");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> model.open(table.getSelectionModel().getSelectedItem()).ifPresent(opening -> close.run()));
        Button followUp = new Button("Start _follow-up");
        followUp.setId("encounter-follow-up");
        followUp.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        followUp.setOnAction(e -> model.followUp(table.getSelectionModel().getSelectedItem()).ifPresent(starting -> close.run()));
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        getChildren().addAll(search, table, new HBox(8, open, followUp, message));
        model.search();
    }

    private static TableColumn<Encounters.Row, String> column(String title,
            java.util.function.Function<Encounters.Row, String> value, double width) {
        TableColumn<Encounters.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Opens the browser in its own window. */
    public static Stage show(Window owner, EncounterBrowserViewModel model, String stylesheet) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("ExamPath: encounters");
        Scene scene = new Scene(new EncounterBrowser(model, stage::close), 760, 520);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
