package jixiao.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Projects;
import jixiao.testing.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.By;

import org.apache.pdfbox.rendering.ImageType;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The year end in a real browser: a clerk opens a project's 自评表 from 绩效自评, fills the executed
 * amount, the actual values, a grade and score, the reason for a shortfall, saves, and prints it: the
 * print layout leaves out the navigation and buttons, and chromium prints it to A4.
 */
@MicronautTest(transactional = false)
class YearEndJourneyTest {

    private static final int YEAR = 2098;

    @RegisterExtension
    static final Browser browser = new Browser();

    @Inject
    EmbeddedServer server;

    @Test
    void selfEvaluationIsFilledSavedAndPrinted() throws IOException {
        World world = new World(server.getURL().toString());
        String unit = world.unit("浏览器自评单位");
        String clerk = world.user("BUREAU", List.of(unit), "王填报");
        String name = "法制建设" + World.next();
        Map<String, Object> body = Projects.leting(unit, "YE" + World.next(), name);
        body.put("year", YEAR);
        body.put("indicators", List.of(Projects.indicator("产出指标", "数量指标", "开展行政执法培训", "≥6次"),
                Projects.indicator("效益指标", "社会效益指标", "维护社会稳定", "明显提升"),
                Projects.indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%")));
        long project = Projects.create(world.script(clerk), body);
        Browser b = browser.at(server.getURL().toString());

        Pages.logIn(b, clerk, World.PASSWORD);
        b.step("home");
        Pages.evaluationOf(b, YEAR, name);
        b.sees("项目支出绩效自评表", "（" + YEAR + "年度）", "未填报", "填写自评表");
        b.step("evaluation-sheet");

        b.follow("填写自评表");
        b.sees(name + " · 填写绩效自评表", "项目资金（万元）", "年度指标值", "偏差原因分析及改进措施");
        b.type(By.name("fiscalExecuted"), "2.85");
        b.type(By.name("achievement"), "全年开展行政执法培训5次，社会稳定明显提升");
        List<org.openqa.selenium.WebElement> actuals = b.driver().findElements(By.cssSelector("input[name=ind_actual]:not([type=hidden])"));
        assertEquals(2, actuals.size(), "two quantitative indicators");
        actuals.get(0).clear();
        actuals.get(0).sendKeys("5");
        actuals.get(1).clear();
        actuals.get(1).sendKeys("96");
        b.choose(By.cssSelector("select[name=ind_grade]"), "达成");
        b.type(By.cssSelector("input[name=ind_score]:not([type=hidden])"), "27");
        List<org.openqa.selenium.WebElement> reasons = b.driver().findElements(By.name("ind_reason"));
        reasons.get(0).sendKeys("下半年培训场地改造，一次培训顺延至次年，下年度提前安排");
        reasons.get(1).sendKeys("部分矛盾纠纷化解周期较长，下年度加强排查");
        b.step("evaluation-typed");

        b.press("保存");
        b.sees("已保存", "草稿");
        assertEquals("2.85", b.find(By.name("fiscalExecuted")).getAttribute("value"));
        b.step("evaluation-saved");

        b.follow("返回");
        b.sees("项目支出绩效自评表", "全年开展行政执法培训5次，社会稳定明显提升", "下半年培训场地改造", "2.85", "95.00%");
        // 2.85 of 3.00 → 9.50; 5 of ≥6次 → 41.67 of 50; 达成 27 of 30; 96% ≥ 95% → 10
        assertEquals("88.17", b.find(By.id("total")).getText());
        b.step("evaluation-sheet-saved");

        // What the printer gets: the @media print rules, then the page as chromium prints it to A4.
        b.printMedia(true);
        try {
            assertFalse(b.find(By.cssSelector("h1.form-title")).getText().isEmpty());
            assertFalse(b.driver().findElement(By.cssSelector("header.topbar")).isDisplayed(), "no navigation on paper");
            assertFalse(b.driver().findElement(By.cssSelector(".toolbar")).isDisplayed(), "no buttons on paper");
            assertTrue(b.driver().findElement(By.cssSelector("table.sheet.evaluation")).isDisplayed());
            b.step("print-view");
        } finally {
            b.printMedia(false);
        }
        byte[] pdf = b.printA4("evaluation");
        try (PDDocument printed = Loader.loadPDF(pdf)) {
            PDRectangle paper = printed.getPage(0).getMediaBox();
            assertEquals(595.3, paper.getWidth(), 1.5, "A4 width in points");
            assertEquals(841.9, paper.getHeight(), 1.5, "A4 height in points");
            String text = new PDFTextStripper().getText(printed);
            assertTrue(text.contains("项目支出绩效自评表") && text.contains(name) && text.contains("88.17"), text);
            assertFalse(text.contains("API 令牌") || text.contains("导出 Excel") || text.contains("填写自评表"), "no navigation or buttons on paper: " + text);
            // the first page as an image beside the screenshots, to look at
            BufferedImage page = new PDFRenderer(printed).renderImageWithDPI(0, 100, ImageType.GRAY);
            ImageIO.write(page, "png", b.stepFile("printed-page-1.png").toFile());
            int[] borders = outerBorders(page);
            assertTrue(borders[0] > 0 && Math.abs((page.getWidth() - 1 - borders[1]) - borders[0]) <= 8,
                    "the table's right border is on the paper as its left one: left at " + borders[0] + ", right at "
                            + borders[1] + " of " + page.getWidth() + " pixels");
        }
    }

    /**
     * 乐亭's department (seed 000): the clerk fills the 部门整体支出绩效自评表 — 基本支出 and two key tasks — saves, and
     * prints it: the key tasks and the projects are on the A4 pages, nothing is cut at the right edge.
     */
    @Test
    void departmentSheetIsFilledSavedAndPrinted() throws IOException {
        World world = new World(server.getURL().toString());
        String unit = world.unit("浏览器部门" + World.next());
        String clerk = world.user("BUREAU", List.of(unit), "李部门");
        jixiao.testing.SeedImports.importText(world.script(clerk),
                jixiao.testing.SeedImports.leting(unit, jixiao.testing.SeedImports.codePrefix()), YEAR + 1, unit);
        Browser b = browser.at(server.getURL().toString());
        Pages.logIn(b, clerk, World.PASSWORD);
        Pages.evaluationOf(b, YEAR + 1, "乐亭县司法局部门整体绩效目标");
        b.sees("部门整体支出绩效自评表", "年度重点工作任务", "项目支出明细", "项目合计（5个）", "50.42");
        b.step("department-sheet");

        b.follow("填写自评表");
        b.sees("部门整体支出（万元）", "基本支出", "项目支出", "年度重点工作任务完成情况", "普法宣传");
        b.type(By.name("basicFullYear"), "280");
        b.type(By.name("basicExecuted"), "276.5");
        List<org.openqa.selenium.WebElement> completions = b.driver().findElements(By.name("task_completion"));
        assertEquals(6, completions.size());
        completions.get(0).sendKeys("开展普法宣传活动60场");
        completions.get(3).sendKeys("社区矫正对象无脱管漏管");
        b.driver().findElements(By.name("task_executed")).get(0).sendKeys("2.6");
        b.step("department-typed");
        b.press("保存");
        b.sees("已保存", "草稿");
        assertEquals("276.50", b.find(By.name("basicExecuted")).getAttribute("value"));

        b.follow("返回");
        b.sees("开展普法宣传活动60场", "社区矫正对象无脱管漏管", "276.50");
        b.step("department-sheet-saved");
        byte[] pdf = b.printA4("department");
        try (PDDocument printed = Loader.loadPDF(pdf)) {
            // cells wrap: compare the text without its line breaks
            String raw = new PDFTextStripper().getText(printed);
            String text = raw.replaceAll("\\s", "");
            assertTrue(text.contains("部门整体支出绩效自评表") && text.contains("开展普法宣传活动60场")
                    && text.contains("项目合计（5个）"), text);
            assertTrue(raw.contains("任务名称") && raw.contains("拟投入"), "headings are not cut one character a line: " + raw);
            assertFalse(text.contains("填写自评表"), "no buttons on paper");
            BufferedImage page = new PDFRenderer(printed).renderImageWithDPI(0, 100, ImageType.GRAY);
            ImageIO.write(page, "png", b.stepFile("department-printed-page-1.png").toFile());
            // the first page holds the money block only: the tall 年度总体目标 row is not split across pages
            int[] borders = outerBorders(page, page.getHeight() / 8);
            assertTrue(borders[0] > 0 && borders[1] < page.getWidth() - 1
                            && Math.abs((page.getWidth() - 1 - borders[1]) - borders[0]) <= 8,
                    "the sheet fits the paper: borders at " + borders[0] + " and " + borders[1]);
        }
    }

    /** The leftmost and rightmost long vertical lines of the page: the outer borders of the printed table. */
    private static int[] outerBorders(BufferedImage page) {
        return outerBorders(page, page.getHeight() / 3);
    }

    /** @param minDark how many dark pixels make a column a border */
    private static int[] outerBorders(BufferedImage page, int minDark) {
        int left = -1;
        int right = -1;
        for (int x = 0; x < page.getWidth(); x++) {
            int dark = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                if ((page.getRGB(x, y) & 0xff) < 128) {
                    dark++;
                }
            }
            if (dark > minDark) {
                right = x;
                if (left < 0) {
                    left = x;
                }
            }
        }
        return new int[] {left, right};
    }
}
