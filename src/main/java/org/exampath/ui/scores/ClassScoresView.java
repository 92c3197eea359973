package org.exampath.ui.scores;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.exampath.clinic.ClinicScores;

/**
 * The class scores window: a line saying whose attempts these are, three tables (per student, per case,
 * per student and case) and Export CSV…, which asks where and writes what the class-scores command prints.
 */
public final class ClassScoresView extends BorderPane {
    private final ClassScoresViewModel model;

    public ClassScoresView(ClassScoresViewModel model, Function<Window, Optional<Path>> chooseCsv, Runnable close) {
        this.model = model;
        setId("class-scores");
        getStyleClass().add("class-scores");
        setPadding(new Insets(12));
        setTop(messages());
        setCenter(tabs());
        setBottom(buttons(chooseCsv, close));
    }

    /** Opens the view in its own window beside the exam and starts reading. */
    public static Stage show(Window owner, ClassScoresViewModel model, String stylesheet,
                             BiFunction<Window, String, Optional<Path>> chooseCsv) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("ExamPath: class scores");
        Scene scene = new Scene(new ClassScoresView(model, w -> chooseCsv.apply(w, "class-scores.csv"), stage::close), 820, 520);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.setMinWidth(820);
        stage.setMinHeight(400);
        stage.show();
        model.load();
        return stage;
    }

    private VBox messages() {
        Label message = new Label();
        message.setId("scores-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Label error = new Label();
        error.setId("scores-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        VBox box = new VBox(4, message, error);
        box.setPadding(new Insets(0, 0, 8, 0));
        return box;
    }

    private TabPane tabs() {
        TabPane tabs = new TabPane(
                tab("By student", "scores-tab-student", totals("scores-per-student", "Student", "Cases", model.perStudent(), true)),
                tab("By case", "scores-tab-case", totals("scores-per-case", "Case", "Students", model.perCase(), false)),
                tab("By student and case", "scores-tab-detail", detail()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("scores-tabs");
        return tabs;
    }

    private static Tab tab(String title, String id, TableView<?> table) {
        Tab tab = new Tab(title, table);
        tab.setId(id);
        return tab;
    }

    private static TableView<ClinicScores.Total> totals(String id, String nameTitle, String distinctTitle,
                                                       javafx.collections.ObservableList<ClinicScores.Total> rows, boolean withClass) {
        TableView<ClinicScores.Total> table = new TableView<>(rows);
        table.setId(id);
        table.getColumns().add(wide(text(nameTitle, ClinicScores.Total::name), 220));
        if (withClass) {
            table.getColumns().add(wide(text("Class", ClinicScores.Total::className), 120));
        }
        table.getColumns().add(number(distinctTitle, ClinicScores.Total::distinct));
        table.getColumns().add(number("Attempts", ClinicScores.Total::attempts));
        table.getColumns().add(number("Missed a flag", ClinicScores.Total::missedFlagAttempts));
        table.getColumns().add(numeric(text("Right first", t -> ClassScoresViewModel.percent(t.leadingCorrectRate()))));
        table.getColumns().add(numeric(text("Mean score", t -> ClassScoresViewModel.mean(t.meanScore()))));
        table.getColumns().add(numeric(text("Mean Brier", t -> ClassScoresViewModel.brier(t.meanBrier()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No attempts to show."));
        return table;
    }

    private TableView<ClinicScores.Row> detail() {
        TableView<ClinicScores.Row> table = new TableView<>(model.perStudentAndCase());
        table.setId("scores-detail");
        table.getColumns().add(wide(text("Student", ClinicScores.Row::student), 160));
        table.getColumns().add(wide(text("Class", ClinicScores.Row::className), 100));
        table.getColumns().add(wide(text("Case", ClinicScores.Row::caseName), 200));
        table.getColumns().add(number("Attempts", ClinicScores.Row::attempts));
        table.getColumns().add(number("Missed a flag", ClinicScores.Row::missedFlagAttempts));
        table.getColumns().add(numeric(text("Right first", r -> ClassScoresViewModel.percent(r.leadingCorrectRate()))));
        table.getColumns().add(numeric(text("Mean score", r -> ClassScoresViewModel.mean(r.meanScore()))));
        table.getColumns().add(numeric(text("Mean Brier", r -> ClassScoresViewModel.brier(r.meanBrier()))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No attempts to show."));
        return table;
    }

    /** A figure shown as text, aligned as the numbers are. */
    private static <T> TableColumn<T, String> numeric(TableColumn<T, String> column) {
        column.getStyleClass().add("number-column");
        return column;
    }

    /** Names get the room; the numbers keep their narrow default. */
    private static <T> TableColumn<T, String> wide(TableColumn<T, String> column, double width) {
        column.setPrefWidth(width);
        column.setMinWidth(width * 0.6);
        return column;
    }

    private static <T> TableColumn<T, String> text(String title, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(92);
        column.setMinWidth(84);
        return column;
    }

    private static <T> TableColumn<T, Integer> number(String title, Function<T, Integer> value) {
        TableColumn<T, Integer> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.getStyleClass().add("number-column");
        column.setPrefWidth(80);
        column.setMinWidth(64);
        return column;
    }

    private HBox buttons(Function<Window, Optional<Path>> chooseCsv, Runnable close) {
        Button export = new Button("Export CSV…");
        export.setId("scores-export");
        export.disableProperty().bind(model.loadedProperty().not());
        export.setOnAction(e -> chooseCsv.apply(getScene().getWindow()).ifPresent(model::export));
        Button reload = new Button("Read again");
        reload.setId("scores-reload");
        reload.setOnAction(e -> model.load());
        Button done = new Button("Close");
        done.setId("scores-close");
        done.setCancelButton(true);
        done.setOnAction(e -> close.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8, export, reload, spacer, done);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }
}
