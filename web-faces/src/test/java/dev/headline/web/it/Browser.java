package dev.headline.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader's browser for the integration tests: Debian's headless Chromium driven through its own
 * chromedriver, pointed at the deployed portal. One instance per test class (starting the driver
 * takes seconds); tests set the viewport they need and never rely on what an earlier test left.
 *
 * <p>Nothing is downloaded: the browser and the driver are the system's ({@code bin/test} installs
 * Debian's {@code chromium} and {@code chromium-driver}); {@code -Dheadline.it.chromium} and {@code
 * -Dwebdriver.chrome.driver} point elsewhere.
 *
 * <pre>{@code
 * Browser browser = Browser.start(base);
 * browser.viewport(375).open("world-news/");
 * browser.click(".card h3 a");
 * browser.screenshot("article-375");
 * browser.quit();
 * }</pre>
 */
final class Browser {

  /** Widths the portal is checked at: a phone, a tablet, a desktop. */
  static final int[] WIDTHS = {375, 768, 1280};

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(15);

  private final ChromeDriver driver;
  private final URI base;

  private Browser(ChromeDriver driver, URI base) {
    this.driver = driver;
    this.base = base;
  }

  /** Starts headless Chromium for the portal deployed at {@code base} (its context root). */
  static Browser start(URL base) {
    String chromium = System.getProperty("headline.it.chromium", "/usr/bin/chromium");
    String chromedriver = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    // Both paths are given, so Selenium Manager has nothing to look up; it stays offline anyway.
    System.setProperty("webdriver.chrome.driver", chromedriver);
    System.setProperty("SE_OFFLINE", "true");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=en-GB",
        "--window-size=1280,900");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(chromedriver))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    // The portal counts "HeadlessChrome" as a bot, as it should: present the browser as the Chrome
    // it is, so that its views and shares count like a reader's.
    String agent = (String) driver.executeScript("return navigator.userAgent");
    driver.executeCdpCommand(
        "Emulation.setUserAgentOverride",
        Map.of("userAgent", agent.replace("HeadlessChrome", "Chrome")));
    try {
      return new Browser(driver, base.toURI());
    } catch (Exception e) {
      driver.quit();
      throw new IllegalArgumentException(base.toString(), e);
    }
  }

  /** Closes the browser and its driver process. */
  void quit() {
    driver.quit();
  }

  /** The driver, for what this class does not wrap. */
  WebDriver driver() {
    return driver;
  }

  /**
   * Makes the viewport {@code width} CSS pixels wide, as a phone (below 768: touch, the page's
   * viewport meta honoured) or a desktop would. Applies to later page loads and the current page.
   */
  Browser viewport(int width) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width",
            width,
            "height",
            width < 768 ? 812 : 900,
            "deviceScaleFactor",
            1,
            "mobile",
            width < 768));
    return this;
  }

  /**
   * Switches the pages' JavaScript off or on (for the pages loaded next), as a reader who blocks
   * scripts would have it. Selenium's own scripts keep working.
   */
  Browser javaScript(boolean enabled) {
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
    return this;
  }

  /**
   * Opens a path relative to the context root ("" for the home page) and waits for the load. The
   * mouse is parked in the page's top left corner first: where an earlier click left it, it would
   * hover over a menu and open its drop-down.
   */
  Browser open(String path) {
    driver.get(base.resolve(path).toString());
    new Actions(driver).moveToLocation(0, 0).perform();
    return this;
  }

  /** The current address, relative to the context root. */
  String path() {
    return base.relativize(URI.create(driver.getCurrentUrl())).toString();
  }

  /** Reloads the current page. */
  Browser reload() {
    driver.navigate().refresh();
    return this;
  }

  /** The first element matching a CSS selector, waiting for it to be displayed. */
  WebElement find(String css) {
    return until(
        d ->
            d.findElements(By.cssSelector(css)).stream()
                .filter(Browser::displayed)
                .findFirst()
                .orElse(null));
  }

  /**
   * Whether an element is displayed; {@code false} for one of a page being replaced, so that {@link
   * #find} looks again.
   */
  private static boolean displayed(WebElement element) {
    return Boolean.TRUE.equals(unlessReplaced(element::isDisplayed));
  }

  /**
   * What {@code read} answers about an element, or {@code null} when the element belonged to a page
   * that has been replaced since. Chromium reports such an element either as stale or, when the
   * document changed between finding and asking, as a node that "does not belong to the document".
   */
  private static <T> T unlessReplaced(Supplier<T> read) {
    try {
      return read.get();
    } catch (StaleElementReferenceException e) {
      return null;
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return null;
      }
      throw e;
    }
  }

  /** The elements matching a CSS selector, displayed or not. */
  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** The text of the first displayed element matching a CSS selector. */
  String text(String css) {
    return until(d -> unlessReplaced(find(css)::getText));
  }

  /**
   * Clicks the first displayed element matching a CSS selector. A click that loads another page
   * goes through {@link #follow(String)}, so that nothing is read from the page being left.
   */
  Browser click(String css) {
    WebElement target = find(css);
    target.click();
    return this;
  }

  /** Clicks a link or a submit button and waits until the page it leaves is gone. */
  Browser follow(String css) {
    return follow(find(css));
  }

  /** Clicks a link or a submit button and waits until the page it leaves is gone. */
  Browser follow(WebElement link) {
    WebElement leaving = driver.findElement(By.tagName("html"));
    link.click();
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(leaving));
    return this;
  }

  /** Waits until {@code condition} answers something other than null or false. */
  <T> T until(Function<WebDriver, T> condition) {
    // An element found just before the page reloads goes stale: look again rather than fail.
    return new WebDriverWait(driver, WAIT)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(condition);
  }

  /** Runs JavaScript in the page and returns its value (see {@link JavascriptExecutor}). */
  Object script(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  /**
   * Runs asynchronous JavaScript in the page: the script calls its last argument with the result
   * (see {@link JavascriptExecutor#executeAsyncScript}).
   */
  Object asyncScript(String script, Object... args) {
    return driver.executeAsyncScript(script, args);
  }

  /** Whether an element shows a focus indicator now (an outline of 2 px or more). */
  boolean showsFocus(WebElement element) {
    return (Boolean)
        script(
            "var s = getComputedStyle(arguments[0]);"
                + "return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;",
            element);
  }

  /** Presses a key with the keyboard focus wherever it is. */
  Browser press(CharSequence key) {
    new Actions(driver).sendKeys(key).perform();
    return this;
  }

  /** Presses Tab once and returns the element that has the focus then. */
  WebElement tab() {
    press(Keys.TAB);
    return driver.switchTo().activeElement();
  }

  /** Presses Shift+Tab once and returns the element that has the focus then. */
  WebElement shiftTab() {
    new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    return driver.switchTo().activeElement();
  }

  /** Whether an element is displayed and at least partly inside the viewport. */
  boolean visibleInViewport(WebElement element) {
    return element.isDisplayed()
        && (Boolean)
            script(
                "var r = arguments[0].getBoundingClientRect();"
                    + "return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0"
                    + " && r.top < innerHeight && r.left < innerWidth;",
                element);
  }

  /** Asserts that the page is no wider than the viewport (no sideways scrolling). */
  void assertNoHorizontalOverflow(String what) {
    @SuppressWarnings("unchecked")
    Map<String, Object> sizes =
        (Map<String, Object>)
            script(
                "var wide = [];"
                    + "document.querySelectorAll('body *').forEach(function (e) {"
                    + "  var r = e.getBoundingClientRect();"
                    + "  if (r.right > innerWidth + 0.5 && wide.length < 5) {"
                    + "    wide.push(e.tagName.toLowerCase() + '.' + e.className + ' ' + r.right);"
                    + "  }"
                    + "});"
                    + "return {scroll: document.documentElement.scrollWidth, window: innerWidth,"
                    + " wide: wide.join(', ')};");
    long scroll = ((Number) sizes.get("scroll")).longValue();
    long window = ((Number) sizes.get("window")).longValue();
    assertTrue(
        scroll <= window,
        what
            + ": the page is "
            + scroll
            + " px wide in a "
            + window
            + " px window; too wide: "
            + sizes.get("wide"));
  }

  /**
   * Loads every picture of the page, below the fold too, and returns the addresses of those that
   * did not load.
   */
  @SuppressWarnings("unchecked")
  List<String> brokenImages() {
    script(
        "document.querySelectorAll('img[loading=lazy]').forEach(function (i) {"
            + " i.loading = 'eager'; });");
    until(
        d ->
            (Boolean)
                script(
                    "return Array.from(document.images).every(function (i) {"
                        + " return i.complete; });"));
    return (List<String>)
        script(
            "return Array.from(document.images)"
                + ".filter(function (i) { return i.naturalWidth === 0; })"
                + ".map(function (i) { return i.currentSrc || i.src; });");
  }

  /**
   * Saves a picture of the whole page (not only the viewport) as {@code
   * target/screenshots/<name>.png}, pictures below the fold loaded first.
   */
  Path screenshot(String name) throws IOException {
    brokenImages();
    @SuppressWarnings("unchecked")
    Map<String, Object> metrics =
        (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
    Map<String, Object> clip =
        Map.of(
            "x",
            0,
            "y",
            0,
            "width",
            ((Number) content.get("width")).doubleValue(),
            "height",
            Math.min(((Number) content.get("height")).doubleValue(), 16_000),
            "scale",
            1);
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    Files.createDirectories(SCREENSHOTS);
    Path file = SCREENSHOTS.resolve(name + ".png");
    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    return file;
  }

  /** One rule axe-core found broken on a page, with its impact and a readable report. */
  record Violation(String impact, String report) {

    /** Whether the impact is serious or critical: what the build does not accept. */
    boolean serious() {
      return "serious".equals(impact) || "critical".equals(impact);
    }
  }

  /**
   * Runs axe-core (bundled with the {@code com.deque.html.axe-core:selenium} test dependency, never
   * fetched) on the current page against WCAG 2.2 A and AA and axe's best practices, and returns
   * every violation, with the nodes it names.
   *
   * @param what the page and width, for the report
   * @param parts CSS selectors of the parts of the page to check, or none for the whole page
   */
  List<Violation> accessibilityViolations(String what, String... parts) {
    AxeBuilder axe =
        new AxeBuilder()
            .withTags(
                List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"));
    for (String part : parts) {
      axe.include(part);
    }
    Results results = axe.analyze(driver);
    assertTrue(results.getPasses() != null && !results.getPasses().isEmpty(), "axe ran");
    List<Violation> found = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      StringBuilder text = new StringBuilder();
      text.append(what)
          .append(": [")
          .append(rule.getImpact())
          .append("] ")
          .append(rule.getId())
          .append(": ")
          .append(rule.getHelp());
      for (CheckedNode node : rule.getNodes()) {
        text.append("\n    ").append(node.getTarget()).append(" ").append(node.getHtml());
        if (node.getFailureSummary() != null) {
          text.append("\n      ").append(node.getFailureSummary().replace("\n", "\n      "));
        }
      }
      found.add(new Violation(rule.getImpact(), text.toString()));
    }
    return found;
  }
}
