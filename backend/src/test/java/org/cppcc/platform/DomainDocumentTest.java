package org.cppcc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.cppcc.platform.account.Role;
import org.cppcc.platform.consultation.MatterState;
import org.cppcc.platform.proposal.ProposalState;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/domain.md} describes the code as it is: every proposal and matter state, every role and every user
 * task of both BPMN models is in it, and every code word it quotes (an upper-case constant, a table, a BPMN id or a
 * module name in backticks) exists in the code. A renamed state or a dropped table fails here until the page
 * follows.
 */
class DomainDocumentTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    /** Diagrams in fenced blocks name states too, but their text is not prose to check word by word. */
    private static final Pattern FENCED_BLOCK = Pattern.compile("(?s)```.*?```");

    private static final Pattern QUOTED = Pattern.compile("`([^`]+)`");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    private static final Pattern TABLE = Pattern.compile("(?i)CREATE TABLE(?: IF NOT EXISTS)? `?([a-z_0-9]+)`?");
    private static final Pattern BPMN_ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    private static final Pattern USER_TASK_ID = Pattern.compile("<userTask id=\"([^\"]+)\"");

    private static final String[] MODELS = {
        "/org/cppcc/platform/proposal/proposal.bpmn20.xml", "/org/cppcc/platform/consultation/consultation.bpmn20.xml"
    };

    @Test
    void namesEveryStateRoleAndUserTask() throws IOException {
        Set<String> quoted = quoted();

        assertThat(quoted).as("proposal states").containsAll(names(ProposalState.values()));
        assertThat(quoted).as("matter states").containsAll(names(MatterState.values()));
        assertThat(quoted).as("roles").containsAll(names(Role.values()));
        for (String model : MODELS) {
            assertThat(quoted).as("user tasks of %s", model).containsAll(matches(USER_TASK_ID, resource(model)));
        }
    }

    @Test
    void quotesOnlyNamesTheCodeHas() throws IOException {
        Set<String> constants = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.cppcc.platform")
                        .stream()
                        .filter(JavaClass::isEnum)
                        .flatMap(type -> type.getEnumConstants().stream())
                        .map(JavaEnumConstant::name)
                        .collect(Collectors.toSet());
        Set<String> lowerCaseNames = new TreeSet<>(tables());
        for (String model : MODELS) {
            lowerCaseNames.addAll(matches(BPMN_ID, resource(model)));
        }
        lowerCaseNames.addAll(modules());

        Set<String> unknown = quoted().stream()
                .filter(word -> CONSTANT.matcher(word).matches() && !constants.contains(word)
                        || SNAKE_CASE.matcher(word).matches() && !lowerCaseNames.contains(word))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unknown)
                .as("code words in docs/domain.md that are no enum constant, table, BPMN id or module")
                .isEmpty();
        assertThat(tables()).as("tables read from sql/migration").contains("proposal", "consultation_matter");
    }

    private static Set<String> quoted() throws IOException {
        String text = Files.readString(REPOSITORY.resolve("docs/domain.md"));
        return matches(QUOTED, FENCED_BLOCK.matcher(text).replaceAll(""));
    }

    private static Set<String> tables() throws IOException {
        try (Stream<Path> migrations = Files.list(REPOSITORY.resolve("sql/migration"))) {
            Set<String> tables = new TreeSet<>();
            for (Path migration : migrations.toList()) {
                matches(TABLE, Files.readString(migration)).stream()
                        .map(String::toLowerCase)
                        .forEach(tables::add);
            }
            return tables;
        }
    }

    private static Set<String> modules() throws IOException {
        try (Stream<Path> packages = Files.list(REPOSITORY.resolve("backend/src/main/java/org/cppcc/platform"))) {
            return packages.filter(Files::isDirectory)
                    .map(path -> path.getFileName().toString())
                    .collect(Collectors.toSet());
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DomainDocumentTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
    }
}
