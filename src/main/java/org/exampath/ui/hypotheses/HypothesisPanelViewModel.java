package org.exampath.ui.hypotheses;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.exampath.domain.Exam;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.HypothesisResult;
import org.exampath.reasoning.Inconsistency;
import org.exampath.reasoning.NextTest;
import org.exampath.reasoning.RedFlag;
import org.exampath.text.CloseCall;
import org.exampath.text.Describe;
import org.exampath.text.FlagCause;
import org.exampath.text.NotedItems;
import org.exampath.text.ScreenStatus;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;
import org.exampath.text.ImagingLevel;

/**
 * Everything the hypothesis panel shows, as observable state the views bind to: the pinned banner
 * and strip, the ranked rows, driver and management, inconsistencies, imaging and next tests. It
 * follows the session's assessment; an emergency withholds management and next tests, an urgent
 * flag puts them under its action. No nodes here: it is tested without the toolkit.
 */
public final class HypothesisPanelViewModel {
    /**
     * A next test: the finding, its label, why in a few words, the expected gain (for the Evidence view), and
     * {@code flag}, the red flag a check is for (null for a test for the working diagnosis).
     */
    public record NextTestItem(String finding, String label, String why, String gain, String flag) {
        public boolean flagCheck() {
            return flag != null;
        }
    }

    /** A pair of findings that do not fit: title, the findings and what to check, the finding to jump to. */
    public record InconsistencyItem(String id, String title, String detail, String suggestion, String firstFinding) {
    }

    private final ExamSession session;
    private final Consumer<String> reveal;
    private final Autosave autosave;
    private final Clock clock;
    private final Reasons reasons;
    private final TestPurpose purpose;
    private final RedFlagBannerViewModel banner;
    private final SummaryStripViewModel strip;
    private final Map<String, HypothesisRowViewModel> byId = new LinkedHashMap<>();
    private final ObservableList<HypothesisRowViewModel> rows = FXCollections.observableArrayList();
    private final ObservableList<HypothesisRowViewModel> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<InconsistencyItem> inconsistencies = FXCollections.observableArrayList();
    private final ObservableList<InconsistencyItem> inconsistenciesView = FXCollections.unmodifiableObservableList(inconsistencies);
    private final ObservableList<NextTestItem> nextTests = FXCollections.observableArrayList();
    private final ObservableList<NextTestItem> nextTestsView = FXCollections.unmodifiableObservableList(nextTests);
    private final ReadOnlyStringWrapper driver = new ReadOnlyStringWrapper(this, "driver", "");
    private final ReadOnlyStringWrapper management = new ReadOnlyStringWrapper(this, "management", "");
    private final ReadOnlyStringWrapper held = new ReadOnlyStringWrapper(this, "held", "");
    private final ReadOnlyBooleanWrapper withheld = new ReadOnlyBooleanWrapper(this, "withheld");
    private final ReadOnlyBooleanWrapper underFlag = new ReadOnlyBooleanWrapper(this, "underFlag");
    private final ReadOnlyStringWrapper underFlagText = new ReadOnlyStringWrapper(this, "underFlagText", "");
    private final ReadOnlyObjectWrapper<ImagingLevel> imaging = new ReadOnlyObjectWrapper<>(this, "imaging", ImagingLevel.NOT_INDICATED);
    private final ReadOnlyStringWrapper imagingReason = new ReadOnlyStringWrapper(this, "imagingReason", "");
    private final BooleanProperty evidence = new SimpleBooleanProperty(this, "evidence");
    /**
     * Follows the exam, not the assessment: a "no" on the screen can leave the assessment equal (and
     * so silent) while the screen's count must still move.
     */
    private final ChangeListener<Exam> follow = (obs, old, now) -> refresh();
    /** The last visit bears on the assessment (derived flags) and on the banner's earlier flags. */
    private final ChangeListener<Exam> followPrevious = (obs, old, now) -> {
        refreshEarlier();
        refresh();
    };
    /**
     * Another exam shown (an encounter opened, a follow-up, a new exam): its findings may equal the exam shown
     * before, so no change of the exam is heard, while its recorded actions and last visit are its own. The
     * banner is redrawn and what was typed for the exam before is dropped.
     */
    private final ChangeListener<Number> followReplaced = (obs, old, now) -> replaced();

    public HypothesisPanelViewModel(ExamSession session, Consumer<String> reveal) {
        this(session, reveal, null);
    }

    /** With a store, red-flag actions can be recorded against the encounter and earlier visits are shown. */
    public HypothesisPanelViewModel(ExamSession session, Consumer<String> reveal, Autosave autosave) {
        this(session, reveal, autosave, Clock.systemDefaultZone());
    }

    public HypothesisPanelViewModel(ExamSession session, Consumer<String> reveal, Autosave autosave, Clock clock) {
        this.session = session;
        this.reveal = reveal;
        this.autosave = autosave;
        this.clock = clock;
        this.reasons = new Reasons(session.knowledge());
        this.purpose = new TestPurpose(session.knowledge());
        this.banner = new RedFlagBannerViewModel(autosave == null ? null : new FlagActions(autosave)::record, reveal,
                this::refresh);
        this.strip = new SummaryStripViewModel(reveal);
        session.examProperty().addListener(follow);
        session.previousProperty().addListener(followPrevious);
        session.replacedProperty().addListener(followReplaced);
        refreshEarlier();
        refresh();
    }

    /** Stops following the session (the screen is closing). */
    public void dispose() {
        session.examProperty().removeListener(follow);
        session.previousProperty().removeListener(followPrevious);
        session.replacedProperty().removeListener(followReplaced);
    }

    private KnowledgeBase kb() {
        return session.knowledge();
    }

    private void refresh() {
        Assessment a = session.assessment();
        Exam exam = session.exam();
        ScreenStatus screen = ScreenStatus.of(a);
        FlagActions actions = autosave == null ? null : new FlagActions(autosave);
        List<RedFlagBannerViewModel.Flag> flags = new ArrayList<>();
        List<RedFlag> raised = a.redFlags().stream().filter(f -> !f.noted()).toList();
        for (RedFlag f : raised) {
            FlagLevel level = FlagLevel.of(f);
            flags.add(new RedFlagBannerViewModel.Flag(f.id(), level, level.word() + " — " + f.label() + ".", f.action(),
                    cause(f, exam, a.emergency()), causeFirst(f, exam), actions == null ? List.of() : actions.current(f),
                    level.word() + " — " + shortLabel(f.label())));
        }
        flags.sort(java.util.Comparator.comparing((RedFlagBannerViewModel.Flag f) -> -f.level().ordinal()));
        banner.update(raised, flags, screen, !a.redFlags().isEmpty(), LocalDate.now(clock).toString());
        banner.showNoted(NotedItems.line(kb(), a, exam));
        FlagLevel level = flags.isEmpty() ? FlagLevel.NONE : flags.get(0).level();
        held.set(heldText(flags, level));
        showRows(a);
        boolean nothingYet = a.leading().contributions().isEmpty();
        boolean unclear = a.driver().id().equals(org.exampath.knowledge.Driver.UNCLEAR);
        driver.set(nothingYet ? "Pain driver: not yet clear (nothing recorded bears on it)"
                : unclear ? "Pain driver: not yet clear (" + (org.exampath.reasoning.DriverChoice.leadersSplit(a, kb().policy().closeShare())
                        ? "the close leading hypotheses belong to different drivers)" : "nothing beyond age and sex points to one)")
                : "Pain driver: " + a.driver().label() + " (" + Describe.percent(a.driver().probability()) + " that a "
                        + a.driver().id() + " source is present)");
        management.set(nothingYet ? "Map the history first: where, what it feels like, what brings it on."
                : a.driver().management());
        withheld.set(level.withholdsManagement());
        underFlag.set(level.subordinatesManagement());
        underFlagText.set(level.subordinatesManagement() ? "Once the flag is cleared (" + Describe.inSentence(loudest(a, flags).label()) + "):" : "");
        showInconsistencies(a.inconsistencies());
        ImagingLevel advice = ImagingLevel.of(a);
        imaging.set(advice);
        imagingReason.set(advice.reason(a.imaging(), screen));
        showNextTests(level.withholdsManagement() ? List.of() : a.nextTests(), level.withholdsManagement() ? List.of() : a.leadingChecks(), exam, a);
        List<String> top = new ArrayList<>();
        a.hypotheses().stream().limit(3).forEach(h -> top.add(shortLabel(h.label()) + " " + Describe.percent(h.probability())));
        // the same test as the management line's "Map the history first", so the two never disagree
        boolean historyNotStarted = level == FlagLevel.NONE && nothingYet;
        String next = level.withholdsManagement() ? "Next: act on the emergency; no further tests now."
                : historyNotStarted ? "Next: map the history first — where the pain is, what it feels like, what brings it on."
                : nextTests.isEmpty() ? "Next: no test would change the picture much."
                : (level.subordinatesManagement() && !checkOfAFlagAt(flags, nextTests.get(0), level) ? "Next, once the flag is cleared: " : "Next: ")
                        + nextTests.get(0).label() + (nextTests.get(0).why().isEmpty() ? "" : " — " + nextTests.get(0).why());
        if (org.exampath.text.StartingEstimates.only(a)) {
            top.set(0, "Starting estimates only: " + top.get(0));
        }
        String imagingText = advice.text() + (screen.complete() || advice == ImagingLevel.URGENT || advice == ImagingLevel.EMERGENCY ? ""
                : advice == ImagingLevel.NOT_YET_JUDGED ? " (" + screen.count() + ")" : " (red-flag screen not complete)");
        strip.update(top, nothingYet || unclear ? "Driver: not yet clear"
                        : "Driver: " + a.driver().label() + " " + Describe.percent(a.driver().probability()),
                advice, imagingText, next, historyNotStarted ? kb().findingsOfStep("history").get(0).id()
                        : nextTests.isEmpty() ? null : nextTests.get(0).finding());
        showClose(a, exam, level);
    }

    /**
     * "No clear leader yet: A (38%) and B (35%)" while two or more leaders are close (policy's {@code closeShare}), and
     * the first next test offered to tell two of them apart, linked when the strip's next test is not that one already and no
     * serious flag puts the tests under its action; blank otherwise.
     */
    private void showClose(Assessment a, Exam exam, FlagLevel level) {
        CloseCall close = CloseCall.of(a, kb().policy().closeShare()).orElse(null);
        if (close == null) {
            strip.showClose("", "", null);
            return;
        }
        NextTestItem separating = level.subordinatesManagement() ? null : nextTests.stream().filter(t -> !t.flagCheck())
                .filter(t -> close.covers(purpose.contenders(t.finding(), exam, a.hypotheses())))
                .findFirst().orElse(null);
        boolean linked = separating != null && !separating.equals(nextTests.get(0));
        strip.showClose(close.sentence(l -> Describe.inSentence(shortLabel(l))),
                linked ? "To separate them: " + separating.label() : "", linked ? separating.finding() : null);
    }

    /**
     * What the panel says in place of the working diagnosis while an emergency stands: to act on the flag and record
     * it, or, once an action is recorded for it, that action, with the diagnosis still held back.
     */
    private static String heldText(List<RedFlagBannerViewModel.Flag> flags, FlagLevel level) {
        if (!level.withholdsManagement()) {
            return "";
        }
        List<String> done = flags.get(0).actions();
        if (done.isEmpty()) {
            return "An emergency stands: the working diagnosis, management and next tests are held back. "
                    + "Act on the flag above and record what was done.";
        }
        String last = done.get(done.size() - 1);
        return last + (last.endsWith(".") ? "" : ".") + " The working diagnosis, management and next tests stay held back while "
                + "the emergency stands.";
    }

    /** {@code next} checks a flag raised at {@code level} (the most pressing one): it is part of acting on it, not after. */
    private static boolean checkOfAFlagAt(List<RedFlagBannerViewModel.Flag> flags, NextTestItem next, FlagLevel level) {
        return next.flagCheck() && flags.stream().anyMatch(f -> f.id().equals(next.flag()) && f.level() == level);
    }

    /** A hypothesis's name without its parenthesis, for the strip: "Deep gluteal syndrome". */
    public static String shortLabel(String label) {
        int cut = label.indexOf(" (");
        return cut > 0 ? label.substring(0, cut) : label;
    }

    private static RedFlag loudest(Assessment a, List<RedFlagBannerViewModel.Flag> flags) {
        return a.redFlags().stream().filter(f -> f.id().equals(flags.get(0).id())).findFirst().orElseThrow();
    }

    private void replaced() {
        banner.clearDrafts();
        refreshEarlier();
        refresh();
        banner.forgetJustRaised();
    }

    private void refreshEarlier() {
        banner.showEarlier(autosave == null ? List.of() : new FlagActions(autosave).earlier(session.engine()));
    }

    /** What raised the flag, and (unless an emergency stands, when only acting on it counts) what to record next for it. */
    private String cause(RedFlag flag, Exam exam, boolean emergency) {
        String next = emergency ? "" : checks(flag);
        // a derived flag is raised by the change, never by the inferred answer (the clinician's "no" stays theirs)
        List<String> parts = FlagCause.raisedBy(kb(), flag, exam);
        if (flag.derived()) {
            List<String> worse = flag.derivedFrom().stream().map(id -> Describe.finding(kb(), id, exam.value(id))).toList();
            return FlagCause.DERIVED + String.join("; ", worse) + ". Raised by: " + String.join("; ", parts) + next;
        }
        return "Raised by: " + String.join("; ", parts) + next;
    }

    /**
     * The first clause of what raised the flag, shown while the flag is folded: "Raised by: History of cancer: yes; …",
     * or, for a flag derived by progression, the first finding that is new or worse.
     */
    private String causeFirst(RedFlag flag, Exam exam) {
        List<String> ids = flag.derived() ? flag.derivedFrom() : flag.findings();
        if (ids.isEmpty()) {
            return "";
        }
        // a finding in words before a number (a duration or an age is the context, not what raised it)
        String lead = ids.stream().filter(id -> !(exam.value(id) instanceof org.exampath.domain.FindingValue.Count))
                .findFirst().orElse(ids.get(0));
        String first = Describe.finding(kb(), lead, exam.value(lead));
        String more = ids.size() > 1 || !flag.checks().isEmpty() ? "; …" : "";
        return (flag.derived() ? FlagCause.DERIVED : "Raised by: ") + first + more;
    }

    /**
     * The flag's checks in words: ". Record next: Vascular risk factors; Foot pulses", or "" when it has none.
     * A long list names its first four and says where the rest are asked ("and 11 more on the neuro screen"),
     * so the banner stays short enough to read; every check is still in the next tests' order.
     */
    private String checks(RedFlag flag) {
        List<String> ids = flag.checks();
        if (ids.isEmpty()) {
            return "";
        }
        if (ids.size() <= CHECKS_NAMED + 1) {
            return ". Record next: " + String.join("; ", ids.stream().map(this::label).toList());
        }
        List<String> where = ids.subList(CHECKS_NAMED, ids.size()).stream()
                .map(id -> kb().finding(id).map(d -> Describe.SECTIONS.get(d.step())).map(h -> "the " + Describe.inSentence(h))
                        .orElse("the form"))
                .distinct().toList();
        return ". Record next: " + String.join("; ", ids.subList(0, CHECKS_NAMED).stream().map(this::label).toList())
                + "; and " + (ids.size() - CHECKS_NAMED) + " more on " + String.join(" and ", where);
    }

    private static final int CHECKS_NAMED = 4;

    private void showRows(Assessment a) {
        List<HypothesisRowViewModel> ordered = new ArrayList<>();
        for (HypothesisResult h : a.hypotheses()) {
            HypothesisRowViewModel row = byId.get(h.id());
            if (row == null) {
                row = new HypothesisRowViewModel(h, kb().drivers().get(h.driver()).label(),
                        reasons::of);
                byId.put(h.id(), row);
            } else {
                row.update(h);
            }
            ordered.add(row);
        }
        if (!rows.equals(ordered)) {
            rows.setAll(ordered);
        }
    }

    private void showInconsistencies(List<Inconsistency> list) {
        List<InconsistencyItem> items = new ArrayList<>();
        for (Inconsistency i : list) {
            items.add(new InconsistencyItem(i.id(), i.label() + ": " + i.message(),
                    "Findings: " + String.join(", ", i.findings().stream().map(this::label).toList()) + ". " + i.suggestion(),
                    i.suggestion(), i.findings().get(0)));
        }
        if (!inconsistencies.equals(items)) {
            inconsistencies.setAll(items);
        }
    }

    /**
     * The raised flags' first few checks (most pressing flag first; each flag's line lists all of its
     * own), then the tests by gain.
     */
    private void showNextTests(List<NextTest> tests, List<Assessment.FlagCheck> checks, Exam exam, Assessment a) {
        List<NextTestItem> items = new ArrayList<>();
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (Assessment.FlagCheck check : checks) {
            listed.add(check.finding());
            RedFlag f = check.flag();
            items.add(new NextTestItem(check.finding(), label(check.finding()), "checks the red flag: " + Describe.inSentence(f.label()),
                    "red-flag check", f.id()));
        }
        for (NextTest t : tests) {
            if (listed.add(t.finding())) {
                items.add(new NextTestItem(t.finding(), label(t.finding()), purpose.of(t.finding(), exam, a.hypotheses()),
                        String.format(Locale.ROOT, "%.2f bits expected", t.expectedGain()), null));
            }
        }
        if (!nextTests.equals(items)) {
            nextTests.setAll(items);
        }
    }

    public String label(String id) {
        return kb().finding(id).map(FindingDefinition::label).orElse(id);
    }

    public void reveal(String findingId) {
        reveal.accept(findingId);
    }

    public RedFlagBannerViewModel banner() {
        return banner;
    }

    public SummaryStripViewModel strip() {
        return strip;
    }

    public ObservableList<HypothesisRowViewModel> rows() {
        return rowsView;
    }

    public ObservableList<InconsistencyItem> inconsistencies() {
        return inconsistenciesView;
    }

    /** Empty while an emergency stands. */
    public ObservableList<NextTestItem> nextTests() {
        return nextTestsView;
    }

    public ReadOnlyStringProperty driverProperty() {
        return driver.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty managementProperty() {
        return management.getReadOnlyProperty();
    }

    /** While an emergency stands, what is said in place of the working diagnosis (and the last action recorded). */
    public ReadOnlyStringProperty heldProperty() {
        return held.getReadOnlyProperty();
    }

    /** True while an emergency stands: management and next tests are not shown at all. */
    public ReadOnlyBooleanProperty withheldProperty() {
        return withheld.getReadOnlyProperty();
    }

    /** True while an urgent flag stands: management and next tests sit under its action. */
    public ReadOnlyBooleanProperty underFlagProperty() {
        return underFlag.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty underFlagTextProperty() {
        return underFlagText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImagingLevel> imagingProperty() {
        return imaging.getReadOnlyProperty();
    }

    /** The imaging rule's reason; "No red flag" only when the screen is complete. */
    public ReadOnlyStringProperty imagingReasonProperty() {
        return imagingReason.getReadOnlyProperty();
    }

    /** Off: plain words. On: LRs, provenance tags, shrinkage, estimate notes and expected gains. */
    public BooleanProperty evidenceProperty() {
        return evidence;
    }
}
