package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Slips in typing or pasting a clinic address are named as what they are. */
class ClinicUrlTypoTest {

    private static String refusal(String address) {
        return assertThrows(IllegalArgumentException.class, () -> ClinicUrl.parse(address)).getMessage();
    }

    @Test
    void aMistypedPortIsToldAsThePortNotAsAMissingHost() {
        assertEquals("the port \"54a2\" is not a number from 1 to 65535; expected postgresql://HOST[:PORT]/DBNAME",
                refusal("postgresql://clinic-server:54a2/exampath"));
        assertEquals("the port \"65432100\" is not a number from 1 to 65535; expected postgresql://HOST[:PORT]/DBNAME",
                refusal("postgresql://clinic-server:65432100/exampath"));
    }

    @Test
    void anAddressPastedWithATrailingSpaceOrLineEndIsTakenAsTyped() {
        assertEquals(new ClinicUrl("clinic-server", 5432, "exampath", "prefer"), assertDoesNotThrow(() -> ClinicUrl.parse("postgresql://clinic-server/exampath \n"),
                "a space or line end pasted after the address"));
    }

    @Test
    void aSpaceInsideTheAddressIsNamed() {
        assertEquals("the address holds a space; a postgresql://HOST[:PORT]/DBNAME address has none",
                refusal("postgresql://clinic-server/exam path"));
    }
}
