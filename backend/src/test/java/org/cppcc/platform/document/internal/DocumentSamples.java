package org.cppcc.platform.document.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.cppcc.platform.proposal.ProposalPaper;

/**
 * Renders each document from generated records and writes pages of it as PNG to docs/documents, for the README.
 * Not a test; run it from the repository root with
 * <pre>
 *   mvn -B -q -pl backend test-compile exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=org.cppcc.platform.document.internal.DocumentSamples -Dexec.args=../docs/documents
 * </pre>
 */
public final class DocumentSamples {

    private DocumentSamples() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "docs/documents");
        Files.createDirectories(dir);
        Papers papers = new Papers("中国人民政治协商会议江湾区委员会", "区政协提案委员会办公室");
        PdfWriter pdf = new PdfWriter(new CjkFonts(List.of(Path.of("/usr/share/fonts"))));
        LocalDate today = LocalDate.of(2026, 12, 1);
        List<ProposalPaper> session = SampleProposals.session(12, true);
        ProposalPaper one = session.get(3);
        write(pdf, papers.proposalForm(one), dir, "proposal-form", 1);
        write(pdf, papers.replyLetter(one.replies().get(0)), dir, "reply-letter", 1);
        write(pdf, papers.evaluationForm(one), dir, "evaluation-form", 1);
        write(
                pdf,
                papers.handedOver(
                        "区发展和改革局",
                        SampleProposals.SESSION,
                        session.stream().map(SampleProposals::handedOver).toList(),
                        today),
                dir,
                "handed-over",
                1);
        write(pdf, papers.compilation(SampleProposals.SESSION, session, true, today), dir, "compilation", 3);
    }

    static void write(PdfWriter pdf, Paper paper, Path dir, String name, int pages) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(paper, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < Math.min(pages, doc.getNumberOfPages()); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 60, ImageType.RGB);
                String file = pages == 1 ? name + ".png" : name + "-" + (i + 1) + ".png";
                ImageIO.write(image, "png", dir.resolve(file).toFile());
                System.out.println(dir.resolve(file) + " (" + doc.getNumberOfPages() + " pages)");
            }
        }
    }
}
