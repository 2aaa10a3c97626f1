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

    /** Where a login lands and what it shows: today {@code /} leads to the project list. */
    static final String HOME_PATH = "/projects";
    static final String HOME_TEXT = "绩效目标";

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
        assertTrue(b.path().startsWith(HOME_PATH), "after login the home page: " + b.path());
        b.sees(HOME_TEXT);
    }

    /** The home page, by its address. */
    static void home(Browser b) {
        b.open("/");
        assertTrue(b.path().startsWith(HOME_PATH), b.path());
        b.sees(HOME_TEXT);
    }

    /**
     * From the home page to the report form of a project: today through 执行填报, the year, unit and
     * period, and the unit's list of projects (when the home page lists what is due, its line leads
     * straight to the form).
     */
    static void homeToReport(Browser b, int year, String unitCode, String period, String projectName) {
        home(b);
        unitReports(b, year, unitCode, period);
        b.step("unit-report-list");
        openReportOf(b, projectName);
    }

    /** Through the navigation's 执行填报 to one unit's report list for a period. */
    static void unitReports(Browser b, int year, String unitCode, String period) {
        reportingStart(b, year, unitCode, period);
        assertTrue(b.path().startsWith("/reports/units/" + unitCode + "/" + period), b.path());
    }

    /**
     * Finance's reports awaiting review: today the 执行填报 page's table of units for a period, with the
     * number of reports 已提交 in each (the units link to their lists).
     */
    static void reviewQueue(Browser b, int year, String period) {
        reportingStart(b, year, "", period);
        b.sees("各单位填报情况（" + period + "）");
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

    /**
     * From the home page to a report finance returned: today the unit's list shows it 已退回 (when the
     * home page lists returned reports with their comment, its line leads to the form).
     */
    static void homeToReturnedReport(Browser b, int year, String unitCode, String period, String projectName) {
        home(b);
        unitReports(b, year, unitCode, period);
        WebElement row = rowOf(b, projectName);
        assertTrue(row.getText().contains("已退回"), row.getText());
        b.step("returned-in-list");
        openReportOf(b, projectName);
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
