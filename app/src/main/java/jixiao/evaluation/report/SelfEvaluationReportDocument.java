package jixiao.evaluation.report;

import jixiao.common.Messages;
import jixiao.evaluation.SelfEvaluationReport;
import jixiao.project.MergedRows;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The 项目支出绩效自评报告 as a Word document: A4 with the margins of official documents (GB/T 9704), the text
 * in 仿宋, headings in 黑体/楷体 as real Heading 1/Heading 2 styles (with outline levels, so Word's navigation
 * pane lists them), the indicator and money tables of the 自评表 drawn from the same record as its sheet and
 * workbook, and the page number as a PAGE field in the footer. Plain POI, no framework.
 */
public final class SelfEvaluationReportDocument {

    /** A section to print: its heading and its (drafted or edited) text, one paragraph per line. */
    public record Section(ReportSection kind, String title, String text) {
    }

    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String TITLE = "Title";

    private static final String BODY_FONT = "仿宋";
    private static final String TABLE_FONT = "宋体";
    private static final String HEADING_1_FONT = "黑体";
    private static final String HEADING_2_FONT = "楷体";
    private static final String LATIN_FONT = "Times New Roman";
    /** A sub-heading line as drafted: （一）立项依据 — short, numbered, no sentence punctuation. */
    private static final Pattern SUB_HEADING = Pattern.compile("（[一二三四五六七八九十]{1,3}）[^。；，：]{1,24}");

    private SelfEvaluationReportDocument() {
    }

    public static byte[] write(SelfEvaluationReport record, int year, List<Section> sections) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            styles(doc);
            page(doc);
            footer(doc);
            XWPFParagraph title = doc.createParagraph();
            title.setStyle(TITLE);
            title.setAlignment(ParagraphAlignment.CENTER);
            title.createRun().setText(Messages.text(record.department() == null ? "writtenReport.docTitle"
                    : "writtenReport.department.docTitle", String.valueOf(year)));
            XWPFParagraph name = doc.createParagraph();
            name.setAlignment(ParagraphAlignment.CENTER);
            name.createRun().setText(Messages.text("writtenReport.docSubtitle", record.projectName()));
            XWPFParagraph unit = doc.createParagraph();
            unit.setAlignment(ParagraphAlignment.CENTER);
            unit.createRun().setText(Messages.text("writtenReport.docUnit", record.unitName()));
            for (Section section : sections) {
                XWPFParagraph heading = doc.createParagraph();
                heading.setStyle(HEADING_1);
                heading.createRun().setText(section.title());
                for (String line : section.text().split("\n")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    XWPFParagraph p = doc.createParagraph();
                    if (SUB_HEADING.matcher(line.strip()).matches()) {
                        p.setStyle(HEADING_2);
                    } else {
                        p.setIndentationFirstLine(640); // two characters of 16 pt
                    }
                    p.createRun().setText(line.strip());
                }
                if (section.kind() == ReportSection.GOALS) {
                    if (record.department() != null) {
                        caption(doc, Messages.text("writtenReport.table.keyTasks", record.moneyUnit()));
                        keyTaskTable(doc, record.department());
                    }
                    caption(doc, Messages.text("writtenReport.table.indicators"));
                    indicatorTable(doc, record);
                } else if (section.kind() == ReportSection.BUDGET) {
                    caption(doc, Messages.text("writtenReport.table.money", record.moneyUnit()));
                    moneyTable(doc, record);
                    if (record.department() != null) {
                        caption(doc, Messages.text("writtenReport.table.projects", record.moneyUnit()));
                        projectTable(doc, record.department());
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void indicatorTable(XWPFDocument doc, SelfEvaluationReport record) {
        List<String> header = List.of(t("writtenReport.table.level1"), t("writtenReport.table.level2"),
                t("writtenReport.table.level3"), t("writtenReport.table.target"), t("writtenReport.table.actual"),
                t("writtenReport.table.weight"), t("writtenReport.table.score"));
        XWPFTable table = table(doc, header, record.indicators().size() + 3);
        int r = 1;
        for (MergedRows.Row<SelfEvaluationReport.Line> row : record.indicators()) {
            SelfEvaluationReport.Line line = row.item();
            XWPFTableRow tr = table.getRow(r++);
            fill(tr, List.of(line.level1(), line.level2(), line.name(), line.target(), line.actual(), line.weightText(),
                    line.scoreText()));
            // the published tables merge the 一级/二级 cells over the rows that share them
            merge(tr.getCell(0), row.level1Span());
            merge(tr.getCell(1), row.level2Span());
        }
        XWPFTableRow total = table.getRow(r++);
        fill(total, List.of(t("writtenReport.table.total"), "", "", "", "", record.totalWeightText(), record.totalText()));
        XWPFTableRow grade = table.getRow(r);
        fill(grade, List.of(t("writtenReport.table.grade"), "", "", "", "", "", record.gradeText()));
    }

    private static void moneyTable(XWPFDocument doc, SelfEvaluationReport record) {
        List<String> header = List.of(t("writtenReport.table.source"), t("evaluation.money.initial"),
                t("evaluation.money.fullYear"), t("evaluation.money.executed"), t("writtenReport.table.weight"),
                t("evaluation.report.rate"), t("writtenReport.table.score"));
        XWPFTable table = table(doc, header, record.money().size() + 1);
        int r = 1;
        for (SelfEvaluationReport.MoneyLine line : record.money()) {
            fill(table.getRow(r++), List.of(line.label(), line.initialText(), line.fullYearText(), line.executedText(),
                    line.weightText(), line.rateText(), line.scoreText()));
        }
    }

    private static void keyTaskTable(XWPFDocument doc, SelfEvaluationReport.Department department) {
        List<String> header = List.of(t("department.report.taskName"), t("department.report.planned"),
                t("department.report.taskExecuted"), t("evaluation.report.rate"), t("department.report.completion"),
                t("department.report.grade"));
        XWPFTable table = table(doc, header, department.keyTasks().size() + 1);
        int r = 1;
        for (SelfEvaluationReport.TaskLine task : department.keyTasks()) {
            fill(table.getRow(r++), List.of(task.name(), task.plannedText(), task.executedText(), task.rateText(),
                    task.completion(), task.gradeLabel()));
        }
    }

    private static void projectTable(XWPFDocument doc, SelfEvaluationReport.Department department) {
        List<String> header = List.of(t("department.report.projectName"), t("evaluation.money.fullYear"),
                t("evaluation.money.executed"), t("evaluation.report.rate"), t("evaluation.report.total"),
                t("evaluation.report.grade"));
        XWPFTable table = table(doc, header, department.projects().size() + 2);
        int r = 1;
        for (SelfEvaluationReport.ProjectLine p : department.projects()) {
            fill(table.getRow(r++), List.of(p.name(), p.fullYearText(), p.executedText(), p.rateText(), p.totalText(),
                    p.grade()));
        }
        SelfEvaluationReport.ProjectLine total = department.projectsTotal();
        fill(table.getRow(r), List.of(total.name(), total.fullYearText(), total.executedText(), total.rateText(), "", ""));
    }

    /** A bordered, centred table of {@code rows} rows (the first the header, in bold) and the header's columns. */
    private static XWPFTable table(XWPFDocument doc, List<String> header, int rows) {
        XWPFTable table = doc.createTable(rows, header.size());
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidth("100%");
        int border = 4; // eighths of a point
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, border, 0, "000000");
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, border, 0, "000000");
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, border, 0, "000000");
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, border, 0, "000000");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, border, 0, "000000");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, border, 0, "000000");
        XWPFTableRow first = table.getRow(0);
        first.setRepeatHeader(true);
        fill(first, header);
        for (XWPFTableCell cell : first.getTableCells()) {
            cell.getParagraphs().get(0).getRuns().forEach(run -> run.setBold(true));
        }
        return table;
    }

    private static void fill(XWPFTableRow row, List<String> texts) {
        for (int c = 0; c < texts.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setSpacingAfter(0);
            XWPFRun run = p.createRun();
            run.setText(texts.get(c) == null ? "" : texts.get(c));
            run.setFontFamily(TABLE_FONT, XWPFRun.FontCharRange.eastAsia);
            run.setFontSize(10.5);
        }
    }

    /** Span ≥ 1 starts a vertical merge (a single row needs none); 0 continues the one above. */
    private static void merge(XWPFTableCell cell, int span) {
        if (span == 1) {
            return;
        }
        var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        tcPr.addNewVMerge().setVal(span > 1 ? STMerge.RESTART : STMerge.CONTINUE);
    }

    private static void caption(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = p.createRun();
        run.setBold(true);
        run.setText(text);
    }

    /** A4 portrait, margins 37/35/28/26 mm as official documents have them. */
    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2098));
        margins.setBottom(BigInteger.valueOf(1984));
        margins.setLeft(BigInteger.valueOf(1588));
        margins.setRight(BigInteger.valueOf(1474));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(992));
    }

    /** 第 N 页, N a PAGE field that Word fills in. */
    private static void footer(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.createRun().setText(t("writtenReport.footer.before"));
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        field.addNewR().addNewT().setStringValue("1");
        p.createRun().setText(t("writtenReport.footer.after"));
    }

    /** Normal (仿宋 16 pt), Title (宋体 22 pt), Heading 1 (黑体 16 pt), Heading 2 (楷体 16 pt), with outline levels. */
    private static void styles(XWPFDocument doc) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        fonts(defaults, BODY_FONT);
        defaults.addNewSz().setVal(BigInteger.valueOf(32));
        defaults.addNewSzCs().setVal(BigInteger.valueOf(32));
        defaults.addNewLang().setEastAsia("zh-CN");
        style(styles, "Normal", "Normal", null, BODY_FONT, 32, false, null);
        style(styles, TITLE, "Title", "Normal", TABLE_FONT, 44, true, null);
        style(styles, HEADING_1, "heading 1", "Normal", HEADING_1_FONT, 32, false, 0);
        style(styles, HEADING_2, "heading 2", "Normal", HEADING_2_FONT, 32, true, 1);
        doc.createStyles().setStyles(styles);
    }

    private static void style(CTStyles styles, String id, String name, String basedOn, String font, int halfPoints,
                              boolean bold, Integer outlineLevel) {
        CTStyle style = styles.addNewStyle();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        if (basedOn == null) {
            style.setDefault(true);
        } else {
            style.addNewBasedOn().setVal(basedOn);
            style.addNewNext().setVal("Normal");
        }
        style.addNewQFormat();
        var ppr = style.addNewPPr();
        if (outlineLevel != null) {
            ppr.addNewKeepNext();
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
            var spacing = ppr.addNewSpacing();
            spacing.setBefore(BigInteger.valueOf(120));
            spacing.setAfter(BigInteger.valueOf(120));
        } else {
            ppr.addNewSpacing().setLine(BigInteger.valueOf(560)); // 28 pt, as official documents are set
            ppr.getSpacing().setLineRule(org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.EXACT);
        }
        CTRPr rpr = style.addNewRPr();
        fonts(rpr, font);
        if (bold) {
            rpr.addNewB();
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    }

    private static void fonts(CTRPr rpr, String eastAsia) {
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setEastAsia(eastAsia);
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
    }

    private static String t(String key, Object... args) {
        return Messages.text(key, args);
    }
}
