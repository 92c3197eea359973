package org.exampath.ui.encounters;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.exampath.store.Encounters;
import org.exampath.ui.common.Tips;
import org.exampath.ui.common.VisitDates;

/**
 * The encounter browser: find last week's exam in seconds, open it (Open, Enter or a double-click) or start a
 * follow-up. Both replace the exam shown, so both go through the exam window's leave check first; when the
 * clinician stays, the list stays open. Escape closes it. From the search field, Down moves into the list and
 * Enter opens the chosen row (or the only match). The red flags come right after the patient and keep their
 * room: the other columns give way first, and a long line (a flag, a patient's label) wraps rather than being cut
 * ({@link PatientCell} says how a label too long for its lines is shown). A raised flag's urgency is a coloured
 * badge ({@link FlagCell}), with whether an action is recorded for it under it; the red flags' header sorts the
 * list by urgency, emergency first, and "Flags without an action" narrows it to the flagged encounters still
 * waiting for one.
 */
public final class EncounterBrowser extends VBox {
    private static final javafx.css.PseudoClass UNDATED = javafx.css.PseudoClass.getPseudoClass("undated");
    private final EncounterBrowserViewModel model;
    private final TableView<Encounters.Row> table = new TableView<>();
    private final TextField search = new TextField();

    public EncounterBrowser(EncounterBrowserViewModel model, Runnable close) {
        super(8);
        this.model = model;
        setId("encounter-browser");
        setPadding(new Insets(12));
        search.setId("encounter-search");
        search.setPromptText("Patient label, date (2026-11) or hypothesis");
        search.textProperty().bindBidirectional(model.queryProperty());
        Label searchLabel = new Label("_Search:");
        searchLabel.setMnemonicParsing(true);
        searchLabel.setLabelFor(search);
        searchLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(search, Priority.ALWAYS);
        CheckBox withoutAction = new CheckBox("Flags without an _action");
        withoutAction.setId("encounter-without-action");
        withoutAction.setMnemonicParsing(true);
        withoutAction.setMinWidth(Region.USE_PREF_SIZE);
        withoutAction.selectedProperty().bindBidirectional(model.withoutActionOnlyProperty());
        Tips.install(withoutAction, "Show only encounters with a raised red flag that has no action recorded at the urgency it stands at now");
        HBox searchLine = new HBox(8, searchLabel, search, withoutAction);
        searchLine.setAlignment(Pos.CENTER_LEFT);
        table.setId("encounter-table");
        // the rows as the store lists them (newest first), or in the order of the column header clicked: the red
        // flags' header sorts by urgency, emergency first
        SortedList<Encounters.Row> sorted = new SortedList<>(model.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        // the columns share the list's width (no sideways scroll); the red flags, the column that matters most
        // for safety, sit early and keep a wide minimum, so the hypothesis gives way first. The patient's label
        // has room for about 33 characters at 1024 and wraps at its spaces past that, on up to three lines (a
        // longer one, or one token wider than the column, ends in an ellipsis and is whole in its tooltip); the
        // flags, the hypothesis and the status wrap whole
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // an import whose file recorded no visit date is not dated with its import day: "not recorded (imported ...)",
        // muted, wrapped, explained on hover, and sorted as older than any dated visit
        TableColumn<Encounters.Row, String> date = column("Date", VisitDates::listed, 100, 100, true, VisitDates::listedWhy);
        date.setId("encounter-date-column");
        date.setComparator(VisitDates.LISTED_ORDER);
        table.getColumns().add(date);
        TableColumn<Encounters.Row, String> patient = column("Patient", Encounters.Row::patientLabel, 235, 150, true);
        patient.setId("encounter-patient-column");
        patient.setCellFactory(PatientCell::new);
        table.getColumns().add(patient);
        TableColumn<Encounters.Row, String> flags = column("Red flags", model::flagsText, 300, 240, true);
        flags.setId("encounter-flags-column");
        flags.setComparator(EncounterBrowserViewModel::byUrgency);
        flags.setCellFactory(c -> new FlagCell(c, model::actionText));
        table.getColumns().add(flags);
        table.getColumns().add(column("Leading hypothesis", model::leadingText, 195, 120, true));
        table.getColumns().add(column("Status", r -> r.status() + (r.previousId() == null ? "" : ", follow-up"), 75, 60, true));
        TableColumn<Encounters.Row, String> number = column("#", r -> Long.toString(r.id()), 42, 40, false);
        number.setComparator(java.util.Comparator.comparingLong(Long::parseLong)); // 2 before 10, as numbers
        table.getColumns().add(number);
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
        // Down from the search moves into the list; Enter there opens the chosen row, or the only match
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                e.consume();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                table.getFocusModel().focus(table.getSelectionModel().getSelectedIndex());
                table.scrollTo(table.getSelectionModel().getSelectedIndex());
                table.requestFocus();
            } else if (e.getCode() == KeyCode.ENTER) {
                Encounters.Row chosen = table.getSelectionModel().getSelectedItem() != null ? table.getSelectionModel().getSelectedItem()
                        : table.getItems().size() == 1 ? table.getItems().get(0) : null;
                if (chosen != null) {
                    e.consume();
                    model.open(chosen).ifPresent(opening -> close.run());
                }
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
        message.setId("encounter-message");
        message.textProperty().bind(model.messageProperty());
        // an empty list says why in its middle (looking, nothing yet, no match, or the filter leaves none), not the
        // control's "No content in table"
        Label empty = new Label();
        empty.setId("encounter-list-empty");
        empty.setWrapText(true);
        empty.textProperty().bind(model.emptyListTextProperty());
        table.setPlaceholder(empty);
        message.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(table.getItems()));
        getChildren().addAll(searchLine, table, new HBox(8, open, followUp, message));
        model.search();
    }

    /** A column; a wrapping one shows a long line whole on more lines, the others end in "..." and show it whole on hover. */
    private static TableColumn<Encounters.Row, String> column(String title,
            java.util.function.Function<Encounters.Row, String> value, double width, double min, boolean wrap) {
        return column(title, value, width, min, wrap, null);
    }

    /**
     * A column whose cell, where {@code why} says something of its row (an undated import's date), shows that on hover
     * instead of the text, and is muted ({@code :undated}).
     */
    private static TableColumn<Encounters.Row, String> column(String title, java.util.function.Function<Encounters.Row, String> value,
            double width, double min, boolean wrap, java.util.function.Function<Encounters.Row, String> why) {
        TableColumn<Encounters.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(min);
        c.setCellFactory(col -> {
            Tooltip whole = new Tooltip();
            // a wrapping column draws its text as a Text wrapped to the column, so the row grows to hold it all
            Text wrapped = new Text();
            wrapped.getStyleClass().add("text");
            TableCell<Encounters.Row, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String text, boolean empty) {
                    super.updateItem(text, empty);
                    String shown = empty ? null : text;
                    if (wrap) {
                        wrapped.setText(shown == null ? "" : shown);
                        setGraphic(shown == null ? null : wrapped);
                    } else {
                        setText(shown);
                    }
                    Encounters.Row row = empty || getIndex() < 0 || getIndex() >= getTableView().getItems().size() ? null
                            : getTableView().getItems().get(getIndex());
                    String said = row == null || why == null ? null : why.apply(row);
                    whole.setText(said != null ? said : text);
                    setTooltip(shown == null || shown.isEmpty() ? null : whole);
                    pseudoClassStateChanged(UNDATED, said != null);
                }
            };
            if (wrap) {
                wrapped.wrappingWidthProperty().bind(col.widthProperty().subtract(12));
                wrapped.fillProperty().bind(cell.textFillProperty()); // white on a chosen row, as the other columns
                wrapped.fontProperty().bind(cell.fontProperty());
                cell.setPrefHeight(Region.USE_COMPUTED_SIZE);
            }
            return cell;
        });
        return c;
    }

    /** Opens the browser in its own window. */
    public static Stage show(Window owner, EncounterBrowserViewModel model, String stylesheet) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("ExamPath: encounters");
        // as wide as the exam window allows (1024 shows every column whole), never wider than is useful
        double width = owner == null || owner.getWidth() <= 0 ? 980 : Math.max(640, Math.min(1200, owner.getWidth() - 24));
        double height = owner == null || owner.getHeight() <= 0 ? 560 : Math.max(420, Math.min(720, owner.getHeight() - 60));
        EncounterBrowser browser = new EncounterBrowser(model, stage::close);
        Scene scene = new Scene(browser, width, height);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.show();
        // the keyboard is in the search as the list opens: left to the first frame, a key pressed before it (a slow
        // start, or the rows read before it came) found no control to go to
        browser.search.requestFocus();
        return stage;
    }
}
