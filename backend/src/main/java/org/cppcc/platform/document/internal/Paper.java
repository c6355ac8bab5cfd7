package org.cppcc.platform.document.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A document as a list of blocks, written once and rendered twice: to XHTML for the PDF and to Word. Text is
 * plain (line breaks start new paragraphs); the renderers escape it.
 */
final class Paper {

    /** How a paragraph is set: GB/T 9704's body text is 仿宋 with a two-character indent. */
    enum Style {
        BODY,
        PLAIN,
        RIGHT,
        CENTER,
        KAI,
        NOTE
    }

    sealed interface Block
            permits Letterhead,
                    DocNumber,
                    ClassMark,
                    Title,
                    Heading,
                    Para,
                    Fields,
                    Table,
                    PageBreak,
                    Contents,
                    Cover,
                    Rule {}

    /** The red 版头: the issuing unit's name, then a red line. */
    record Letterhead(String unitName) implements Block {}

    /** 发文字号, centred above the red line. */
    record DocNumber(String text) implements Block {}

    /** The class A/B/C mark of a reply, set at the top right. */
    record ClassMark(String text) implements Block {}

    record Title(String text, String subtitle) implements Block {}

    /** Level 1: a chapter (category) of the 汇编; level 2: one proposal. {@code anchor} is a link target. */
    record Heading(String text, int level, String anchor) implements Block {}

    record Para(String text, Style style) implements Block {}

    /** A form: label and value pairs, the value spanning the rest of the row. */
    record Fields(List<String[]> rows) implements Block {}

    record Table(List<String> header, List<List<String>> rows, List<Integer> widths) implements Block {}

    record PageBreak() implements Block {}

    /**
     * A table of contents or an index: each entry points at an anchor; the PDF prints the page number there,
     * the Word file the {@code ref} (the proposal's number) since Word computes pages only when asked to.
     */
    record Contents(String title, List<Entry> entries, String anchor) implements Block {}

    record Entry(String text, int level, String anchor, String ref) {}

    record Cover(String committee, String title, String subtitle, String date) implements Block {}

    /** The thin line that closes the 版记 (抄送, 印发). */
    record Rule() implements Block {}

    final String title;
    final String footer;
    final boolean pageNumbers;
    final List<Block> blocks = new ArrayList<>();

    Paper(String title, boolean pageNumbers) {
        this(title, pageNumbers, null);
    }

    Paper(String title, boolean pageNumbers, String footer) {
        this.title = title;
        this.pageNumbers = pageNumbers;
        this.footer = footer;
    }

    Paper add(Block block) {
        blocks.add(block);
        return this;
    }

    Paper para(String text, Style style) {
        return add(new Para(text == null ? "" : text, style));
    }

    /** Each line of a multi-line text as its own body paragraph. */
    Paper body(String text) {
        if (text != null) {
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    add(new Para(line.strip(), Style.BODY));
                }
            }
        }
        return this;
    }
}
