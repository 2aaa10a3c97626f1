package jixiao.browser;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * One headless chromium per test class, driven by the system's chromedriver (Debian's chromium and
 * chromium-driver; never a downloaded one). Register it as a static field:
 * {@code @RegisterExtension static final Browser browser = new Browser();}.
 * <p>
 * Each named {@link #step(String)} keeps a full-page screenshot under
 * {@code target/screenshots/<Class.method>/<nn-step>.png} and fails the test when the page logged a
 * JavaScript error (a console message of level SEVERE, which includes failed resource loads such as a
 * favicon answered 403), so a broken script or a missing file cannot pass unseen.
 * <p>
 * Without chromium or chromedriver the tests are skipped and a framed message says so once, unless the
 * system property {@code jixiao.browser.required} is true (CI): then a missing browser fails them.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    public static final String REQUIRED_PROPERTY = "jixiao.browser.required";
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final AtomicBoolean SKIP_REPORTED = new AtomicBoolean();
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** A very long page is cut here, so the screenshots stay small enough to look at. */
    private static final int MAX_SCREENSHOT_HEIGHT = 5000;

    /** Held, so the setting is not collected: without the devtools module, Selenium warns on every start. */
    private static final java.util.logging.Logger CDP_FINDER = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_FINDER.setLevel(Level.SEVERE);
    }

    private ChromeDriver driver;
    /** Why the tests are skipped (no browser), or null. */
    private String skipped;
    private Path profile;
    private String base;
    private Path stepDirectory;
    private int stepNumber;
    private final List<String> consoleLines = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Optional<Path> chromium = executable("jixiao.browser.chromium", "chromium", "chromium-browser");
        Optional<Path> chromedriver = executable("jixiao.browser.chromedriver", "chromedriver");
        if (chromium.isEmpty() || chromedriver.isEmpty()) {
            String missing = (chromium.isEmpty() ? "chromium " : "") + (chromedriver.isEmpty() ? "chromedriver" : "");
            if (Boolean.getBoolean(REQUIRED_PROPERTY)) {
                fail("The browser tests need chromium and chromedriver (missing: " + missing.strip() + "), and "
                        + REQUIRED_PROPERTY + "=true. Install them: " + INSTALL);
            }
            reportSkipOnce(missing.strip());
            // each test is skipped on its own (in beforeEach), so Surefire counts them as skipped
            skipped = "browser tests skipped: no " + missing.strip() + " (" + INSTALL + ")";
            return;
        }
        profile = Files.createTempDirectory("jixiao-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--window-size=1366,900", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        options.setPageLoadStrategy(PageLoadStrategy.NORMAL);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // The driver is named, so Selenium Manager is never asked to find or download one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(15));
    }

    private static final String INSTALL = "sudo apt-get install -y chromium chromium-driver fonts-noto-cjk";

    private static void reportSkipOnce(String missing) {
        if (!SKIP_REPORTED.compareAndSet(false, true)) {
            return;
        }
        String line = "*".repeat(78);
        System.out.println(line + "\n*  BROWSER TESTS SKIPPED: " + missing + " not found.\n"
                + "*  The end-to-end tests in jixiao.browser (bureau, finance and year-end journeys in headless chromium)\n"
                + "*  did not run. Install the browser, its driver and Chinese fonts, then run the tests again:\n"
                + "*      " + INSTALL + "\n"
                + "*  (CI runs with -D" + REQUIRED_PROPERTY + "=true, which makes a missing browser a failure.)\n" + line);
    }

    /** The path given by the system property, else the first of the names found on the PATH. */
    private static Optional<Path> executable(String property, String... names) {
        String given = System.getProperty(property);
        if (given != null && !given.isBlank()) {
            Path p = Path.of(given);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p) && !Files.isDirectory(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        Assumptions.assumeTrue(skipped == null, skipped);
        stepDirectory = SCREENSHOTS.resolve(context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName());
        if (Files.isDirectory(stepDirectory)) {
            try (Stream<Path> old = Files.list(stepDirectory)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(stepDirectory);
        stepNumber = 0;
        consoleLines.clear();
        driver.manage().deleteAllCookies();
        driver.manage().logs().get(LogType.BROWSER);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (driver == null) {
            return;
        }
        if (context.getExecutionException().isPresent()) {
            screenshot(String.format("%02d-failed", ++stepNumber));
        }
        List<String> errors = collectConsole();
        Files.write(stepDirectory.resolve("console.log"), consoleLines);
        if (context.getExecutionException().isEmpty() && !errors.isEmpty()) {
            fail("JavaScript console errors on " + driver.getCurrentUrl() + ":\n" + String.join("\n", errors));
        }
    }

    /** Sets the app's address; paths given to {@link #open(String)} are relative to it. */
    public Browser at(String baseUrl) {
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    public String base() {
        return base;
    }

    /** Types an address, as a person does. */
    public void open(String path) {
        driver.get(base + path);
    }

    /** The path and query of the page shown. */
    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    /**
     * A named step of the journey is done: keeps its screenshot and fails on any console error
     * logged since the previous step.
     */
    public void step(String name) {
        String file = String.format("%02d-%s", ++stepNumber, name);
        screenshot(file);
        List<String> errors = collectConsole();
        if (!errors.isEmpty()) {
            fail("JavaScript console errors at step " + file + " (" + driver.getCurrentUrl() + "):\n" + String.join("\n", errors));
        }
    }

    private List<String> collectConsole() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            String line = e.getLevel() + " " + e.getMessage();
            consoleLines.add(line);
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(line);
            }
        }
        return errors;
    }

    /** The whole page, not only the window, as PNG. */
    private void screenshot(String name) {
        byte[] png;
        try {
            // the document's own size: the layout metrics lag behind an emulated print medium
            @SuppressWarnings("unchecked")
            List<Number> size = (List<Number>) driver.executeScript("var d = document.documentElement;"
                    + " return [Math.max(d.scrollWidth, window.innerWidth), Math.max(d.scrollHeight, window.innerHeight)];");
            double width = size.get(0).doubleValue();
            double height = Math.min(size.get(1).doubleValue(), MAX_SCREENSHOT_HEIGHT);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            png = Base64.getDecoder().decode((String) shot.get("data"));
        } catch (RuntimeException e) {
            png = driver.getScreenshotAs(OutputType.BYTES);
        }
        try {
            Files.write(stepDirectory.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of the running test beside its screenshots, numbered as the next step. */
    public Path stepFile(String name) {
        return stepDirectory.resolve(String.format("%02d-%s", ++stepNumber, name));
    }

    /** Shows the page as it prints ({@code @media print}) or, with false, as on screen again. */
    public void printMedia(boolean print) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
    }

    /** Prints the page to A4 as chromium does, keeps the PDF beside the screenshots, returns it. */
    public byte[] printA4(String name) {
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        options.setBackground(true);
        byte[] pdf = Base64.getDecoder().decode(driver.print(options).getContent());
        try {
            Files.write(stepFile(name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf;
    }

    // --- what a person does on a page -------------------------------------------------------------

    public WebElement find(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Replaces the text of a field, as typing over it does. */
    public void type(By field, String text) {
        WebElement e = find(field);
        e.clear();
        e.sendKeys(text);
    }

    public void choose(By select, String visibleText) {
        new Select(find(select)).selectByVisibleText(visibleText);
    }

    /** Clicks something that loads another page, and waits until that page has loaded. */
    public void clickToLoad(By target) {
        clickToLoad(find(target));
    }

    public void clickToLoad(WebElement target) {
        WebElement page = driver.findElement(By.tagName("html"));
        target.click();
        waitForNewPage(page);
    }

    /** Waits until the page {@code old} was part of has been replaced and the new one has loaded. */
    public void waitForNewPage(WebElement old) {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.until(d -> isGone(old));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether an element's page has been replaced. Chromium, asked about an element while its document is being
     * swapped, sometimes answers "Node with given id does not belong to the document" as an unknown error rather than
     * a stale reference; both mean the old page is gone.
     */
    private static boolean isGone(WebElement old) {
        try {
            old.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("does not belong to the document") || m.contains("No node with given id")) {
                return true;
            }
            throw e;
        }
    }

    /** A link by its visible text, clicked, and the page it leads to loaded. */
    public void follow(String linkText) {
        clickToLoad(By.linkText(linkText));
    }

    /** The button whose visible text is {@code text}, clicked, and the page it leads to loaded. */
    public void press(String text) {
        clickToLoad(By.xpath("//button[normalize-space(.)='" + text + "']"));
    }

    /** The visible text of the page's main part. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Fails unless each of the texts is visible on the page. */
    public void sees(String... texts) {
        String shown = text();
        for (String t : texts) {
            if (!shown.contains(t)) {
                fail("“" + t + "” is not shown on " + path() + ":\n" + shown);
            }
        }
    }

    /** Waits (the page's own scripts may be working, or reloading it) until the element is there. */
    public WebElement waitFor(By by, Duration atMost) {
        return new WebDriverWait(driver, atMost).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Waits (the page's own scripts may be working) until the text is visible. */
    public void waitToSee(String text, Duration atMost) {
        new WebDriverWait(driver, atMost).ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }
}
