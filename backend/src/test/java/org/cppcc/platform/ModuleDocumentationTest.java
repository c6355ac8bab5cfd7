package org.cppcc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes Spring Modulith's documentation of the modules into {@code docs/modules/} of the repository: the
 * overview component diagram, one component diagram per module with the modules it uses (PlantUML, C4 style),
 * one module canvas per module (AsciiDoc: its services, the beans it uses from other modules, events) and an
 * index that renders on a code host. The output is committed; after a module changed, running this test shows
 * the change in {@code git diff docs/modules}.
 */
class ModuleDocumentationTest {

    /** Surefire runs in {@code backend/}; the Documenter wipes the folder and writes it anew. */
    private static final Path OUTPUT = Path.of("..", "docs", "modules");

    @Test
    void writesModuleCanvasesAndDiagrams() throws IOException {
        ApplicationModules modules = ApplicationModules.of(CppccPlatformApplication.class);

        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString())).writeDocumentation();
        try (Stream<Path> files = Files.list(OUTPUT)) {
            for (Path diagram :
                    files.filter(file -> file.toString().endsWith(".puml")).toList()) {
                Files.writeString(diagram, inStableOrder(Files.readString(diagram)));
            }
        }
        try (Stream<Path> files = Files.list(OUTPUT)) {
            for (Path canvas :
                    files.filter(file -> file.toString().endsWith(".adoc")).toList()) {
                Files.writeString(canvas, listsInStableOrder(Files.readString(canvas)));
            }
        }
        Files.writeString(OUTPUT.resolve("README.md"), index(modules));

        assertThat(OUTPUT.resolve("components.puml")).content().contains("提案", "微协商", "depends on");
        modules.forEach(module -> {
            assertThat(OUTPUT.resolve("module-" + module.getIdentifier() + ".puml"))
                    .exists();
            assertThat(OUTPUT.resolve("module-" + module.getIdentifier() + ".adoc"))
                    .exists();
        });
    }

    /**
     * The Documenter lists a diagram's components and relations in hash order, which differs from run to run;
     * sorted, a run over unchanged code leaves the committed files unchanged.
     */
    static String inStableOrder(String diagram) {
        List<String> lines = new ArrayList<>(List.of(diagram.split("\n", -1)));
        int start = 0;
        while (start < lines.size()) {
            String kind = statement(lines.get(start));
            int end = start + 1;
            while (kind != null && end < lines.size() && kind.equals(statement(lines.get(end)))) {
                end++;
            }
            Collections.sort(lines.subList(start, end));
            start = end;
        }
        return String.join("\n", lines);
    }

    /**
     * Canvases list beans and events in hash order too: each bullet list (the first item of a table cell starts
     * with {@code |}) is sorted the same way.
     */
    static String listsInStableOrder(String canvas) {
        List<String> lines = new ArrayList<>(List.of(canvas.split("\n", -1)));
        int start = 0;
        while (start < lines.size()) {
            if (!isListItem(lines.get(start))) {
                start++;
                continue;
            }
            boolean cell = lines.get(start).startsWith("|");
            if (cell) {
                lines.set(start, lines.get(start).substring(1));
            }
            int end = start + 1;
            while (end < lines.size() && lines.get(end).startsWith("* ")) {
                end++;
            }
            Collections.sort(lines.subList(start, end));
            if (cell) {
                lines.set(start, "|" + lines.get(start));
            }
            start = end;
        }
        return String.join("\n", lines);
    }

    private static boolean isListItem(String line) {
        return line.startsWith("* ") || line.startsWith("|* ");
    }

    private static String statement(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith("Rel(") ? "Rel" : trimmed.startsWith("Component(") ? "Component" : null;
    }

    /** One line per module: its name, what it may use (as ModularityTest verifies) and its generated files. */
    private static String index(ApplicationModules modules) {
        String rows = modules.stream()
                .map(module -> "| `%s` | %s | %s | [diagram](module-%s.puml) · [canvas](module-%s.adoc) |"
                        .formatted(
                                module.getIdentifier(),
                                module.getDisplayName(),
                                module.getDirectDependencies(modules)
                                        .uniqueModules()
                                        .filter(other -> !other.equals(module))
                                        .map(other -> "`" + other.getIdentifier() + "`")
                                        .sorted()
                                        .distinct()
                                        .collect(Collectors.joining(", ")),
                                module.getIdentifier(),
                                module.getIdentifier()))
                .collect(Collectors.joining("\n"));
        return """
                # Application modules

                Generated by `ModuleDocumentationTest` (Spring Modulith's `Documenter`) from the code; do not edit by
                hand, run the test instead:

                ```bash
                mvn -B -ntp -pl backend test -Dtest=ModuleDocumentationTest -Dskip.mariadb.tests=true \\
                  -Dsurefire.failIfNoSpecifiedTests=false
                ```

                The overview of all modules is [`components.puml`](components.puml) (PlantUML, C4 style);
                [`all-docs.adoc`](all-docs.adoc) puts every diagram and canvas on one AsciiDoc page. Each module
                lists the modules it uses; its `package-info.java` allows exactly these (`ModularityTest`).

                | module | name | uses | files |
                |---|---|---|---|
                %s
                """.formatted(rows);
    }
}
