package org.exampath.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;

/** Writes an exam as an {@code exam/1} file: findings sorted by id, two-space indent, UTF-8. */
public final class ExamWriter {
    private final JsonFactory factory = new JsonFactory();

    public byte[] write(Exam exam) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = factory.createGenerator(bytes)) {
            out.useDefaultPrettyPrinter();
            out.writeStartObject();
            out.writeStringField("format", "exam/1");
            if (exam.patient().age() != null || exam.patient().sex() != null) {
                out.writeObjectFieldStart("patient");
                if (exam.patient().age() != null) {
                    out.writeNumberField("age", exam.patient().age());
                }
                if (exam.patient().sex() != null) {
                    out.writeStringField("sex", exam.patient().sex().id());
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
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }
}
