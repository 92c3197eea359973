package org.exampath.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.exampath.domain.FindingValue;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.DriverResult;
import org.exampath.reasoning.Evidence;
import org.exampath.reasoning.HypothesisResult;
import org.exampath.reasoning.Inconsistency;
import org.exampath.reasoning.NextTest;
import org.exampath.reasoning.RedFlag;
import org.exampath.reasoning.RedFlagScreen;
import org.exampath.reasoning.RestsOn;
import org.exampath.reasoning.SetAside;

/**
 * The JSON of the {@code evaluate} contract. Field order is fixed and numbers are rounded, so the
 * same assessment always gives the same bytes. Fields beyond the spec are additions, never changes.
 */
public final class AssessmentWriter {
    private final JsonFactory factory = new JsonFactory();

    public byte[] write(Assessment assessment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = factory.createGenerator(bytes)) {
            out.useDefaultPrettyPrinter();
            out.writeStartObject();
            out.writeArrayFieldStart("hypotheses");
            for (HypothesisResult h : assessment.hypotheses()) {
                hypothesis(out, h);
            }
            out.writeEndArray();
            out.writeObjectFieldStart("driver");
            driver(out, assessment.driver());
            out.writeEndObject();
            out.writeArrayFieldStart("drivers");
            for (DriverResult d : assessment.drivers()) {
                out.writeStartObject();
                driver(out, d);
                out.writeEndObject();
            }
            out.writeEndArray();
            flags(out, "redFlags", assessment.redFlags().stream().filter(f -> !f.noted()).toList());
            flags(out, "notedItems", assessment.redFlags().stream().filter(RedFlag::noted).toList());
            screen(out, assessment.redFlagScreen());
            inconsistencies(out, assessment.inconsistencies());
            out.writeObjectFieldStart("imaging");
            out.writeStringField("recommendation", assessment.imaging().recommendation());
            out.writeStringField("reason", assessment.imaging().reason());
            strings(out, "sources", assessment.imaging().sources());
            out.writeEndObject();
            out.writeArrayFieldStart("nextTests");
            for (NextTest test : assessment.nextTests()) {
                out.writeStartObject();
                out.writeStringField("finding", test.finding());
                out.writeFieldName("expectedGain");
                Json.writeRounded(out, test.expectedGain(), 4);
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeStringField("knowledgeVersion", assessment.knowledgeVersion());
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    private static void hypothesis(JsonGenerator out, HypothesisResult h) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", h.id());
        out.writeStringField("driver", h.driver());
        out.writeFieldName("probability");
        Json.writeRounded(out, h.probability(), 4);
        out.writeFieldName("prior");
        Json.writeRounded(out, h.prior(), 4);
        out.writeFieldName("combinedLr");
        Json.writeRounded(out, h.combinedLr(), 3);
        out.writeBooleanField("capped", h.capped());
        out.writeArrayFieldStart("contributions");
        for (Evidence e : h.contributions()) {
            out.writeStartObject();
            out.writeStringField("finding", e.heldBy());
            out.writeFieldName("value");
            Json.writeValue(out, e.valueOf(e.heldBy()));
            out.writeFieldName("lr");
            Json.writeRounded(out, e.lr(), 3);
            out.writeStringField("source", e.source());
            if (e.publishedLr() != e.lr()) {
                out.writeFieldName("publishedLr");
                Json.writeRounded(out, e.publishedLr(), 3);
            }
            out.writeStringField("tag", e.tag());
            if (e.estimate() != null) {
                out.writeStringField("estimate", e.estimate());
            }
            out.writeStringField("family", e.family());
            restsOn(out, e);
            out.writeFieldName("before");
            Json.writeRounded(out, e.before(), 4);
            out.writeFieldName("after");
            Json.writeRounded(out, e.after(), 4);
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("setAside");
        for (SetAside s : h.setAside()) {
            out.writeStartObject();
            out.writeStringField("finding", s.heldBy());
            out.writeFieldName("value");
            Json.writeValue(out, s.valueOf(s.heldBy()));
            out.writeFieldName("lr");
            Json.writeRounded(out, s.lr(), 3);
            out.writeStringField("source", s.source());
            out.writeStringField("reason", s.reason());
            restsOn(out, s);
            if (!s.countedInstead().isEmpty()) {
                strings(out, "countedInstead", s.countedInstead());
            }
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /**
     * Every recorded finding a row rests on, with its value, when that is more than the one it is named by; and
     * whether it is a validated cluster. A finding never asked is never written.
     */
    private static void restsOn(JsonGenerator out, RestsOn e) throws IOException {
        if (!e.findings().equals(List.of(e.heldBy()))) {
            strings(out, "findings", e.findings());
            out.writeArrayFieldStart("values");
            for (FindingValue v : e.values()) {
                Json.writeValue(out, v);
            }
            out.writeEndArray();
        }
        if (e.cluster()) {
            out.writeBooleanField("cluster", true);
        }
    }

    private static void driver(JsonGenerator out, DriverResult d) throws IOException {
        out.writeStringField("id", d.id());
        out.writeFieldName("probability");
        Json.writeRounded(out, d.probability(), 4);
        out.writeStringField("management", d.management());
        if (d.withheld() != null) {
            out.writeStringField("withheld", d.withheld());
        }
        if (d.subordinateTo() != null) {
            out.writeStringField("subordinateTo", d.subordinateTo());
        }
    }

    private static void screen(JsonGenerator out, RedFlagScreen screen) throws IOException {
        out.writeObjectFieldStart("redFlagScreen");
        out.writeNumberField("asked", screen.asked());
        out.writeNumberField("total", screen.total());
        out.writeBooleanField("complete", screen.complete());
        strings(out, "unasked", screen.unasked());
        out.writeEndObject();
    }

    /**
     * One list of flags: {@code redFlags} holds only red flags (emergency, urgent, soon); a low-value item only noted
     * (ADR 12) goes to {@code notedItems}, in the same shape, so it is kept without being read as a red flag.
     */
    private static void flags(JsonGenerator out, String name, List<RedFlag> flags) throws IOException {
        out.writeArrayFieldStart(name);
        for (RedFlag flag : flags) {
            out.writeStartObject();
            out.writeStringField("id", flag.id());
            out.writeStringField("urgency", flag.urgency());
            strings(out, "findings", flag.findings());
            out.writeStringField("label", flag.label());
            if (flag.reason() != null) {
                out.writeStringField("reason", flag.reason());
            }
            out.writeStringField("action", flag.action());
            strings(out, "sources", flag.sources());
            if (flag.judgement() != null) {
                out.writeStringField("judgement", flag.judgement());
            }
            if (!flag.checks().isEmpty()) {
                strings(out, "checks", flag.checks());
            }
            if (!flag.unsafeTests().isEmpty()) {
                strings(out, "unsafeTests", flag.unsafeTests());
            }
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void inconsistencies(JsonGenerator out, List<Inconsistency> list) throws IOException {
        out.writeArrayFieldStart("inconsistencies");
        for (Inconsistency i : list) {
            out.writeStartObject();
            out.writeStringField("id", i.id());
            strings(out, "findings", i.findings());
            out.writeStringField("message", i.message());
            out.writeStringField("suggestion", i.suggestion());
            strings(out, "sources", i.sources());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void strings(JsonGenerator out, String name, List<String> values) throws IOException {
        out.writeArrayFieldStart(name);
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }
}
