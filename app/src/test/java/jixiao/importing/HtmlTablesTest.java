package jixiao.importing;

import jixiao.common.InvalidInputException;
import jixiao.importing.document.DocumentText;
import jixiao.importing.document.HtmlTables;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12, web tables: a page's HTML read as lines and cells, merged cells expanded. */
class HtmlTablesTest {

    /** The seeds published as tables; 兴隆's is the OCR of a scan, lines without cells, which no page holds. */
    static final List<String> SEEDS = List.of("leting-2024.txt", "binhai-2024.txt", "pengyang-2024.txt",
            "huadu-department.txt");

    /** Everything a table was read as, without line numbers (the web page has its own). */
    static List<String> summary(ParsedUpload upload) {
        List<String> out = new ArrayList<>();
        for (ParsedTable t : upload.tables()) {
            out.add(String.join("|", String.valueOf(t.kind()), t.unitCode() + "", t.unitName() + "", t.code() + "",
                    t.name() + "", t.moneyUnit() + "", t.budget() + "", t.fiscalFunds() + "", t.otherFunds() + "",
                    Seeds.plan(t), squeeze(t.purpose()), squeeze(t.goal()), String.valueOf(t.keyTasks())));
            out.addAll(Seeds.rows(t));
        }
        return out;
    }

    /** Text as a page shows it: runs of spaces are one space. */
    private static String squeeze(String s) {
        return s == null ? "null" : s.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    @Test
    void everySeedAsAWebPageGivesTheTablesOfItsText() {
        for (String seed : SEEDS) {
            String text = Seeds.text(seed);
            List<String> expected = summary(TargetTableTextParser.parse(text));
            String html = WebTables.page(text);
            assertTrue(html.contains("rowspan="), seed + " has merged level cells");
            DocumentText page = HtmlTables.read(html);
            assertEquals(expected, summary(TargetTableTextParser.parse(page.text())), seed);
            assertTrue(expected.size() > 10, seed);
        }
    }

    @Test
    void mergedCellsAreExpandedIntoTheGridAndEachRowSaysWhereItWas() {
        String html = "<p>2024年项目支出绩效目标表</p><table>"
                + "<tr><td colspan=\"4\">单位：万元</td></tr>"
                + "<tr><td>项目名称</td><td colspan=\"3\">普法宣传</td></tr>"
                + "<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr>"
                + "<tr><td rowspan=\"3\">产出指标</td><td rowspan=\"2\">数量指标</td><td>宣传场次</td><td>&ge;55场</td></tr>"
                + "<tr><td>发放资料<br>份数</td><td>≥1000&nbsp;份</td></tr>"
                + "<tr><td>时效指标</td><td>完成时间</td><td>2024年12月31日前</td></tr>"
                + "<tr><td>效益指标</td><td>社会效益指标</td><td>群众法治意识<script>x()</script></td><td>明显提升</td></tr>"
                + "</table><div>注：<b>指标值</b>以年度计</div>";
        DocumentText read = HtmlTables.read(html);
        assertEquals(String.join("\n",
                "2024年项目支出绩效目标表",
                "单位：万元",
                "项目名称\t普法宣传\t\t",
                "一级指标\t二级指标\t三级指标\t指标值",
                "产出指标\t数量指标\t宣传场次\t≥55场",
                "\t\t发放资料 份数\t≥1000 份",
                "\t时效指标\t完成时间\t2024年12月31日前",
                "效益指标\t社会效益指标\t群众法治意识\t明显提升",
                "注：指标值以年度计"), read.text());
        assertEquals(List.of("第1段文字", "表1第1行", "表1第2行", "表1第3行", "表1第4行", "表1第5行", "表1第6行", "表1第7行",
                "第2段文字"), read.places());
        ParsedUpload upload = TargetTableTextParser.parse(read.text());
        ParsedTable t = upload.tables().get(0);
        assertEquals("普法宣传", t.name());
        assertEquals(List.of("产出指标|数量指标|宣传场次||≥55场|", "产出指标|数量指标|发放资料份数||≥1000 份|",
                "产出指标|时效指标|完成时间||2024年12月31日前|", "效益指标|社会效益指标|群众法治意识||明显提升|"), Seeds.rows(t));
    }

    @Test
    void aTableInACellFollowsTheRowOfThatCell() {
        String html = "<table><tr><td>绩效目标</td><td>外层<table><tr><td>内层甲</td><td>内层乙</td></tr></table></td></tr>"
                + "<tr><td>其他</td><td>末行</td></tr></table>";
        DocumentText read = HtmlTables.read(html);
        assertEquals("绩效目标\t外层\n内层甲\t内层乙\n其他\t末行", read.text());
        assertEquals(List.of("表1第1行", "表2第1行", "表1第2行"), read.places());
    }

    @Test
    void aPageOfThreeHundredTablesIsRead() {
        String one = WebTables.page(Seeds.text("pengyang-2024.txt"));
        String body = one.substring(one.indexOf("<body>") + 6, one.indexOf("</body>"));
        long start = System.nanoTime();
        DocumentText read = HtmlTables.read("<html><body>" + body.repeat(25) + "</body></html>");
        long millis = (System.nanoTime() - start) / 1_000_000;
        ParsedUpload upload = TargetTableTextParser.parse(read.text());
        assertEquals(300, Seeds.projects(upload).size());
        // 彭阳's text has 11 tables for its 12 projects (one 单位：万元 row joins two), 275 in 25 copies
        assertEquals("表275第15行", read.places().get(read.places().size() - 1), "tables are numbered through the page");
        System.out.println("300 web tables read in " + millis + " ms");
    }

    @Test
    void aPageLargerThanTheImportReadsIsRefusedInChinese() {
        StringBuilder many = new StringBuilder("<table>");
        many.append("<tr><td rowspan=\"65534\" colspan=\"1000\">x</td></tr>");
        for (int i = 0; i < 300; i++) {
            many.append("<tr><td>a</td></tr>");
        }
        InvalidInputException cells = assertThrows(InvalidInputException.class, () -> HtmlTables.read(many + "</table>"));
        assertTrue(cells.problems().get(0).message().contains("单元格") && cells.problems().get(0).message().contains("200000"),
                cells.problems().toString());
        InvalidInputException size = assertThrows(InvalidInputException.class,
                () -> HtmlTables.read("<p>" + "字".repeat(HtmlTables.MAX_CHARS) + "</p>"));
        assertTrue(size.problems().get(0).message().contains("20 MB"), size.problems().toString());
        InvalidInputException tags = assertThrows(InvalidInputException.class,
                () -> HtmlTables.read("<b>".repeat(400_001)));
        assertTrue(tags.problems().get(0).message().contains("标记"), tags.problems().toString());
    }

    /**
     * A web table copied as text, as Chrome gives it: a merged cell only in its first row, so the rows under it
     * have fewer cells. The short rows are placed under the header right-aligned (the missing cells are the
     * leading ones: the levels carried down, a label over two rows), and give the tables of the seed's own text.
     */
    @Test
    void aWebTableCopiedAsTextGivesTheTablesOfTheSeed() {
        for (String seed : SEEDS) {
            String text = Seeds.text(seed);
            String copied = WebTables.copiedAsText(text);
            // the merged cells are gone from the rows they covered, which no longer start with an empty cell
            assertTrue(copied.lines().filter(l -> l.startsWith("\t")).count() * 4 < text.lines().filter(l -> l.startsWith("\t")).count(),
                    seed);
            assertEquals(summary(TargetTableTextParser.parse(text)), summary(TargetTableTextParser.parse(copied)), seed);
        }
    }

    @Test
    void aCopiedIndicatorRowWithoutItsLevelsStandsUnderTheHeader() {
        // the basis column stays empty in two rows: read by content they would slide onto the wrong column
        String copied = String.join("\n",
                "2024年项目支出绩效目标表",
                "项目名称\t普法宣传",
                "一级指标\t二级指标\t三级指标\t指标值\t指标值确定依据",
                "产出指标\t数量指标\t宣传场次\t≥55场\t年初预算安排",
                "发放资料\t≥1000份\t",
                "时效指标\t完成时间\t2024年12月31日前\t",
                "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t年初预算安排");
        ParsedTable t = TargetTableTextParser.parse(copied).tables().get(0);
        assertEquals(List.of("产出指标|数量指标|宣传场次||≥55场|年初预算安排", "产出指标|数量指标|发放资料||≥1000份|",
                "产出指标|时效指标|完成时间||2024年12月31日前|", "满意度指标|服务对象满意度指标|群众满意度||≥90%|年初预算安排"),
                Seeds.rows(t));
        assertEquals(0, Seeds.warnings(t), t.issues().toString());
    }
}
