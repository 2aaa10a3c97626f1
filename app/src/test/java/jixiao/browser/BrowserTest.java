package jixiao.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.AssertionFailedError;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The browser tests' own checks: a script error on a page fails the step, and each step leaves its screenshot. */
class BrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aScriptErrorFailsTheStepAndTheStepKeepsItsScreenshot() {
        browser.driver().get("data:text/html;charset=utf-8,<p>页面</p><script>undefinedFunction()</script>");
        AssertionFailedError failed = assertThrows(AssertionFailedError.class, () -> browser.step("broken"));
        assertTrue(failed.getMessage().contains("undefinedFunction"), failed.getMessage());
        assertTrue(Files.isRegularFile(Path.of("target/screenshots/BrowserTest.aScriptErrorFailsTheStepAndTheStepKeepsItsScreenshot/01-broken.png")));

        browser.driver().get("data:text/html;charset=utf-8,<p>页面</p><script>console.error('坏了')</script>");
        assertThrows(AssertionFailedError.class, () -> browser.step("console-error"));

        browser.driver().get("data:text/html;charset=utf-8,<p>页面</p><script>console.log('好的')</script>");
        browser.step("clean");
    }
}
