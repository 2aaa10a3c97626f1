package jixiao.monitoring;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jixiao.access.Caller;
import jixiao.common.Messages;
import jixiao.common.NotFoundException;
import jixiao.common.Numbers;
import jixiao.common.PrintedSheets;
import jixiao.indicatorvalue.Grade;
import jixiao.project.SpendPlan;
import jixiao.project.SpendPlan.Checkpoint;
import jixiao.unit.UnitService;
import jixiao.unit.UnitView;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static jixiao.db.Tables.BUDGET_PROJECT;
import static jixiao.db.Tables.INDICATOR;
import static jixiao.db.Tables.INDICATOR_PROGRESS;
import static jixiao.db.Tables.PERIOD_REPORT;
import static jixiao.db.Tables.REPORTING_PERIOD;
import static jixiao.db.Tables.SPEND_PLAN_POINT;

/**
 * The 绩效监控表 of one unit for one reporting period as an xlsx workbook: per project the budget
 * (adjusted where the report adjusts it), the plan at the period end, the cumulative spend and
 * 执行率, then one row per indicator with what the report says of it. Money in 元.
 *
 * <p>A period is named by its code ('2024-06'). One the system has no reporting period for still
 * gives the unit's table for that month end, without reported figures: a blank form to fill.
 */
@Singleton
public class MonitoringSheet {

    private static final Pattern PERIOD_CODE = Pattern.compile("\\d{4}-\\d{2}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Columns 0–8 describe the project and are merged over its indicator rows. */
    private static final int PROJECT_COLUMNS = 9;
    private static final List<String> HEADERS = List.of("code", "name", "budget", "adjustedBudget", "planned", "spent",
            "executed", "deviation", "status", "level1", "level2", "level3", "target", "current", "expectedFullYear",
            "likelihood", "causes", "correctiveAction");
    private static final int[] WIDTHS = {22, 30, 14, 14, 12, 14, 12, 12, 10, 12, 16, 26, 16, 14, 18, 12, 26, 30};

    /** The workbook and a file name for it. */
    public record Export(String fileName, byte[] content) {
    }

    private final DSLContext db;
    private final UnitService units;

    MonitoringSheet(DSLContext db, UnitService units) {
        this.db = db;
        this.units = units;
    }

    @Transactional(readOnly = true)
    public Export export(Caller caller, String unitCode, String periodCode) {
        UnitView unit = units.require(caller, unitCode);
        YearMonth month = month(periodCode);
        Record period = db.select(REPORTING_PERIOD.ID, REPORTING_PERIOD.LABEL).from(REPORTING_PERIOD)
                .where(REPORTING_PERIOD.CODE.eq(month.toString())).fetchOne();
        String label = period == null ? SpendPlan.label(month.getMonthValue()) : period.get(REPORTING_PERIOD.LABEL);
        Long periodId = period == null ? null : period.get(REPORTING_PERIOD.ID);
        List<ProjectBlock> projects = projects(unit.id(), month, periodId);
        String title = Messages.text("monitoring.sheet.title", month.getYear(), label);
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            write(workbook, title, unit, label, projects);
            workbook.write(out);
            return new Export(Messages.text("monitoring.sheet.fileName", unit.code(), month.toString()), out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static YearMonth month(String code) {
        if (code == null || !PERIOD_CODE.matcher(code.strip()).matches()) {
            throw new NotFoundException("period " + code);
        }
        try {
            return YearMonth.parse(code.strip());
        } catch (DateTimeParseException e) {
            throw new NotFoundException("period " + code);
        }
    }

    /** One project with its figures for the period and its indicator rows. */
    private record ProjectBlock(String code, String name, BigDecimal budgetYuan, BigDecimal adjustedYuan,
                                BigDecimal plannedPercent, BigDecimal spentYuan, String status, List<IndicatorLine> lines) {
    }

    private record IndicatorLine(String level1, String level2, String name, String target, Object current,
                                 String expectedFullYear, String likelihood, String causes, String correctiveAction) {
    }

    private List<ProjectBlock> projects(long unitId, YearMonth month, Long periodId) {
        LocalDate periodEnd = month.atEndOfMonth();
        var reports = PERIOD_REPORT.as("r");
        var rows = db.select(BUDGET_PROJECT.ID, BUDGET_PROJECT.CODE, BUDGET_PROJECT.NAME, BUDGET_PROJECT.BUDGET_YUAN,
                        reports.ID, reports.STATUS, reports.SPENT_YUAN, reports.ADJUSTED_BUDGET_YUAN)
                .from(BUDGET_PROJECT)
                .leftJoin(reports).on(reports.PROJECT_ID.eq(BUDGET_PROJECT.ID)
                        .and(periodId == null ? DSL.falseCondition() : reports.PERIOD_ID.eq(periodId)))
                .where(BUDGET_PROJECT.UNIT_ID.eq(unitId)).and(BUDGET_PROJECT.FISCAL_YEAR.eq(month.getYear()))
                .orderBy(BUDGET_PROJECT.KIND.desc(), BUDGET_PROJECT.CODE, BUDGET_PROJECT.NAME)
                .fetch();
        List<Long> projectIds = rows.stream().map(r -> r.get(BUDGET_PROJECT.ID)).toList();
        Map<Long, List<Checkpoint>> plans = new HashMap<>();
        db.select(SPEND_PLAN_POINT.PROJECT_ID, SPEND_PLAN_POINT.MONTH, SPEND_PLAN_POINT.PERCENT).from(SPEND_PLAN_POINT)
                .where(SPEND_PLAN_POINT.PROJECT_ID.in(projectIds))
                .forEach(r -> plans.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new Checkpoint(r.value2(), r.value3())));
        Map<Long, List<IndicatorLine>> lines = indicatorLines(projectIds, periodId);
        List<ProjectBlock> blocks = new ArrayList<>();
        for (Record r : rows) {
            long id = r.get(BUDGET_PROJECT.ID);
            BigDecimal planned = new SpendPlan(plans.getOrDefault(id, List.of())).plannedPercentAt(month.getYear(), periodEnd);
            String status = r.get(reports.STATUS);
            blocks.add(new ProjectBlock(r.get(BUDGET_PROJECT.CODE), r.get(BUDGET_PROJECT.NAME), r.get(BUDGET_PROJECT.BUDGET_YUAN),
                    r.get(reports.ADJUSTED_BUDGET_YUAN), planned, r.get(reports.SPENT_YUAN),
                    Messages.text("monitoring.sheet.reportStatus." + (status == null ? "NONE" : status)),
                    lines.getOrDefault(id, List.of())));
        }
        return blocks;
    }

    private Map<Long, List<IndicatorLine>> indicatorLines(List<Long> projectIds, Long periodId) {
        var reports = PERIOD_REPORT.as("r");
        var progress = INDICATOR_PROGRESS.as("p");
        Map<Long, List<IndicatorLine>> lines = new LinkedHashMap<>();
        db.select(INDICATOR.PROJECT_ID, INDICATOR.LEVEL1, INDICATOR.LEVEL2, INDICATOR.NAME, INDICATOR.TARGET_TEXT,
                        progress.CURRENT_VALUE, progress.GRADE, progress.EXPECTED_FULL_YEAR, progress.LIKELIHOOD,
                        progress.DEVIATION_CAUSES, progress.DEVIATION_NOTE, progress.CORRECTIVE_ACTION)
                .from(INDICATOR)
                .leftJoin(reports).on(reports.PROJECT_ID.eq(INDICATOR.PROJECT_ID)
                        .and(periodId == null ? DSL.falseCondition() : reports.PERIOD_ID.eq(periodId)))
                .leftJoin(progress).on(progress.REPORT_ID.eq(reports.ID).and(progress.INDICATOR_ID.eq(INDICATOR.ID)))
                .where(INDICATOR.PROJECT_ID.in(projectIds))
                .orderBy(INDICATOR.PROJECT_ID, INDICATOR.POSITION)
                .forEach(r -> {
                    BigDecimal value = r.get(progress.CURRENT_VALUE);
                    String grade = r.get(progress.GRADE);
                    Object current = value != null ? Numbers.normalized(value) : grade == null ? "" : Grade.valueOf(grade).label();
                    String likelihood = r.get(progress.LIKELIHOOD);
                    lines.computeIfAbsent(r.get(INDICATOR.PROJECT_ID), k -> new ArrayList<>()).add(new IndicatorLine(
                            r.get(INDICATOR.LEVEL1), r.get(INDICATOR.LEVEL2), r.get(INDICATOR.NAME), r.get(INDICATOR.TARGET_TEXT),
                            current, text(r.get(progress.EXPECTED_FULL_YEAR)),
                            likelihood == null ? "" : Likelihood.valueOf(likelihood).label(),
                            causes(r.get(progress.DEVIATION_CAUSES), r.get(progress.DEVIATION_NOTE)),
                            text(r.get(progress.CORRECTIVE_ACTION))));
                });
        return lines;
    }

    /** "经费保障、其他：资金下达较晚". */
    private static String causes(String codes, String note) {
        List<String> labels = new ArrayList<>();
        if (codes != null) {
            for (String code : codes.split(",")) {
                if (!code.isBlank()) {
                    labels.add(Messages.text("monitoring.cause." + code.strip().toUpperCase(Locale.ROOT)));
                }
            }
        }
        String causes = String.join("、", labels);
        if (note == null || note.isBlank()) {
            return causes;
        }
        return causes.isEmpty() ? note.strip() : causes + "：" + note.strip();
    }

    private static void write(Workbook workbook, String title, UnitView unit, String periodLabel, List<ProjectBlock> projects) {
        Sheet sheet = workbook.createSheet(Messages.text("monitoring.sheet.name"));
        CellStyle titleStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        bold.setFontHeightInPoints((short) 14);
        titleStyle.setFont(bold);
        titleStyle.setAlignment(HorizontalAlignment.CENTER);
        CellStyle header = boxed(workbook);
        Font headerFont = workbook.createFont();
        headerFont.setBold(true);
        header.setFont(headerFont);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        CellStyle text = boxed(workbook);
        text.setWrapText(true);
        CellStyle number = boxed(workbook);
        number.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        CellStyle plain = boxed(workbook);

        Row titleRow = sheet.createRow(0);
        titleRow.createCell(0).setCellValue(title);
        titleRow.getCell(0).setCellStyle(titleStyle);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
        Row caption = sheet.createRow(1);
        caption.createCell(0).setCellValue(Messages.text("monitoring.sheet.unit", unit.code(), unit.name()));
        caption.createCell(HEADERS.size() - 3).setCellValue(Messages.text("monitoring.sheet.moneyUnit"));
        Row head = sheet.createRow(2);
        for (int c = 0; c < HEADERS.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(Messages.text("monitoring.sheet.column." + HEADERS.get(c), periodLabel));
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        int rowIndex = 3;
        for (ProjectBlock p : projects) {
            int first = rowIndex;
            List<IndicatorLine> lines = p.lines().isEmpty()
                    ? List.of(new IndicatorLine("", "", "", "", "", "", "", "", "")) : p.lines();
            for (IndicatorLine line : lines) {
                Row row = sheet.createRow(rowIndex);
                if (rowIndex == first) {
                    projectCells(row, p, text, number);
                } else {
                    for (int c = 0; c < PROJECT_COLUMNS; c++) {
                        row.createCell(c).setCellStyle(text);
                    }
                }
                Object[] values = {line.level1(), line.level2(), line.name(), line.target(), line.current(),
                        line.expectedFullYear(), line.likelihood(), line.causes(), line.correctiveAction()};
                for (int i = 0; i < values.length; i++) {
                    set(row.createCell(PROJECT_COLUMNS + i), values[i], text, plain);
                }
                rowIndex++;
            }
            if (rowIndex - 1 > first) {
                for (int c = 0; c < PROJECT_COLUMNS; c++) {
                    sheet.addMergedRegion(new CellRangeAddress(first, rowIndex - 1, c, c));
                }
            }
        }
        sheet.createFreezePane(2, 3);
        PrintedSheets.a4(sheet, true, 2, 2);
    }

    private static void projectCells(Row row, ProjectBlock p, CellStyle text, CellStyle number) {
        BigDecimal budget = p.adjustedYuan() != null ? p.adjustedYuan() : p.budgetYuan();
        BigDecimal executed = p.spentYuan() == null || budget.signum() <= 0 ? null
                : p.spentYuan().multiply(HUNDRED).divide(budget, 2, RoundingMode.HALF_UP);
        BigDecimal planned = Numbers.round2(p.plannedPercent());
        Object[] values = {text(p.code()), p.name(), p.budgetYuan(), p.adjustedYuan(), planned, p.spentYuan(), executed,
                executed == null ? null : planned.subtract(executed), p.status()};
        for (int c = 0; c < values.length; c++) {
            set(row.createCell(c), values[c], text, number);
        }
    }

    private static void set(Cell cell, Object value, CellStyle text, CellStyle number) {
        if (value instanceof BigDecimal d) {
            // Excel keeps every number as a double: amounts of 元 with two decimals stay exact as shown.
            cell.setCellValue(d.doubleValue());
            cell.setCellStyle(number);
        } else {
            cell.setCellValue(value == null ? "" : value.toString());
            cell.setCellStyle(text);
        }
    }

    private static CellStyle boxed(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
