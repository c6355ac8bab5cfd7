package org.cppcc.platform.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged platform ({@code backend/target/cppcc-platform.jar}) as a child JVM, the way it runs in
 * production: started on a port and a database, waited for until it answers, and ended either as an operator
 * would (SIGTERM) or as a crash does ({@code kill -9}: SIGKILL, no shutdown hook, nothing flushed).
 */
final class PlatformProcess {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private PlatformProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The built jar: {@code -Dplatform.jar=…}, else {@code backend/target} seen from the root or the module. */
    static Path jar() {
        String configured = System.getProperty("platform.jar");
        List<Path> candidates = configured != null
                ? List.of(Path.of(configured))
                : List.of(Path.of("backend/target/cppcc-platform.jar"), Path.of("target/cppcc-platform.jar"));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                return candidate.toAbsolutePath();
            }
        }
        throw new IllegalStateException(
                "No platform jar at " + candidates + ": build it first (see docs/reliability.md)");
    }

    /** The arguments that put the platform on the embedded H2 file database in {@code dataDir} (its default). */
    static List<String> h2(Path dataDir) {
        return List.of("--platform.data-dir=" + dataDir);
    }

    /** The arguments that put the platform on a MariaDB schema (the production profile, with the demo data). */
    static List<String> mariadb(String schema, Path dataDir) {
        return List.of(
                "--spring.profiles.active=mysql",
                "--platform.demo-data=true",
                "--platform.data-dir=" + dataDir,
                "--spring.datasource.url=" + mariadbUrl(schema),
                "--spring.datasource.username=root",
                "--spring.datasource.password=");
    }

    static String mariadbUrl(String schema) {
        return "jdbc:mysql://127.0.0.1:3306/" + schema + "?nullCatalogMeansCurrent=true";
    }

    /** Drops and creates a MariaDB schema (127.0.0.1:3306, root, empty password). */
    static void freshSchema(String schema) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/?user=root");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + schema);
            s.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Starts the jar and waits until it answers HTTP (at most five minutes: the machine may be busy). */
    static PlatformProcess start(int port, List<String> databaseArgs, List<String> more, Path log) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-jar", jar().toString()));
        command.add("--server.port=" + port);
        command.add("--spring.main.banner-mode=off");
        command.addAll(databaseArgs);
        command.addAll(more);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        PlatformProcess platform = new PlatformProcess(process, port, log);
        platform.awaitReady(Duration.ofMinutes(5));
        return platform;
    }

    String base() {
        return "http://localhost:" + port;
    }

    long pid() {
        return process.pid();
    }

    private void awaitReady(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5))
                .build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The platform exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The platform did not get ready in " + limit + "; see " + log);
    }

    /**
     * {@code kill -9}: SIGKILL sent by the kill command itself (not left to the JDK's choice of signal), then the
     * exit status checked: 137 is 128 + 9, death by SIGKILL.
     */
    int kill9() throws Exception {
        Process kill = new ProcessBuilder("kill", "-9", String.valueOf(process.pid()))
                .inheritIO()
                .start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -9 " + process.pid() + " failed");
        }
        int status = process.waitFor();
        if (status != 137) {
            throw new IllegalStateException("The platform ended with " + status + ", not by SIGKILL (137)");
        }
        return status;
    }

    /** SIGTERM, as an operator or a container stop does; the platform shuts down gracefully. */
    int stop() throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return process.waitFor();
    }
}
