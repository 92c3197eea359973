package org.exampath.clinic;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL server of the test's own, which the test may really stop ({@code pg_ctl stop
 * -m fast}, or {@code -m immediate}: a crash, recovered from the WAL on the next start) and start
 * again on the same port. It is made with the installed server's {@code initdb} in a temporary folder,
 * listens on loopback only, and is stopped and deleted by {@link #close()} (and, should the test JVM
 * end without it, by a shutdown hook). initdb refuses root, so as root the server runs as the
 * {@code postgres} OS user the distribution's package creates.
 *
 * <p>It follows the shared server's rules ({@link PgTestServer}): without EXAMPATH_TEST_PG the test
 * is skipped; with EXAMPATH_REQUIRE_PG set, a server that cannot be made fails it.
 */
public final class PgPrivateServer implements AutoCloseable {
    /** How {@code pg_ctl stop} ends the server: {@code fast} rolls back and checkpoints, {@code immediate} is a crash. */
    public enum Stop {
        FAST, IMMEDIATE
    }

    private static final String ADMIN = "exampath_admin";
    private static final String DATABASE = "exampath";
    private final Path bin;
    private final Path base;
    private final Path data;
    /** Run as root: the server's commands run as the postgres OS user (initdb refuses root). */
    private final boolean asPostgres;
    private final String adminPassword = UUID.randomUUID().toString();
    private final int port;
    private final Thread cleanup = new Thread(this::tearDown, "exampath-private-pg-cleanup");
    private boolean running;

    private PgPrivateServer(Path bin, boolean asPostgres) throws IOException {
        this.bin = bin;
        this.asPostgres = asPostgres;
        this.base = Files.createTempDirectory("exampath-pg-");
        this.data = base.resolve("data");
        this.port = freePort();
    }

    /** Makes, starts and clinic-inits a private server (schema and group roles), or skips or fails as the shared one does. */
    public static PgPrivateServer start() {
        boolean required = System.getenv("EXAMPATH_REQUIRE_PG") != null;
        if (System.getenv("EXAMPATH_TEST_PG") == null && !required) {
            Assumptions.abort("no PostgreSQL for the clinic tests (set EXAMPATH_TEST_PG; see src/test/pg/start-postgres.sh)");
        }
        Optional<Path> bin = binaries();
        if (bin.isEmpty()) {
            return missing(required, "no PostgreSQL server binaries (initdb, pg_ctl) in pg_config --bindir or /usr/lib/postgresql/*/bin");
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root && !osUserExists("postgres")) {
            return missing(required, "running as root and there is no postgres OS user for initdb");
        }
        PgPrivateServer server = null;
        try {
            server = new PgPrivateServer(bin.get(), root);
            Runtime.getRuntime().addShutdownHook(server.cleanup);
            server.init();
            server.startAgain();
            try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + DATABASE);
            }
            server.asAdmin().migrate();
            return server;
        } catch (IOException | SQLException | RuntimeException e) {
            if (server != null) {
                server.close();
            }
            return missing(required, "could not make a private PostgreSQL server: " + e.getMessage());
        }
    }

    private static PgPrivateServer missing(boolean required, String why) {
        if (required) {
            fail("EXAMPATH_REQUIRE_PG is set but " + why);
        }
        Assumptions.abort(why);
        return null;
    }

    /** {@code pg_config --bindir} if it holds initdb and pg_ctl, else the newest {@code /usr/lib/postgresql/N/bin}. */
    static Optional<Path> binaries() {
        List<Path> candidates = new ArrayList<>();
        try {
            Process p = new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.isEmpty()) {
                candidates.add(Path.of(out));
            }
        } catch (IOException | InterruptedException e) {
            // no pg_config: look in the Debian layout
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                        .sorted(Comparator.comparingDouble((Path v) -> Double.parseDouble(v.getFileName().toString())).reversed())
                        .forEach(v -> candidates.add(v.resolve("bin")));
            } catch (IOException e) {
                // nothing there
            }
        }
        return candidates.stream()
                .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                .findFirst();
    }

    private static boolean osUserExists(String name) {
        try {
            Path.of("/").getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(name);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private void init() throws IOException {
        Path passwordFile = base.resolve("admin-password");
        Files.writeString(passwordFile, adminPassword + "\n");
        if (asPostgres) {
            UserPrincipalLookupService users = base.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(base, users.lookupPrincipalByName("postgres"));
            Files.setOwner(passwordFile, users.lookupPrincipalByName("postgres"));
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", ADMIN, "--pwfile=" + passwordFile,
                "-A", "scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync", "--no-instructions"));
        Files.delete(passwordFile);
    }

    /** Starts the server (again) on its port and waits until it takes connections; after a crash it recovers first. */
    public void startAgain() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", base.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + base + " -c listen_addresses=127.0.0.1 -c max_connections=40 "
                        + "-c shared_buffers=16MB", "start"));
        running = true;
    }

    /** Starts the server again if a test stopped it and ended before starting it (so one failure does not fail the rest). */
    public void ensureRunning() {
        if (!running) {
            startAgain();
        }
    }

    /** Stops the server: every session ends at once; {@link Stop#IMMEDIATE} does not even checkpoint. */
    public void stop(Stop how) {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60",
                "-m", how.name().toLowerCase(java.util.Locale.ROOT), "stop"));
        running = false;
    }

    private void run(List<String> command) {
        List<String> full = asPostgres ? asPostgres(command) : command;
        try {
            Path output = Files.createTempFile("exampath-pg-cmd-", ".txt");
            try {
                Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile()).start();
                if (!p.waitFor(90, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException(command.get(0) + " did not finish in 90 s");
                }
                if (p.exitValue() != 0) {
                    String said = Files.readString(output, StandardCharsets.UTF_8).strip();
                    throw new IllegalStateException(Path.of(command.get(0)).getFileName() + " " + command.get(command.size() - 1)
                            + " failed (" + p.exitValue() + "): " + said);
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    /** The command as the postgres OS user: runuser where util-linux has it, else su with the command quoted for sh. */
    private static List<String> asPostgres(List<String> command) {
        for (String runuser : List.of("/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser")) {
            if (Files.isExecutable(Path.of(runuser))) {
                List<String> full = new ArrayList<>(List.of(runuser, "-u", "postgres", "--"));
                full.addAll(command);
                return full;
            }
        }
        String quoted = command.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").collect(java.util.stream.Collectors.joining(" "));
        return List.of("su", "-s", "/bin/sh", "postgres", "-c", quoted);
    }

    public ClinicUrl url() {
        return ClinicUrl.parse(ClinicUrl.SCHEME + "127.0.0.1:" + port + "/" + DATABASE);
    }

    /** The administrator, as clinic-init runs. */
    public ClinicDatabase asAdmin() {
        return new ClinicDatabase(url(), new ClinicCredentials(ADMIN, adminPassword));
    }

    /** A new login role with the test password, placed as a clinician of {@code clinic}. */
    public String newClinician(String name, String clinic) throws SQLException {
        try (Connection c = connect(DATABASE); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + ClinicMembers.quoteIdent(name) + " LOGIN PASSWORD '" + PgTestServer.PASSWORD + "'");
        }
        new ClinicMembers(asAdmin()).add(name, ClinicMembers.Kind.CLINICIAN, clinic);
        return name;
    }

    /** A new login role with the test password, placed in {@code group} (a clinic or a class) as {@code kind}. */
    public String newMember(String name, ClinicMembers.Kind kind, String group) throws SQLException {
        try (Connection c = connect(DATABASE); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + ClinicMembers.quoteIdent(name) + " LOGIN PASSWORD '" + PgTestServer.PASSWORD + "'");
        }
        new ClinicMembers(asAdmin()).add(name, kind, group);
        return name;
    }

    public ClinicDatabase as(String role) {
        return new ClinicDatabase(url(), new ClinicCredentials(role, PgTestServer.PASSWORD));
    }

    /** A new administrator connection to the clinic database (row-level security does not bind it). */
    public Connection admin() throws SQLException {
        return connect(DATABASE);
    }

    private Connection connect(String database) throws SQLException {
        ClinicUrl url = ClinicUrl.parse(ClinicUrl.SCHEME + "127.0.0.1:" + port + "/" + database);
        return new ClinicDatabase(url, new ClinicCredentials(ADMIN, adminPassword)).connect();
    }

    @Override
    public void close() {
        tearDown();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // already shutting down, or never registered
        }
    }

    private synchronized void tearDown() {
        try {
            if (running || Files.exists(data.resolve("postmaster.pid"))) {
                stop(Stop.IMMEDIATE);
            }
        } catch (RuntimeException e) {
            // deleting the folder below still goes ahead; a server left running would say so in its log
        }
        try (Stream<Path> files = Files.walk(base)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}
