package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.exampath.store.StoreException;
import org.junit.jupiter.api.Test;

/**
 * A host name mistyped in the clinic address ("clinc-server" for "clinic-server") names no computer at all. Telling the
 * clinician the server "cannot be reached" and to try again when it answers sends them (and IT) after a network fault
 * that waiting never mends; they are told the name is not known, and to check the address.
 */
class ClinicUnknownHostTest {
    private static final ClinicUrl TYPO = ClinicUrl.parse("postgresql://no-such-host.invalid/exampath");

    private static StoreException opening() {
        ClinicDatabase database = new ClinicDatabase(TYPO, new ClinicCredentials("anna", "secret"));
        return assertThrows(StoreException.class, database::check);
    }

    @Test
    void aMistypedHostNameIsToldAsAnUnknownNameToCheckNotAsAServerThatDoesNotAnswer() {
        StoreException refused = opening();
        String said = refused.getMessage();
        assertTrue(said.contains("no-such-host.invalid") && said.contains("not known") && said.contains("check the address"),
                "names the host, says the name is not known, and what to do: " + said);
        assertFalse(said.contains("The connection attempt failed"), "the driver's own words say nothing of why: " + said);
    }

    @Test
    void aCommandDoesNotTellAMistypedHostNameAsUnreachableToTryAgain() {
        StoreException asCommand = ClinicUnreachable.ifUnanswered(TYPO, opening());
        assertFalse(asCommand instanceof ClinicUnreachable, "a command would add 'try again when it answers': "
                + asCommand.getMessage());
    }
}
