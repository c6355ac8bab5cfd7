package org.cppcc.platform.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.cppcc.platform.CppccPlatformApplication;
import org.cppcc.platform.support.ApiClient;
import org.cppcc.platform.support.RosterXlsx;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Prints how long the import of a 5,000-row roster takes on MariaDB, through the HTTP endpoints as the import
 * screen calls them: the dry run, then the import (units, accounts with generated passwords, members, history).
 * Not a test: run it with
 * <pre>
 *   mvn -B -q -pl backend test-compile exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=org.cppcc.platform.bench.RosterImportBenchmark -Dexec.args="4900 100"
 * </pre>
 * (members, units; MariaDB at 127.0.0.1:3306, schema cppcc_bench_import, dropped first). Results are kept in
 * docs/benchmarks.md.
 */
public final class RosterImportBenchmark {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String ADMIN_PASSWORD = "Bench2026import";

    private RosterImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 4900;
        int units = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/?user=root");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS cppcc_bench_import");
            s.execute("CREATE DATABASE cppcc_bench_import CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        try (ConfigurableApplicationContext context = SpringApplication.run(
                CppccPlatformApplication.class,
                "--server.port=0",
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off",
                "--spring.profiles.active=mysql",
                "--platform.demo-data=false",
                "--platform.bootstrap-admin-password=" + ADMIN_PASSWORD,
                "--spring.datasource.url=jdbc:mysql://127.0.0.1:3306/cppcc_bench_import?nullCatalogMeansCurrent=true",
                "--spring.datasource.username=root",
                "--spring.datasource.password=")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            run(new ApiClient("http://localhost:" + port).withTimeout(Duration.ofMinutes(10)), members, units);
        }
    }

    private static void run(ApiClient admin, int members, int units) {
        admin.login("admin", ADMIN_PASSWORD).expectStatus(200);
        List<String> sectors = List.of("中国共产党", "民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "无党派", "经济界");
        for (int i = 0; i < sectors.size(); i++) {
            admin.post(
                            "/api/admin/sectors",
                            Map.of("code", "S" + i, "name", sectors.get(i), "sortOrder", i, "enabled", true))
                    .expectStatus(201);
        }
        long built = System.nanoTime();
        RosterXlsx xlsx = new RosterXlsx().units();
        for (int i = 0; i < units; i++) {
            xlsx.row(
                    "承办单位",
                    "U" + i,
                    "承办单位" + i,
                    "政府部门",
                    "联系人" + i,
                    "0731-8560" + (1000 + i),
                    "unit" + i,
                    "领导" + i,
                    "lead" + i,
                    "1390000" + (1000 + i));
        }
        xlsx.members();
        for (int i = 0; i < members; i++) {
            xlsx.row(
                    "委员",
                    "委员" + i,
                    i % 2 == 0 ? "男" : "女",
                    sectors.get(i % sectors.size()),
                    i % 5 == 0 ? "市政协委员" : "区政协委员",
                    "专委会" + i % 7,
                    null,
                    "工作单位" + i,
                    "138" + String.format("%08d", i),
                    "m" + i + "@example.org",
                    null,
                    "wy" + i);
        }
        byte[] file = xlsx.bytes();
        System.out.printf(
                "file: %d rows (%d members, %d units), %d KB, made in %.2f s%n",
                members + units, members, units, file.length / 1024, seconds(built));

        long dryRun = System.nanoTime();
        JsonNode report = admin.upload("/api/admin/imports/dry-run", "名册.xlsx", XLSX, file)
                .expectStatus(200)
                .json();
        System.out.printf(
                "dry run: %.2f s, %d problems, %d logins to open%n",
                seconds(dryRun),
                report.get("problems").size(),
                report.get("logins").asInt());

        long imported = System.nanoTime();
        JsonNode result = admin.upload("/api/admin/imports", "名册.xlsx", XLSX, file)
                .expectStatus(201)
                .json();
        System.out.printf(
                "import: %.2f s, %d members, %d units, %d accounts%n",
                seconds(imported),
                result.get("members").asInt(),
                result.get("units").asInt(),
                result.get("accounts").asInt());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
