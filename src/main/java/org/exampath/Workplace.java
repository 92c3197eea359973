package org.exampath;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.exampath.exchange.AtomicFile;

/**
 * Names one user on one computer to a store that other computers share: a random id kept in that user's data folder
 * (beside {@code last-database}). A window resumes only the encounter its own workplace left open.
 */
public final class Workplace {
    private Workplace() {
    }

    /** The id kept in {@code localData}, made there on first use; when it cannot be kept, the user's and computer's names. */
    public static String of(Path localData) {
        Path file = localData.resolve("workplace");
        try {
            String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!kept.isEmpty()) {
                return kept;
            }
        } catch (IOException e) {
            // none yet: made below
        }
        String made = UUID.randomUUID().toString();
        try {
            AtomicFile.privateFolder(localData);
            AtomicFile.write(file, List.of(), out -> out.write((made + "\n").getBytes(StandardCharsets.UTF_8)));
            return made;
        } catch (IOException e) {
            String host = System.getenv().getOrDefault("HOSTNAME", System.getenv().getOrDefault("COMPUTERNAME", "this computer"));
            return System.getProperty("user.name") + "@" + host;
        }
    }
}
