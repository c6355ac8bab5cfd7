package org.cppcc.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cppcc.platform.support.IntegrationTest;
import org.cppcc.platform.support.RosterXlsx;
import org.cppcc.platform.support.Unique;
import org.junit.jupiter.api.Test;

/**
 * Runs the browser tests of frontend/e2e (node's test runner driving Debian's Chromium through
 * playwright-core) against this test's running application, on the database of this Maven execution.
 * Screenshots go to target/screenshots/&lt;database&gt;; only a run with {@code -Dscreenshots.refresh=true} that
 * passes copies them over docs/screenshots, where the README shows them, so that an ordinary test run leaves the
 * committed pictures alone.
 */
class BrowserTest extends IntegrationTest {

    private static final Path FRONTEND = Path.of(System.getProperty("frontend.dir", "../frontend"))
            .toAbsolutePath()
            .normalize();
    private static final String DATABASE = System.getProperty("test.database", "h2");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"))
            .resolve(DATABASE)
            .toAbsolutePath()
            .normalize();
    private static final Path DOCS_SCREENSHOTS = Path.of(System.getProperty("docs.dir", "../docs"))
            .resolve("screenshots")
            .toAbsolutePath()
            .normalize();

    @Test
    void wholeUserInterfaceInChromium() throws Exception {
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        assertThat(new File(chromium))
                .as("Chromium is needed for the browser tests: apt-get install -y chromium")
                .exists();
        assertThat(FRONTEND.resolve("node_modules/playwright-core"))
                .as("run the Maven build first (npm ci)")
                .exists();

        deletePictures(SCREENSHOTS);
        Path log = Files.createTempFile("e2e", ".log");
        List<String> command =
                new ArrayList<>(List.of(nodeBinary(), "--test", "--test-concurrency=1", "--test-reporter=spec"));
        // Node 20's runner does not look inside a folder for *.e2e.mjs: name each file. -De2e.only=golive runs
        // only e2e/golive.e2e.mjs (comma-separated names for several), for working on one screen.
        String only = System.getProperty("e2e.only", "").strip();
        List<String> chosen = only.isEmpty()
                ? List.of()
                : List.of(only.split("\\s*,\\s*")).stream()
                        .map(name -> "e2e/" + (name.endsWith(".e2e.mjs") ? name : name + ".e2e.mjs"))
                        .toList();
        try (var files = Files.list(FRONTEND.resolve("e2e"))) {
            files.map(f -> "e2e/" + f.getFileName())
                    .filter(f -> f.endsWith(".e2e.mjs"))
                    .filter(f -> chosen.isEmpty() || chosen.contains(f))
                    .sorted()
                    .forEach(command::add);
        }
        ProcessBuilder node = new ProcessBuilder(command)
                .directory(FRONTEND.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        node.environment().put("BASE_URL", "http://localhost:" + port);
        node.environment().put("SCREENSHOT_DIR", SCREENSHOTS.toString());
        node.environment().put("CHROMIUM", chromium);
        node.environment().put("TEST_DATABASE", DATABASE);
        node.environment().put("IMPORT_FILES", importFiles().toString());
        Process process = node.start();
        boolean finished = process.waitFor(15, TimeUnit.MINUTES);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("browser tests finished within 15 minutes").isTrue();
        assertThat(process.exitValue()).as("browser tests failed:\n" + output).isZero();
        assertThat(output).as("the browser tests ran").containsPattern("(#|ℹ) pass [1-9]");
        if (Boolean.getBoolean("screenshots.refresh")) {
            copyPictures(SCREENSHOTS, DOCS_SCREENSHOTS);
        }
    }

    /**
     * The .xlsx files the import screen's test uploads (Node has no Excel library here): one with problems in
     * several rows, one good, with usernames unique to this run.
     */
    private Path importFiles() throws IOException {
        Path folder = Files.createTempDirectory("e2e-import");
        String sector = jdbc.queryForObject("SELECT MIN(name) FROM sector WHERE enabled = TRUE", String.class);
        String t = "e" + Unique.token();
        Files.write(
                folder.resolve("名册-有误.xlsx"),
                new RosterXlsx()
                        .members()
                        .row("委员", "甲委员", null, "无此界别", "区政协委员")
                        .row("委员", "乙委员", "男", sector, "省政协委员", null, null, null, "电话号码")
                        .row("委员", "丙委员", null, sector, "区政协委员", null, null, null, null, null, null, "wy002")
                        .bytes());
        Files.write(
                folder.resolve("名册.xlsx"),
                new RosterXlsx()
                        .members()
                        .row("委员", "导入委员" + t, "女", sector, "区政协委员", null, null, null, "13800003333", null, null, t)
                        .accounts()
                        .row("账户", t + "o", "导入提案委" + t, "提案委")
                        .bytes());
        return folder;
    }

    private static void deletePictures(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                for (Path picture : files.filter(BrowserTest::isPicture).toList()) {
                    Files.delete(picture);
                }
            }
        }
    }

    /** Replaces the pictures of this run in the target folder; pictures this run did not take stay. */
    private static void copyPictures(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            List<Path> pictures = files.filter(BrowserTest::isPicture).sorted().toList();
            assertThat(pictures).as("screenshots taken in " + from).isNotEmpty();
            for (Path picture : pictures) {
                Files.copy(picture, to.resolve(picture.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            System.out.println("Copied " + pictures.size() + " screenshots to " + to);
        }
    }

    private static boolean isPicture(Path file) {
        return file.getFileName().toString().endsWith(".png");
    }

    /** The Node the Maven build installed (or linked), else the one on the PATH. */
    private static String nodeBinary() throws IOException {
        Path installed = FRONTEND.resolve(".node/node/node");
        return Files.isExecutable(installed) ? installed.toString() : "node";
    }
}
