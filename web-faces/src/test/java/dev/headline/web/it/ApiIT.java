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
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
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
    return Deployments.headlineWar().addClass(ApiFixture.class).addClass(NewsroomFixtures.class);
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
            "/api/v1/media:",
            "/api/v1/articles/{id}:",
            "/api/v1/articles/{id}/publish:",
            "/api/v1/articles/{id}/schedule:",
            "/api/v1/articles/{id}/withdraw:",
            "securitySchemes:",
            "StaffArticle:",
            "EditConflict:")) {
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
    assertTrue(notStaff.getString("message").contains("Only staff"), notStaff.toString());

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

  /** What one role may do with the write API, as EditorialPolicy says (status per operation). */
  private record Expected(
      String roles,
      int create,
      int editOwn,
      int editOthers,
      int viewOthers,
      int publishOwn,
      int publishOthers,
      int withdrawOthers) {}

  @Test
  void theWriteApiFollowsTheNewsroomsRoleRules() throws Exception {
    List<Expected> matrix =
        List.of(
            new Expected("CONTRIBUTOR", 201, 200, 403, 403, 403, 403, 403),
            new Expected("AUTHOR", 201, 200, 403, 403, 200, 403, 403),
            new Expected("EDITOR", 201, 200, 200, 200, 200, 200, 200),
            new Expected("ADMIN", 201, 200, 200, 200, 200, 200, 200),
            new Expected("READER", 403, 0, 403, 403, 0, 403, 403),
            new Expected(null, 401, 0, 401, 401, 0, 401, 401));
    ApiSession owner = ApiSession.signedIn(base, "AUTHOR");
    ApiSession admin = ApiSession.signedIn(base, "ADMIN");
    List<Long> publishedByOthers = new ArrayList<>();
    for (Expected role : matrix) {
      ApiSession who =
          role.roles() == null
              ? ApiSession.anonymous(base)
              : ApiSession.signedIn(base, role.roles());
      String label = role.roles() == null ? "anonymous" : role.roles();

      // Create, and (for staff) edit and publish what one created.
      HttpResponse<String> created =
          who.write("POST", "api/v1/articles", "{\"title\": \"Own story of " + label + "\"}");
      JsonObject answer = ApiSession.json(created, role.create());
      // Roles first: only staff learn what is wrong with their fields.
      ApiSession.json(
          who.write("POST", "api/v1/articles", "{\"title\": 5}"),
          role.create() == 201 ? 422 : role.create());
      if (role.create() == 201) {
        long own = answer.getJsonNumber("id").longValue();
        assertEquals("DRAFT", answer.getString("status"), label);
        assertEquals(who.name, answer.getString("createdBy"), label);
        long version = answer.getJsonNumber("version").longValue();
        assertEquals("\"" + version + "\"", created.headers().firstValue("ETag").orElse(""));
        assertTrue(
            created
                .headers()
                .firstValue("Location")
                .orElse("")
                .endsWith("/api/v1/articles/" + own + "?view=newsroom"),
            created.headers().toString());
        JsonObject edited =
            ApiSession.json(
                who.write(
                    "PUT",
                    "api/v1/articles/" + own,
                    "{\"title\": \"Own story, edited\", \"version\": " + version + "}"),
                role.editOwn());
        assertEquals("Own story, edited", edited.getString("title"), label);
        ApiSession.json(
            who.write("POST", "api/v1/articles/" + own + "/publish", "{}"), role.publishOwn());
        assertEquals(role.publishOwn() == 200 ? "PUBLISHED" : "DRAFT", stored(own).get(0), label);
        if (role.publishOwn() == 200) {
          JsonObject withdrawn =
              ApiSession.json(who.write("POST", "api/v1/articles/" + own + "/withdraw", ""), 200);
          assertEquals("WITHDRAWN", withdrawn.getString("status"), label);
        } else {
          // A contributor's draft that an editor published is no longer theirs to change.
          ApiSession.json(admin.write("POST", "api/v1/articles/" + own + "/publish", "{}"), 200);
          long now = Long.parseLong(stored(own).get(1));
          ApiSession.json(
              who.write(
                  "PUT",
                  "api/v1/articles/" + own,
                  "{\"title\": \"Changed after publication\", \"version\": " + now + "}"),
              403);
          assertEquals("Own story, edited", stored(own).get(3), label);
        }
      } else {
        assertTrue(answer.getString("message").length() > 0);
      }

      // Someone else's draft: read it, change it, publish it; then withdraw it once published.
      JsonObject others =
          ApiSession.json(
              owner.write("POST", "api/v1/articles", "{\"title\": \"For " + label + "\"}"), 201);
      long other = others.getJsonNumber("id").longValue();
      ApiSession.json(who.get("api/v1/articles/" + other + "?view=newsroom"), role.viewOthers());
      ApiSession.json(
          who.write(
              "PUT",
              "api/v1/articles/" + other,
              "{\"title\": \"Taken over\", \"version\": "
                  + others.getJsonNumber("version").longValue()
                  + "}"),
          role.editOthers());
      assertEquals(
          role.editOthers() == 200 ? "Taken over" : "For " + label, stored(other).get(3), label);
      ApiSession.json(
          who.write("POST", "api/v1/articles/" + other + "/publish", "{}"), role.publishOthers());
      if (role.publishOthers() != 200) {
        assertEquals("DRAFT", stored(other).get(0), label);
        ApiSession.json(owner.write("POST", "api/v1/articles/" + other + "/publish", "{}"), 200);
      } else {
        publishedByOthers.add(other);
      }
      assertEquals("PUBLISHED", stored(other).get(0), label);
      ApiSession.json(
          who.write("POST", "api/v1/articles/" + other + "/withdraw", "{}"), role.withdrawOthers());
      assertEquals(
          role.withdrawOthers() == 200 ? "WITHDRAWN" : "PUBLISHED", stored(other).get(0), label);

      // No role deletes: the editorial rules have no deletion (withdrawing takes it down).
      String before = stored(other).get(0);
      HttpResponse<String> delete =
          who.send(who.request("api/v1/articles/" + other).DELETE().build());
      ApiSession.json(delete, 405);
      assertEquals(before, stored(other).get(0), "still there");
    }

    // Publishing through the API is audited as in the newsroom.
    HttpResponse<String> auditPage = admin.get("newsroom/audit");
    assertEquals(200, auditPage.statusCode());
    String rows = Jsoup.parse(auditPage.body()).select("#audit tbody tr").text();
    for (long id : publishedByOthers) {
      assertTrue(rows.contains("PUBLISH article " + id + " "), rows);
      assertTrue(rows.contains("WITHDRAW article " + id + " "), rows);
    }
  }

  @Test
  void staffReadTheirArticlesInAnyStatusAndChangesKeepWhatTheyLeaveOut() throws Exception {
    long asia =
        Json.createReader(new StringReader(body(get("api/v1/sections"), 200)))
            .readArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(s -> "world-news".equals(s.getString("slug")))
            .flatMap(s -> s.getJsonArray("children").getValuesAs(JsonObject.class).stream())
            .filter(s -> "asia".equals(s.getString("slug")))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    ApiSession contributor = ApiSession.signedIn(base, "CONTRIBUTOR");
    JsonObject draft =
        ApiSession.json(
            contributor.write(
                "POST",
                "api/v1/articles",
                "{\"title\": \"Harbour <b>reopens</b>\", \"standfirst\": \"Ships again\","
                    + " \"body\": \"<p>At dawn.</p><script>alert(1)</script>\", \"primarySection\": "
                    + asia
                    + ", \"tags\": [\"Harbour\", \" \"]}"),
            201);
    long id = draft.getJsonNumber("id").longValue();
    assertEquals("Harbour <b>reopens</b>", draft.getString("title"), "stored as typed");
    assertEquals(asia, draft.getJsonNumber("primarySection").longValue());
    assertEquals(1, draft.getJsonArray("tags").size(), "a blank tag is left out");
    assertEquals("Harbour", draft.getJsonArray("tags").getString(0));
    assertFalse(draft.getString("body").contains("<script"), "sanitised");
    assertTrue(draft.getBoolean("mayEdit"));
    assertFalse(draft.getBoolean("mayPublish"));
    assertFalse(draft.containsKey("url"), "a draft has no reader's address");

    HttpResponse<String> read = contributor.get("api/v1/articles/" + id + "?view=newsroom");
    JsonObject seen = ApiSession.json(read, 200);
    assertEquals("no-store", read.headers().firstValue("Cache-Control").orElse(""));
    String etag = read.headers().firstValue("ETag").orElseThrow();
    JsonObject changed =
        ApiSession.json(
            contributor.send(
                contributor
                    .request("api/v1/articles/" + id)
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .header("X-Headline-Request", "1")
                    .header("If-Match", etag)
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"standfirst\": null}"))
                    .build()),
            200);
    assertEquals(seen.getString("title"), changed.getString("title"), "left out: kept");
    assertFalse(changed.containsKey("standfirst"), "null: cleared");
    assertEquals(asia, changed.getJsonNumber("primarySection").longValue(), "kept");
    assertEquals(1, changed.getJsonArray("tags").size(), "kept");
    assertTrue(
        changed.getJsonNumber("version").longValue() > seen.getJsonNumber("version").longValue());

    JsonObject list =
        ApiSession.json(contributor.get("api/v1/articles?view=newsroom&status=draft"), 200);
    List<JsonObject> items = list.getJsonArray("items").getValuesAs(JsonObject.class);
    assertEquals(1, list.getJsonNumber("total").longValue(), "only the contributor's own");
    assertEquals(id, items.get(0).getJsonNumber("id").longValue());
    ApiSession.json(contributor.get("api/v1/articles?view=newsroom&status=lost"), 400);
    ApiSession.json(contributor.get("api/v1/articles/" + id + "?view=other"), 400);
    ApiSession.json(contributor.get("api/v1/articles/not-a-number?view=newsroom"), 404);
    ApiSession.json(contributor.get("api/v1/articles/987654321987?view=newsroom"), 404);
    ApiSession.json(ApiSession.anonymous(base).get("api/v1/articles?view=newsroom"), 401);
    ApiSession.json(get("api/v1/articles/" + draft.getString("slug")), 404);

    ApiSession editor = ApiSession.signedIn(base, "EDITOR");
    JsonObject published =
        ApiSession.json(editor.write("POST", "api/v1/articles/" + id + "/publish", "{}"), 200);
    assertEquals("PUBLISHED", published.getString("status"));
    assertTrue(published.getString("url").contains("/world-news/asia/"), published.toString());
    JsonObject forReaders = json(get("api/v1/articles/" + published.getString("slug")), 200);
    assertEquals("Harbour <b>reopens</b>", forReaders.getString("title"));
    assertFalse(
        contributor
            .get("api/v1/articles/" + id + "?view=newsroom")
            .body()
            .contains("\"mayEdit\":true"),
        "a contributor may no longer change it");
    String tomorrow =
        Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS).toString();
    JsonObject refused =
        ApiSession.json(
            editor.write(
                "POST", "api/v1/articles/" + id + "/schedule", "{\"at\": \"" + tomorrow + "\"}"),
            409);
    assertTrue(refused.getString("message").contains("withdraw"), refused.toString());
    ApiSession.json(editor.write("POST", "api/v1/articles/" + id + "/withdraw", "{}"), 200);
    ApiSession.json(get("api/v1/articles/" + published.getString("slug")), 404);
    ApiSession.json(
        editor.write("POST", "api/v1/articles/" + id + "/schedule", "{\"at\": \"tomorrow\"}"), 422);
    ApiSession.json(editor.write("POST", "api/v1/articles/" + id + "/schedule", "{}"), 422);
    JsonObject scheduled =
        ApiSession.json(
            editor.write(
                "POST", "api/v1/articles/" + id + "/schedule", "{\"at\": \"" + tomorrow + "\"}"),
            200);
    assertEquals("SCHEDULED", scheduled.getString("status"));
    assertEquals(Instant.parse(tomorrow), Instant.parse(scheduled.getString("publishedAt")));
    assertEquals("SCHEDULED", stored(id).get(0));
  }

  @Test
  void aChangeFromAnOldVersionIs409WithBothVersions() throws Exception {
    ApiSession first = ApiSession.signedIn(base, "EDITOR");
    ApiSession second = ApiSession.signedIn(base, "EDITOR");
    HttpResponse<String> created =
        first.write("POST", "api/v1/articles", "{\"title\": \"Two editors, one story\"}");
    long id = ApiSession.json(created, 201).getJsonNumber("id").longValue();
    String etag = created.headers().firstValue("ETag").orElseThrow();
    long version = Long.parseLong(etag.replace("\"", ""));

    HttpResponse<String> theirs =
        second.send(
            second
                .request("api/v1/articles/" + id)
                .header("Content-Type", "application/json")
                .header("X-Headline-Request", "1")
                .header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"title\": \"The second's title\"}"))
                .build());
    long now = ApiSession.json(theirs, 200).getJsonNumber("version").longValue();
    assertTrue(now > version);

    JsonObject conflict =
        ApiSession.json(
            first.write(
                "PUT",
                "api/v1/articles/" + id,
                "{\"title\": \"The first's title\", \"version\": " + version + "}"),
            409);
    assertEquals(409, conflict.getInt("status"));
    assertEquals(version, conflict.getJsonNumber("sentVersion").longValue());
    assertEquals(now, conflict.getJsonNumber("currentVersion").longValue());
    assertEquals("The first's title", conflict.getJsonObject("yours").getString("title"));
    assertEquals("The second's title", conflict.getJsonObject("current").getString("title"));
    assertEquals("The second's title", stored(id).get(3), "nothing changed");

    ApiSession.json(
        first.write("PUT", "api/v1/articles/" + id, "{\"title\": \"No version\"}"), 428);
    for (String ifMatch : List.of("*", "\"1\", \"2\"", "soon")) {
      HttpResponse<String> odd =
          first.send(
              first
                  .request("api/v1/articles/" + id)
                  .header("Content-Type", "application/json")
                  .header("X-Headline-Request", "1")
                  .header("If-Match", ifMatch)
                  .PUT(HttpRequest.BodyPublishers.ofString("{\"title\": \"Odd\"}"))
                  .build());
      ApiSession.json(odd, 400);
    }
    JsonObject replaced =
        ApiSession.json(
            first.write(
                "PUT",
                "api/v1/articles/" + id,
                "{\"title\": \"The first's title\", \"version\": " + now + "}"),
            200);
    assertEquals("The first's title", replaced.getString("title"));
    assertEquals("The first's title", stored(id).get(3));
  }

  @Test
  void writesFromAnotherSiteOrNotInJsonAreRefused() throws Exception {
    ApiSession editor = ApiSession.signedIn(base, "EDITOR");
    String site = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    String story = "{\"title\": \"Forged story\"}";
    Map<String, Integer> origins = new LinkedHashMap<>();
    origins.put("https://elsewhere.example", 403);
    origins.put("null", 403);
    origins.put(site, 201);
    for (Map.Entry<String, Integer> origin : origins.entrySet()) {
      HttpResponse<String> sent =
          editor.send(
              editor
                  .request("api/v1/articles")
                  .header("Content-Type", "application/json")
                  .header("Origin", origin.getKey())
                  .POST(HttpRequest.BodyPublishers.ofString(story))
                  .build());
      JsonObject answer = ApiSession.json(sent, origin.getValue());
      if (origin.getValue() == 403) {
        assertTrue(answer.getString("message").contains("this site"), answer.toString());
      }
    }
    List<HttpRequest.Builder> refused =
        List.of(
            editor
                .request("api/v1/articles")
                .header("Content-Type", "application/json")
                .header("Sec-Fetch-Site", "cross-site")
                .header("X-Headline-Request", "1"),
            editor
                .request("api/v1/articles")
                .header("Content-Type", "application/json")
                .header("Referer", "https://elsewhere.example/page")
                .header("X-Headline-Request", "1"),
            editor.request("api/v1/articles").header("Content-Type", "application/json"));
    for (HttpRequest.Builder request : refused) {
      ApiSession.json(
          editor.send(request.POST(HttpRequest.BodyPublishers.ofString(story)).build()), 403);
    }
    for (String type :
        List.of(
            "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
      HttpResponse<String> sent =
          editor.send(
              editor
                  .request("api/v1/articles")
                  .header("Content-Type", type)
                  .header("Origin", site)
                  .POST(HttpRequest.BodyPublishers.ofString(story))
                  .build());
      ApiSession.json(sent, 415);
    }
  }

  @Test
  void malformedJsonIs400AndFieldsThatCannotBeTakenAre422() throws Exception {
    ApiSession author = ApiSession.signedIn(base, "AUTHOR");
    for (String broken :
        List.of(
            "{\"title\": ", "[1, 2]", "\"a title\"", "{\"title\": \"x\"} trailing", "nonsense")) {
      JsonObject error = ApiSession.json(author.write("POST", "api/v1/articles", broken), 400);
      assertEquals(400, error.getInt("status"), broken);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("{}", "title");
    fields.put("{\"title\": \"  \"}", "title");
    fields.put("{\"title\": 5}", "title");
    fields.put("{\"title\": \"" + "x".repeat(301) + "\"}", "title");
    fields.put("{\"title\": \"x\", \"slug\": \"---\"}", "slug");
    fields.put("{\"title\": \"x\", \"primarySection\": 987654321}", "primarySection");
    fields.put("{\"title\": \"x\", \"primarySection\": \"asia\"}", "primarySection");
    fields.put("{\"title\": \"x\", \"secondarySections\": [1.5]}", "secondarySections");
    fields.put("{\"title\": \"x\", \"secondarySections\": [987654321]}", "secondarySections");
    fields.put("{\"title\": \"x\", \"tags\": \"one\"}", "tags");
    fields.put("{\"title\": \"x\", \"body\": {\"html\": \"<p>\"}}", "body");
    for (Map.Entry<String, String> input : fields.entrySet()) {
      JsonObject error =
          ApiSession.json(author.write("POST", "api/v1/articles", input.getKey()), 422);
      assertTrue(
          error.getJsonObject("fields").containsKey(input.getValue()),
          input.getKey() + " -> " + error);
    }
    long id =
        ApiSession.json(
                author.write("POST", "api/v1/articles", "{\"title\": \"Well formed\"}"), 201)
            .getJsonNumber("id")
            .longValue();
    ApiSession.json(author.write("PUT", "api/v1/articles/" + id, "{\"title\": "), 400);
    ApiSession.json(
        author.write("PUT", "api/v1/articles/" + id, "{\"title\": null, \"version\": 0}"), 422);
    ApiSession.json(author.write("PUT", "api/v1/articles/" + id, "{\"version\": \"new\"}"), 422);
    ApiSession.json(author.write("POST", "api/v1/articles/" + id + "/publish", "{oops"), 400);
    ApiSession.json(
        author.write("PUT", "api/v1/articles/abc", "{\"title\": \"x\", \"version\": 0}"), 404);
    ApiSession.json(
        author.write("PUT", "api/v1/articles/987654321987", "{\"title\": \"x\", \"version\": 0}"),
        404);
    ApiSession.json(author.write("POST", "api/v1/articles/987654321987/publish", "{}"), 404);
    ApiSession.json(author.write("POST", "api/v1/articles/0/withdraw", "{}"), 404);
    assertEquals("DRAFT", stored(id).get(0));
  }

  @Test
  void scriptsSignInWithHttpBasicForOneRequest() throws Exception {
    String author = ApiSession.account(base, "AUTHOR");
    String reader = ApiSession.account(base, "READER");
    ApiSession script = ApiSession.anonymous(base);
    String story = "{\"title\": \"Sent by a script\"}";

    HttpResponse<String> created =
        script.send(basic(script, author, NewsroomFixtures.PASSWORD, story, true));
    JsonObject article = ApiSession.json(created, 201);
    assertEquals(author, article.getString("createdBy"));
    // Nothing of the sign-in is left for the next request of the same client.
    ApiSession.json(
        script.get("api/v1/articles/" + article.getJsonNumber("id").longValue() + "?view=newsroom"),
        401);

    JsonObject wrong =
        ApiSession.json(script.send(basic(script, author, "not the password", story, true)), 401);
    assertFalse(wrong.getString("message").isBlank());
    assertFalse(created.headers().firstValue("WWW-Authenticate").isPresent(), "never a challenge");
    HttpResponse<String> garbled =
        script.send(
            script
                .request("api/v1/articles")
                .header("Authorization", "Basic not-base64!")
                .header("Content-Type", "application/json")
                .header("X-Headline-Request", "1")
                .POST(HttpRequest.BodyPublishers.ofString(story))
                .build());
    ApiSession.json(garbled, 401);
    ApiSession.json(
        script.send(basic(script, reader, NewsroomFixtures.PASSWORD, story, true)), 403);
    ApiSession.json(
        script.send(basic(script, author, NewsroomFixtures.PASSWORD, story, false)), 403);
  }

  private static HttpRequest basic(
      ApiSession client, String user, String password, String json, boolean script) {
    HttpRequest.Builder request =
        client
            .request("api/v1/articles")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (script) {
      request.header("X-Headline-Request", "1");
    }
    return request.build();
  }

  /** Status, version, creator and title of an article, as stored. */
  private List<String> stored(long id) throws Exception {
    return List.of(body(get("it/newsroom?op=article&id=" + id), 200).split("\n"));
  }

  private static List<Integer> widths(JsonArray variants) {
    return variants.getValuesAs(JsonObject.class).stream().map(v -> v.getInt("width")).toList();
  }

  /** Fills and sends an account form with a fresh session of its own; expects a redirect. */
  private void signIn(HttpClient client, String path, String formId, Map<String, String> values)
      throws Exception {
    ApiSession.submitForm(client, URI.create(base.toString()), path, formId, values);
  }

  private static HttpClient client() {
    return ApiSession.client();
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
