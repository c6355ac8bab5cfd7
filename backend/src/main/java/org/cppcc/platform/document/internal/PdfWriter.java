package org.cppcc.platform.document.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.cppcc.platform.shared.error.ApiException;
import org.cppcc.platform.shared.error.ErrorCode;
import org.springframework.stereotype.Component;

/**
 * Renders a {@link Paper} to PDF through XHTML and openhtmltopdf: CSS paged media gives the A4 page of GB/T
 * 9704 (margins 37/26/35/28 mm), the page numbers and, through {@code target-counter}, the page of each entry
 * in a table of contents or index. Fonts are embedded as subsets.
 */
@Component
class PdfWriter {

    private final CjkFonts fonts;

    PdfWriter(CjkFonts fonts) {
        this.fonts = fonts;
    }

    void write(Paper paper, OutputStream out) {
        Map<CjkFonts.Face, CjkFonts.FontFile> faces = fonts.faces();
        if (faces.isEmpty()) {
            throw new ApiException(ErrorCode.FONTS_MISSING, "服务器未找到可嵌入的中文字体（仿宋、黑体、楷体，或霞鹜文楷、文泉驿正黑），请管理员安装字体后重试");
        }
        List<AutoCloseable> opened = new ArrayList<>();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            Map<CjkFonts.FontFile, PDFontSupplier> loaded = new HashMap<>();
            for (CjkFonts.Face face : CjkFonts.Face.values()) {
                CjkFonts.FontFile file = faces.get(face);
                PDFontSupplier supplier = loaded.get(file);
                if (supplier == null) {
                    supplier = new PDFontSupplier(PDType0Font.load(document, open(file, opened), true));
                    loaded.put(file, supplier);
                }
                builder.useFont(supplier, family(face));
            }
            builder.withHtmlContent(XhtmlPaper.render(paper), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (AutoCloseable c : opened) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // The PDF is written; a font file that fails to close leaks nothing the JVM keeps.
                }
            }
        }
    }

    static String family(CjkFonts.Face face) {
        return "cjk-" + face.name().toLowerCase(Locale.ROOT);
    }

    private static TrueTypeFont open(CjkFonts.FontFile file, List<AutoCloseable> opened) throws IOException {
        if (file.path().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.path().toFile());
            opened.add(collection);
            TrueTypeFont font = file.name() == null ? null : collection.getFontByName(file.name());
            if (font == null) {
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(f -> {
                    if (first[0] == null) {
                        first[0] = f;
                    }
                });
                font = first[0];
            }
            return font;
        }
        TrueTypeFont font = new TTFParser()
                .parse(new RandomAccessReadBufferedFile(file.path().toFile()));
        opened.add(font);
        return font;
    }
}
