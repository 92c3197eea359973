package org.exampath.clinic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who logs in, found as libpq finds it: {@code PGUSER} or the operating-system login; the password from
 * {@code PGPASSWORD}, else the first matching line of {@code PGPASSFILE} or {@code ~/.pgpass}. ExamPath
 * stores none of it.
 */
public record ClinicCredentials(String user, String password) {

    public static ClinicCredentials find(ClinicUrl url, Map<String, String> env, Path home, String osUser) {
        String user = nonEmpty(env.get("PGUSER")).orElse(osUser);
        Optional<String> password = nonEmpty(env.get("PGPASSWORD"));
        if (password.isEmpty()) {
            Path file = nonEmpty(env.get("PGPASSFILE")).map(Path::of).orElse(home.resolve(".pgpass"));
            password = fromPassFile(file, url, user);
        }
        return new ClinicCredentials(user, password.orElse(null));
    }

    static Optional<String> fromPassFile(Path file, ClinicUrl url, String user) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> f = fields(line);
            if (f.size() == 5 && matches(f.get(0), url.host()) && matches(f.get(1), String.valueOf(url.port()))
                    && matches(f.get(2), url.database()) && matches(f.get(3), user)) {
                return Optional.of(f.get(4));
            }
        }
        return Optional.empty();
    }

    /** hostname:port:database:username:password, where "\:" and "\\" are a literal colon and backslash. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && out.size() < 4) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }

    private static boolean matches(String pattern, String value) {
        return "*".equals(pattern) || pattern.equals(value);
    }

    private static Optional<String> nonEmpty(String text) {
        return text == null || text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
