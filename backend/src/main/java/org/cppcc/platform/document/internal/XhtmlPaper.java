package org.cppcc.platform.document.internal;

import java.util.List;
import java.util.Locale;

/** A {@link Paper} as the XHTML that openhtmltopdf lays out. */
final class XhtmlPaper {

    private XhtmlPaper() {}

    private static final String FS = fonts(CjkFonts.Face.FANGSONG);
    private static final String HEI = fonts(CjkFonts.Face.HEI);
    private static final String KAI = fonts(CjkFonts.Face.KAI);
    private static final String SONG = fonts(CjkFonts.Face.SONG);

    /** Each face first, then the others: a glyph one font lacks is taken from the next. */
    private static String fonts(CjkFonts.Face first) {
        StringBuilder list = new StringBuilder("'" + PdfWriter.family(first) + "'");
        for (CjkFonts.Face face : CjkFonts.Face.values()) {
            if (face != first) {
                list.append(", '").append(PdfWriter.family(face)).append('\'');
            }
        }
        return list.toString();
    }

    static String render(Paper paper) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/><title>")
                .append(esc(paper.title))
                .append("</title><style>")
                .append(css(paper))
                .append("</style></head><body>");
        for (Paper.Block block : paper.blocks) {
            block(html, block);
        }
        return html.append("</body></html>").toString();
    }

    private static String css(Paper paper) {
        String footer = paper.footer == null
                ? ""
                : "@bottom-left { content: '" + esc(paper.footer) + "';" + " font-family: " + FS
                        + "; font-size: 10pt; }";
        String pages = paper.pageNumbers
                ? "@bottom-center { content: '— ' counter(page) ' —'; font-family: " + SONG + "; font-size: 14pt; }"
                : "";
        // A cover carries no page number; named pages would cost a blank first page in openhtmltopdf.
        String cover = paper.blocks.stream().anyMatch(b -> b instanceof Paper.Cover)
                ? "@page :first { @bottom-center { content: none; } }"
                : "";
        return cover + "@page { size: A4; margin: 37mm 26mm 35mm 28mm; " + pages + footer + " }"
                + "body { font-family: " + FS + "; font-size: 16pt; line-height: 28.9pt; color: #000; }"
                + "p { margin: 0; }"
                + ".body { text-indent: 2em; text-align: justify; }"
                + ".right { text-align: right; padding-right: 4em; }"
                + ".center { text-align: center; }"
                + ".kai { font-family: " + KAI + "; text-indent: 2em; }"
                + ".note { font-size: 14pt; line-height: 22pt; }"
                + ".letterhead { color: #d00000; font-family: " + SONG + "; font-size: 36pt; line-height: 44pt;"
                + " text-align: center; letter-spacing: 0.1em; margin-top: 10mm; }"
                + ".docno { text-align: center; margin-top: 12pt; }"
                + ".redline { border-top: 2pt solid #d00000; margin: 4mm 0 14pt 0; height: 0; }"
                + ".class { text-align: right; font-family: " + HEI + "; }"
                + ".class span { border: 1pt solid #000; padding: 0 6pt; }"
                + "h1.title { font-family: " + SONG + "; font-size: 22pt; line-height: 33pt; text-align: center;"
                + " font-weight: normal; margin: 14pt 0 6pt 0; }"
                + ".subtitle { font-family: " + KAI + "; text-align: center; margin-bottom: 14pt; }"
                + "h2 { font-family: " + HEI + "; font-size: 16pt; font-weight: normal; margin: 14pt 0 6pt 0;"
                + " page-break-after: avoid; }"
                + "h2.l1 { font-size: 18pt; text-align: center; margin-top: 0; }"
                + "h2.l3 { font-size: 16pt; margin: 8pt 0 2pt 0; }"
                + "table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 6pt 0;"
                + " -fs-table-paginate: paginate; }"
                + "td, th { border: 0.75pt solid #000; padding: 3pt 5pt; vertical-align: top; font-size: 12pt;"
                + " line-height: 18pt; }"
                + "th { font-family: " + HEI + "; font-weight: normal; }"
                + "td.label { font-family: " + HEI + "; }"
                + "tr.grid td { border: none; padding: 0; height: 0; line-height: 0; }"
                + ".rule { border-top: 0.75pt solid #000; margin: 4pt 0; height: 0; }"
                + ".break { page-break-after: always; }"
                + ".contents h2 { text-align: center; }"
                + ".entry { font-size: 13pt; line-height: 20pt; }"
                + ".entry.l1 { font-family: " + HEI + "; margin-top: 6pt; }"
                + ".entry.l2 { padding-left: 2em; }"
                + ".entry a { color: #000; text-decoration: none; }"
                + ".entry a::after { content: leader('.') target-counter(attr(href), page); }"
                + ".cover { text-align: center; page-break-after: always; }"
                + ".cover .committee { font-family: " + SONG + "; font-size: 26pt; margin-top: 40mm; color: #d00000; }"
                + ".cover .big { font-family: " + HEI + "; font-size: 36pt; line-height: 48pt; margin-top: 30mm; }"
                + ".cover .sub { font-family: " + KAI + "; font-size: 18pt; margin-top: 10mm; }"
                + ".cover .date { font-size: 16pt; margin-top: 60mm; }";
    }

    private static void block(StringBuilder html, Paper.Block block) {
        if (block instanceof Paper.Letterhead b) {
            html.append("<div class=\"letterhead\">").append(esc(b.unitName())).append("</div>");
        } else if (block instanceof Paper.DocNumber b) {
            html.append("<p class=\"docno\">").append(esc(b.text())).append("</p><div class=\"redline\"></div>");
        } else if (block instanceof Paper.ClassMark b) {
            html.append("<p class=\"class\"><span>").append(esc(b.text())).append("</span></p>");
        } else if (block instanceof Paper.Title b) {
            html.append("<h1 class=\"title\">").append(esc(b.text())).append("</h1>");
            if (b.subtitle() != null) {
                html.append("<p class=\"subtitle\">").append(esc(b.subtitle())).append("</p>");
            }
        } else if (block instanceof Paper.Heading b) {
            html.append("<h2 class=\"l").append(b.level()).append('"');
            if (b.anchor() != null) {
                html.append(" id=\"").append(esc(b.anchor())).append('"');
            }
            html.append('>').append(esc(b.text())).append("</h2>");
        } else if (block instanceof Paper.Para b) {
            html.append("<p class=\"")
                    .append(b.style().name().toLowerCase(Locale.ROOT))
                    .append("\">")
                    .append(b.text().isEmpty() ? "&#160;" : esc(b.text()))
                    .append("</p>");
        } else if (block instanceof Paper.Fields b) {
            fields(html, b);
        } else if (block instanceof Paper.Table b) {
            table(html, b);
        } else if (block instanceof Paper.PageBreak) {
            html.append("<div class=\"break\"></div>");
        } else if (block instanceof Paper.Contents b) {
            contents(html, b);
        } else if (block instanceof Paper.Cover b) {
            html.append("<div class=\"cover\"><p class=\"committee\">")
                    .append(esc(b.committee()))
                    .append("</p><p class=\"big\">")
                    .append(esc(b.title()))
                    .append("</p><p class=\"sub\">")
                    .append(esc(b.subtitle()))
                    .append("</p><p class=\"date\">")
                    .append(esc(b.date()))
                    .append("</p></div>");
        } else if (block instanceof Paper.Rule) {
            html.append("<div class=\"rule\"></div>");
        }
    }

    /** Rows of two cells (label, value across the row) or four (two label and value pairs). */
    private static void fields(StringBuilder html, Paper.Fields f) {
        html.append("<table><tr class=\"grid\"><td style=\"width:18%\"></td><td style=\"width:32%\"></td>"
                + "<td style=\"width:18%\"></td><td style=\"width:32%\"></td></tr>");
        for (String[] row : f.rows()) {
            html.append("<tr>");
            for (int i = 0; i < row.length; i += 2) {
                html.append("<td class=\"label\">").append(esc(row[i])).append("</td>");
                html.append(row.length == 2 ? "<td colspan=\"3\">" : "<td>")
                        .append(multiline(row[i + 1]))
                        .append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</table>");
    }

    private static void contents(StringBuilder html, Paper.Contents c) {
        html.append("<div class=\"contents\"><h2 class=\"l1\"");
        if (c.anchor() != null) {
            html.append(" id=\"").append(esc(c.anchor())).append('"');
        }
        html.append('>').append(esc(c.title())).append("</h2>");
        for (Paper.Entry e : c.entries()) {
            html.append("<p class=\"entry l").append(e.level()).append("\">");
            if (e.anchor() != null) {
                html.append("<a href=\"#")
                        .append(esc(e.anchor()))
                        .append("\">")
                        .append(esc(e.text()))
                        .append("</a>");
            } else {
                html.append(esc(e.text()));
            }
            html.append("</p>");
        }
        html.append("</div><div class=\"break\"></div>");
    }

    private static void table(StringBuilder html, Paper.Table t) {
        // The widths go on the header cells: with a fixed layout the first row decides the columns.
        html.append("<table>");
        if (t.widths() != null) {
            html.append("<colgroup>");
            t.widths().forEach(w -> html.append("<col style=\"width:").append(w).append("%\"/>"));
            html.append("</colgroup>");
        }
        html.append("<thead><tr>");
        for (int i = 0; i < t.header().size(); i++) {
            html.append("<th");
            if (t.widths() != null) {
                html.append(" style=\"width:").append(t.widths().get(i)).append("%\"");
            }
            html.append('>').append(esc(t.header().get(i))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (List<String> row : t.rows()) {
            html.append("<tr>");
            for (String cell : row) {
                html.append("<td>").append(multiline(cell)).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static String multiline(String text) {
        return esc(text).replaceAll("\\R", "<br/>");
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // XML 1.0 forbids most control characters; a pasted one would fail the whole document.
                    if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
