package org.cppcc.platform.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which installed font serves which face, and the refusal when none can be embedded. */
class CjkFontsTest {

    @TempDir
    Path dir;

    @Test
    void theOfficialFacesWinOverTheOpenOnes() throws IOException {
        for (String name : List.of("LXGWWenKai-Regular.ttf", "wqy-zenhei.ttc", "SIMFANG.TTF", "simhei.ttf")) {
            Files.createFile(dir.resolve(name));
        }
        var faces = new CjkFonts(List.of(dir)).faces();
        assertThat(faces.get(CjkFonts.Face.FANGSONG).path().getFileName()).hasToString("SIMFANG.TTF");
        assertThat(faces.get(CjkFonts.Face.HEI).path().getFileName()).hasToString("simhei.ttf");
        assertThat(faces.get(CjkFonts.Face.KAI).path().getFileName()).hasToString("LXGWWenKai-Regular.ttf");
        // No 宋体 installed: the title falls back to the heading face's nearest open font.
        assertThat(faces.get(CjkFonts.Face.SONG).path().getFileName()).hasToString("wqy-zenhei.ttc");
        assertThat(faces.get(CjkFonts.Face.SONG).name()).isEqualTo("WenQuanYiZenHei");
    }

    @Test
    void theOpenFontsServeWhenNoOfficialFaceIsInstalled() throws IOException {
        Files.createDirectories(dir.resolve("truetype/wqy"));
        Files.createFile(dir.resolve("truetype/wqy/wqy-zenhei.ttc"));
        // Noto CJK is CFF-outlined: PDFBox cannot subset it, so it never counts.
        Files.createFile(dir.resolve("NotoSerifCJK-Regular.ttc"));
        var faces = new CjkFonts(List.of(dir, dir.resolve("absent"))).faces();
        assertThat(faces).hasSize(4);
        assertThat(faces.values())
                .allSatisfy(f -> assertThat(f.path().getFileName()).hasToString("wqy-zenhei.ttc"));
    }

    @Test
    void withoutAnyUsableFontThePdfIsRefusedAsUnavailable() throws IOException {
        Files.createFile(dir.resolve("NotoSansCJK-Regular.ttc"));
        PdfWriter writer = new PdfWriter(new CjkFonts(List.of(dir)));
        Paper paper = new Paper("测试", false).para("中文", Paper.Style.BODY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> writer.write(paper, out)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.FONTS_MISSING);
            assertThat(e.code().status().value()).isEqualTo(503);
            assertThat(e.getMessage()).contains("中文字体");
        });
        assertThat(out.size()).isZero();
    }
}
