package jixiao.evaluation;

import jixiao.common.Messages;
import jixiao.common.PrintedSheets;
import jixiao.project.MergedRows;
import jixiao.project.MoneyUnit;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import jixiao.common.PrintedSheets;

import static jixiao.common.PrintedSheets.cell;
import static jixiao.common.PrintedSheets.number;
import static jixiao.common.PrintedSheets.text;

/**
 * The 项目支出绩效自评表 and the summary of a unit or department as {@code .xlsx}, in the printed layout, set up
 * for A4. Numbers are numeric cells whose formats write them as the page does: scores {@code 0.00}, rates
 * {@code 0.00%}, money with at least two decimals.
 */
final class SelfEvaluationWorkbooks {

    private static final int COLUMNS = 8;
    private static final int[] SHEET_WIDTHS = {14, 14, 20, 14, 16, 9, 11, 30};
    private static final int[] SUMMARY_WIDTHS = {7, 10, 22, 22, 34, 14, 14, 10, 9, 7, 10};
    private static final int[] DISCLOSURE_WIDTHS = {6, 26, 40, 16, 16, 10, 9, 7};
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private SelfEvaluationWorkbooks() {
    }

    static byte[] sheet(SelfEvaluationReport report) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles st = new Styles(book);
            Sheet sh = book.createSheet(report.title());
            setUp(sh, SHEET_WIDTHS, false);
            int r = 0;
            merged(sh, r, 0, COLUMNS - 1, report.title(), st.title);
            sh.getRow(r++).setHeightInPoints(28);
            merged(sh, r++, 0, COLUMNS - 1, report.yearLine(), st.centered);

            text(sh, r, 0, report.nameLabel(), st.label);
            merged(sh, r++, 1, COLUMNS - 1, report.projectName(), st.text);
            text(sh, r, 0, Messages.text("evaluation.report.department"), st.label);
            merged(sh, r, 1, 3, report.departmentName(), st.text);
            text(sh, r, 4, Messages.text("evaluation.report.unit"), st.label);
            merged(sh, r++, 5, COLUMNS - 1, report.unitName(), st.text);

            merged(sh, r, 0, 1, report.moneyHeader(), st.label);
            header(sh, r++, 2, st.label, "evaluation.money.initial", "evaluation.money.fullYear", "evaluation.money.executed",
                    "evaluation.report.weight", "evaluation.report.rate", "evaluation.report.score");
            CellStyle amount = MoneyUnit.parse(report.moneyUnit()).orElse(MoneyUnit.YUAN) == MoneyUnit.WAN_YUAN
                    ? st.wanYuan : st.yuan;
            for (SelfEvaluationReport.MoneyLine m : report.money()) {
                merged(sh, r, 0, 1, m.label(), st.label);
                number(sh, r, 2, m.initial(), amount);
                number(sh, r, 3, m.fullYear(), amount);
                number(sh, r, 4, m.executed(), amount);
                number(sh, r, 5, m.weight(), st.points);
                number(sh, r, 6, m.rate() == null ? null : m.rate().divide(HUNDRED), st.percent);
                number(sh, r++, 7, m.score(), st.points);
            }

            PrintedSheets.merged(sh, r, r + 1, 0, 0, Messages.text("evaluation.report.goal"), st.label);
            merged(sh, r, 1, 4, Messages.text("evaluation.report.expected"), st.label);
            merged(sh, r++, 5, COLUMNS - 1, Messages.text("evaluation.report.achieved"), st.label);
            merged(sh, r, 1, 4, report.goal(), st.text);
            merged(sh, r, 5, COLUMNS - 1, report.achievement(), st.text);
            sh.getRow(r++).setHeightInPoints(Math.max(30, 15 * lines(report.goal(), report.achievement())));

            header(sh, r++, 0, st.label, "field.level1", "field.level2", "field.level3", "evaluation.report.target",
                    "evaluation.report.actual", "evaluation.report.weight", "evaluation.report.score",
                    "evaluation.report.deviationReason");
            for (MergedRows.Row<SelfEvaluationReport.Line> row : report.indicators()) {
                SelfEvaluationReport.Line line = row.item();
                if (row.level1Span() > 0) {
                    PrintedSheets.merged(sh, r, r + row.level1Span() - 1, 0, 0, line.level1(), st.text);
                }
                if (row.level2Span() > 0) {
                    PrintedSheets.merged(sh, r, r + row.level2Span() - 1, 1, 1, line.level2(), st.text);
                }
                text(sh, r, 2, line.name(), st.text);
                text(sh, r, 3, line.target(), st.text);
                text(sh, r, 4, line.actual(), st.text);
                number(sh, r, 5, line.weight(), st.points);
                number(sh, r, 6, line.score(), st.points);
                text(sh, r++, 7, line.deviationReason(), st.text);
            }
            merged(sh, r, 0, 4, Messages.text("evaluation.report.total"), st.label);
            number(sh, r, 5, report.totalWeight(), st.points);
            number(sh, r, 6, report.total(), st.points);
            text(sh, r++, 7, "", st.text);
            merged(sh, r, 0, 4, Messages.text("evaluation.report.grade"), st.label);
            merged(sh, r++, 5, COLUMNS - 1, report.gradeText(), st.centered);
            for (String note : report.notes()) {
                merged(sh, r++, 0, COLUMNS - 1, Messages.text("evaluation.report.note", note), st.plain);
            }
            if (report.department() != null) {
                r = department(sh, r, st, report.department(), report.moneyUnit(), amount);
            }
            book.setPrintArea(0, 0, COLUMNS - 1, 0, r - 1);

            explanations(book, st, report);
            return bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 部门整体 blocks under the sheet: the 年度重点工作任务, then the department's projects and their total. */
    private static int department(Sheet sh, int r, Styles st, SelfEvaluationReport.Department d, String moneyUnit,
                                  CellStyle amount) {
        r++;
        merged(sh, r++, 0, COLUMNS - 1, Messages.text("department.report.keyTasks") + "（" + moneyUnit + "）", st.label);
        text(sh, r, 0, Messages.text("department.report.taskName"), st.label);
        merged(sh, r, 1, 2, Messages.text("department.report.taskContent"), st.label);
        header(sh, r++, 3, st.label, "department.report.planned", "department.report.taskExecuted",
                "evaluation.report.rate", "department.report.completion", "department.report.grade");
        for (SelfEvaluationReport.TaskLine t : d.keyTasks()) {
            text(sh, r, 0, t.name(), st.text);
            merged(sh, r, 1, 2, t.content(), st.text);
            number(sh, r, 3, t.planned(), amount);
            number(sh, r, 4, t.executed(), amount);
            number(sh, r, 5, t.rate() == null ? null : t.rate().divide(HUNDRED), st.percent);
            text(sh, r, 6, t.completion(), st.text);
            text(sh, r++, 7, t.gradeLabel(), st.text);
        }
        r++;
        merged(sh, r++, 0, COLUMNS - 1, Messages.text("department.report.projects") + "（" + moneyUnit + "）", st.label);
        merged(sh, r, 0, 1, Messages.text("department.report.projectName"), st.label);
        header(sh, r++, 2, st.label, "department.report.projectUnit", "evaluation.money.fullYear",
                "evaluation.money.executed", "evaluation.report.rate", "evaluation.report.total", "evaluation.report.grade");
        List<SelfEvaluationReport.ProjectLine> lines = new java.util.ArrayList<>(d.projects());
        lines.add(d.projectsTotal());
        for (SelfEvaluationReport.ProjectLine p : lines) {
            merged(sh, r, 0, 1, p.name(), p == d.projectsTotal() ? st.label : st.text);
            text(sh, r, 2, p.unitName(), st.text);
            number(sh, r, 3, p.fullYear(), amount);
            number(sh, r, 4, p.executed(), amount);
            number(sh, r, 5, p.rate() == null ? null : p.rate().divide(HUNDRED), st.percent);
            number(sh, r, 6, p.total(), st.points);
            text(sh, r++, 7, p.grade(), st.text);
        }
        for (String note : d.notes()) {
            merged(sh, r++, 0, COLUMNS - 1, note, st.plain);
        }
        return r;
    }

    /** 计分说明: how each score was reached, the engine's own words. */
    private static void explanations(XSSFWorkbook book, Styles st, SelfEvaluationReport report) {
        Sheet sh = book.createSheet(Messages.text("evaluation.report.explanations"));
        setUp(sh, new int[]{30, 9, 9, 80}, true);
        int r = 0;
        header(sh, r++, 0, st.label, "evaluation.report.item", "evaluation.report.weight", "evaluation.report.score",
                "evaluation.report.explanation");
        SelfEvaluationReport.MoneyLine total = report.money().get(0);
        text(sh, r, 0, Messages.text("evaluation.report.executionItem"), st.text);
        number(sh, r, 1, total.weight(), st.points);
        number(sh, r, 2, total.score(), st.points);
        text(sh, r++, 3, report.executionExplanation(), st.text);
        for (MergedRows.Row<SelfEvaluationReport.Line> row : report.indicators()) {
            SelfEvaluationReport.Line line = row.item();
            text(sh, r, 0, line.name(), st.text);
            number(sh, r, 1, line.weight(), st.points);
            number(sh, r, 2, line.score(), st.points);
            text(sh, r++, 3, line.explanation(), st.text);
        }
        text(sh, r, 0, Messages.text("evaluation.report.total"), st.label);
        number(sh, r, 1, report.totalWeight(), st.points);
        number(sh, r, 2, report.total(), st.points);
        text(sh, r, 3, report.totalExplanation(), st.text);
    }

    /** The summary: one row per project, the total row, and the grade distribution on a sheet of its own. */
    static byte[] summary(List<EvaluationSummaryRow> rows, SummaryTotals totals) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles st = new Styles(book);
            Sheet sh = book.createSheet(Messages.text("evaluation.summary.title"));
            setUp(sh, SUMMARY_WIDTHS, true);
            int r = 0;
            merged(sh, r++, 0, SUMMARY_WIDTHS.length - 1, Messages.text("evaluation.summary.title"), st.title);
            header(sh, r++, 0, st.label, "common.year", "field.unitCode", "field.unitName", "field.code", "field.name",
                    "evaluation.summary.budget", "evaluation.summary.executed", "evaluation.report.rate",
                    "evaluation.report.score", "evaluation.summary.grade", "evaluation.summary.status");
            for (EvaluationSummaryRow row : rows) {
                number(sh, r, 0, BigDecimal.valueOf(row.year()), st.plainNumber);
                text(sh, r, 1, row.unitCode(), st.text);
                text(sh, r, 2, row.unitName(), st.text);
                text(sh, r, 3, row.projectCode() == null ? "" : row.projectCode(), st.text);
                text(sh, r, 4, row.projectName(), st.text);
                number(sh, r, 5, row.budgetYuan(), st.yuan);
                number(sh, r, 6, row.executedYuan(), st.yuan);
                number(sh, r, 7, row.executionRate() == null ? null : row.executionRate().divide(HUNDRED), st.percent);
                scoreAndGrade(sh, r, 8, row, st);
                text(sh, r++, 10, row.statusLabel(), st.centered);
            }
            merged(sh, r, 0, 4, Messages.text("evaluation.summary.totalRow", totals.projects()), st.label);
            totals(sh, r, 5, totals, st);
            merged(sh, r, 8, SUMMARY_WIDTHS.length - 1, "", st.text);
            sh.createFreezePane(0, 2);
            // the title and the column headings on every printed page of a long summary
            sh.setRepeatingRows(new CellRangeAddress(0, 1, -1, -1));
            gradeDistribution(book, st, totals);
            return bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The summary as published (信息公开): unit, project, money, rate, score and grade, nothing that names a
     * person or tells the workflow's states.
     */
    static byte[] disclosure(String title, List<EvaluationSummaryRow> rows, SummaryTotals totals) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles st = new Styles(book);
            Sheet sh = book.createSheet(Messages.text("evaluation.disclosure.sheet"));
            setUp(sh, DISCLOSURE_WIDTHS, true);
            int r = 0;
            merged(sh, r, 0, DISCLOSURE_WIDTHS.length - 1, title, st.title);
            sh.getRow(r++).setHeightInPoints(28);
            header(sh, r++, 0, st.label, "evaluation.disclosure.number", "common.unit", "field.name",
                    "evaluation.summary.budget", "evaluation.summary.executed", "evaluation.report.rate",
                    "evaluation.report.score", "evaluation.summary.grade");
            int n = 1;
            for (EvaluationSummaryRow row : rows) {
                number(sh, r, 0, BigDecimal.valueOf(n++), st.plainNumber);
                text(sh, r, 1, row.unitName(), st.text);
                text(sh, r, 2, row.projectName(), st.text);
                number(sh, r, 3, row.budgetYuan(), st.yuan);
                number(sh, r, 4, row.executedYuan(), st.yuan);
                number(sh, r, 5, row.executionRate() == null ? null : row.executionRate().divide(HUNDRED), st.percent);
                scoreAndGrade(sh, r++, 6, row, st);
            }
            merged(sh, r, 0, 2, Messages.text("evaluation.summary.totalRow", totals.projects()), st.label);
            totals(sh, r, 3, totals, st);
            merged(sh, r++, 6, 7, "", st.text);
            r++;
            text(sh, r, 0, Messages.text("evaluation.summary.distribution"), st.plain);
            StringBuilder counts = new StringBuilder();
            for (int g = 0; g < totals.grades().size(); g++) {
                counts.append(Messages.text("evaluation.summary.gradeCount", totals.grades().get(g),
                        totals.gradeCounts().get(g))).append(Messages.text("evaluation.listSeparator"));
            }
            counts.append(Messages.text("evaluation.summary.gradeCount", Messages.text("chart.evaluation.unscored"),
                    totals.gradeCounts().get(totals.grades().size())));
            merged(sh, r, 1, DISCLOSURE_WIDTHS.length - 1, counts.toString(), st.plain);
            sh.createFreezePane(0, 2);
            sh.setRepeatingRows(new CellRangeAddress(0, 1, -1, -1));
            return bytes(book);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void scoreAndGrade(Sheet sh, int r, int column, EvaluationSummaryRow row, Styles st) {
        if (row.total() != null) {
            number(sh, r, column, row.total(), st.points);
        } else {
            text(sh, r, column, row.scoreText(), st.centered);
        }
        text(sh, r, column + 1, row.gradeText(), st.centered);
    }

    /** 全年预算数, 全年执行数 and 执行率 of the total row, from {@code column} on. */
    private static void totals(Sheet sh, int r, int column, SummaryTotals totals, Styles st) {
        number(sh, r, column, totals.budgetYuan(), st.yuan);
        number(sh, r, column + 1, totals.executedYuan(), st.yuan);
        number(sh, r, column + 2, totals.executionRate() == null ? null : totals.executionRate().divide(HUNDRED),
                st.percent);
    }

    /** 等级分布: each grade and how many projects got it, then those without a grade. */
    private static void gradeDistribution(XSSFWorkbook book, Styles st, SummaryTotals totals) {
        Sheet sh = book.createSheet(Messages.text("evaluation.summary.distribution"));
        setUp(sh, new int[]{14, 12}, false);
        int r = 0;
        header(sh, r++, 0, st.label, "evaluation.summary.grade", "chart.evaluation.projects");
        for (int g = 0; g <= totals.grades().size(); g++) {
            text(sh, r, 0, g < totals.grades().size() ? totals.grades().get(g)
                    : Messages.text("chart.evaluation.unscored"), st.centered);
            number(sh, r++, 1, BigDecimal.valueOf(totals.gradeCounts().get(g)), st.plainNumber);
        }
        text(sh, r, 0, Messages.text("evaluation.summary.sum"), st.label);
        number(sh, r, 1, BigDecimal.valueOf(totals.projects()), st.plainNumber);
    }

    private static void setUp(Sheet sh, int[] widths, boolean landscape) {
        for (int c = 0; c < widths.length; c++) {
            sh.setColumnWidth(c, widths[c] * 256);
        }
        PrintedSheets.a4(sh, landscape);
    }

    private static void header(Sheet sh, int r, int firstColumn, CellStyle style, String... keys) {
        for (int i = 0; i < keys.length; i++) {
            text(sh, r, firstColumn + i, Messages.text(keys[i]), style);
        }
    }

    private static void merged(Sheet sh, int r, int firstColumn, int lastColumn, String value, CellStyle style) {
        PrintedSheets.merged(sh, r, r, firstColumn, lastColumn, value, style);
    }

    private static int lines(String... texts) {
        int most = 1;
        for (String t : texts) {
            most = Math.max(most, t.split("\n", -1).length + t.length() / 40);
        }
        return most;
    }

    private static byte[] bytes(XSSFWorkbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }

    /** The few cell styles of the form. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle plain;
        final CellStyle centered;
        final CellStyle label;
        final CellStyle text;
        final CellStyle points;
        final CellStyle percent;
        final CellStyle yuan;
        final CellStyle wanYuan;
        final CellStyle plainNumber;

        Styles(XSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            title = book.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            plain = book.createCellStyle();
            plain.setWrapText(true);
            centered = boxed(book);
            centered.setAlignment(HorizontalAlignment.CENTER);
            label = boxed(book);
            label.setFont(bold);
            label.setAlignment(HorizontalAlignment.CENTER);
            label.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = boxed(book);
            points = numeric(book, "0.00");
            percent = numeric(book, "0.00%");
            yuan = numeric(book, "0.00");
            wanYuan = numeric(book, "0.00####");
            plainNumber = numeric(book, "0");
        }

        private static CellStyle boxed(XSSFWorkbook book) {
            CellStyle s = book.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setWrapText(true);
            return s;
        }

        private static CellStyle numeric(XSSFWorkbook book, String format) {
            CellStyle s = boxed(book);
            s.setAlignment(HorizontalAlignment.RIGHT);
            s.setDataFormat(book.createDataFormat().getFormat(format));
            return s;
        }
    }
}
