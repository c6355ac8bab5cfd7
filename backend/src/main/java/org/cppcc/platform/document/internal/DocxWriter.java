package org.cppcc.platform.document.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.stereotype.Component;

/**
 * Renders a {@link Paper} as a Word file with POI's XWPF. Fonts are named, not embedded: the faces of GB/T
 * 9704 under the names Windows and WPS install (仿宋, 黑体, 楷体, 宋体), so the file opens as the office
 * expects and stays editable. Sizes: 三号 (16 pt) body, 二号 (22 pt) title.
 */
@Component
class DocxWriter {

    static final String FANGSONG = "仿宋";
    static final String HEI = "黑体";
    static final String KAI = "楷体";
    static final String SONG = "宋体";

    /** One twip is 1/20 pt; 1 mm is 56.7 twips. */
    private static BigInteger mm(double mm) {
        return BigInteger.valueOf(Math.round(mm * 56.7));
    }

    void write(Paper paper, OutputStream out) {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setTitle(paper.title);
            page(doc);
            if (paper.pageNumbers || paper.footer != null) {
                footer(doc, paper);
            }
            for (Paper.Block block : paper.blocks) {
                block(doc, block);
            }
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(mm(210));
        size.setH(mm(297));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margin = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margin.setTop(mm(37));
        margin.setBottom(mm(35));
        margin.setLeft(mm(28));
        margin.setRight(mm(26));
    }

    private static void footer(XWPFDocument doc, Paper paper) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        if (paper.footer != null) {
            run(p, paper.footer + "    ", FANGSONG, 10);
        }
        if (paper.pageNumbers) {
            run(p, "— ", SONG, 14);
            p.getCTP().addNewFldSimple().setInstr("PAGE");
            run(p, " —", SONG, 14);
        }
    }

    private static void block(XWPFDocument doc, Paper.Block block) {
        if (block instanceof Paper.Letterhead b) {
            XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER);
            p.setSpacingBefore(400);
            XWPFRun r = run(p, b.unitName(), SONG, 36);
            r.setColor("D00000");
            r.setCharacterSpacing(60);
        } else if (block instanceof Paper.DocNumber b) {
            XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER);
            p.setSpacingBefore(240);
            run(p, b.text(), FANGSONG, 16);
            XWPFParagraph line = paragraph(doc, ParagraphAlignment.CENTER);
            line.setBorderTop(Borders.SINGLE);
            line.getCTP().getPPr().getPBdr().getTop().setColor("D00000");
            line.getCTP().getPPr().getPBdr().getTop().setSz(BigInteger.valueOf(16));
        } else if (block instanceof Paper.ClassMark b) {
            XWPFParagraph p = paragraph(doc, ParagraphAlignment.RIGHT);
            XWPFRun r = run(p, " " + b.text() + " ", HEI, 16);
            (r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr())
                    .addNewBdr()
                    .setVal(STBorder.SINGLE);
        } else if (block instanceof Paper.Title b) {
            XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER);
            p.setSpacingBefore(240);
            p.setSpacingAfter(120);
            run(p, b.text(), SONG, 22).setBold(true);
            if (b.subtitle() != null) {
                run(paragraph(doc, ParagraphAlignment.CENTER), b.subtitle(), KAI, 16);
            }
        } else if (block instanceof Paper.Heading b) {
            XWPFParagraph p = paragraph(doc, b.level() == 1 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            p.setSpacingBefore(240);
            p.setKeepNext(true);
            run(p, b.text(), HEI, b.level() == 1 ? 18 : 16);
        } else if (block instanceof Paper.Para b) {
            para(doc, b);
        } else if (block instanceof Paper.Fields b) {
            fields(doc, b);
        } else if (block instanceof Paper.Table b) {
            table(doc, b.header(), b.rows());
        } else if (block instanceof Paper.PageBreak) {
            paragraph(doc, ParagraphAlignment.LEFT).createRun().addBreak(BreakType.PAGE);
        } else if (block instanceof Paper.Contents b) {
            XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER);
            run(title, b.title(), HEI, 18);
            for (Paper.Entry e : b.entries()) {
                XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT);
                if (e.level() == 2) {
                    p.setIndentationLeft(640);
                }
                run(p, e.ref() == null ? e.text() : e.text() + " …… " + e.ref(), e.level() == 1 ? HEI : FANGSONG, 13);
            }
            paragraph(doc, ParagraphAlignment.LEFT).createRun().addBreak(BreakType.PAGE);
        } else if (block instanceof Paper.Cover b) {
            XWPFParagraph committee = paragraph(doc, ParagraphAlignment.CENTER);
            committee.setSpacingBefore(2400);
            run(committee, b.committee(), SONG, 26).setColor("D00000");
            XWPFParagraph big = paragraph(doc, ParagraphAlignment.CENTER);
            big.setSpacingBefore(1600);
            run(big, b.title(), HEI, 36);
            XWPFParagraph sub = paragraph(doc, ParagraphAlignment.CENTER);
            sub.setSpacingBefore(600);
            run(sub, b.subtitle(), KAI, 18);
            XWPFParagraph date = paragraph(doc, ParagraphAlignment.CENTER);
            date.setSpacingBefore(3600);
            run(date, b.date(), FANGSONG, 16);
            date.createRun().addBreak(BreakType.PAGE);
        } else if (block instanceof Paper.Rule) {
            paragraph(doc, ParagraphAlignment.LEFT).setBorderTop(Borders.SINGLE);
        }
    }

    private static void para(XWPFDocument doc, Paper.Para b) {
        ParagraphAlignment align = switch (b.style()) {
            case RIGHT -> ParagraphAlignment.RIGHT;
            case CENTER -> ParagraphAlignment.CENTER;
            case BODY, KAI -> ParagraphAlignment.BOTH;
            default -> ParagraphAlignment.LEFT;
        };
        XWPFParagraph p = paragraph(doc, align);
        if (b.style() == Paper.Style.BODY || b.style() == Paper.Style.KAI) {
            p.setFirstLineIndent(640);
        }
        if (b.style() == Paper.Style.RIGHT) {
            p.setIndentationRight(1280);
        }
        String font = b.style() == Paper.Style.KAI ? KAI : FANGSONG;
        run(p, b.text(), font, b.style() == Paper.Style.NOTE ? 14 : 16);
    }

    private static void fields(XWPFDocument doc, Paper.Fields f) {
        XWPFTable table = doc.createTable(f.rows().size(), 4);
        table.setWidth("100%");
        for (int i = 0; i < f.rows().size(); i++) {
            String[] cells = f.rows().get(i);
            XWPFTableRow row = table.getRow(i);
            for (int c = 0; c < cells.length; c++) {
                cell(row.getCell(c), cells[c], c % 2 == 0 ? HEI : FANGSONG);
            }
            if (cells.length == 2) {
                // The value spans the three columns after its label.
                row.getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(3));
                row.removeCell(3);
                row.removeCell(2);
            }
        }
    }

    private static void table(XWPFDocument doc, List<String> header, List<List<String>> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, header.size());
        table.setWidth("100%");
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        for (int c = 0; c < header.size(); c++) {
            cell(head.getCell(c), header.get(c), HEI);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < header.size(); c++) {
                cell(table.getRow(r + 1).getCell(c), rows.get(r).get(c), FANGSONG);
            }
        }
    }

    private static void cell(XWPFTableCell cell, String text, String font) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        String[] lines = (text == null ? "" : text).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun r = run(p, lines[i], font, 12);
            if (i < lines.length - 1) {
                r.addBreak();
            }
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, int points) {
        XWPFRun r = p.createRun();
        r.setText(text == null ? "" : text);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
        r.setFontSize(points);
        return r;
    }
}
