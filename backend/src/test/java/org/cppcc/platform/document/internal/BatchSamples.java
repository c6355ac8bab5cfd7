package org.cppcc.platform.document.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.cppcc.platform.proposal.ProposalPapers;

/**
 * The first page of a 交办会's 交办通知 as PNG for the README, like {@link DocumentSamples}. Not a test; run it from
 * the repository root with
 * <pre>
 *   mvn -B -q -pl backend test-compile exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=org.cppcc.platform.document.internal.BatchSamples -Dexec.args=../docs/documents
 * </pre>
 */
public final class BatchSamples {

    private BatchSamples() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "docs/documents");
        Files.createDirectories(dir);
        Papers papers = new Papers("中国人民政治协商会议江湾区委员会", "区政协提案委员会办公室");
        BatchPapers batchPapers = new BatchPapers(papers, "区政协提案委员会办公室");
        PdfWriter pdf = new PdfWriter(new CjkFonts(List.of(Path.of("/usr/share/fonts"))));
        LocalDate today = LocalDate.of(2026, 3, 20);
        ProposalPapers.UnitShare unit = new ProposalPapers.UnitShare(
                1,
                "区发展和改革局",
                SampleProposals.session(8, false).stream()
                        .map(SampleProposals::handedOver)
                        .toList());
        ProposalPapers.AssignmentBatch batch = new ProposalPapers.AssignmentBatch(
                1, "十四届四次会议提案交办会", today, "周卫东", LocalDateTime.of(2026, 3, 20, 10, 0), List.of(unit));
        DocumentSamples.write(pdf, batchPapers.notice(batch, unit, today), dir, "assignment-notice", 2);
    }
}
