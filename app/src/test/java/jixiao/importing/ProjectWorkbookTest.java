package jixiao.importing;

import jixiao.project.ProjectInput;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbook writer and reader on their own: round trips and every way a file can be wrong. */
class ProjectWorkbookTest {

    private final ProjectWorkbook workbook = new ProjectWorkbook();

    static ProjectInput full() {
        return new ProjectInput(2024, "000123", "乐亭县司法局本级", "乐亭县司法局", "DEPARTMENT", "13022524P000R2410016N",
                "法制建设", "万元", "12.345678", "12.000000", "0.345678", "用于法制建设等日常办案费用\n第二段",
                "1.完成县政府交办的各项事务，维护社会稳定", "落实普法责任制", "0101-一年期项目", "1 年", "02-预算股",
                List.of(new ProjectInput.PlanPoint(3, new BigDecimal("25")), new ProjectInput.PlanPoint(6, new BigDecimal("50.5")),
                        new ProjectInput.PlanPoint(10, new BigDecimal("75")), new ProjectInput.PlanPoint(12, new BigDecimal("100"))),
                List.of(line("产出指标", "数量指标", "开展行政执法培训", "开展行政执法培训", "≥6次", null, "年初预算安排", "12.5"),
                        line("产出指标", "数量指标", "普法宣传场次", null, "≥55场", "≥150场", null, null),
                        line("产出指标", "时效指标", "及时完成", "及时完成", "2024年12月31日前", null, "工作需要", "10"),
                        line("效益指标", "社会效益指标", "维护社会稳定", "维护社会稳定", "明显提升", null, "年初预算安排", null),
                        line("满意度指标", "服务对象满意度指标", "服务对象满意度", "服务对象满意度", "≥95%", null, "行业标准", "0")),
                List.of(new ProjectInput.KeyTaskLine("普法宣传", "深化“法律九进”", "2.000000", "引导全社会树立法治思想"),
                        new ProjectInput.KeyTaskLine("法律援助", null, null, null)),
                null);
    }

    static ProjectInput.IndicatorLine line(String l1, String l2, String name, String description, String target,
                                           String period, String basis, String weight) {
        return new ProjectInput.IndicatorLine(null, l1, l2, name, description, target, period, basis, weight);
    }

    private WorkbookRead roundTrip(List<ProjectInput> projects) {
        return workbook.read(workbook.write(projects), "导出.xlsx");
    }

    @Test
    void everyFieldSurvivesTheRoundTrip() {
        WorkbookRead read = roundTrip(List.of(full()));
        assertEquals(List.of(), read.issues());
        assertEquals(1, read.projects().size());
        assertEquals(List.of(), read.projects().get(0).issues());
        assertEquals(full(), read.projects().get(0).input());
        assertEquals("文件《导出.xlsx》工作表《法制建设》", read.projects().get(0).where());
    }

    /**
     * {@link #full()} written by us, opened and saved again by LibreOffice Calc 7.4 (which writes
     * shared strings, styles and numbers its own way): a person's save must not change a thing.
     */
    @Test
    void aWorkbookSavedAgainByASpreadsheetProgramReadsTheSame() throws IOException {
        byte[] saved;
        try (var in = getClass().getResourceAsStream("/workbooks/full-saved-by-libreoffice.xlsx")) {
            saved = in.readAllBytes();
        }
        WorkbookRead read = workbook.read(saved, "另存.xlsx");
        assertEquals(List.of(), read.issues());
        assertEquals(List.of(), read.projects().get(0).issues());
        assertEquals(full(), read.projects().get(0).input());
    }

    @Test
    void everySeedTableSurvivesTheRoundTrip() {
        for (String seed : List.of("leting-2024.txt", "huadu-department.txt", "pengyang-2024.txt", "binhai-2024.txt", "xinglong-2025.txt")) {
            List<ProjectInput> inputs = Seeds.parse(seed).tables().stream()
                    .map(t -> TableConversion.convert(t, 2024, "640522", n -> java.util.Optional.empty()).input())
                    .map(ProjectWorkbookTest::asStored).toList();
            WorkbookRead read = roundTrip(inputs);
            assertEquals(List.of(), read.issues(), seed);
            assertEquals(inputs.size(), read.projects().size(), seed);
            for (int i = 0; i < inputs.size(); i++) {
                assertEquals(List.of(), read.projects().get(i).issues(), seed + " " + i);
                assertEquals(inputs.get(i), read.projects().get(i).input(), seed + " " + inputs.get(i).name());
            }
        }
    }

    /** Texts stripped and blanks absent, as the registry keeps them. */
    static ProjectInput asStored(ProjectInput in) {
        return new ProjectInput(in.year(), s(in.unitCode()), s(in.unitName()), s(in.departmentName()), in.kind(), s(in.code()),
                s(in.name()), in.moneyUnit(), in.budget(), in.fiscalFunds(), in.otherFunds(), s(in.purpose()), s(in.goal()),
                s(in.measures()), s(in.attribute()), s(in.term()), s(in.managingOffice()),
                in.spendPlan().stream().map(p -> new ProjectInput.PlanPoint(p.month(), jixiao.common.Numbers.normalized(p.percent()))).toList(),
                in.indicators().stream().map(i -> line(s(i.level1()), s(i.level2()), s(i.name()), s(i.description()),
                        s(i.target()), s(i.periodTarget()), s(i.basis()), s(i.weight()))).toList(),
                in.keyTasks().stream().map(k -> new ProjectInput.KeyTaskLine(s(k.name()), s(k.content()), k.funds(),
                        s(k.expectedGoal()))).toList(), null);
    }

    private static String s(String t) {
        return t == null || t.strip().isEmpty() ? null : t.strip();
    }

    @Test
    void blankCheckpointsStayBlankAndOtherMonthsGetTheirColumn() throws IOException {
        ProjectInput p = with(full(), List.of(new ProjectInput.PlanPoint(6, new BigDecimal("50")),
                new ProjectInput.PlanPoint(9, new BigDecimal("70")), new ProjectInput.PlanPoint(12, new BigDecimal("100"))));
        byte[] bytes = workbook.write(List.of(p));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Row months = wb.getSheetAt(1).getRow(7);
            Row values = wb.getSheetAt(1).getRow(8);
            assertEquals("资金支出计划（%）", months.getCell(0).getStringCellValue());
            assertEquals(List.of("3月底", "6月底", "9月底", "10月底", "12月底"),
                    List.of(1, 2, 3, 4, 5).stream().map(c -> months.getCell(c).getStringCellValue()).toList());
            assertEquals("", values.getCell(1).toString(), "3月底 has no plan");
            assertEquals(50.0, values.getCell(2).getNumericCellValue());
        }
        assertEquals(p.spendPlan(), workbook.read(bytes, "x.xlsx").projects().get(0).input().spendPlan());
    }

    @Test
    void aMonthGivenTwiceIsKeptTwiceForTheRegistryToRefuse() {
        byte[] bytes = edited(full(), wb -> wb.getSheetAt(1).getRow(7).getCell(3).setCellValue("6月底"));
        assertEquals("3:25 6:50.5 6:75 12:100", workbook.read(bytes, "x.xlsx").projects().get(0).input().spendPlan().stream()
                .map(p -> p.month() + ":" + p.percent()).collect(Collectors.joining(" ")));
    }

    @Test
    void numbersTypedByAPersonAreReadExactly() throws IOException {
        byte[] bytes = edited(full(), wb -> {
            Sheet s = wb.getSheetAt(1);
            s.getRow(5).getCell(1).setCellValue(31.9);                       // 预算数, General
            s.getRow(5).getCell(1).setCellStyle(wb.createCellStyle());
            s.getRow(5).getCell(3).setCellFormula("31.8+0.1");               // 财政资金: 31.900000000000002, format 0.000000
            s.getRow(5).getCell(5).setCellValue(0);                          // 其他资金
            s.getRow(5).getCell(5).setCellStyle(wb.createCellStyle());
            s.getRow(8).getCell(1).setCellFormula("0.1+0.2");               // 3月底: 0.30000000000000004
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            s.getRow(8).getCell(2).setCellValue(0.5);                        // 6月底 typed as 50%
            s.getRow(8).getCell(2).setCellStyle(percent);
            s.getRow(8).getCell(3).setCellValue("75%");                      // 10月底 as text
            Row first = indicatorRow(s, 0);
            first.getCell(7).setCellValue(3.1);                              // 分值
            first.getCell(7).setCellStyle(wb.createCellStyle());
            first.getCell(4).setCellValue(0.95);                             // 指标值 typed as 95%
            first.getCell(4).setCellStyle(percent);
            CellStyle padded = wb.createCellStyle();
            padded.setDataFormat(wb.createDataFormat().getFormat("000000"));
            s.getRow(1).getCell(5).setCellValue(123);                         // 单位编码 as a number shown 000123
            s.getRow(1).getCell(5).setCellStyle(padded);
            s.getRow(3).getCell(1).setCellValue(13022524);                    // 项目编码 typed as a number
            s.getRow(3).getCell(1).setCellStyle(wb.createCellStyle());
        });
        WorkbookRead read = workbook.read(bytes, "x.xlsx");
        assertEquals(List.of(), read.projects().get(0).issues());
        ProjectInput in = read.projects().get(0).input();
        assertEquals("31.9", in.budget());
        assertEquals("31.900000", in.fiscalFunds(), "the cell's format shows six decimals: so many are kept, none made up");
        assertEquals("0", in.otherFunds());
        assertEquals(List.of(new BigDecimal("0.3"), new BigDecimal("50"), new BigDecimal("75"), new BigDecimal("100")),
                in.spendPlan().stream().map(ProjectInput.PlanPoint::percent).toList());
        assertEquals("3.1", in.indicators().get(0).weight());
        assertEquals("95%", in.indicators().get(0).target());
        assertEquals("000123", in.unitCode());
        assertEquals("13022524", in.code());
    }

    @Test
    void theExactValueIsReadNotWhatTheFormatRoundsItTo() {
        assertEquals(new BigDecimal("0.3"), WorkbookGrid.exact(0.1 + 0.2));
        assertEquals(new BigDecimal("31.9"), WorkbookGrid.exact(31.9));
        assertEquals(new BigDecimal("3"), WorkbookGrid.exact(3));
        assertEquals(new BigDecimal("3723.19"), WorkbookGrid.exact(3723.19));
        assertEquals(new BigDecimal("12.345678"), WorkbookGrid.exact(12.345678));
        assertEquals(2, WorkbookGrid.decimalsShown(WorkbookGrid.positivePattern("#,##0.00_);[Red](#,##0.00)")));
        assertEquals(0, WorkbookGrid.decimalsShown(WorkbookGrid.positivePattern("General")));
        assertEquals(1, WorkbookGrid.decimalsShown(WorkbookGrid.positivePattern("0.0#\"万元\"")));
    }

    @Test
    void amountsADoubleCannotHoldAreWrittenAsText() {
        ProjectInput p = full();
        ProjectInput big = new ProjectInput(p.year(), p.unitCode(), p.unitName(), p.departmentName(), p.kind(), p.code(), p.name(),
                "元", "99999999999999.99", "99999999999999.99", "0.00", p.purpose(), p.goal(), p.measures(), p.attribute(),
                p.term(), p.managingOffice(), p.spendPlan(), p.indicators(), List.of(), null);
        ProjectInput read = roundTrip(List.of(big)).projects().get(0).input();
        assertEquals("99999999999999.99", read.budget());
        assertEquals("0.00", read.otherFunds());
    }

    @Test
    void textInAnAmountCellIsAnErrorNamingFileSheetRowAndCell() {
        byte[] bytes = edited(full(), wb -> wb.getSheetAt(1).getRow(5).getCell(1).setCellValue("三万"));
        WorkbookProject p = workbook.read(bytes, "乐亭.xlsx").projects().get(0);
        assertEquals(List.of("ERROR 文件《乐亭.xlsx》工作表《法制建设》第6行“预算数”（B6）：“三万”不是数字"), messages(p.issues()));
    }

    @Test
    void wrongPercentagesWeightsYearsAndUnitsAreErrors() {
        byte[] bytes = edited(full(), wb -> {
            Sheet s = wb.getSheetAt(1);
            s.getRow(8).getCell(2).setCellValue("约一半");
            indicatorRow(s, 1).getCell(7).setCellValue("十分");
            s.getRow(1).getCell(1).setCellValue("明年");
            s.getRow(1).getCell(7).setCellValue("千元");
            s.getRow(1).getCell(3).setCellValue("专项");
        });
        List<String> m = messages(workbook.read(bytes, "x.xlsx").projects().get(0).issues());
        assertTrue(m.contains("ERROR 文件《x.xlsx》工作表《法制建设》第9行“资金支出计划（%）6月底”（C9）：“约一半”不是百分比（应填 25 或 25% 这样的数字）"), m::toString);
        assertTrue(m.contains("ERROR 文件《x.xlsx》工作表《法制建设》第21行“分值”（H21）：“十分”不是数字"), m::toString);
        assertTrue(m.contains("ERROR 文件《x.xlsx》工作表《法制建设》第2行“年度”（B2）：“明年”不是年度（应为 2024 这样的四位数字）"), m::toString);
        assertTrue(m.contains("ERROR 文件《x.xlsx》工作表《法制建设》第2行“金额单位”（H2）：“千元”不是金额单位（应为“元”或“万元”）"), m::toString);
        assertTrue(m.contains("ERROR 文件《x.xlsx》工作表《法制建设》第2行“类别”（D2）：“专项”不是表的类别（应为“项目支出”或“部门整体”）"), m::toString);
    }

    @Test
    void aSheetWithoutAProjectNameIsAnError() {
        byte[] blank = edited(full(), wb -> wb.getSheetAt(1).getRow(3).getCell(5).setBlank());
        assertEquals(List.of("ERROR 文件《x.xlsx》工作表《法制建设》第4行“项目名称”（F4）：没有填写项目名称"),
                messages(workbook.read(blank, "x.xlsx").projects().get(0).issues()));
        byte[] noLabel = edited(full(), wb -> {
            wb.getSheetAt(1).getRow(3).getCell(4).setBlank();
            wb.getSheetAt(1).getRow(3).getCell(5).setBlank();
        });
        assertEquals(List.of("ERROR 文件《x.xlsx》工作表《法制建设》：找不到“项目名称”栏，请按模板填写"),
                messages(workbook.read(noLabel, "x.xlsx").projects().get(0).issues()));
    }

    @Test
    void indicatorRowsNeedTheirCellsAndAKnownLevel() {
        byte[] bytes = edited(full(), wb -> {
            Sheet s = wb.getSheetAt(1);
            indicatorRow(s, 0).getCell(0).setCellValue("产出");
            indicatorRow(s, 0).getCell(0).setCellValue("投入指标");
            indicatorRow(s, 2).getCell(4).setBlank();
        });
        List<String> m = messages(workbook.read(bytes, "x.xlsx").projects().get(0).issues());
        assertEquals(List.of(
                "ERROR 文件《x.xlsx》工作表《法制建设》第20行：“投入指标”不是一级指标（应为产出指标、成本指标、效益指标或满意度指标）",
                "ERROR 文件《x.xlsx》工作表《法制建设》第22行：没有填写指标值"), m);
    }

    @Test
    void levelsLeftBlankOrMergedAsInThePublishedTablesAreTakenFromAbove() {
        byte[] bytes = edited(full(), wb -> {
            Sheet s = wb.getSheetAt(1);
            indicatorRow(s, 1).getCell(0).setBlank();
            indicatorRow(s, 1).getCell(1).setBlank();
            indicatorRow(s, 2).getCell(0).setBlank();
            int first = indicatorRow(s, 0).getRowNum();
            s.addMergedRegion(new CellRangeAddress(first, first + 2, 0, 0));
        });
        WorkbookProject p = workbook.read(bytes, "x.xlsx").projects().get(0);
        assertEquals(List.of(), p.issues());
        assertEquals(full().indicators(), p.input().indicators());
    }

    @Test
    void formulasAreComputedOrRefusedClearly() {
        byte[] bytes = edited(full(), wb -> {
            Sheet s = wb.getSheetAt(1);
            s.getRow(5).getCell(1).setCellFormula("D6+F6");
            indicatorRow(s, 0).getCell(4).setCellFormula("\"≥\"&6&\"次\"");
            s.getRow(5).getCell(3).setCellFormula("1/0");
        });
        WorkbookProject p = workbook.read(bytes, "x.xlsx").projects().get(0);
        assertEquals(List.of("ERROR 文件《x.xlsx》工作表《法制建设》第6行“财政资金”（D6）：公式“=1/0”的结果是错误值 #DIV/0!",
                "ERROR 文件《x.xlsx》工作表《法制建设》第6行“预算数”（B6）：公式“=D6+F6”的结果是错误值 #DIV/0!"),
                messages(p.issues()).stream().sorted().toList());
        byte[] ok = edited(full(), wb -> {
            wb.getSheetAt(1).getRow(5).getCell(1).setCellFormula("D6+F6");
            indicatorRow(wb.getSheetAt(1), 0).getCell(4).setCellFormula("\"≥\"&6&\"次\"");
        });
        ProjectInput in = workbook.read(ok, "x.xlsx").projects().get(0).input();
        assertEquals("12.345678", in.budget());
        assertEquals("≥6次", in.indicators().get(0).target());
    }

    @Test
    void aFormulaPoiCannotComputeIsRefused() {
        byte[] bytes = edited(full(), wb -> indicatorRow(wb.getSheetAt(1), 0).getCell(4).setCellFormula("CUBEVALUE(\"x\")"));
        List<String> m = messages(workbook.read(bytes, "x.xlsx").projects().get(0).issues());
        assertEquals(List.of("ERROR 文件《x.xlsx》工作表《法制建设》第20行“指标值”（E20）：公式“=CUBEVALUE(\"x\")”无法计算，请改为直接填写内容"), m);
    }

    @Test
    void longTextsGoOnInContinuedRowsAndComeBackWhole() throws IOException {
        String long1 = "长".repeat(20000) + "_x0041_" + "文字\u0001".repeat(10000) + "尾";
        String long2 = "描述".repeat(20000) + "\uD840\uDC00".repeat(10);
        ProjectInput p = full();
        List<ProjectInput.IndicatorLine> lines = new ArrayList<>(p.indicators());
        lines.set(1, line("产出指标", "数量指标", "普法宣传场次", long2, "≥55场", "≥150场", null, null));
        ProjectInput longOne = new ProjectInput(p.year(), p.unitCode(), p.unitName(), p.departmentName(), p.kind(), p.code(),
                p.name(), p.moneyUnit(), p.budget(), p.fiscalFunds(), p.otherFunds(), long1, p.goal(), p.measures(),
                p.attribute(), p.term(), p.managingOffice(), p.spendPlan(), lines, p.keyTasks(), null);
        byte[] bytes = workbook.write(List.of(longOne));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals("（续）", wb.getSheetAt(1).getRow(7).getCell(0).getStringCellValue());
        }
        WorkbookProject read = workbook.read(bytes, "x.xlsx").projects().get(0);
        assertEquals(List.of(), read.issues());
        assertEquals(long1, read.input().purpose());
        assertEquals(long2, read.input().indicators().get(1).description());
        assertEquals(longOne, read.input());
    }

    @Test
    void chunksNeverCutAnEscapeOrASurrogatePair() {
        String text = "a".repeat(32762) + "\u0001" + "b".repeat(10);
        List<String> chunks = WorkbookWriter.chunks(text);
        assertEquals(2, chunks.size());
        assertTrue(chunks.get(1).startsWith("_x0001_"), chunks.get(1).substring(0, 10));
        String pair = "a".repeat(32766) + "\uD840\uDC00";
        assertEquals("\uD840\uDC00", WorkbookWriter.chunks(pair).get(1));
        // Escapes (a literal _x0041_ becomes _x005F_x0041_) at every position around the cut.
        for (int offset = 32753; offset <= 32767; offset += 2) {
            String text2 = "a".repeat(offset) + "_x0041_\u0001_x005F_" + "b".repeat(5);
            ProjectInput p = full();
            ProjectInput withText = new ProjectInput(p.year(), p.unitCode(), p.unitName(), p.departmentName(), p.kind(),
                    p.code(), p.name(), p.moneyUnit(), p.budget(), p.fiscalFunds(), p.otherFunds(), text2, p.goal(),
                    p.measures(), p.attribute(), p.term(), p.managingOffice(), p.spendPlan(), p.indicators(), p.keyTasks(), null);
            assertEquals(text2, roundTrip(List.of(withText)).projects().get(0).input().purpose(), "cut at " + offset);
        }
        assertTrue(chunks.stream().allMatch(c -> c.length() <= 32767));
    }

    @Test
    void sheetNamesFitExcelsRules() {
        Set<String> used = new HashSet<>();
        used.add("填表说明");
        String longName = "2024年省级社区矫正补助资金唐财政法[2023]17号关于下达资金的通知";
        String first = ProjectWorkbook.sheetName(longName, used);
        assertEquals("2024年省级社区矫正补助资金唐财政法_2023_17号关于下", first);
        assertEquals(31, first.length());
        String second = ProjectWorkbook.sheetName(longName, used);
        assertEquals("2024年省级社区矫正补助资金唐财政法_2023_17号（2）", second);
        assertEquals(31, second.length());
        assertEquals("a_b_c_d_e_f_g", ProjectWorkbook.sheetName("a/b\\c?d*e:f[g", used));
        assertEquals("法制建设", ProjectWorkbook.sheetName("法制建设", used));
        assertEquals("法制建设（2）", ProjectWorkbook.sheetName("法制建设", used));
        assertEquals("法制建设（3）", ProjectWorkbook.sheetName("法制建设", used));
        assertEquals("项目", ProjectWorkbook.sheetName("''", used));
        assertEquals("项目history", ProjectWorkbook.sheetName("history", used));
        assertEquals("填表说明（2）", ProjectWorkbook.sheetName("填表说明", used));
        assertEquals("ab", ProjectWorkbook.sheetName("'ab'", used));
    }

    @Test
    void projectsWithTheSameOrForbiddenNamesAllComeBack() {
        ProjectInput a = renamed(full(), "法制建设");
        ProjectInput b = renamed(full(), "法制建设");
        ProjectInput c = renamed(full(), "普法/宣传:[2024]*？" + "很长".repeat(30));
        WorkbookRead read = roundTrip(List.of(a, b, c));
        assertEquals(List.of("法制建设", "法制建设", c.name()), read.projects().stream().map(p -> p.input().name()).toList());
        assertTrue(read.projects().get(1).where().endsWith("工作表《法制建设（2）》"));
    }

    @Test
    void notAWorkbookIsSaidPlainly() throws IOException {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        assertEquals(List.of("ERROR 文件《乐亭.xlsx》：不是有效的 Excel（.xlsx）文件"), messages(workbook.read(random, "乐亭.xlsx").issues()));
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(docx)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes());
        }
        assertEquals(List.of("ERROR 文件《报告.docx》：不是有效的 Excel（.xlsx）文件"), messages(workbook.read(docx.toByteArray(), "C:\\fakepath\\报告.docx").issues()));
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertTrue(messages(workbook.read(ole2, "旧表.xls").issues()).get(0).startsWith("ERROR 文件《旧表.xls》：不是可读取的 Excel 97（.xls）文件"));
        byte[] truncated = java.util.Arrays.copyOf(workbook.write(List.of(full())), 3000);
        assertEquals(List.of("ERROR 文件《x.xlsx》：不是有效的 Excel（.xlsx）文件"), messages(workbook.read(truncated, "x.xlsx").issues()));
        assertTrue(workbook.read(truncated, "x.xlsx").hasErrors());
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < UploadedWorkbooks.MAX_UNPACKED_MB + 1; i++) {
                zip.write(zeros);
            }
        }
        assertTrue(bomb.size() < 1024 * 1024, "the bomb is small: " + bomb.size());
        assertEquals(List.of("ERROR 文件《x.xlsx》：解压后超过 30 MB 或包含的条目过多，不是绩效目标表，未读取"),
                messages(workbook.read(bomb.toByteArray(), "x.xlsx").issues()));
    }

    @Test
    void hugeSheetsUnknownSheetsAndBlankSheets() {
        byte[] bytes = edited(full(), wb -> {
            wb.createSheet("Sheet2");
            wb.createSheet("备注").createRow(0).createCell(0).setCellValue("这是备注");
            wb.createSheet("大表").createRow(ProjectWorkbook.MAX_ROWS + 10).createCell(0).setCellValue("x");
            wb.setSheetHidden(1, true);
        });
        WorkbookRead read = workbook.read(bytes, "x.xlsx");
        assertEquals(List.of("WARNING 文件《x.xlsx》工作表《备注》：不是绩效目标表（找不到“项目名称”“预算数”等栏目或指标表头），已略过",
                "ERROR 文件《x.xlsx》工作表《大表》：有 5011 行，超过 5000 行的上限，未读取"), messages(read.issues()));
        assertEquals(List.of("WARNING 文件《x.xlsx》工作表《法制建设》：是隐藏的工作表，也已读取，请确认需要导入"),
                messages(read.projects().get(0).issues()));
        WorkbookRead none = workbook.read(workbook.write(List.of()), "空.xlsx");
        assertEquals(List.of("ERROR 文件《空.xlsx》：中没有绩效目标表：请下载模板，按“填表说明”填写"), messages(none.issues()));
    }

    @Test
    void aMovedAboutSheetWithPublishedLabelsIsStillRead() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("手填");
        String[][] rows = {
                {"滨海新区法律援助中心绩效目标表"},
                {"单位：元"},
                {"年度", "2024", "单位编码", "343201"},
                {"项目名称", "法律援助案件补助", "项目编码", "120116240000000011"},
                {"预算数", "315,000.00", "其中：财政资金", "315000"},
                {},
                {"资金支出计划", "6月底", "12月底"},
                {"", "50%", "100%"},
                {"一级指标", "二级指标", "三级指标", "指标值"},
                {"产出指标", "数量指标", "办理法律援助案件", "≥100件"},
                {"", "", "法律咨询", "≥500人次"}};
        for (int r = 0; r < rows.length; r++) {
            Row row = s.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                if (!rows[r][c].isEmpty()) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        WorkbookProject p = workbook.read(out.toByteArray(), "手填.xlsx").projects().get(0);
        assertEquals(List.of(), p.issues());
        ProjectInput in = p.input();
        assertEquals(2024, in.year());
        assertEquals("元", in.moneyUnit());
        assertEquals("315000.00", in.budget());
        assertEquals("315000", in.fiscalFunds());
        assertNull(in.otherFunds());
        assertEquals("PROJECT", in.kind() == null ? "PROJECT" : in.kind());
        assertEquals("6:50 12:100", in.spendPlan().stream().map(x -> x.month() + ":" + x.percent()).collect(Collectors.joining(" ")));
        assertEquals(List.of(line("产出指标", "数量指标", "办理法律援助案件", null, "≥100件", null, null, null),
                line("产出指标", "数量指标", "法律咨询", null, "≥500人次", null, null, null)), in.indicators());
    }

    @Test
    void theTemplateExampleIsLetingsLegalConstructionTable() {
        ProjectInput example = WorkbookExchange.example();
        assertEquals("法制建设", example.name());
        assertEquals("315001", example.unitCode());
        assertEquals("3.00", example.budget());
        assertEquals(5, example.indicators().size());
        WorkbookRead read = roundTrip(List.of(example));
        assertEquals(List.of(), read.projects().get(0).issues());
        assertEquals(asStored(example), read.projects().get(0).input());
    }

    private static ProjectInput with(ProjectInput p, List<ProjectInput.PlanPoint> plan) {
        return new ProjectInput(p.year(), p.unitCode(), p.unitName(), p.departmentName(), p.kind(), p.code(), p.name(),
                p.moneyUnit(), p.budget(), p.fiscalFunds(), p.otherFunds(), p.purpose(), p.goal(), p.measures(), p.attribute(),
                p.term(), p.managingOffice(), plan, p.indicators(), p.keyTasks(), null);
    }

    private static ProjectInput renamed(ProjectInput p, String name) {
        return new ProjectInput(p.year(), p.unitCode(), p.unitName(), p.departmentName(), p.kind(), p.code(), name,
                p.moneyUnit(), p.budget(), p.fiscalFunds(), p.otherFunds(), p.purpose(), p.goal(), p.measures(), p.attribute(),
                p.term(), p.managingOffice(), p.spendPlan(), p.indicators(), p.keyTasks(), null);
    }

    /** The full project's workbook after a person's edits. */
    private byte[] edited(ProjectInput p, Consumer<XSSFWorkbook> edit) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook.write(List.of(p))))) {
            edit.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The n-th indicator row of the full project's sheet (after its two key tasks). */
    private static Row indicatorRow(Sheet s, int n) {
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().equals("一级指标")) {
                return s.getRow(r.getRowNum() + 1 + n);
            }
        }
        throw new AssertionError("no indicator header");
    }

    private static List<String> messages(List<ImportIssue> issues) {
        return issues.stream().map(i -> i.severity() + " " + i.where() + "：" + i.message()).toList();
    }
}
