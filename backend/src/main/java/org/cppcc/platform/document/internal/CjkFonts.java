package org.cppcc.platform.document.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Finds the Chinese fonts a PDF can embed, once, in the configured directories: the official faces (仿宋, 黑体,
 * 楷体, 宋体) where an office installed them, else the open fonts Debian packages (LXGW WenKai, WenQuanYi Zen
 * Hei). Only TrueType outlines qualify: PDFBox subsets those, while the CFF-outlined Noto CJK collections could
 * only be embedded whole (tens of megabytes per file) and PDFBox refuses even that for a collection.
 */
@Component
class CjkFonts {

    /** The four faces of GB/T 9704: body text, headings, the 楷体 of quotations and the title's 宋体. */
    enum Face {
        FANGSONG,
        HEI,
        KAI,
        SONG
    }

    /** A font file; {@code name} picks the font inside a collection (.ttc), null for a single font. */
    record FontFile(Path path, String name) {}

    private static final Map<Face, List<Pattern>> PREFERENCES = new EnumMap<>(Map.of(
            Face.FANGSONG, patterns("simfang\\.ttf", "fangsong.*\\.ttf", ".*仿宋.*\\.ttf", "lxgwwenkai-regular\\.ttf"),
            Face.HEI, patterns("simhei\\.ttf", ".*黑体.*\\.ttf", "wqy-zenhei\\.ttc", "wqy-microhei\\.ttc"),
            Face.KAI,
                    patterns("simkai\\.ttf", "kaiti.*\\.ttf", ".*楷体.*\\.ttf", "lxgwwenkai-regular\\.ttf", "ukai\\.ttc"),
            Face.SONG, patterns("simsun\\.tt[cf]", ".*宋体.*\\.tt[cf]", "uming\\.ttc", "wqy-zenhei\\.ttc")));

    /** The first font of a collection is the proportional face; later ones are monospaced or bitmap variants. */
    private static final Map<String, String> COLLECTION_FACES =
            Map.of("wqy-zenhei.ttc", "WenQuanYiZenHei", "wqy-microhei.ttc", "WenQuanYiMicroHei");

    private final List<Path> directories;
    private volatile Map<Face, FontFile> found;

    /** Strings, not paths: Spring's path editor would read "/usr/share/fonts" as a servlet-context resource. */
    @Autowired
    CjkFonts(@Value("${platform.documents.font-dirs:/usr/share/fonts,/usr/local/share/fonts}") String[] directories) {
        this(Stream.of(directories)
                .map(String::strip)
                .filter(d -> !d.isEmpty())
                .map(Path::of)
                .toList());
    }

    CjkFonts(List<Path> directories) {
        this.directories = List.copyOf(directories);
    }

    /** The file for each face, falling back to another face's font; empty when no usable font is installed. */
    Map<Face, FontFile> faces() {
        Map<Face, FontFile> result = found;
        if (result == null) {
            result = scan();
            found = result;
        }
        return result;
    }

    private Map<Face, FontFile> scan() {
        List<Path> files = new ArrayList<>();
        for (Path dir : directories) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            } catch (IOException e) {
                // An unreadable directory is as good as an absent one; the other directories still count.
            }
        }
        Map<Face, FontFile> chosen = new EnumMap<>(Face.class);
        for (Face face : Face.values()) {
            pick(files, PREFERENCES.get(face)).ifPresent(f -> chosen.put(face, f));
        }
        if (chosen.isEmpty()) {
            return Map.of();
        }
        FontFile any = chosen.values().iterator().next();
        for (Face face : Face.values()) {
            chosen.putIfAbsent(face, chosen.getOrDefault(face == Face.SONG ? Face.HEI : Face.FANGSONG, any));
        }
        return Map.copyOf(chosen);
    }

    private static Optional<FontFile> pick(List<Path> files, List<Pattern> preferences) {
        for (Pattern pattern : preferences) {
            for (Path file : files) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (pattern.matcher(name).matches()) {
                    return Optional.of(new FontFile(file, COLLECTION_FACES.get(name)));
                }
            }
        }
        return Optional.empty();
    }

    private static List<Pattern> patterns(String... regexes) {
        return Stream.of(regexes).map(Pattern::compile).toList();
    }
}
