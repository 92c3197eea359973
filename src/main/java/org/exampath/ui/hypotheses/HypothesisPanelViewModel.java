package org.exampath.ui.hypotheses;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.Citation;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.Evidence;
import org.exampath.reasoning.HypothesisResult;
import org.exampath.reasoning.Inconsistency;
import org.exampath.reasoning.NextTest;
import org.exampath.reasoning.RedFlag;
import org.exampath.reasoning.SetAside;
import org.exampath.text.Describe;
import org.exampath.ui.common.Autosave;
import org.exampath.ui.common.ExamSession;

/**
 * What the hypothesis panel shows, in words, derived from the session's assessment. No nodes here:
 * it is tested without the toolkit. {@link #reveal(String)} asks the form to jump to a finding.
 */
public final class HypothesisPanelViewModel {
    /** One hypothesis line: name, probability and driver; {@link #why(String)} gives its reasons. */
    public record Line(String id, String label, String driver, double probability, String percent) {
    }

    private final ExamSession session;
    private final Consumer<String> reveal;

    private final Autosave autosave;

    public HypothesisPanelViewModel(ExamSession session, Consumer<String> reveal) {
        this(session, reveal, null);
    }

    /** With a store, red-flag actions can be recorded against the encounter. */
    public HypothesisPanelViewModel(ExamSession session, Consumer<String> reveal, Autosave autosave) {
        this.session = session;
        this.reveal = reveal;
        this.autosave = autosave;
    }

    public boolean canAcknowledge() {
        return autosave != null;
    }

    /** Queues the action taken for a flag (the JavaFX thread never waits); returns an error message, or "" when queued. */
    public String acknowledge(String flag, String action) {
        if (action == null || action.isBlank()) {
            return "say what action was taken for the red flag";
        }
        autosave.acknowledge(flag, action);
        return "";
    }

    /** Actions already recorded for this flag in this encounter. */
    public List<String> actionsFor(String flag) {
        List<String> out = new ArrayList<>();
        if (autosave != null) {
            autosave.acknowledgements().stream().filter(a -> a.flag().equals(flag))
                    .forEach(a -> out.add("Action recorded " + Describe.minute(a.at()) + ": " + a.action()));
        }
        return out;
    }

    public ReadOnlyObjectProperty<Assessment> assessmentProperty() {
        return session.assessmentProperty();
    }

    private KnowledgeBase kb() {
        return session.knowledge();
    }

    public void reveal(String findingId) {
        reveal.accept(findingId);
    }

    public List<Line> lines() {
        List<Line> out = new ArrayList<>();
        for (HypothesisResult h : session.assessment().hypotheses()) {
            out.add(new Line(h.id(), h.label(), kb().drivers().get(h.driver()).label(), h.probability(),
                    Describe.percent(h.probability())));
        }
        return out;
    }

    /** The reasons for one hypothesis: its prior, each finding that moved it (LR, source), what did not count. */
    public List<String> why(String hypothesisId) {
        return session.assessment().hypotheses().stream().filter(h -> h.id().equals(hypothesisId)).findFirst()
                .map(this::why).orElse(List.of());
    }

    List<String> why(HypothesisResult h) {
        List<String> out = new ArrayList<>();
        out.add("Starts at " + Describe.percent(h.prior()) + ". "
                + kb().hypothesis(h.id()).map(x -> x.priorEstimate()).orElse(""));
        for (Evidence e : h.contributions()) {
            String lr = e.lr() != e.publishedLr()
                    ? "LR " + Describe.lr(e.lr()) + " (published " + Describe.lr(e.publishedLr()) + ")"
                    : "LR " + Describe.lr(e.lr());
            out.add(String.format(Locale.ROOT, "%s · %s · %s → %s · %s%s", finding(e.finding(), e.value()), lr,
                    Describe.percent(e.before()), Describe.percent(e.after()), source(e.source()),
                    "estimate".equals(e.tag()) ? " (estimate)" : ""));
        }
        if (h.capped()) {
            out.add("Combined evidence held at ×" + Describe.lr(h.combinedLr()) + " (cap for dependent, optimistic tests)");
        }
        for (SetAside s : h.setAside()) {
            out.add("Not counted: " + finding(s.finding(), session.exam().value(s.finding())) + " — " + s.reason());
        }
        if (h.contributions().isEmpty() && h.setAside().isEmpty()) {
            out.add("No recorded finding bears on it yet.");
        }
        return out;
    }

    public String finding(String id, FindingValue value) {
        return Describe.finding(kb(), id, value);
    }

    public String label(String id) {
        return kb().finding(id).map(FindingDefinition::label).orElse(id);
    }

    private String source(String id) {
        Citation c = kb().citation(id);
        return c == null ? id : Describe.shortCitation(c) + " [" + c.tag() + "]";
    }

    /** The flags for the banner: a noted low-value item is logged in the assessment, never put on the banner. */
    public List<RedFlag> flags() {
        return session.assessment().redFlags().stream().filter(f -> !f.noted()).toList();
    }

    public String flagText(RedFlag flag) {
        return Describe.urgency(flag.urgency()) + " — " + flag.label() + ". " + flag.action();
    }

    /** Changes whenever the findings behind the flags change, so the banner knows to redraw. */
    public String flagFindingsKey() {
        StringBuilder key = new StringBuilder();
        for (RedFlag flag : flags()) {
            flag.findings().forEach(id -> key.append(id).append('=').append(session.exam().value(id)).append(';'));
            key.append(flag.derivedFrom());
        }
        return key.toString();
    }

    public String flagFindings(RedFlag flag) {
        List<String> parts = new ArrayList<>();
        flag.findings().forEach(id -> parts.add(finding(id, session.exam().value(id))));
        if (flag.derived()) {
            List<String> worse = flag.derivedFrom().stream().map(id -> finding(id, session.exam().value(id))).toList();
            return "Derived (not entered): new or worse since the last visit: " + String.join("; ", worse)
                    + ". Raised by: " + String.join("; ", parts);
        }
        return "Raised by: " + String.join("; ", parts);
    }

    public String driverText() {
        var d = session.assessment().driver();
        if (session.assessment().leading().contributions().isEmpty()) {
            return "Pain driver: not clear yet (nothing recorded bears on it)";
        }
        if (d.id().equals(org.exampath.knowledge.Driver.UNCLEAR)) {
            return "Pain driver: not clear yet (nothing beyond age and sex points to one)";
        }
        return "Pain driver: " + d.label() + " (" + Describe.percent(d.probability()) + " that a " + d.id()
                + " source is present)";
    }

    public String managementText() {
        if (session.assessment().leading().contributions().isEmpty()) {
            return "Map the history first: where, what it feels like, what brings it on.";
        }
        return session.assessment().driver().management();
    }

    public List<Inconsistency> inconsistencies() {
        return session.assessment().inconsistencies();
    }

    public String imagingText() {
        return Describe.imaging(session.assessment().imaging().recommendation());
    }

    public String imagingReason() {
        return session.assessment().imaging().reason();
    }

    public List<NextTest> nextTests() {
        return session.assessment().nextTests();
    }

    /** Red-flag questions not yet asked: the screen is part of every exam. */
    public List<String> unaskedScreen() {
        List<String> out = new ArrayList<>();
        for (FindingDefinition d : kb().findingsOfStep("redflag")) {
            if (!session.exam().has(d.id())) {
                out.add(d.id());
            }
        }
        return out;
    }
}
