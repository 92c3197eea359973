package org.exampath.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.exampath.domain.FindingValue;

/** Small helpers shared by the writers: values as the exam file spells them, rounded numbers. */
final class Json {
    private Json() {
    }

    static void writeValue(JsonGenerator out, FindingValue value) throws IOException {
        if (value instanceof FindingValue.Flag flag) {
            out.writeBoolean(flag.value());
        } else if (value instanceof FindingValue.Count count) {
            out.writeNumber(count.value());
        } else if (value instanceof FindingValue.Choice choice) {
            out.writeString(choice.value());
        } else if (value instanceof FindingValue.Strength strength) {
            out.writeStartObject();
            out.writeNumberField("grade", strength.grade());
            out.writeStringField("pain", strength.pain());
            out.writeEndObject();
        } else {
            out.writeNull();
        }
    }

    /** A number rounded half-even to {@code places}, printed without trailing zeros or exponent. */
    static void writeRounded(JsonGenerator out, double value, int places) throws IOException {
        BigDecimal rounded = new BigDecimal(value).setScale(places, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (rounded.scale() < 0) {
            rounded = rounded.setScale(0);
        }
        out.writeNumber(rounded);
    }
}
