package org.constellation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium for the browser tests, and axe-core's verdict on a page. */
public final class Browsers {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Browsers() {}

    /** Browser tests fail under CI without Chromium, and say what to install elsewhere. */
    public static void requireChromium() {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            String missing =
                    "Browser tests need Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)";
            if (System.getenv("CI") != null) {
                fail(missing + ": .ci/run installs them");
            }
            Assumptions.abort(missing + "; install them to run this test (CI always does)");
        }
    }

    /**
     * The browser carries the session of the client, signed in through Tasklist or through a tracking link, and no
     * other; it must have opened a page of the application first, whose cookies these are.
     */
    public static void carrySession(WebDriver browser, PortalClient client) {
        browser.manage().deleteAllCookies();
        browser.manage()
                .addCookie(new Cookie.Builder("JSESSIONID", client.cookie("JSESSIONID"))
                        .path("/")
                        .isHttpOnly(true)
                        .build());
    }

    /** A French-speaking headless browser, with or without JavaScript. */
    public static WebDriver open(boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1280,1800",
                "--lang=fr-FR");
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "intl.accept_languages",
                        "fr-FR,fr",
                        "profile.managed_default_content_settings.javascript",
                        javascript ? 1 : 2));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** No serious or critical violation of WCAG 2.1 A/AA on the browser's page; a screenshot of it either way. */
    public static void assertNoSeriousViolation(WebDriver browser, String what) {
        screenshot(browser, what);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        assertThat(results.getPasses()).as(what + ": axe-core ran its rules").isNotEmpty();
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious)
                .as(what + ": "
                        + serious.stream()
                                .map(rule -> rule.getId() + " (" + rule.getHelp() + ") on "
                                        + rule.getNodes().stream()
                                                .map(node -> String.valueOf(node.getTarget()))
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("; ")))
                .isEmpty();
    }

    /** The page as the browser shows it, in target/screenshots, to be looked at (issue 14). */
    public static void screenshot(WebDriver browser, String what) {
        write(what + ".png", ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** The page's markup as the browser holds it, beside the screenshots: what a failed wait was looking at. */
    public static void pageSource(WebDriver browser, String what) {
        write(what + ".html", browser.getPageSource().getBytes(StandardCharsets.UTF_8));
    }

    private static void write(String name, byte[] content) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(folder.resolve(name.replaceAll("[^A-Za-z0-9.]+", "-")), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
