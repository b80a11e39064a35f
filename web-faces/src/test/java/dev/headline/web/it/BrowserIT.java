package dev.headline.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A reader in a real browser (headless Chromium) on the real {@code headline.war}: from the home
 * page through a section to an article, the "A A" text size, a share, the keyboard, the layout at a
 * phone's, a tablet's and a desktop's width (with screenshots under {@code target/screenshots/}),
 * an axe-core accessibility check of the main pages, and the reader's own steps: live search in the
 * header, a comment held for moderation and then a reply published at once, and an account
 * registered, used and recovered through the password-reset mail (caught by GreenMail).
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

  private static final String PASSWORD = "a long enough secret";

  /** Catches the portal's mail (the password reset) on the port the build reserved. */
  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(
              new ServerSetup(
                  Integer.getInteger("headline.it.smtp.port"),
                  "127.0.0.1",
                  ServerSetup.PROTOCOL_SMTP))
          .withPerMethodLifecycle(false);

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.headlineWar()
        .addClasses(CommentApprovalFixture.class, LiveCoverageFixture.class);
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
    browser.follow(section);
    assertEquals(sectionName, browser.text("main h1"));
    assertTrue(browser.path().matches("[a-z0-9-]+/"), browser.path());

    WebElement card = browser.find("main .card h3 a");
    String title = card.getText();
    browser.follow(card);
    assertEquals(title, browser.text("main h1"));
    assertTrue(browser.path().startsWith(sectionPathOf(browser.path())), browser.path());
    assertTrue(
        browser.text(".reading-time").matches("Reading Time: \\d+ mins? read"),
        browser.text(".reading-time"));
    assertTrue(browser.text(".engagement .views").matches("\\d+ VIEWS?"));
    assertTrue(browser.text(".engagement .shares").matches("\\d+ SHARES?"));
    // The section's newest article may be another test class's, with a one-line body.
    assertTrue(browser.find(".story .body").isDisplayed(), "the body is shown");
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

  @Test
  void liveSearchSuggestsArticlesAndOpensThemOrAllResults() throws Exception {
    browser.viewport(1280).open(articlePath(0));
    String title = browser.text("main h1");
    String word = longestWord(title);
    String article = browser.driver().getCurrentUrl();

    // Matches appear under the box once the reader pauses typing; Arrow Down and Enter open one.
    browser.open("");
    WebElement box = browser.find("#site-search-q");
    assertEquals("combobox", box.getAttribute("role"));
    box.sendKeys(word);
    List<WebElement> matches = liveMatches();
    assertTrue(matches.size() >= 1 && matches.size() <= 5, matches.size() + " matches");
    assertEquals("true", box.getAttribute("aria-expanded"));
    List<String> hrefs = new ArrayList<>();
    for (WebElement match : matches) {
      hrefs.add(base.toURI().resolve(match.getAttribute("data-href")).toString());
    }
    assertTrue(hrefs.contains(article), "the article whose title has \"" + word + "\": " + hrefs);
    assertTrue(browser.find(".live-all").isDisplayed(), "View All Result");
    assertEquals("View All Result", browser.text(".live-all"));
    box.sendKeys(Keys.ARROW_DOWN);
    assertEquals("true", matches.get(0).getAttribute("aria-selected"));
    assertEquals(matches.get(0).getAttribute("id"), box.getAttribute("aria-activedescendant"));
    box.sendKeys(Keys.ENTER);
    browser.until(d -> hrefs.get(0).equals(d.getCurrentUrl()));
    assertFalse(browser.text("main h1").isEmpty(), "the first match's article opened");

    // On a phone the open list fits the screen.
    browser.viewport(375).open("");
    browser.find("#site-search-q").sendKeys(word);
    liveMatches();
    browser.assertNoHorizontalOverflow("live search at 375 px");
    browser.screenshot("live-search-375");
    WebElement touched = liveMatches().get(0);
    String touchedHref = base.toURI().resolve(touched.getAttribute("data-href")).toString();
    touched.click();
    browser.until(d -> touchedHref.equals(d.getCurrentUrl()));
    browser.viewport(1280);

    // The open list, checked on its own: axe counts what a pop-up covers as obscured targets.
    browser.open("");
    box = browser.find("#site-search-q");
    box.sendKeys(word);
    liveMatches();
    List<String> serious =
        browser.accessibilityViolations("the live list", "form.site-search").stream()
            .filter(Browser.Violation::serious)
            .map(Browser.Violation::report)
            .toList();
    assertTrue(serious.isEmpty(), "serious or critical:\n" + String.join("\n", serious));

    // Nonsense finds nothing, and says so.
    browser.open("");
    box = browser.find("#site-search-q");
    box.sendKeys("qzxv" + "jkwy");
    assertEquals("No Result", browser.text(".live-results .live-empty"));
    assertTrue(browser.all("#live-results-list [role=option]").isEmpty());
    assertFalse(browser.all(".live-all").get(0).isDisplayed(), "nothing to view all of");
    box.sendKeys(Keys.ESCAPE);
    assertFalse(browser.all(".live-results").get(0).isDisplayed(), "Escape closes the list");

    // "View All Result" opens the results page for what was typed.
    box.sendKeys(Keys.chord(Keys.CONTROL, "a"), word);
    liveMatches();
    browser.click(".live-all");
    browser.until(d -> d.getCurrentUrl().contains("search/"));
    assertTrue(browser.path().startsWith("search/?q="), browser.path());
    assertEquals("Search results for “" + word + "”", browser.text("main h1"));
    assertTrue(
        browser.all("main a").stream().anyMatch(a -> article.equals(a.getAttribute("href"))),
        "the article is among the results");
    String results = browser.path();
    for (int width : new int[] {375, 1280}) {
      browser.viewport(width).open(results);
      browser.assertNoHorizontalOverflow("search results at " + width + " px");
      assertEquals(List.of(), browser.brokenImages(), "search results at " + width + " px");
      browser.screenshot("search-" + width);
    }
    assertNoSeriousViolations("search results");
  }

  @Test
  void aNewReadersCommentAwaitsModerationThenTheirReplyIsPublishedAtOnce() throws Exception {
    browser.driver().manage().deleteAllCookies();
    String path = articlePath(4);
    browser.viewport(1280).open(path);
    long before = commentCount(browser.text("#comments-title"));
    String email = "reader." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

    browser.find("#comment-name").sendKeys("Mary <i>Reader</i>");
    browser.find("#comment-email").sendKeys(email);
    browser.find("#comment-text").sendKeys("A first thought.\nAnd a second line.");
    browser.click(".comment-form button[type=submit]");
    assertEquals(
        "Thank you. Your comment awaits moderation and will appear once it is approved.",
        browser.text("#comments .comment-notice"));
    assertTrue(browser.path().startsWith(path), browser.path());
    assertEquals(commentHeading(before), browser.text("#comments-title"), "not shown yet");
    assertTrue(
        browser.all("#comments .comment-author").stream()
            .noneMatch(a -> a.getText().equals("Mary <i>Reader</i>")),
        "held, not shown");

    assertEquals("1", approve(email), "one comment held for this reader");
    browser.open(path);
    assertEquals(commentHeading(before + 1), browser.text("#comments-title"));
    WebElement comment = commentBy("Mary <i>Reader</i>");
    assertEquals(
        "A first thought.\nAnd a second line.",
        comment.findElement(By.cssSelector(".comment-text")).getText(),
        "escaped, its line break kept");

    // Reply turns the form into a reply (no reload); the same reader is now published at once.
    String parentId = comment.getAttribute("id");
    comment.findElement(By.cssSelector("a.comment-reply")).click();
    assertEquals(
        parentId.substring("comment-".length()),
        browser.all("#comment-parent").get(0).getAttribute("value"));
    browser.click("#replying-to a.cancel-reply");
    assertEquals("", browser.all("#comment-parent").get(0).getAttribute("value"), "Cancel reply");
    assertFalse(browser.all("#replying-to").get(0).isDisplayed());
    comment.findElement(By.cssSelector("a.comment-reply")).click();
    assertEquals("Replying to Mary <i>Reader</i>", browser.text("#replying-to .replying-to-name"));
    assertEquals(
        browser.driver().findElement(By.id("comment-text")),
        browser.driver().switchTo().activeElement(),
        "the focus is in the text box");
    fill("comment-name", "Mary <i>Reader</i>");
    fill("comment-email", email);
    fill("comment-text", "Answering myself.");
    browser.click(".comment-form button[type=submit]");
    // The click starts a navigation: the old page's heading may still be read for a moment.
    String twoMore = commentHeading(before + 2);
    browser.until(d -> twoMore.equals(browser.text("#comments-title")));
    assertEquals(twoMore, browser.text("#comments-title"));
    WebElement reply =
        browser.until(
            d ->
                d.findElements(By.cssSelector("#comments .comment-replies .comment")).stream()
                    .filter(c -> c.getText().contains("Answering myself."))
                    .findFirst()
                    .orElse(null));
    WebElement thread =
        (WebElement) browser.script("return arguments[0].closest('.comment-thread')", reply);
    assertEquals(
        parentId,
        thread.findElement(By.cssSelector(":scope > .comment")).getAttribute("id"),
        "under its parent");

    for (int width : new int[] {375, 1280}) {
      browser.viewport(width).open(path);
      browser.script("document.getElementById('comments').scrollIntoView()");
      browser.assertNoHorizontalOverflow("article with comments at " + width + " px");
      browser.screenshot("article-comments-" + width);
    }
    assertNoSeriousViolations("article with comments");
  }

  @Test
  void aReaderRegistersLogsInAndResetsAForgottenPasswordByMail() throws Exception {
    browser.driver().manage().deleteAllCookies();
    String name = "ada." + UUID.randomUUID().toString().substring(0, 8);
    String shown = "Ada L.";
    browser.viewport(1280).open("");
    browser.follow(".account-nav a[href$='/account/register']");
    assertEquals("Create an account", browser.text("main h1"));
    assertNoSeriousViolations("register");
    browser.viewport(375);
    browser.assertNoHorizontalOverflow("register at 375 px");
    browser.screenshot("register-375");
    browser.viewport(1280);
    fill("register:username", name);
    fill("register:email", name + "@example.org");
    fill("register:displayName", shown);
    fill("register:password", PASSWORD);
    fill("register:confirmation", PASSWORD);
    browser.click("[id='register:submit']");
    assertEquals(shown, browser.text(".account-name"), "signed in once registered");

    logOut();
    logIn(name, PASSWORD);
    assertEquals(shown, browser.text(".account-name"), "the top bar shows the name");
    logOut();

    // Forgotten password: the link in the mail sets a new one, once.
    int mailsBefore = MAIL.getReceivedMessages().length;
    browser.follow(".account-nav a[href$='/account/login']");
    assertEquals("Login to your account", browser.text("main h1"));
    assertNoSeriousViolations("login");
    browser.follow(browser.driver().findElement(By.linkText("Forgotten Password?")));
    assertEquals("Retrieve your password", browser.text("main h1"));
    assertNoSeriousViolations("forgotten");
    fill("forgotten:login", name);
    browser.click("[id='forgotten:submit']");
    assertTrue(browser.text(".form-notice").startsWith("If an account matches"));
    assertTrue(MAIL.waitForIncomingEmail(15_000, mailsBefore + 1), "the reset mail");
    MimeMessage mail = MAIL.getReceivedMessages()[mailsBefore];
    assertEquals(name + "@example.org", mail.getAllRecipients()[0].toString());
    String text = (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
    Matcher link =
        Pattern.compile(Pattern.quote(base.toString()) + "account/reset\\?token=[A-Za-z0-9_-]+")
            .matcher(text);
    assertTrue(link.find(), text);
    browser.driver().get(link.group());
    assertEquals("Set a new password", browser.text("main h1"));
    assertNoSeriousViolations("reset");
    String newPassword = "a brand new secret";
    fill("reset:password", newPassword);
    fill("reset:confirmation", newPassword);
    browser.click("[id='reset:submit']");
    assertEquals(
        "Your new password is set. You can log in with it now.", browser.text(".form-notice"));

    logIn(name, PASSWORD);
    assertEquals(
        "The username, email address or password is not right.",
        browser.text(".form-errors"),
        "the old password is refused");
    logIn(name, newPassword);
    assertEquals(shown, browser.text(".account-name"), "signed in with the new password");
    logOut();
    browser.driver().get(link.group());
    assertTrue(browser.all("[id='reset:password']").isEmpty(), "the link works once");
    assertTrue(browser.text(".form-errors").startsWith("This link does not work"));
  }

  // Small page helpers: the addresses a test starts from, read from the portal itself.

  /** The path of the first section in the main menu that has subsections, like "world-news/". */
  private String sectionPath() {
    browser.open("");
    return relative(browser.find(".mainnav .menu > li.has-sub > a").getAttribute("href"));
  }

  /**
   * The path of the n-th article of the demo content on the home page: one with an author, tags and
   * a body of paragraphs. Other test classes of the build share the database and publish articles
   * of their own, some without a paragraph or an author, so the latest list alone will not do. Read
   * over plain HTTP (a reader's view of each candidate counts, as any reader's does).
   */
  private String articlePath(int n) {
    try {
      HttpClient http = HttpClient.newHttpClient();
      String home = http.send(request(""), HttpResponse.BodyHandlers.ofString()).body();
      int found = 0;
      for (String href :
          Jsoup.parse(home).select("main .card h3 a").eachAttr("href").stream()
              .distinct()
              .toList()) {
        String path = href.substring(base.getPath().length());
        Document page =
            Jsoup.parse(http.send(request(path), HttpResponse.BodyHandlers.ofString()).body());
        Element paragraph = page.selectFirst(".story .body p");
        if (paragraph != null
            && paragraph.text().length() > 20
            && page.selectFirst(".author-box .author-name a") != null
            && page.selectFirst(".tags a[rel=tag]") != null
            && found++ == n) {
          return path;
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    throw new AssertionError("fewer than " + (n + 1) + " demo articles on the home page");
  }

  private HttpRequest request(String path) {
    try {
      return HttpRequest.newBuilder(base.toURI().resolve(path)).build();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
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

  /** Waits for the live search's matches (debounced, fetched) and returns them. */
  private List<WebElement> liveMatches() {
    return browser.until(
        d -> {
          List<WebElement> options =
              d.findElements(By.cssSelector("#live-results-list [role=option]"));
          return !options.isEmpty() && options.get(0).isDisplayed() ? options : null;
        });
  }

  /** The longest word of a title, to search for. */
  private static String longestWord(String title) {
    String longest = "";
    for (String word : title.split("[^\\p{L}]+")) {
      if (word.length() > longest.length()) {
        longest = word;
      }
    }
    assertTrue(longest.length() >= 4, title);
    return longest.toLowerCase(Locale.ROOT);
  }

  @Test
  void aLiveStoryShowsNewUpdatesWithoutAReload() throws Exception {
    String[] story = fixture("test-fixture/live", "op=story").split(" ");
    browser.viewport(1280).open(story[1].substring(1));
    assertEquals("live", browser.text(".story .labels .label-live").toLowerCase(Locale.ROOT));
    assertEquals(0, browser.all(".live-list li").size(), "no updates yet");
    fixture("test-fixture/live", "op=update&article=" + story[0] + "&body=First+update");
    fixture("test-fixture/live", "op=update&article=" + story[0] + "&body=Second+update");
    // The page polls every second in the tests (headline.live.poll-seconds): no reload.
    WebElement newest =
        browser.until(
            d ->
                d.findElements(By.cssSelector(".live-list li")).size() == 2
                    ? d.findElement(By.cssSelector(".live-list li .live-body"))
                    : null);
    assertEquals("Second update", newest.getText(), "newest first");
    assertTrue(browser.text(".live-status").length() > 0, "announced to screen readers");
  }

  /** Posts form fields to a test fixture and answers its text. */
  private String fixture(String path, String form) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.toURI().resolve(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), answer.body());
    return answer.body().trim();
  }

  /** Approves, through the test fixture, the pending comments sent with {@code email}. */
  private String approve(String email) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.toURI().resolve("test-fixture/approve-comments"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), answer.body());
    return answer.body().trim();
  }

  /** The approved comment whose author is {@code name}. */
  private WebElement commentBy(String name) {
    return browser.until(
        d ->
            d.findElements(By.cssSelector("#comments .comment")).stream()
                .filter(
                    c -> c.findElement(By.cssSelector(".comment-author")).getText().equals(name))
                .findFirst()
                .orElse(null));
  }

  private static long commentCount(String heading) {
    return heading.equals("No comments yet") ? 0 : number(heading);
  }

  private static String commentHeading(long count) {
    return count == 0 ? "No comments yet" : count == 1 ? "1 Comment" : count + " Comments";
  }

  /** Types into the form field with the Faces client id {@code id}, replacing what it held. */
  private void fill(String id, String text) {
    WebElement field = browser.find("[id='" + id + "']");
    field.clear();
    field.sendKeys(text);
  }

  private void logIn(String user, String password) {
    browser.open("account/login");
    fill("login:user", user);
    fill("login:password", password);
    browser.click("[id='login:submit']");
    browser.until(
        d ->
            !d.getCurrentUrl().contains("account/login")
                || !d.findElements(By.cssSelector(".form-errors")).isEmpty());
  }

  private void logOut() {
    browser.click(".account-nav a[href$='/account/logout']");
    browser.click("[id='logout:submit']");
    browser.find(".account-nav a[href$='/account/login']");
    assertTrue(browser.all(".account-name").isEmpty(), "signed out");
  }

  /** Runs axe-core on the current page and fails on a serious or critical violation. */
  private void assertNoSeriousViolations(String what) {
    List<String> serious =
        browser.accessibilityViolations(what).stream()
            .filter(Browser.Violation::serious)
            .map(Browser.Violation::report)
            .toList();
    assertTrue(serious.isEmpty(), "serious or critical:\n" + String.join("\n", serious));
  }
}
