package org.exampath.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exampath.domain.FindingValue;
import org.junit.jupiter.api.Test;

/** The codec reads back exactly what it writes; anything else is refused naming the encounter, finding and text. */
class ValueCodecStrictTest {
    @Test
    void everyValueItWritesReadsBackAsItWas() {
        for (FindingValue v : List.of(FindingValue.Flag.YES, FindingValue.Flag.NO, new FindingValue.Count(0),
                new FindingValue.Count(-3), new FindingValue.Count(Integer.MAX_VALUE), new FindingValue.Choice("positive"),
                new FindingValue.Strength(4, "familiar"), new FindingValue.Strength(0, "none"))) {
            assertEquals(v, ValueCodec.decode(ValueCodec.encode(v)), ValueCodec.encode(v));
        }
    }

    @Test
    void anythingElseIsRefusedWithTheEncounterFindingAndText() {
        for (String odd : List.of("b:1", "b:TRUE", "b:true ", "b:yes", "b:", "n:x", "n:", "n:99999999999", "n:+4", "n:04",
                "s:9:pain", "s:4:sore", "s:4", "c:", "x:1", "b", "")) {
            StoreException e = assertThrows(StoreException.class, () -> ValueCodec.decode(12, "redflag.saddle_anaesthesia", odd),
                    odd);
            assertTrue(e.getMessage().startsWith("encounter 12, redflag.saddle_anaesthesia: the stored value '" + odd + "'"),
                    e.getMessage());
        }
    }
}
