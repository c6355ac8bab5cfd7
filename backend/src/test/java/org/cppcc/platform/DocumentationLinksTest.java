package org.cppcc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every relative link in {@code README.md} and {@code docs/**.md} points at a file or folder of this repository,
 * so that the documentation stands alone in a fresh clone (no link into a sibling folder such as
 * {@code ../shared}). Web addresses and in-page anchors are not followed.
 */
class DocumentationLinksTest {

    /** Surefire runs in {@code backend/}. */
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    /** {@code [text](target)} and {@code ![alt](target "title")}; the text may hold one level of brackets. */
    private static final Pattern INLINE_LINK =
            Pattern.compile("!?\\[(?:[^\\[\\]]|\\[[^\\]]*\\])*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

    /** {@code [label]: target} */
    private static final Pattern REFERENCE_LINK = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(\\s.*)?$");

    private static final Pattern CODE_SPAN = Pattern.compile("`+[^`]*`+");

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    @Test
    void everyRelativeLinkResolvesInsideTheRepository() throws IOException {
        List<Path> documents = documents();
        assertThat(documents).contains(REPOSITORY.resolve("README.md"), REPOSITORY.resolve("docs/domain.md"));

        assertThat(linkTargets(Files.readString(REPOSITORY.resolve("README.md"))))
                .contains("docs/domain.md", "docs/screenshots/login.png");

        List<String> broken = new ArrayList<>();
        for (Path document : documents) {
            for (String target : linkTargets(Files.readString(document))) {
                String problem = problem(document, target);
                if (problem != null) {
                    broken.add(REPOSITORY.relativize(document) + ": " + target + " (" + problem + ")");
                }
            }
        }
        assertThat(broken).as("broken links").isEmpty();
    }

    @Test
    void findsLinksOutsideCodeAndRejectsOnesLeavingTheRepository() {
        String sample = """
                See [the domain](docs/domain.md#words), ![login](docs/screenshots/login.png "登录") and
                [`README`](README.md); [web](https://example.org) and [anchor](#top) are not followed.
                `[not a link](nowhere.md)`
                ```
                [inside a fence](nowhere.md)
                ```
                [ref]: ../shared/DOMAIN.md
                """;
        List<String> targets = linkTargets(sample);

        assertThat(targets)
                .containsExactly(
                        "docs/domain.md#words",
                        "docs/screenshots/login.png",
                        "README.md",
                        "https://example.org",
                        "#top",
                        "../shared/DOMAIN.md");
        Path readme = REPOSITORY.resolve("README.md");
        assertThat(problem(readme, "docs/domain.md#words")).isNull();
        assertThat(problem(readme, "#top")).isNull();
        assertThat(problem(readme, "docs/no-such-file.md")).isEqualTo("no such file");
        assertThat(problem(readme, "../shared/DOMAIN.md")).isEqualTo("outside the repository");
    }

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>();
        documents.add(REPOSITORY.resolve("README.md"));
        try (Stream<Path> docs = Files.walk(REPOSITORY.resolve("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    /** The link targets of a Markdown text, leaving out fenced code blocks and code spans. */
    static List<String> linkTargets(String markdown) {
        List<String> targets = new ArrayList<>();
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            String text = CODE_SPAN.matcher(line).replaceAll("");
            Matcher reference = REFERENCE_LINK.matcher(text);
            if (reference.matches()) {
                targets.add(reference.group(1));
                continue;
            }
            Matcher inline = INLINE_LINK.matcher(text);
            while (inline.find()) {
                targets.add(inline.group(1));
            }
        }
        return targets;
    }

    /** Why a target of the given document does not resolve, or null when it does (or is not followed). */
    static String problem(Path document, String target) {
        if (SCHEME.matcher(target).find() || target.startsWith("#")) {
            return null;
        }
        String path = URLDecoder.decode(target.replaceAll("[#?].*$", "").replace("+", "%2B"), StandardCharsets.UTF_8);
        Path resolved = path.startsWith("/")
                ? REPOSITORY.resolve(path.substring(1)).normalize()
                : document.getParent().resolve(path).normalize();
        if (!resolved.startsWith(REPOSITORY)) {
            return "outside the repository";
        }
        return Files.exists(resolved) ? null : "no such file";
    }
}
