package dev.headline.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headline.core.content.application.ArticleService;
import dev.headline.core.content.domain.Article;
import dev.headline.core.engagement.api.CommentsChanged;
import dev.headline.core.spi.Engagement;
import dev.headline.core.spi.RankedArticle;
import dev.headline.engagement.comments.api.CommentModeration;
import dev.headline.engagement.comments.api.CommentRequest;
import dev.headline.engagement.comments.api.CommentService;
import dev.headline.engagement.comments.api.CommentStatus;
import dev.headline.engagement.comments.api.ModeratedComment;
import dev.headline.engagement.comments.api.ModerationAction;
import dev.headline.engagement.comments.api.PostResult;
import dev.headline.engagement.comments.infrastructure.CommentBoard;
import dev.headline.web.portal.Cards;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reader comments in the real WAR: readers post over HTTP (the plain form of the article page, the
 * same-origin check, the honeypot, the rate limit, the form shown again with what was typed) and
 * the newsroom moderates through the moderation API inside the server; the article page, the stats
 * API, {@code Engagement.counts} and {@code mostCommented} follow. The tests run inside the server
 * and talk HTTP to it, so one test can both post as a reader and approve as an editor. Runs on H2,
 * and again on PostgreSQL by the build's second failsafe execution.
 *
 * <p>Tests never share articles, e-mail addresses or User-Agents (the rate limit's visitor), so
 * they hold in any order.
 */
@ExtendWith(FreshPostgresSchema.class)
@ExtendWith(ArquillianExtension.class)
class CommentsIT {

  private static final String BROWSER =
      "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

  @Deployment
  static WebArchive war() throws URISyntaxException {
    File jsoup = new File(Jsoup.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return Deployments.headlineWar()
        .addClasses(CommentsIT.class, Announcements.class, FreshPostgresSchema.class)
        .addAsLibraries(jsoup);
  }

  /** Records every {@link CommentsChanged}. Read through methods: the test holds a proxy. */
  @ApplicationScoped
  public static class Announcements {
    private final List<CommentsChanged> events = new CopyOnWriteArrayList<>();

    public List<CommentsChanged> of(long articleId) {
      return events.stream().filter(e -> e.articleId() == articleId).toList();
    }

    void onChange(@Observes CommentsChanged event) {
      events.add(event);
    }
  }

  @ArquillianResource URL base;

  @Inject ArticleService articles;
  @Inject Cards cards;
  @Inject CommentService comments;
  @Inject CommentModeration moderation;
  @Inject CommentBoard board;
  @Inject Engagement engagement;
  @Inject Announcements announcements;

  @Test
  void aFirstCommentWaitsForApprovalThenTheAuthorIsTrusted() throws Exception {
    Article article = article(30);
    String path = cards.of(article).path();
    String email = unique("ada") + "@example.org";
    String agent = unique("reader");
    assertEquals(0, stats(article.getId()).get("comments"));

    HttpResponse<String> first =
        post(form(article, "Ada", email, "First!\nSecond line."), agent, sameOrigin());
    assertEquals(303, first.statusCode(), first.body());
    assertEquals(
        contextPath() + path + "?comment=pending#comments", location(first), "held, told so");
    Document pending = page(path + "?comment=pending");
    assertNotNull(pending.selectFirst("#comments .comment-notice"), "awaits moderation");
    assertTrue(pending.select("#comments .comment").isEmpty(), "not shown");
    assertEquals("No comments yet", pending.selectFirst("#comments-title").text());
    assertEquals(0, stats(article.getId()).get("comments"));
    assertNull(page(path + "?comment=%3Cb%3E").selectFirst(".comment-notice"), "whitelisted");

    ModeratedComment held = queued(CommentStatus.PENDING, email);
    assertEquals("Ada", held.name());
    assertEquals("First!\nSecond line.", held.body(), "stored as typed");
    assertEquals(32, held.visitor().length(), "a hash, not an address");
    assertTrue(moderation.approve(held.id(), "it-editor"));
    assertEquals(
        List.of(1L),
        announcements.of(article.getId()).stream().map(CommentsChanged::approvedComments).toList(),
        "announced once approved");

    Document shown = page(path);
    Element comment = shown.selectFirst("#comment-" + held.id());
    assertNotNull(comment, "shown once approved");
    assertEquals("Ada", comment.selectFirst(".comment-author").text());
    assertEquals("First!\nSecond line.", comment.selectFirst(".comment-text p").wholeText());
    assertEquals("1 Comment", shown.selectFirst("#comments-title").text());
    assertEquals("1 comment", shown.selectFirst(".counts a.comments-count[href=#comments]").text());
    assertEquals(1, stats(article.getId()).get("comments"));
    assertEquals(1, engagement.counts(article.getId()).comments());
    assertFalse(shown.html().contains(email), "the e-mail address is never shown");

    HttpResponse<String> second =
        post(
            form(article, "Ada", email.toUpperCase(), "Me again."), unique("reader"), sameOrigin());
    assertEquals(303, second.statusCode());
    Matcher published = Pattern.compile("#comment-(\\d+)$").matcher(location(second));
    assertTrue(published.find(), "published at once: " + location(second));
    assertEquals(contextPath() + path + "#comment-" + published.group(1), location(second));
    assertEquals(2, stats(article.getId()).get("comments"));
    assertEquals("2 Comments", page(path).selectFirst("#comments-title").text());
  }

  @Test
  void repliesAreOneLevelDeep() throws Exception {
    Article article = article(31);
    String path = cards.of(article).path();
    String email = unique("bo") + "@example.org";
    long top = trustedComment(article, "Bo", email, "Top-level.");

    Document replyForm = page(path + "?replyto=" + top);
    assertEquals(String.valueOf(top), replyForm.selectFirst("#comment-parent").val());
    assertEquals("Replying to Bo", replyForm.selectFirst(".replying-to-name").text());
    assertFalse(replyForm.selectFirst("#replying-to").hasClass("is-hidden"));
    assertTrue(page(path + "?replyto=1").selectFirst("#replying-to").hasClass("is-hidden"));

    Map<String, String> reply = form(article, "Bo", email, "A reply.");
    reply.put("parent", String.valueOf(top));
    long replyId = publishedId(post(reply, unique("reader"), sameOrigin()));
    Map<String, String> deeper = form(article, "Bo", email, "A reply to the reply.");
    deeper.put("parent", String.valueOf(replyId));
    long deeperId = publishedId(post(deeper, unique("reader"), sameOrigin()));
    assertEquals(top, moderation.find(deeperId).orElseThrow().parentId(), "joined the top level");

    Element thread = page(path).selectFirst("#comment-" + top).parent();
    assertEquals(
        List.of("comment-" + replyId, "comment-" + deeperId),
        thread.select(".comment-replies .comment").eachAttr("id"));

    Map<String, String> toPending = form(article, "Bo", email, "Reply to a held comment.");
    toPending.put("parent", String.valueOf(heldComment(article)));
    HttpResponse<String> refused = post(toPending, unique("reader"), sameOrigin());
    assertEquals(409, refused.statusCode());
    Document again = Jsoup.parse(refused.body());
    assertEquals("", again.selectFirst("#comment-parent").val(), "posted again: top-level");
    assertEquals("Reply to a held comment.", again.selectFirst("#comment-text").val());
  }

  @Test
  void theHoneypotFilesCommentsAsSpamSilently() throws Exception {
    Article article = article(32);
    String email = unique("bot") + "@example.org";
    Map<String, String> fields = form(article, "Bot", email, "Great post");
    fields.put("website", "http://spam.example");
    HttpResponse<String> answer = post(fields, unique("bot"), sameOrigin());
    assertEquals(303, answer.statusCode());
    assertTrue(
        location(answer).endsWith("?comment=pending#comments"), "the same answer as a human");
    assertEquals(CommentStatus.SPAM, queued(CommentStatus.SPAM, email).status());
    assertTrue(page(cards.of(article).path()).select("#comments .comment").isEmpty());
  }

  @Test
  void theRateLimitStopsTheFourthCommentAndKeepsItsText() throws Exception {
    Article article = article(33);
    String agent = unique("hasty");
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> ok =
          post(
              form(article, "Cy", unique("cy") + "@example.org", "Post " + i), agent, sameOrigin());
      assertEquals(303, ok.statusCode(), "post " + i);
    }
    String email = unique("cy") + "@example.org";
    HttpResponse<String> limited =
        post(form(article, "Cy", email, "One more & <more>"), agent, sameOrigin());
    assertEquals(429, limited.statusCode());
    Document page = Jsoup.parse(limited.body());
    assertTrue(page.selectFirst(".comment-errors").text().contains("wait a few minutes"));
    assertEquals("One more & <more>", page.selectFirst("#comment-text").val(), "nothing lost");
    assertEquals(email, page.selectFirst("#comment-email").val());
    assertFalse(limited.body().contains("<more>"), "escaped");
    assertTrue(queue(email).isEmpty(), "not stored");
    assertEquals(
        303,
        post(form(article, "Di", email, "Other reader"), unique("other"), sameOrigin())
            .statusCode(),
        "another visitor may post");
  }

  @Test
  void mistakesComeBackWithTheMessagesAndWhatWasTyped() throws Exception {
    Article article = article(34);
    HttpResponse<String> answer =
        post(
            form(article, "", "not-an-address", "<script>alert(1)</script>"),
            unique("r"),
            sameOrigin());
    assertEquals(400, answer.statusCode());
    Document page = Jsoup.parse(answer.body());
    List<String> messages = page.select(".comment-errors li").eachText();
    assertEquals(
        List.of(
            "Please enter your name.",
            "Please enter a valid email address, such as name@example.org."),
        messages);
    assertEquals("not-an-address", page.selectFirst("#comment-email").val());
    assertEquals("<script>alert(1)</script>", page.selectFirst("#comment-text").val());
    assertFalse(answer.body().contains("<script>alert(1)"), "escaped in the page");
    assertTrue(queue("not-an-address").isEmpty());
    assertEquals(
        400,
        post(form(article, "Ed", "ed@example.org", " \n "), unique("r"), sameOrigin())
            .statusCode());
    assertEquals(
        400,
        post(form(article, "Ed", "ed@example.org", "x".repeat(5001)), unique("r"), sameOrigin())
            .statusCode());

    Map<String, String> unknown = form(article, "Ed", "ed@example.org", "Hello");
    unknown.put("article", "999999999");
    assertEquals(404, post(unknown, unique("r"), sameOrigin()).statusCode());
    unknown.put("article", "abc");
    assertEquals(404, post(unknown, unique("r"), sameOrigin()).statusCode());
    HttpResponse<String> get = send(request("comments", unique("r")).GET());
    assertTrue(get.statusCode() == 405 || get.statusCode() == 400, "GET: " + get.statusCode());
    assertFalse(get.body().contains("Exception"));
  }

  @Test
  void crossSitePostsAreRefusedAndStoreNothing() throws Exception {
    Article article = article(35);
    String email = unique("victim") + "@example.org";
    Map<String, String> fields = form(article, "Victim", email, "Forged");
    HttpResponse<String> evil = post(fields, unique("r"), Map.of("Origin", "https://evil.example"));
    assertEquals(403, evil.statusCode());
    assertTrue(
        Jsoup.parse(evil.body()).selectFirst(".comment-errors").text().contains("another site"));
    assertEquals(
        403,
        post(fields, unique("r"), Map.of("Sec-Fetch-Site", "cross-site", "Origin", origin()))
            .statusCode(),
        "fetch metadata wins over a matching Origin");
    assertEquals(
        403,
        post(fields, unique("r"), Map.of("Referer", "https://evil.example/page")).statusCode());
    assertEquals(403, post(fields, unique("r"), Map.of()).statusCode(), "no headers at all");
    assertTrue(queue(email).isEmpty(), "nothing stored");

    assertEquals(
        303,
        post(fields, unique("r"), Map.of("Sec-Fetch-Site", "same-origin")).statusCode(),
        "a modern browser on this site");
    assertEquals(
        303,
        post(
                form(article, "Victim", email, "Via referer"),
                unique("r"),
                Map.of("Referer", origin() + contextPath() + cards.of(article).path()))
            .statusCode(),
        "an old browser that sends only a Referer");
  }

  @Test
  void scriptInACommentIsEscapedOnThePage() throws Exception {
    Article article = article(36);
    long id =
        trustedComment(
            article,
            "<img src=x onerror=alert(1)>",
            unique("x") + "@example.org",
            "<script>alert('x')</script>\n\n&amp; second paragraph");
    HttpResponse<String> page = get(cards.of(article).path());
    assertFalse(page.body().contains("<script>alert('x')"), "no live script");
    assertFalse(page.body().contains("<img src=x"), "no live tag in the name");
    Element comment = Jsoup.parse(page.body()).selectFirst("#comment-" + id);
    assertEquals(
        List.of("<script>alert('x')</script>", "&amp; second paragraph"),
        comment.select(".comment-text p").eachText());
    assertEquals("<img src=x onerror=alert(1)>", comment.selectFirst(".comment-author").text());
  }

  @Test
  void mostCommentedFollowsApprovedCommentsAndModeration() throws Exception {
    // Fresh articles: other test classes of the build comment on demo articles in the same
    // database.
    List<Article> three = List.of(fresh("Most commented one"), fresh("two"), fresh("three"));
    int[] wanted = {1, 3, 2};
    Map<Long, List<Long>> ids = new LinkedHashMap<>();
    for (int a = 0; a < 3; a++) {
      Article article = three.get(a);
      List<Long> posted = new ArrayList<>();
      for (int c = 0; c < wanted[a]; c++) {
        PostResult result =
            comments.post(
                new CommentRequest(
                    article.getId(),
                    null,
                    "Fan",
                    unique("fan") + "@example.org",
                    null,
                    "Comment " + c,
                    "",
                    article.getPublishedAt(),
                    "192.0.2." + a,
                    unique("most")));
        posted.add(result.commentId());
      }
      ids.put(article.getId(), posted);
    }
    List<Long> all = ids.values().stream().flatMap(List::stream).toList();
    assertEquals(6, moderation.apply(ModerationAction.APPROVE, all, "it-editor"), "in bulk");
    long first = three.get(0).getId();
    long second = three.get(1).getId();
    long third = three.get(2).getId();
    assertEquals(
        List.of(second, third, first), mostCommented(ids.keySet(), List.of(second, third, first)));
    assertEquals(3, engagement.counts(second).comments());
    assertEquals(
        3.0,
        engagement.mostCommented(1000).stream()
            .filter(e -> e.articleId() == second)
            .findFirst()
            .orElseThrow()
            .score());

    assertEquals(2, moderation.apply(ModerationAction.TRASH, ids.get(second).subList(0, 2), "ed"));
    assertEquals(1, engagement.counts(second).comments());
    assertEquals(1, stats(second).get("comments"));
    assertEquals(
        List.of(third, Math.max(first, second), Math.min(first, second)),
        mostCommented(
            ids.keySet(), List.of(third, Math.max(first, second), Math.min(first, second))),
        "a tie: the higher article id first");
    assertEquals(
        List.of(3L, 1L),
        announcements.of(second).stream().map(CommentsChanged::approvedComments).toList(),
        "one announcement per article and action, after the commit");
  }

  // Helpers.

  /**
   * The order of {@code among} in the most commented list, once it is {@code expected} or after ten
   * seconds: the list is refreshed within a second of a change, not at once.
   */
  private List<Long> mostCommented(Set<Long> among, List<Long> expected) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    List<Long> order = List.of();
    while (System.nanoTime() < deadline) {
      board.refreshIfChanged();
      order =
          engagement.mostCommented(1000).stream()
              .map(RankedArticle::articleId)
              .filter(among::contains)
              .toList();
      if (order.equals(expected)) {
        break;
      }
      Thread.sleep(200);
    }
    return order;
  }

  /** A comment by an author whose first comment was approved: published at once. */
  private long trustedComment(Article article, String name, String email, String body)
      throws Exception {
    PostResult first =
        comments.post(
            new CommentRequest(
                article.getId(),
                null,
                name,
                email,
                null,
                "Earlier comment",
                "",
                article.getPublishedAt(),
                "192.0.2.200",
                unique("trusted")));
    moderation.approve(first.commentId(), "it-editor");
    return publishedId(post(form(article, name, email, body), unique("reader"), sameOrigin()));
  }

  private long heldComment(Article article) {
    return comments
        .post(
            new CommentRequest(
                article.getId(),
                null,
                "New",
                unique("new") + "@example.org",
                null,
                "Held",
                "",
                article.getPublishedAt(),
                "192.0.2.201",
                unique("held")))
        .commentId();
  }

  private static long publishedId(HttpResponse<String> answer) {
    assertEquals(303, answer.statusCode(), answer.body());
    Matcher id = Pattern.compile("#comment-(\\d+)$").matcher(location(answer));
    assertTrue(id.find(), "published at once: " + location(answer));
    return Long.parseLong(id.group(1));
  }

  private ModeratedComment queued(CommentStatus status, String email) {
    return moderation.queue(status, 1, 200).comments().stream()
        .filter(c -> email.equalsIgnoreCase(c.email()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + status + " comment by " + email));
  }

  private List<ModeratedComment> queue(String email) {
    List<ModeratedComment> found = new ArrayList<>();
    for (CommentStatus status : CommentStatus.values()) {
      moderation.queue(status, 1, 200).comments().stream()
          .filter(c -> email.equalsIgnoreCase(c.email()))
          .forEach(found::add);
    }
    return found;
  }

  /** A newly published article that no other test has commented on. */
  private Article fresh(String title) {
    Article draft =
        articles.createDraft(unique(title), a -> a.setBody("<p>An article for comments.</p>"));
    return articles.publish(draft.getId());
  }

  /** An article of its own for the test numbered {@code n}. */
  private Article article(int n) {
    return fresh("Comments test " + n);
  }

  private static Map<String, String> form(Article article, String name, String email, String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("article", String.valueOf(article.getId()));
    fields.put("parent", "");
    fields.put("name", name);
    fields.put("email", email);
    fields.put("comment", body);
    fields.put("website", "");
    return fields;
  }

  private Map<String, String> sameOrigin() {
    return Map.of("Origin", origin());
  }

  private String origin() {
    return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
  }

  private String contextPath() {
    String path = base.getPath();
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static String unique(String prefix) {
    return prefix + UNIQUE.incrementAndGet();
  }

  private static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  private HttpResponse<String> post(
      Map<String, String> fields, String userAgent, Map<String, String> headers)
      throws IOException, InterruptedException {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        request("comments", userAgent)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return send(request);
  }

  private Document page(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = get(path);
    assertEquals(200, response.statusCode(), path);
    return Jsoup.parse(response.body());
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(request(path.startsWith("/") ? path.substring(1) : path, BROWSER).GET());
  }

  private Map<String, Long> stats(long id) throws IOException, InterruptedException {
    HttpResponse<String> response = get("api/articles/" + id + "/stats");
    assertEquals(200, response.statusCode(), response.body());
    Map<String, Long> numbers = new LinkedHashMap<>();
    Matcher entry = Pattern.compile("\"(\\w+)\":(\\d+)").matcher(response.body().replace(" ", ""));
    while (entry.find()) {
      numbers.put(entry.group(1), Long.parseLong(entry.group(2)));
    }
    return numbers;
  }

  private HttpRequest.Builder request(String path, String userAgent) {
    try {
      return HttpRequest.newBuilder(base.toURI().resolve(path))
          .timeout(Duration.ofSeconds(30))
          .header("User-Agent", userAgent);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
