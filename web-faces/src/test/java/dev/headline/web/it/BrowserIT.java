package dev.headline.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A reader in a real browser (headless Chromium) on the real {@code headline.war}: from the home
 * page through a section to an article, the "A A" text size, a share, the keyboard, the layout at a
 * phone's, a tablet's and a desktop's width (with screenshots under {@code target/screenshots/}),
 * and an axe-core accessibility check of the main pages.
 *
 * <p>One browser serves every test of the class; each test sets the viewport it needs and opens its
 * own pages. A new reader's feature adds a test here and, where a step repeats, a method to {@link
 * Browser} or to the small page helpers at the end of this class.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {

  private static final Pattern NUMBER = Pattern.compile("(\\d+)");
  private static final System.Logger LOG = System.getLogger(BrowserIT.class.getName());

  /** Shared by the tests of this class: starting Chromium takes seconds. */
  private static Browser browser;

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.headlineWar();
  }

  @ArquillianResource URL base;

  @BeforeEach
  void browser() {
    if (browser == null) {
      browser = Browser.start(base);
    }
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }

  @Test
  void aReaderGoesFromHomeThroughASectionToAnArticle() {
    browser.viewport(1280).open("");
    WebElement section = browser.find(".mainnav .menu > li.has-sub > a");
    String sectionName = section.getText();
    section.click();
    assertEquals(sectionName, browser.text("main h1"));
    assertTrue(browser.path().matches("[a-z0-9-]+/"), browser.path());

    WebElement card = browser.find("main .card h3 a");
    String title = card.getText();
    card.click();
    assertEquals(title, browser.text("main h1"));
    assertTrue(browser.path().startsWith(sectionPathOf(browser.path())), browser.path());
    assertTrue(
        browser.text(".reading-time").matches("Reading Time: \\d+ mins? read"),
        browser.text(".reading-time"));
    assertTrue(browser.text(".engagement .views").matches("\\d+ VIEWS?"));
    assertTrue(browser.text(".engagement .shares").matches("\\d+ SHARES?"));
    assertTrue(browser.find(".story .body p").getText().length() > 20, "the body is shown");
  }

  @Test
  void theTextSizeButtonsScaleTheArticleAndTheChoiceSurvivesAReload() {
    browser.viewport(1280).open(articlePath(1));
    browser.script("localStorage.clear()");
    browser.reload();
    double normal = bodyFontSize();
    WebElement larger = browser.find(".text-size .text-larger");
    WebElement smaller = browser.find(".text-size .text-smaller");
    assertEquals("Larger text", larger.getAccessibleName());
    assertEquals("Smaller text", smaller.getAccessibleName());

    larger.click();
    double bigger = bodyFontSize();
    assertTrue(bigger > normal, bigger + " > " + normal);
    browser.reload();
    assertEquals(bigger, bodyFontSize(), 0.01, "remembered after a reload");

    // By keyboard: focus the smaller button and press Enter, then Space.
    smaller = browser.find(".text-size .text-smaller");
    browser.script("arguments[0].focus()", smaller);
    browser.press(Keys.ENTER);
    assertEquals(normal, bodyFontSize(), 0.01, "Enter on Smaller text");
    browser.press(Keys.SPACE);
    double small = bodyFontSize();
    assertTrue(small < normal, small + " < " + normal);
    for (int i = 0; i < 10; i++) {
      smaller.click();
    }
    assertEquals("true", smaller.getAttribute("aria-disabled"), "no smaller than the smallest");
    assertTrue(bodyFontSize() >= 12, "still readable: " + bodyFontSize());

    // The choice holds on every article, and only the article text changes.
    double smallest = bodyFontSize();
    browser.open(articlePath(2));
    assertEquals(smallest, bodyFontSize(), 0.01, "another article, the same choice");
    browser.script("localStorage.clear()");
    browser.reload();
    assertEquals(normal, bodyFontSize(), 0.01, "no choice, the normal size");

    // Without JavaScript the buttons could do nothing, so they are not shown.
    browser.javaScript(false);
    try {
      browser.reload();
      assertFalse(browser.all(".text-size").get(0).isDisplayed(), "hidden without JavaScript");
      assertEquals(normal, bodyFontSize(), 0.01);
    } finally {
      browser.javaScript(true);
    }
  }

  @Test
  void aShareIsCountedAndTheArticleShowsItAfterTheFlush() throws Exception {
    browser.viewport(1280).open(articlePath(3));
    long shares = number(browser.text(".engagement .shares"));
    WebElement facebook = browser.find(".engagement .share a.share-facebook");
    String href = facebook.getAttribute("href");
    assertTrue(href.matches(".*/share/\\d+/facebook"), href);
    assertEquals("_blank", facebook.getAttribute("target"));
    assertTrue(facebook.getAttribute("rel").contains("noopener"));

    // The browser sends the request a click would send, but does not follow the redirect to the
    // network (this machine has no way out): fetch with manual redirects stays on the site.
    Object type =
        browser.asyncScript(
            "var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {redirect: 'manual', credentials: 'same-origin'})"
                + ".then(function (r) { done(r.type); }, function (e) { done('error ' + e); });",
            href);
    assertEquals("opaqueredirect", type, "the share answered with a redirect");

    long deadline = System.nanoTime() + 30_000_000_000L;
    long seen = shares;
    while (seen <= shares && System.nanoTime() < deadline) {
      Thread.sleep(500);
      seen = number(browser.reload().text(".engagement .shares"));
    }
    assertEquals(shares + 1, seen, "the page shows the share after the flush");
  }

  @Test
  void theKeyboardReachesTheSkipLinkFirstAndOpensTheMenus() {
    browser.viewport(1280).open("");
    WebElement first = browser.tab();
    assertEquals("skip-link", first.getAttribute("class"));
    assertEquals("Skip to content", first.getText());
    assertTrue(browser.visibleInViewport(first), "the skip link shows when it has the focus");
    assertTrue(browser.showsFocus(first), "with a focus ring");
    browser.press(Keys.ENTER);
    assertTrue(browser.path().endsWith("#main"), browser.path());

    browser.open("");
    WebElement focused = null;
    for (int i = 0; i < 120; i++) {
      focused = browser.tab();
      if (Boolean.TRUE.equals(
          browser.script(
              "return arguments[0].matches('.mainnav .menu > li.has-sub > a')", focused))) {
        break;
      }
    }
    assertTrue(browser.visibleInViewport(focused), "a section of the main menu has the focus");
    assertTrue(browser.showsFocus(focused), "and shows it");
    WebElement dropdown =
        (WebElement)
            browser.script("return arguments[0].parentElement.querySelector('.sub')", focused);
    assertTrue(dropdown.isDisplayed(), "its drop-down opens with the focus");
    WebElement sub = browser.tab();
    assertTrue(
        (Boolean) browser.script("return arguments[0].contains(arguments[1])", dropdown, sub),
        "Tab goes into the drop-down");
    assertTrue(browser.visibleInViewport(sub), "and its entries are visible");

    // Escape closes the drop-down and leaves the focus on its section; it opens again on return.
    browser.press(Keys.ESCAPE);
    assertFalse(dropdown.isDisplayed(), "Escape closes the drop-down");
    assertEquals(focused, browser.driver().switchTo().activeElement());
    WebElement next = browser.tab();
    assertFalse(
        (Boolean) browser.script("return arguments[0].contains(arguments[1])", dropdown, next),
        "a closed drop-down is passed over");
    assertEquals(focused, browser.shiftTab(), "Shift+Tab comes back to the section");
    assertTrue(dropdown.isDisplayed(), "open again when the focus comes back");
    sub = browser.tab();
    String target = sub.getAttribute("href");
    browser.press(Keys.ENTER);
    assertEquals(target, browser.driver().getCurrentUrl(), "Enter follows the entry");

    // On a phone the menu is a disclosure: Enter opens it, and its links are reachable.
    browser.viewport(375).open("");
    for (int i = 0; i < 120; i++) {
      focused = browser.tab();
      if ("summary".equals(focused.getTagName())) {
        break;
      }
    }
    assertEquals("summary", focused.getTagName(), "the phone's menu button is reachable");
    assertFalse(browser.all(".offcanvas ul a").get(0).isDisplayed());
    browser.press(Keys.ENTER);
    assertTrue(browser.all(".offcanvas ul a").get(0).isDisplayed(), "Enter opens the menu");
    assertTrue(browser.visibleInViewport(browser.tab()), "the first link of the open menu");
  }

  @Test
  void pagesFitPhonesTabletsAndDesktopsAndArePictured() throws Exception {
    String section = sectionPath();
    String article = articlePath(0);
    for (int width : Browser.WIDTHS) {
      browser.viewport(width);
      for (String[] page :
          new String[][] {{"home", ""}, {"section", section}, {"article", article}}) {
        browser.open(page[1]);
        browser.assertNoHorizontalOverflow(page[0] + " at " + width + " px");
        assertEquals(List.of(), browser.brokenImages(), page[0] + " at " + width + " px");
        browser.screenshot(page[0] + "-" + width);
      }
      for (String path : new String[] {"about-us", "no-such-page"}) {
        browser.open(path);
        browser.assertNoHorizontalOverflow(path + " at " + width + " px");
      }
    }
  }

  @Test
  void theMainPagesHaveNoSeriousAccessibilityViolations() {
    List<String> serious = new ArrayList<>();
    List<String> all = new ArrayList<>();
    String[][] pages = {
      {"home", ""},
      {"section", sectionPath()},
      {"article", articlePath(0)},
      {"static page", "about-us"},
      {"404 page", "no-such-page"}
    };
    for (int width : new int[] {375, 1280}) {
      browser.viewport(width);
      for (String[] page : pages) {
        browser.open(page[1]);
        assertEquals("en", browser.script("return document.documentElement.lang"), page[0]);
        String what = page[0] + " at " + width + " px";
        for (Browser.Violation violation : browser.accessibilityViolations(what)) {
          all.add(violation.report());
          if (violation.serious()) {
            serious.add(violation.report());
          }
        }
      }
    }
    all.forEach(v -> LOG.log(System.Logger.Level.WARNING, "axe: " + v));
    assertTrue(serious.isEmpty(), "serious or critical:\n" + String.join("\n", serious));

    // The check itself: a picture without alt text on the page is caught.
    browser.script(
        "var img = document.createElement('img'); img.src = 'data:image/gif;base64,"
            + "R0lGODlhAQABAAAAACw='; document.querySelector('main').appendChild(img);");
    assertTrue(
        browser.accessibilityViolations("planted").stream()
            .anyMatch(v -> v.serious() && v.report().contains("image-alt")),
        "axe reports an image without alt text");
  }

  // Small page helpers: the addresses a test starts from, read from the portal itself.

  /** The path of the first section in the main menu that has subsections, like "world-news/". */
  private String sectionPath() {
    browser.open("");
    return relative(browser.find(".mainnav .menu > li.has-sub > a").getAttribute("href"));
  }

  /** The path of the n-th article of the home page's latest list. */
  private String articlePath(int n) {
    browser.open("");
    List<WebElement> links = browser.all(".latest .card h3 a");
    return relative(links.get(n).getAttribute("href"));
  }

  private String relative(String href) {
    String root = base.toString();
    assertTrue(href.startsWith(root), href);
    return href.substring(root.length());
  }

  private static String sectionPathOf(String articlePath) {
    return articlePath.substring(0, articlePath.indexOf('/') + 1);
  }

  private double bodyFontSize() {
    String size =
        (String)
            browser.script(
                "return getComputedStyle(document.querySelector('.story .body p')).fontSize");
    return Double.parseDouble(size.replace("px", ""));
  }

  private static long number(String text) {
    Matcher digits = NUMBER.matcher(text);
    assertTrue(digits.find(), text);
    return Long.parseLong(digits.group(1));
  }
}
