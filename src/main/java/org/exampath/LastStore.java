package org.exampath;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.exampath.clinic.ClinicUrl;
import org.exampath.exchange.AtomicFile;

/**
 * The store the window last moved to with File > Open database…, opened again at the next start when no
 * {@code --db} is given. One line in a file beside the default database: a path, or a postgresql://
 * address, which never holds a user or password (those stay with libpq's PGUSER, PGPASSWORD, ~/.pgpass).
 */
final class LastStore {
    private final Path file;

    LastStore(Path file) {
        this.file = file;
    }

    /** The address kept, if there is a readable one (one edited by hand to hold a password is not: it would be shown). */
    Optional<String> read() {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() || text.contains("\n") || ClinicUrl.carriesPassword(text) ? Optional.empty() : Optional.of(text);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Keeps {@code address}; an address that could carry a secret is refused, not kept. Failures only skip the memory. */
    void keep(String address) {
        if (ClinicUrl.names(address) || ClinicUrl.carriesPassword(address)) {
            ClinicUrl.parse(address);
        }
        try {
            AtomicFile.privateFolder(file.toAbsolutePath().getParent());
            AtomicFile.write(file, List.of(), out -> out.write((address + "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            System.err.println("the last database used is not remembered: " + e.getMessage());
        }
    }

    /** Forgets it (the default database is used again). */
    void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.err.println("the last database used is not forgotten: " + e.getMessage());
        }
    }
}
