package org.cppcc.platform.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.cppcc.platform.CppccPlatformApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outside test's concurrency load, kept as a program that prints figures (docs/reliability.md): the
 * platform on MariaDB over HTTP, N members drafting and submitting proposals (with suggested units and
 * co-signers), two office users registering and assigning the submitted ones (racing each other), and two
 * users of one unit signing the assignments (racing too). Then it counts what was acknowledged, what
 * answered 5xx, what was acknowledged but is missing (lost) and what exists twice (duplicated). Run with
 * <pre>
 *   mvn -B -q -pl backend test-compile exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=org.cppcc.platform.bench.ConcurrencyBenchmark -Dexec.args="32 5"
 * </pre>
 * (clients, proposals per client; MariaDB at 127.0.0.1:3306, schema cppcc_concurrency, dropped first).
 */
public final class ConcurrencyBenchmark {

    private ConcurrencyBenchmark() {}

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int perClient = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (ConfigurableApplicationContext context = start()) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            ProposalLoad load = new ProposalLoad(List.of("http://localhost:" + port), "并发压测");
            long started = System.nanoTime();
            load.run(clients, perClient);
            double seconds = (System.nanoTime() - started) / 1_000_000_000.0;
            System.out.printf(
                    "Concurrency on MariaDB: %d members × %d proposals, 2 office users, 2 users of one unit, "
                            + "%d cores, %.1f s%n",
                    clients, perClient, Runtime.getRuntime().availableProcessors(), seconds);
            load.printFigures("acknowledged");
            ProposalInvariants invariants = new ProposalInvariants(context.getBean(JdbcTemplate.class));
            ProposalInvariants.print(invariants.lost(load), invariants.broken());
        }
    }

    private static ConfigurableApplicationContext start() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/?user=root");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS cppcc_concurrency");
            s.execute("CREATE DATABASE cppcc_concurrency CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return SpringApplication.run(
                CppccPlatformApplication.class,
                "--server.port=0",
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off",
                "--spring.profiles.active=mysql",
                "--platform.demo-data=true",
                "--platform.supervision.scan-enabled=false",
                "--spring.datasource.url=jdbc:mysql://127.0.0.1:3306/cppcc_concurrency?nullCatalogMeansCurrent=true",
                "--spring.datasource.username=root",
                "--spring.datasource.password=");
    }
}
