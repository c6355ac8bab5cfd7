package org.cppcc.platform.document.internal;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.cppcc.platform.proposal.ProposalPaper;

/**
 * Prints how long a session's 提案汇编 takes to render, and the heap it needs: N generated proposals, each with a
 * reply, as PDF and as Word. Not a test; run it with a capped heap so that "fits" is shown, not assumed:
 * <pre>
 *   mvn -B -q -pl backend test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *       -Dexec.args="-Xmx300m -cp %classpath org.cppcc.platform.document.internal.CompilationBenchmark 500"
 * </pre>
 * The data comes from memory (the records the proposal module would hand over), so the figures are the
 * renderer's; reading 500 proposals through {@code ProposalPapers} adds a few thousand indexed queries.
 */
public final class CompilationBenchmark {

    private CompilationBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Papers papers = new Papers("中国人民政治协商会议江湾区委员会", "区政协提案委员会办公室");
        PdfWriter pdf = new PdfWriter(new CjkFonts(List.of(Path.of("/usr/share/fonts"))));
        DocxWriter docx = new DocxWriter();
        System.out.printf(
                "提案汇编 of %d proposals with replies, %d cores, Java %s, max heap %d MB%n",
                count,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        // One small run first, so that class loading and font parsing are not charged to the big one.
        pdf.write(
                papers.compilation(SampleProposals.SESSION, SampleProposals.session(5, true), true, today()),
                OutputStream.nullOutputStream());
        for (String format : List.of("pdf", "docx")) {
            resetPeaks();
            long start = System.nanoTime();
            long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            List<ProposalPaper> proposals = SampleProposals.session(count, true);
            Paper paper = papers.compilation(SampleProposals.SESSION, proposals, true, today());
            CountingStream out = new CountingStream();
            if (format.equals("pdf")) {
                pdf.write(paper, out);
            } else {
                docx.write(paper, out);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            // CPU time of the rendering thread: on a shared machine the wall clock mostly measures the others.
            double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
            System.out.printf(
                    "%-4s  %6.1f s wall  %6.1f s CPU  %6.1f MB file  peak heap (sum of pool peaks) %5d MB%n",
                    format, seconds, cpu, out.bytes / 1048576.0, peakHeapMegabytes());
        }
    }

    private static LocalDate today() {
        return LocalDate.of(2026, 12, 1);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed())
                        .sum()
                / (1024 * 1024);
    }

    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
