package dev.headline.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The newsroom in a real browser (headless Chromium) on the real {@code headline.war}: an author
 * writes, previews and schedules an article that the server then publishes on its own; a featured
 * image is uploaded and readers get its resized variants; an editor moderates a reader's comment;
 * two editors save the same article and the second loses nothing. The dashboard and the editor are
 * checked with axe-core.
 *
 * <p>Two browsers serve the class: {@code desk} for the staff member a test signs in, {@code other}
 * for the second person (a reader, or a second editor). Staff accounts come from the test-only
 * {@link NewsroomFixtures} servlet; everything else goes through the pages.
 */
@ExtendWith(ArquillianExtension.class)
class NewsroomBrowserIT {

  private static final System.Logger LOG = System.getLogger(NewsroomBrowserIT.class.getName());

  /**
   * Where the article's body is typed: the rich-text editor's {@code contenteditable}, which keeps
   * the form's textarea in sync.
   */
  private static final String BODY_FIELD = "#body-editor";

  private static final DateTimeFormatter LOCAL_SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

  /** The staff member's browser; shared by the tests (starting Chromium takes seconds). */
  private static Browser desk;

  /** A second person's browser: a reader, or a second editor. Started when first needed. */
  private static Browser other;

  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.headlineWar().addClass(NewsroomFixtures.class);
  }

  @ArquillianResource URL base;

  @BeforeEach
  void browser() {
    if (desk == null) {
      desk = Browser.start(base);
    }
    desk.viewport(1280);
  }

  @AfterAll
  static void closeBrowsers() {
    for (Browser browser : new Browser[] {desk, other}) {
      if (browser != null) {
        browser.quit();
      }
    }
    desk = null;
    other = null;
  }

  @Test
  void anAuthorWritesPreviewsAndSchedulesAndTheServerPublishesOnTime() throws Exception {
    String author = account("AUTHOR");
    signIn(desk, author, "newsroom/edit");
    assertEquals("New article", desk.text("main h1"));

    String title = "Harbour lights return " + unique("");
    fill(desk, "edit:title", title);
    fill(desk, "edit:standfirst", "The old lamps are lit again after <forty> years.");
    typeBody(desk, "Fishermen gathered on the quay as the first lamp came on.");
    Select primary = new Select(desk.find("[id='edit:primary']"));
    String sectionPath = leafSection(primary);
    primary.selectByVisibleText(sectionPath);
    desk.click("[id='edit:save']");
    desk.until(d -> d.getCurrentUrl().contains("id="));
    assertEquals("Saved.", desk.text(".nr-messages"));
    assertEquals("DRAFT", desk.text("#article-status"));
    assertEquals(title, desk.find("[id='edit:title']").getAttribute("value"));
    String slug = desk.find("[id='edit:slug']").getAttribute("value");
    assertFalse(slug.isBlank(), "a slug is made from the headline");
    String articlePath = sectionPath.substring(1) + slug;
    String editor = desk.path();
    accessibility(desk, "the editor");

    // The preview: the readers' article view, marked as a preview, in the staff's session.
    String preview = desk.find("#preview").getAttribute("href");
    desk.driver().get(preview);
    assertEquals(title, desk.text(".story h1"));
    assertEquals(
        "The old lamps are lit again after <forty> years.",
        desk.text(".story .standfirst"),
        "escaped");
    assertTrue(
        desk.text(".story .body").contains("Fishermen gathered on the quay"),
        desk.text(".story .body"));
    assertTrue(desk.text(".preview-banner").startsWith("Preview"), desk.text(".preview-banner"));
    assertTrue(desk.text(".preview-banner").contains("DRAFT"), desk.text(".preview-banner"));
    assertEquals(404, get(articlePath).statusCode(), "readers cannot see a draft");

    // Scheduled a few seconds ahead (the IT server checks every second).
    desk.open(editor);
    Instant when = Instant.now().plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
    desk.script(
        "arguments[0].value = arguments[1]",
        desk.find("[id='edit:scheduleAt']"),
        LOCAL_SECONDS.format(when));
    desk.click("[id='edit:schedule']");
    desk.until(d -> d.findElement(By.id("article-status")).getText().equals("SCHEDULED"));
    assertEquals("Scheduled.", desk.text(".nr-messages"));
    HttpResponse<String> early = get(articlePath);
    if (Instant.now().isBefore(when.minusMillis(500))) {
      assertEquals(404, early.statusCode(), "not before its time");
    }

    HttpResponse<String> page =
        eventually(Duration.ofSeconds(40), () -> get(articlePath), r -> r.statusCode() == 200);
    // Polled since before its time: the first answer of 200 comes once the time is reached.
    assertFalse(Instant.now().isBefore(when), "published at its time, not before");
    assertTrue(page.body().contains(title), "the public page shows it");
    assertFalse(page.body().contains("preview-banner"), "readers see no preview banner");

    // The section's list shows it (its pages catch up within the cache's settle window).
    Browser reader = other();
    reader.driver().manage().deleteAllCookies();
    reader.open(sectionPath.substring(1));
    WebElement link =
        eventually(
            Duration.ofSeconds(30),
            () -> {
              reader.reload();
              return reader.all("main .card h3 a").stream()
                  .filter(a -> a.getText().equals(title))
                  .findFirst()
                  .orElse(null);
            },
            a -> a != null);
    assertTrue(link.getAttribute("href").endsWith("/" + articlePath), link.getAttribute("href"));
    reader.follow(link);
    assertEquals(title, reader.text("main h1"));

    desk.open("newsroom");
    assertEquals("Dashboard", desk.text("main h1"));
    assertTrue(desk.text("#published").contains(title), desk.text("#published"));
    accessibility(desk, "the dashboard");
  }

  @Test
  void anUploadedFeaturedImageReachesReadersInSeveralWidths() throws Exception {
    String author = account("AUTHOR");
    signIn(desk, author, "newsroom/edit");
    String title = "Lighthouse keepers meet " + unique("");
    fill(desk, "edit:title", title);
    typeBody(desk, "They compared lamps and logbooks.");
    desk.click("[id='edit:save']");
    desk.until(d -> d.getCurrentUrl().contains("id="));

    Path jpeg = Files.createTempFile("featured-", ".jpg");
    String media;
    try {
      writeJpeg(jpeg, 1600, 900);
      desk.find("[id='edit:featured-upload']").sendKeys(jpeg.toAbsolutePath().toString());
      desk.click("[id='edit:featured-upload-send']");
      // The upload is chosen at once and joins the library's grid.
      media = desk.find("#featured-chosen").getAttribute("data-media");
    } finally {
      Files.deleteIfExists(jpeg);
    }
    assertTrue(media.matches("[1-9][0-9]*"), media);
    desk.click("[id='edit:featured-remove']");
    desk.find("#featured-none");
    desk.click("#featured-pick-" + media);
    assertEquals(media, desk.find("#featured-chosen").getAttribute("data-media"), "picked again");
    fill(desk, "edit:featured-alt", "A sky from blue to orange over the harbour");
    desk.click("[id='edit:publish']");
    desk.until(d -> d.findElement(By.id("article-status")).getText().equals("PUBLISHED"));
    String articlePath = publicPath(desk.find("[id='edit:slug']").getAttribute("value"));

    Browser reader = other();
    reader.driver().manage().deleteAllCookies();
    reader.viewport(1280).open(articlePath);
    assertEquals(title, reader.text("main h1"));
    WebElement img = reader.find(".story figure.featured img");
    String srcset = img.getAttribute("srcset");
    List<String> sources = new ArrayList<>();
    for (String candidate : srcset.split(",")) {
      String[] parts = candidate.strip().split("\\s+");
      assertTrue(parts.length == 2 && parts[1].matches("\\d+w"), srcset);
      sources.add(parts[0]);
    }
    assertTrue(sources.size() >= 3, "several widths: " + srcset);
    for (String source : sources) {
      HttpResponse<byte[]> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(reader.driver().getCurrentUrl()).resolve(source))
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, answer.statusCode(), source);
      assertTrue(
          answer.headers().firstValue("Content-Type").orElse("").startsWith("image/"), source);
      assertTrue(answer.body().length > 0, source);
    }
    assertEquals(
        "A sky from blue to orange over the harbour", img.getAttribute("alt"), "its alt text");
    assertEquals(List.of(), reader.brokenImages());
  }

  @Test
  void anEditorApprovesAReadersCommentAndMarksTwoAsSpamAtOnce() throws Exception {
    long article = publishedArticle("Tide tables " + unique(""));
    String articlePath = publicPath(slugOf(article));

    Browser reader = other();
    reader.driver().manage().deleteAllCookies();
    reader.viewport(1280).open(articlePath);
    String name = "Reader " + unique("");
    reader.find("#comment-name").sendKeys(name);
    reader.find("#comment-email").sendKeys(unique("reader.") + "@example.org");
    reader.find("#comment-text").sendKeys("The tables were right to the minute.");
    reader.click(".comment-form button[type=submit]");
    assertTrue(
        reader.text("#comments .comment-notice").contains("awaits moderation"),
        "the first comment is held");

    String[] spam = {comment(article, unique("spam")), comment(article, unique("spam"))};

    signIn(desk, account("EDITOR"), "newsroom/comments");
    assertEquals("Comments", desk.text("main h1"));
    accessibility(desk, "the comment queue");
    WebElement row = rowOf(p -> p.getText().startsWith(name + " ·"));
    row.findElement(By.cssSelector("input[type=submit][value=Approve]")).click();
    desk.until(d -> d.findElements(By.cssSelector(".nr-messages")).size() > 0);
    assertTrue(desk.text(".nr-messages").contains("1 comment(s) changed"));

    for (String id : spam) {
      rowOf(p -> id.equals(p.getAttribute("data-comment")))
          .findElement(By.cssSelector("input[type=checkbox]"))
          .click();
    }
    desk.click("[id='queue:bulkSpam']");
    desk.until(d -> d.findElement(By.cssSelector(".nr-messages")).getText().contains("2 comment"));
    for (String id : spam) {
      assertEquals("SPAM", fixture("op=comment-status&id=" + id), "comment " + id);
      assertTrue(desk.all("p[data-comment='" + id + "']").isEmpty(), "left the pending tab");
    }

    // The reader sees their comment now (the article's cached page is dropped on approval).
    WebElement shown =
        eventually(
            Duration.ofSeconds(20),
            () -> {
              reader.open(articlePath);
              return reader.all("#comments .comment").stream()
                  .filter(c -> c.getText().contains(name))
                  .findFirst()
                  .orElse(null);
            },
            c -> c != null);
    assertEquals(
        "The tables were right to the minute.",
        shown.findElement(By.cssSelector(".comment-text")).getText());
    assertTrue(
        reader.all("#comments .comment").stream()
            .noneMatch(c -> c.getText().contains("A comment from spam")),
        "spam stays hidden");
  }

  @Test
  void theSecondEditorToSaveSeesBothVersionsAndKeepsTheirOwnText() throws Exception {
    signIn(desk, account("EDITOR"), "newsroom/edit");
    fill(desk, "edit:title", "Storm warning " + unique(""));
    typeBody(desk, "Gales expected overnight.");
    desk.click("[id='edit:save']");
    desk.until(d -> d.getCurrentUrl().contains("id="));
    String editor = desk.path();

    Browser second = other();
    signIn(second, account("EDITOR"), editor);
    assertEquals("Edit article", second.text("main h1"));
    desk.open(editor);

    String firstTitle = "Storm warning: gales at midnight";
    fill(desk, "edit:title", firstTitle);
    desk.follow("[id='edit:save']");
    assertEquals("Saved.", desk.text(".nr-messages"));

    String secondTitle = "Storm warning: ferries cancelled";
    fill(second, "edit:title", secondTitle);
    typeBody(second, " Ferries stay in port.");
    second.follow("[id='edit:save']");
    String message = second.text(".nr-messages");
    assertTrue(message.contains("Someone else saved this article"), message);
    assertEquals(firstTitle, second.text("#conflict .their-title"), "their version is shown");
    assertTrue(
        second.text("#conflict .their-body").contains("Gales expected overnight."),
        "with their body");
    assertEquals(
        secondTitle, second.find("[id='edit:title']").getAttribute("value"), "mine is kept");
    // The textarea the form sends (kept in sync by the rich-text editor, when there is one).
    String mine = second.all("[id='edit:body']").get(0).getAttribute("value");
    assertTrue(mine.contains("Ferries stay in port."), "my body is kept: " + mine);

    accessibility(second, "the editor with a conflict");

    // Saving again deliberately replaces their version with mine.
    second.follow("[id='edit:save']");
    assertEquals("Saved.", second.text(".nr-messages"));
    assertTrue(second.all("#conflict").isEmpty(), "the conflict is resolved");
    desk.open(editor);
    assertEquals(secondTitle, desk.find("[id='edit:title']").getAttribute("value"));
  }

  // ---- steps ----

  /** Opens {@code path}, is sent to the login page, signs in and lands back on {@code path}. */
  private void signIn(Browser browser, String username, String path) {
    browser.driver().manage().deleteAllCookies();
    browser.open(path);
    browser.until(d -> d.getCurrentUrl().contains("/account/login"));
    fill(browser, "login:user", username);
    fill(browser, "login:password", NewsroomFixtures.PASSWORD);
    browser.click("[id='login:submit']");
    String wanted = base.toString() + path;
    browser.until(d -> d.getCurrentUrl().startsWith(wanted));
    assertEquals(username, browser.text(".nr-username"));
  }

  /** Types at the end of the article's body field (see {@link #BODY_FIELD}). */
  private static void typeBody(Browser browser, String text) {
    browser.find(BODY_FIELD).sendKeys(text);
  }

  private static void fill(Browser browser, String id, String text) {
    WebElement field = browser.find("[id='" + id + "']");
    field.clear();
    field.sendKeys(text);
  }

  /** The label of a section without subsections ("/world-news/europe/"), from the editor's list. */
  private static String leafSection(Select sections) {
    List<String> paths =
        sections.getOptions().stream()
            .map(WebElement::getText)
            .filter(p -> p.startsWith("/"))
            .toList();
    return paths.stream()
        .filter(p -> paths.stream().noneMatch(q -> q.length() > p.length() && q.startsWith(p)))
        .max(Comparator.comparingInt(String::length))
        .orElseThrow();
  }

  /** The row of the comment queue whose "by" line matches. */
  private WebElement rowOf(java.util.function.Predicate<WebElement> by) {
    return desk.until(
        d ->
            d.findElements(By.cssSelector("p.nr-comment-by")).stream()
                .filter(by)
                .findFirst()
                .map(p -> p.findElement(By.xpath("./ancestor::tr")))
                .orElse(null));
  }

  /** A new article of this test, written and published by a new author in the editor; its id. */
  private long publishedArticle(String title) throws Exception {
    signIn(desk, account("AUTHOR"), "newsroom/edit");
    fill(desk, "edit:title", title);
    typeBody(desk, "Published for the comments.");
    desk.click("[id='edit:save']");
    desk.until(d -> d.getCurrentUrl().contains("id="));
    long id = Long.parseLong(desk.path().replaceAll(".*[?&]id=([0-9]+).*", "$1"));
    desk.click("[id='edit:publish']");
    desk.until(d -> d.findElement(By.id("article-status")).getText().equals("PUBLISHED"));
    return id;
  }

  private String slugOf(long id) {
    desk.open("newsroom/edit?id=" + id);
    return desk.find("[id='edit:slug']").getAttribute("value");
  }

  /** The public path of a visible article, as the old "article/slug" address redirects to it. */
  private String publicPath(String slug) throws Exception {
    HttpResponse<String> moved = get("article/" + slug);
    assertEquals(301, moved.statusCode(), "article/" + slug);
    String location = moved.headers().firstValue("Location").orElseThrow();
    return base.toURI().relativize(base.toURI().resolve(location)).toString();
  }

  private Browser other() {
    if (other == null) {
      other = Browser.start(base);
    }
    return other.viewport(1280);
  }

  private void accessibility(Browser browser, String what) {
    List<Browser.Violation> found = browser.accessibilityViolations(what);
    found.forEach(v -> LOG.log(System.Logger.Level.INFO, "axe: " + v.report()));
    List<String> serious =
        found.stream().filter(Browser.Violation::serious).map(Browser.Violation::report).toList();
    assertTrue(serious.isEmpty(), "serious or critical:\n" + String.join("\n", serious));
  }

  // ---- fixtures and HTTP ----

  private String account(String role) throws Exception {
    String name = unique(role.toLowerCase());
    fixture("op=account&name=" + name + "&roles=" + role);
    return name;
  }

  /** A held comment posted by the fixture (from an address of its own); its id. */
  private String comment(long article, String who) throws Exception {
    String[] answer = fixture("op=comment&article=" + article + "&who=" + who).split("\n");
    assertEquals("HELD", answer[1], String.join(" ", answer));
    return answer[0];
  }

  private String fixture(String query) throws Exception {
    HttpResponse<String> response = get("it/newsroom?" + query);
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return get(base.toURI().resolve(path));
  }

  private HttpResponse<String> get(URI uri) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Asks again, every 300 ms, until the answer is accepted or the time is up. */
  private static <T> T eventually(
      Duration limit, Attempt<T> attempt, java.util.function.Predicate<T> accepted)
      throws Exception {
    Instant end = Instant.now().plus(limit);
    T last = attempt.get();
    while (!accepted.test(last)) {
      if (Instant.now().isAfter(end)) {
        throw new AssertionError("not within " + limit + "; last answer: " + describe(last));
      }
      Thread.sleep(300);
      last = attempt.get();
    }
    return last;
  }

  private static String describe(Object answer) {
    return answer instanceof HttpResponse<?> r ? r.statusCode() + " " + r.uri() : "" + answer;
  }

  /** One try of {@link #eventually}. */
  @FunctionalInterface
  private interface Attempt<T> {
    T get() throws Exception;
  }

  private static void writeJpeg(Path file, int width, int height) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(20, 60, 120), width, height, Color.ORANGE));
    g.fillRect(0, 0, width, height);
    g.dispose();
    assertTrue(ImageIO.write(image, "jpg", file.toFile()), "a JPEG writer");
  }

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }
}
