package dev.headline.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
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
 * The content API over HTTP, as a client application uses it: the article list and its page links,
 * one article, the section tree, refusals as JSON, the OpenAPI document, and image uploads by a
 * signed-in admin (and their refusal to anyone else). Drafts and scheduled articles, written by
 * {@link ApiFixture}, must never appear.
 */
@ExtendWith(FreshPostgresSchema.class)
@ExtendWith(ArquillianExtension.class)
class ApiIT {

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.headlineWar().addClass(ApiFixture.class);
  }

  @ArquillianResource URL base;

  /** An anonymous visitor; signed-in ones get a client (and cookie jar) of their own. */
  private final HttpClient http = client();

  @Test
  void articlesArePagedNewestFirstWithLinksAndNeverDraftsOrScheduled() throws Exception {
    JsonObject fixture = json(send(post("test-fixture/api-articles", "")), 200);
    String draft = fixture.getString("draft");
    String scheduled = fixture.getString("scheduled");
    String published = fixture.getString("published");

    HttpResponse<String> first = get("api/v1/articles?size=25");
    assertEquals("application/json", first.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        first.headers().firstValue("Cache-Control").orElse("").contains("max-age=60"),
        first.headers().toString());
    JsonObject page = json(first, 200);
    assertEquals(1, page.getInt("page"));
    assertEquals(25, page.getInt("size"));
    long total = page.getJsonNumber("total").longValue();
    int pages = page.getInt("pages");
    assertTrue(total > 25, "the demo content and the fixture: " + total);
    assertEquals((total + 24) / 25, pages);
    JsonArray items = page.getJsonArray("items");
    assertEquals(25, items.size());
    JsonObject newest = items.getJsonObject(0);
    assertEquals(published, newest.getString("slug"), "the fixture's article is the newest");
    assertTrue(newest.getString("url").endsWith("/world-news/asia/" + published));
    assertEquals("Asia", newest.getJsonObject("section").getString("name"));
    assertEquals("/world-news/asia/", newest.getJsonObject("section").getString("path"));
    Instant.parse(newest.getString("publishedAt"));
    Instant.parse(newest.getString("updatedAt"));
    assertTrue(newest.getInt("readingMinutes") >= 1);
    JsonObject pictured =
        items.getValuesAs(JsonObject.class).stream()
            .filter(i -> i.containsKey("image"))
            .findFirst()
            .orElseThrow();
    JsonObject image = pictured.getJsonObject("image");
    assertTrue(image.getString("url").contains("/media/"), image.toString());
    assertEquals(3, image.getJsonArray("variants").size(), image.toString());
    assertFalse(pictured.getJsonArray("authors").isEmpty());

    JsonObject links = page.getJsonObject("links");
    assertFalse(links.containsKey("prev"));
    assertTrue(links.getString("next").endsWith("page=2"), links.toString());
    assertTrue(links.getString("last").endsWith("page=" + pages), links.toString());

    Set<String> seen = new HashSet<>();
    List<Instant> dates = new ArrayList<>();
    String next = base.toString() + "api/v1/articles?size=50";
    int walked = 0;
    while (next != null) {
      JsonObject each = json(send(request(URI.create(next)).GET().build()), 200);
      for (JsonObject item : each.getJsonArray("items").getValuesAs(JsonObject.class)) {
        assertTrue(seen.add(item.getString("slug")), "listed once: " + item.getString("slug"));
        dates.add(Instant.parse(item.getString("publishedAt")));
      }
      JsonObject eachLinks = each.getJsonObject("links");
      next = eachLinks.containsKey("next") ? eachLinks.getString("next") : null;
      walked++;
    }
    assertEquals(total, seen.size(), "every visible article once over " + walked + " pages");
    for (int i = 1; i < dates.size(); i++) {
      assertFalse(dates.get(i).isAfter(dates.get(i - 1)), "newest first");
    }
    assertTrue(seen.contains(published));
    assertFalse(seen.contains(draft), "a draft is never listed");
    assertFalse(seen.contains(scheduled), "a scheduled article is never listed");

    JsonObject asia = json(get("api/v1/articles?section=/world-news/asia/&size=50"), 200);
    for (JsonObject item : asia.getJsonArray("items").getValuesAs(JsonObject.class)) {
      assertFalse(Set.of(draft, scheduled).contains(item.getString("slug")));
    }
    assertTrue(
        asia.getJsonObject("links").getString("self").contains("section=%2Fworld-news%2Fasia%2F"));
    JsonObject world = json(get("api/v1/articles?section=world-news&size=1"), 200);
    assertTrue(world.getJsonNumber("total").longValue() >= asia.getJsonNumber("total").longValue());

    assertEquals(50, json(get("api/v1/articles?size=5000"), 200).getInt("size"), "size capped");
    JsonObject beyond = json(get("api/v1/articles?size=50&page=" + (walked + 1)), 404);
    assertEquals(404, beyond.getInt("status"));
  }

  @Test
  void oneArticleBySlugWithItsBodyAndTagsAndUnknownOrHiddenOnesAre404() throws Exception {
    JsonObject fixture = json(send(post("test-fixture/api-articles", "")), 200);
    String published = fixture.getString("published");
    JsonObject article = json(get("api/v1/articles/" + published), 200);
    assertEquals(published, article.getString("slug"));
    assertTrue(article.getString("title").startsWith("Fresh from the desk"));
    assertTrue(article.getString("body").contains("<p>Body of Fresh from the desk"));
    assertFalse(article.getString("body").contains("<script"), "the body is sanitised");
    assertEquals("en", article.getString("language"));
    assertEquals("Api Fixture", article.getJsonArray("tags").getJsonObject(0).getString("name"));
    assertTrue(article.getString("url").startsWith("http"), "absolute address");

    for (String hidden :
        List.of(
            fixture.getString("draft"),
            fixture.getString("scheduled"),
            "no-such-article-" + UUID.randomUUID(),
            "%E2%9C%93")) {
      HttpResponse<String> answer = get("api/v1/articles/" + hidden);
      JsonObject error = json(answer, 404);
      assertEquals(404, error.getInt("status"), hidden);
      assertNotNull(error.getString("message"));
      assertEquals("application/json", answer.headers().firstValue("Content-Type").orElse(""));
    }
    json(get("api/v1/no-such-resource"), 404);
  }

  @Test
  void theSectionTreeHasPathsAndSubsections() throws Exception {
    HttpResponse<String> answer = get("api/v1/sections");
    JsonArray roots = Json.createReader(new StringReader(body(answer, 200))).readArray();
    assertTrue(answer.headers().firstValue("Cache-Control").orElse("").contains("public"));
    JsonObject world =
        roots.getValuesAs(JsonObject.class).stream()
            .filter(s -> "world-news".equals(s.getString("slug")))
            .findFirst()
            .orElseThrow();
    assertEquals("/world-news/", world.getString("path"));
    assertTrue(world.getString("url").endsWith("/world-news/"));
    JsonObject asia =
        world.getJsonArray("children").getValuesAs(JsonObject.class).stream()
            .filter(s -> "asia".equals(s.getString("slug")))
            .findFirst()
            .orElseThrow();
    assertEquals("/world-news/asia/", asia.getString("path"));
    assertEquals("Asia", asia.getString("name"));
    assertEquals(JsonValue.ValueType.ARRAY, asia.get("children").getValueType());
  }

  @Test
  void badParametersAre400AndWrongMethods405WithAMessage() throws Exception {
    for (String query :
        List.of(
            "page=0",
            "page=-1",
            "page=abc",
            "page=99999999999999",
            "size=0",
            "size=x",
            "size=1.5",
            "section=/no/such/section/",
            "section=%2F%2F%2F")) {
      JsonObject error = json(get("api/v1/articles?" + query), 400);
      assertEquals(400, error.getInt("status"), query);
      assertFalse(error.getString("message").isBlank(), query);
    }
    HttpResponse<String> delete =
        send(request(URI.create(base.toString()).resolve("api/v1/sections")).DELETE().build());
    assertEquals(405, json(delete, 405).getInt("status"));
    assertTrue(
        delete.headers().allValues("Allow").toString().contains("GET"),
        delete.headers().toString());
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() throws Exception {
    HttpResponse<String> answer =
        send(request(URI.create(base.toString()).resolve("/openapi")).GET().build());
    String document = body(answer, 200);
    for (String path :
        List.of(
            "/api/v1/articles:",
            "/api/v1/articles/{slug}:",
            "/api/v1/sections:",
            "/api/v1/media:")) {
      assertTrue(document.contains(path), path + " in\n" + document);
    }
    assertTrue(document.contains("Headline content API"));
  }

  @Test
  void onlyStaffUploadAndTheVariantsAreServedForAYear() throws Exception {
    byte[] png = png(1000, 500);
    JsonObject anonymous = json(send(upload(png, "photo.png", true)), 401);
    assertEquals(401, anonymous.getInt("status"));

    HttpClient reader = client();
    String name = "reader" + UUID.randomUUID().toString().substring(0, 8);
    signIn(
        reader,
        "account/register",
        "register",
        Map.of(
            "username", name,
            "email", name + "@example.org",
            "displayName", "A Reader",
            "password", "a long enough secret",
            "confirmation", "a long enough secret"));
    JsonObject notStaff = json(reader.send(upload(png, "photo.png", true), ofString()), 403);
    assertTrue(notStaff.getString("message").contains("Only authors"), notStaff.toString());

    HttpClient admin = client();
    signIn(
        admin, "account/login", "login", Map.of("user", "admin", "password", "it-admin-password"));
    JsonObject forged = json(admin.send(upload(png, "photo.png", false), ofString()), 403);
    assertTrue(forged.getString("message").contains("this site"), forged.toString());

    HttpResponse<String> created = admin.send(upload(png, "Harbour at dawn.jpg", true), ofString());
    JsonObject media = json(created, 201);
    assertTrue(media.getJsonNumber("id").longValue() > 0);
    assertEquals("image/png", media.getString("mimeType"), "decided by the content, not .jpg");
    assertTrue(media.getString("fileName").matches("harbour-at-dawn-[0-9a-f]{10}\\.png"));
    assertEquals(1000, media.getInt("width"));
    assertEquals(media.getString("url"), created.headers().firstValue("Location").orElseThrow());
    JsonArray variants = media.getJsonArray("variants");
    assertEquals(List.of(300, 768), widths(variants));
    for (JsonObject variant : variants.getValuesAs(JsonObject.class)) {
      HttpResponse<byte[]> file =
          http.send(
              request(URI.create(variant.getString("url"))).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, file.statusCode());
      assertEquals("image/png", file.headers().firstValue("Content-Type").orElse(""));
      assertTrue(
          file.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000"));
      BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(file.body()));
      assertEquals(variant.getInt("width"), decoded.getWidth());
    }
    JsonObject again = json(admin.send(upload(png, "Harbour at dawn.jpg", true), ofString()), 201);
    assertEquals(
        media.getJsonNumber("id").longValue(),
        again.getJsonNumber("id").longValue(),
        "the same file under the same name is one media item");

    byte[] text = "just some words, not a picture\n".repeat(20).getBytes(StandardCharsets.UTF_8);
    JsonObject refused = json(admin.send(upload(text, "notes.jpg", true), ofString()), 400);
    assertTrue(refused.getString("message").contains("not a JPEG, PNG or GIF"), refused.toString());
  }

  private static List<Integer> widths(JsonArray variants) {
    return variants.getValuesAs(JsonObject.class).stream().map(v -> v.getInt("width")).toList();
  }

  /** Fills and sends an account form with a fresh session of its own; expects a redirect. */
  private void signIn(HttpClient client, String path, String formId, Map<String, String> values)
      throws Exception {
    HttpResponse<String> formPage =
        client.send(request(URI.create(base.toString()).resolve(path)).GET().build(), ofString());
    Document page = Jsoup.parse(body(formPage, 200));
    Element form = page.getElementById(formId);
    assertNotNull(form, "the form " + formId);
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element input : form.select("input")) {
      if (!"submit".equals(input.attr("type"))) {
        fields.put(input.attr("name"), input.val());
      }
    }
    values.forEach((field, value) -> fields.put(formId + ":" + field, value));
    Element button = form.selectFirst("input[type=submit]");
    fields.put(button.attr("name"), button.val());
    String encoded =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> answer =
        client.send(
            request(URI.create(base.toString()).resolve(form.attr("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded))
                .build(),
            ofString());
    assertTrue(
        answer.statusCode() == 302 || answer.statusCode() == 303,
        () -> "signed in: " + answer.statusCode() + " " + Jsoup.parse(answer.body()).text());
  }

  private static HttpClient client() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  private static HttpResponse.BodyHandler<String> ofString() {
    return HttpResponse.BodyHandlers.ofString();
  }

  /** A multipart upload; {@code script} adds the header a cross-site form cannot send. */
  private HttpRequest upload(byte[] bytes, String name, boolean script) {
    String boundary = "----headline" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + name
                + "\"\r\nContent-Type: image/jpeg\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(bytes);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder builder =
        request(URI.create(base.toString()).resolve("api/v1/media"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (script) {
      builder.header("X-Headline-Request", "1");
    } else {
      builder.header("Origin", "https://elsewhere.example");
    }
    return builder.build();
  }

  private static byte[] png(int width, int height) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x264653));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(0xe9c46a));
    g.fillOval(width / 3, height / 4, width / 4, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
  }

  private HttpRequest post(String path, String form) {
    return request(URI.create(base.toString()).resolve(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return send(request(URI.create(base.toString()).resolve(path)).GET().build());
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String body(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), () -> response.uri() + ": " + response.body());
    return response.body();
  }

  private static JsonObject json(HttpResponse<String> response, int status) {
    return Json.createReader(new StringReader(body(response, status))).readObject();
  }
}
