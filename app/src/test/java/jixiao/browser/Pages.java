package jixiao.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where a person starts and how they get to the page they work on. The journeys go through these, so
 * a changed way in (the home page becoming a to-do list) is changed here once, not in each journey.
 */
final class Pages {

    /** Where a login lands and what it shows: the person's to-do list. */
    static final String HOME_PATH = "/";
    static final String HOME_TEXT = "待办事项";

    private Pages() {
    }

    /** Logs in through the login page, as a fresh visitor (no cookies of an earlier user). */
    static void logIn(Browser b, String username, String password) {
        b.open("/login");
        b.driver().manage().deleteAllCookies();
        b.open("/login");
        b.sees("预算绩效管理", "用户名", "密码");
        b.type(By.name("username"), username);
        b.type(By.name("password"), password);
        b.press("登录");
        assertEquals(HOME_PATH, b.path(), "after login the home page");
        b.sees(HOME_TEXT);
    }

    /** The home page, by its address. */
    static void home(Browser b) {
        b.open("/");
        assertEquals(HOME_PATH, b.path());
        b.sees(HOME_TEXT);
    }

    /** From the to-do list's line of a period's report due (or overdue) straight to the report form. */
    static void homeToReport(Browser b, String projectName, String periodLabel) {
        home(b);
        WebElement line = todoLine(b, projectName + "：" + periodLabel, "REPORT_DUE", "REPORT_OVERDUE");
        b.step("todo-report-due");
        b.clickToLoad(line.findElement(By.xpath(".//a[contains(@href,'/reports/projects/')]")));
        b.sees(projectName);
    }

    /** The to-do list's line whose title contains the text (a project's name, and its period), of one of the kinds given. */
    static WebElement todoLine(Browser b, String projectName, String... kinds) {
        StringBuilder kind = new StringBuilder();
        for (String k : kinds) {
            kind.append(kind.isEmpty() ? "" : " or ").append("@data-kind='").append(k).append("'");
        }
        return b.find(By.xpath("//table[contains(@class,'todo')]//tr[(" + kind + ") and .//a[contains(normalize-space(.),'"
                + projectName + "')]]"));
    }

    /** Through the navigation's 执行填报 to one unit's report list for a period. */
    static void unitReports(Browser b, int year, String unitCode, String period) {
        reportingStart(b, year, unitCode, period);
        assertTrue(b.path().startsWith("/reports/units/" + unitCode + "/" + period), b.path());
    }

    /** Finance's reports awaiting review: the to-do list's line of the project's report, straight to the form. */
    static void reviewQueue(Browser b, String projectName) {
        home(b);
        WebElement line = todoLine(b, projectName, "REPORT_TO_REVIEW");
        b.step("review-queue");
        b.clickToLoad(line.findElement(By.xpath(".//a[contains(@href,'/reports/projects/')]")));
        b.sees(projectName);
    }

    private static void reportingStart(Browser b, int year, String unitCode, String period) {
        b.follow("执行填报");
        b.sees("执行情况填报");
        By yearSelect = By.cssSelector("#report-start select[name=year]");
        if (!b.find(yearSelect).getAttribute("value").equals(String.valueOf(year))) {
            // choosing a year reloads the page with that year's periods (reports-start.js)
            WebElement page = b.driver().findElement(By.tagName("html"));
            b.choose(yearSelect, String.valueOf(year));
            b.waitForNewPage(page);
        }
        new Select(b.find(By.cssSelector("#report-start select[name=unitCode]"))).selectByValue(unitCode);
        new Select(b.find(By.cssSelector("#report-start select[name=period]"))).selectByValue(period);
        b.press("查看");
    }

    /**
     * Types a date into an {@code <input type="date">} field part by part, in the order the browser's
     * language shows them (yyyy/mm/dd in Chinese, mm/dd/yyyy in English).
     */
    static void typeDate(Browser b, WebElement field, int year, int month, int day) {
        String order = (String) ((JavascriptExecutor) b.driver()).executeScript("return new Intl.DateTimeFormat()"
                + ".formatToParts(new Date(2000, 10, 22)).filter(p => p.type !== 'literal').map(p => p.type[0]).join('')");
        List<CharSequence> keys = new ArrayList<>();
        for (char part : order.toCharArray()) {
            // a year takes up to six digits, so the next part is reached with the arrow key; months and days move on by themselves
            switch (part) {
                case 'y' -> keys.addAll(List.of(String.format("%04d", year), Keys.ARROW_RIGHT));
                case 'm' -> keys.add(String.format("%02d", month));
                default -> keys.add(String.format("%02d", day));
            }
        }
        field.sendKeys(keys.toArray(CharSequence[]::new));
        assertEquals(String.format("%04d-%02d-%02d", year, month, day), field.getAttribute("value"), "the date typed (" + order + ")");
    }

    /** From the to-do list's line of a returned report, which shows finance's comment, to the form. */
    static void homeToReturnedReport(Browser b, String projectName, String comment) {
        home(b);
        WebElement line = todoLine(b, projectName, "REPORT_RETURNED");
        assertTrue(line.getText().contains(comment), line.getText());
        b.step("todo-returned");
        b.clickToLoad(line.findElement(By.xpath(".//a[contains(@href,'/reports/projects/')]")));
        b.sees(projectName);
    }

    private static WebElement rowOf(Browser b, String projectName) {
        return b.find(By.xpath("//table[contains(@class,'list')]//tr[td[contains(normalize-space(.),'" + projectName + "')]]"));
    }

    /** On a unit's report list: the 填报 or 查看 link of the project's row. */
    static void openReportOf(Browser b, String projectName) {
        WebElement row = rowOf(b, projectName);
        b.clickToLoad(row.findElement(By.xpath(".//a[contains(@href,'/reports/projects/')]")));
        b.sees(projectName);
    }

    /** Through the navigation's 绩效自评 to a project's 自评表 (the year chosen in the filter). */
    static void evaluationOf(Browser b, int year, String projectName) {
        b.follow("绩效自评");
        b.sees("绩效自评");
        new Select(b.find(By.cssSelector("form[action='/evaluations'] select[name=year]"))).selectByValue(String.valueOf(year));
        b.press("筛选");
        b.follow(projectName);
    }
}
