package org.exampath.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.exampath.domain.Exam;
import org.exampath.domain.ExamRecord;
import org.exampath.domain.FindingValue;

/**
 * Writes an exam as an {@code exam/1} file: findings sorted by id, two-space indent, UTF-8, with the
 * optional record fields (patient label, encounter) when present.
 */
public final class ExamWriter {
    private final JsonFactory factory = new JsonFactory();

    public byte[] write(Exam exam) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = factory.createGenerator(bytes)) {
            out.useDefaultPrettyPrinter();
            out.writeStartObject();
            out.writeStringField("format", "exam/1");
            ExamRecord record = exam.record();
            if (exam.patient().age() != null || exam.patient().sex() != null || record.label() != null) {
                out.writeObjectFieldStart("patient");
                if (exam.patient().age() != null) {
                    out.writeNumberField("age", exam.patient().age());
                }
                if (exam.patient().sex() != null) {
                    out.writeStringField("sex", exam.patient().sex().id());
                }
                if (record.label() != null) {
                    out.writeStringField("label", record.label());
                }
                out.writeEndObject();
            }
            if (exam.side() != null) {
                out.writeStringField("side", exam.side().id());
            }
            out.writeObjectFieldStart("findings");
            for (Map.Entry<String, FindingValue> finding : exam.findings().entrySet()) {
                out.writeFieldName(finding.getKey());
                Json.writeValue(out, finding.getValue());
            }
            out.writeEndObject();
            writeEncounter(out, record);
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    private static void writeEncounter(JsonGenerator out, ExamRecord record) throws IOException {
        if (record.date() == null && record.clinician() == null && record.assessment() == null && record.plan() == null) {
            return;
        }
        out.writeObjectFieldStart("encounter");
        if (record.date() != null) {
            out.writeStringField("date", record.date().toString());
        }
        if (record.clinician() != null) {
            out.writeStringField("clinician", record.clinician());
        }
        if (record.assessment() != null) {
            out.writeStringField("assessment", record.assessment());
        }
        if (record.plan() != null) {
            out.writeStringField("plan", record.plan());
        }
        out.writeEndObject();
    }
}
