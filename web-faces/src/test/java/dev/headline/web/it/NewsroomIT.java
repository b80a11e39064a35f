package dev.headline.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The newsroom's role matrix over HTTP, as browsers would use it: each role against what it may and
 * may not do, forged form posts, posts without a valid view state, and two editors saving one
 * article. Accounts, a reader's comment and the stored state come from the test-only {@link
 * NewsroomFixtures} servlet; everything else goes through the newsroom's own pages.
 */
@ExtendWith(ArquillianExtension.class)
class NewsroomIT {

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.headlineWar().addClass(NewsroomFixtures.class);
  }

  @ArquillianResource URL base;

  @Test
  void anonymousVisitorsLogInAndComeBackReadersAreRefused() throws Exception {
    Browser anonymous = new Browser(root());
    HttpResponse<String> sent = anonymous.send("newsroom/articles");
    assertRedirect(sent);
    String login = sent.headers().firstValue("Location").orElseThrow();
    assertTrue(login.contains("/account/login"), login);

    String editor = account("EDITOR");
    Document form = anonymous.page(root().resolve(login).toString());
    assertEquals("Login to your account", form.selectFirst("main h1").text());
    HttpResponse<String> back =
        anonymous.submit(form, "login", Map.of("user", editor, "password", password()), null);
    assertRedirect(back);
    assertTrue(
        back.headers().firstValue("Location").orElseThrow().endsWith("/newsroom/articles"),
        back.headers().firstValue("Location").orElse(""));
    HttpResponse<String> articles = anonymous.send("newsroom/articles");
    assertEquals(200, articles.statusCode());
    assertEquals("no-store", articles.headers().firstValue("Cache-Control").orElse(""));
    assertEquals("Articles", Jsoup.parse(articles.body()).selectFirst("main h1").text());

    Browser reader = Browser.signedIn(this, account("READER"));
    for (String path : List.of("newsroom", "newsroom/articles", "newsroom/edit")) {
      HttpResponse<String> refused = reader.send(path);
      assertEquals(403, refused.statusCode(), path);
      assertEquals(
          "You may not open this page",
          Jsoup.parse(refused.body()).selectFirst("main h1").text(),
          path);
    }
  }

  @Test
  void contributorsWriteDraftsButCannotPublishNorModerate() throws Exception {
    String name = account("CONTRIBUTOR");
    Browser contributor = Browser.signedIn(this, name);
    long id = contributor.create("A contributor's <draft>", "First paragraph.");
    assertEquals("DRAFT", state(id).get(0));
    assertEquals(name, state(id).get(2));

    Document editor = contributor.page("newsroom/edit?id=" + id);
    assertEquals("A contributor's <draft>", editor.getElementById("edit:title").val());
    assertNull(editor.getElementById("edit:publish"), "no publish button");
    assertNull(editor.getElementById("edit:schedule"));
    // A forged post: the save form with a "publish" button added by hand.
    HttpResponse<String> forged =
        contributor.submit(editor, "edit", Map.of("publish", "Publish now"), "edit:save");
    assertEquals(200, forged.statusCode());
    assertEquals("DRAFT", state(id).get(0), "still a draft after a forged publish");

    Document preview = contributor.page("newsroom/preview/" + id);
    assertEquals("A contributor's <draft>", preview.selectFirst("main h1").text(), "escaped");
    assertNotNull(editor.getElementById("preview"));

    assertEquals(403, contributor.send("newsroom/comments").statusCode());
    assertEquals(403, contributor.send("newsroom/audit").statusCode());
    assertEquals(403, contributor.send("newsroom/sections").statusCode());

    // The contributor's form is open when an editor publishes the draft: the save is refused.
    Document open = contributor.page("newsroom/edit?id=" + id);
    Browser editorBrowser = Browser.signedIn(this, account("EDITOR"));
    Document editorsView = editorBrowser.page("newsroom/edit?id=" + id);
    editorBrowser.document(editorBrowser.submit(editorsView, "edit", Map.of(), "edit:publish"));
    assertEquals("PUBLISHED", state(id).get(0));
    HttpResponse<String> late =
        contributor.submit(open, "edit", Map.of("title", "Changed after publication"), "edit:save");
    assertEquals(403, late.statusCode());
    assertEquals("A contributor's <draft>", state(id).get(3), "unchanged");
  }

  @Test
  void authorsPublishTheirOwnButCannotTouchOthers() throws Exception {
    Browser contributor = Browser.signedIn(this, account("CONTRIBUTOR"));
    long others = contributor.create("Someone else's draft", "Body.");

    String name = account("AUTHOR");
    Browser author = Browser.signedIn(this, name);
    long own = author.create("An author's story", "<p>Hello <script>x()</script>readers.</p>");
    Document page =
        author.document(
            author.submit(
                author.page("newsroom/edit?id=" + own), "edit", Map.of(), "edit:publish"));
    assertEquals("PUBLISHED", page.getElementById("article-status").text());
    assertEquals("PUBLISHED", state(own).get(0));
    assertEquals(403, author.send("newsroom/edit?id=" + others).statusCode());
    assertEquals(403, author.send("newsroom/preview/" + others).statusCode());
    assertEquals(404, author.send("newsroom/preview/x1").statusCode());
    Document list = author.page("newsroom/articles");
    List<String> titles = list.select("#articles a").eachText();
    assertTrue(titles.contains("An author's story"), titles::toString);
    assertTrue(!titles.contains("Someone else's draft"), "own articles only");

    Document withdrawn =
        author.document(
            author.submit(
                author.page("newsroom/edit?id=" + own), "edit", Map.of(), "edit:withdraw"));
    assertEquals("WITHDRAWN", withdrawn.getElementById("article-status").text());

    Browser admin = Browser.signedIn(this, account("ADMIN"));
    Document audit = admin.page("newsroom/audit");
    String rows = audit.select("#audit tbody tr").text();
    assertTrue(rows.contains(name + " PUBLISH article " + own), rows);
    assertTrue(rows.contains(name + " WITHDRAW article " + own), rows);
    assertEquals(403, author.send("newsroom/audit").statusCode());
  }

  @Test
  void editorsEditAnyArticleAndModerateComments() throws Exception {
    Browser author = Browser.signedIn(this, account("AUTHOR"));
    long id = author.create("Story to comment on", "Body.");
    author.document(
        author.submit(author.page("newsroom/edit?id=" + id), "edit", Map.of(), "edit:publish"));

    Browser editor = Browser.signedIn(this, account("EDITOR"));
    Document edited =
        editor.document(
            editor.submit(
                editor.page("newsroom/edit?id=" + id),
                "edit",
                Map.of("title", "Story, edited by the desk"),
                "edit:save"));
    assertEquals("Saved.", edited.select(".nr-messages").text());
    assertEquals("Story, edited by the desk", state(id).get(3));
    String authorName = state(id).get(2);
    List<String> byAuthor =
        editor.page("newsroom/articles?by=" + authorName).select("#articles a").eachText();
    assertEquals(List.of("Story, edited by the desk"), byAuthor, "the creator filter");

    long first = comment(id, unique("ann"));
    long second = comment(id, unique("bob"));
    assertEquals("PENDING", fixture("op=comment-status&id=" + first));

    Document queue = editor.page("newsroom/comments");
    Element row = queue.selectFirst("p[data-comment=" + first + "]").closest("tr");
    String approve = row.selectFirst("input[value=Approve]").attr("name");
    editor.document(editor.submit(queue, "queue", Map.of(), approve));
    assertEquals("APPROVED", fixture("op=comment-status&id=" + first));

    queue = editor.page("newsroom/comments");
    String tick =
        queue
            .selectFirst("p[data-comment=" + second + "]")
            .closest("tr")
            .selectFirst("input[type=checkbox]")
            .attr("name");
    Document after =
        editor.document(editor.submit(queue, "queue", Map.of(tick, "true"), "queue:bulkTrash"));
    assertEquals("TRASH", fixture("op=comment-status&id=" + second));
    assertTrue(after.select(".nr-messages").text().contains("1 comment(s) changed"));

    String section = unique("Desk ");
    Document sections =
        editor.document(
            editor.submit(
                editor.page("newsroom/sections"),
                "sections",
                Map.of("name", section),
                "sections:create"));
    assertEquals("Sections saved.", sections.select(".nr-messages").text());
    String slug = section.toLowerCase().replace(' ', '-');
    assertTrue(
        sections.select("#section-tree .nr-path").eachText().contains("/" + slug + "/"),
        sections.select("#section-tree").text());
  }

  @Test
  void adminsGrantRolesAndTheAuditLogKeepsTheChange() throws Exception {
    String reader = account("READER");
    Browser readersBrowser = Browser.signedIn(this, reader);
    assertEquals(403, readersBrowser.send("newsroom").statusCode());

    String adminName = account("ADMIN");
    Browser admin = Browser.signedIn(this, adminName);
    Document found =
        admin.document(
            admin.submit(
                admin.page("newsroom/roles"), "roles", Map.of("login", reader), "roles:find"));
    assertEquals(reader, found.getElementById("found").text());
    List<Map.Entry<String, String>> fields = admin.fields(found, "roles", Map.of());
    fields.add(new SimpleEntry<>("roles:granted", "EDITOR"));
    fields.add(new SimpleEntry<>("roles:save", "Save roles"));
    Document saved = admin.document(admin.post("newsroom/roles", fields));
    assertEquals("Roles saved.", saved.select(".nr-messages").text());

    Browser promoted = Browser.signedIn(this, reader);
    assertEquals(200, promoted.send("newsroom/comments").statusCode(), "now an editor");
    String rows = admin.page("newsroom/audit").select("#audit tbody tr").text();
    assertTrue(
        rows.contains(
            adminName + " ROLE_CHANGE account " + reader + " [READER] \u2192 [READER, EDITOR]"),
        rows);

    assertEquals(403, promoted.send("newsroom/roles").statusCode(), "editors do not grant roles");
  }

  @Test
  void postsWithoutAValidViewStateAreRefused() throws Exception {
    Browser editor = Browser.signedIn(this, account("EDITOR"));
    long id = editor.create("Guarded by its view state", "Body.");
    long version = Long.parseLong(state(id).get(1));
    Document form = editor.page("newsroom/edit?id=" + id);

    List<Map.Entry<String, String>> fields = editor.fields(form, "edit", Map.of("title", "Forged"));
    fields.removeIf(f -> f.getKey().equals("jakarta.faces.ViewState"));
    fields.add(new SimpleEntry<>("edit:save", "Save"));
    assertEquals(400, editor.post("newsroom/edit", fields).statusCode(), "no view state");

    fields.add(new SimpleEntry<>("jakarta.faces.ViewState", "-123456789:987654321"));
    assertEquals(400, editor.post("newsroom/edit", fields).statusCode(), "made-up view state");

    // A view state from another session (a page that an attacker opened for themselves).
    Browser attacker = Browser.signedIn(this, account("EDITOR"));
    String theirs =
        attacker
            .page("newsroom/edit?id=" + id)
            .selectFirst("input[name=jakarta.faces.ViewState]")
            .val();
    fields.removeIf(f -> f.getKey().equals("jakarta.faces.ViewState"));
    fields.add(new SimpleEntry<>("jakarta.faces.ViewState", theirs));
    assertEquals(
        400, editor.post("newsroom/edit", fields).statusCode(), "someone else's view state");

    assertEquals("Guarded by its view state", state(id).get(3));
    assertEquals(version, Long.parseLong(state(id).get(1)));
  }

  @Test
  void theSecondOfTwoEditorsSeesBothVersionsAndLosesNothing() throws Exception {
    Browser first = Browser.signedIn(this, account("EDITOR"));
    Browser second = Browser.signedIn(this, account("EDITOR"));
    long id = first.create("One article, two editors", "Original body.");
    Document firstForm = first.page("newsroom/edit?id=" + id);
    Document secondForm = second.page("newsroom/edit?id=" + id);

    first.document(
        first.submit(
            firstForm, "edit", Map.of("title", "The first editor's headline"), "edit:save"));
    Document conflict =
        second.document(
            second.submit(
                secondForm,
                "edit",
                Map.of("title", "The second editor's headline", "body", "<p>Second body.</p>"),
                "edit:save"));
    assertTrue(
        conflict.select(".nr-messages").text().contains("Someone else saved this article"),
        conflict.select("main").text());
    assertEquals("The first editor's headline", conflict.selectFirst(".their-title").text());
    assertEquals("The second editor's headline", conflict.getElementById("edit:title").val());
    assertEquals("<p>Second body.</p>", conflict.getElementById("edit:body").val());
    assertEquals("The first editor's headline", state(id).get(3), "nothing overwritten yet");

    Document saved = second.document(second.submit(conflict, "edit", Map.of(), "edit:save"));
    assertEquals("Saved.", saved.select(".nr-messages").text());
    assertEquals("The second editor's headline", state(id).get(3));
  }

  // ---- featured image, bylines, section filter, today's most read ----

  @Test
  void anImageUploadedInTheEditorIsTheArticlesFeaturedImageWithItsVariants() throws Exception {
    Browser author = Browser.signedIn(this, account("AUTHOR"));
    long id = author.create(unique("With a picture "), "<p>Body.</p>");
    Document form = author.page("newsroom/edit?id=" + id);
    assertNotNull(form.getElementById("edit:featured-upload"), "the upload field");
    assertEquals("multipart/form-data", form.getElementById("edit").attr("enctype"));

    Document uploaded =
        author.document(
            author.multipart(
                form,
                "edit",
                Map.of(),
                "edit:featured-upload-send",
                "edit:featured-upload",
                "harbour at dawn.png",
                png(1300, 700)));
    assertTrue(
        uploaded.select(".nr-messages").text().contains("Image uploaded"),
        uploaded.select("main").text());
    Element chosen = uploaded.getElementById("featured-chosen");
    assertNotNull(chosen, "the chosen image");
    String mediaId = chosen.attr("data-media");
    String fileName = uploaded.selectFirst("#featured .nr-featured-chosen .nr-file").text();
    assertTrue(fileName.endsWith(".png"), fileName);
    assertEquals("", dressing(id).get(0), "not stored before the save");

    // Alt text and caption, then publish (which saves first): one multipart post as a browser
    // sends.
    author.document(
        author.multipart(
            uploaded,
            "edit",
            Map.of("featured-alt", "Boats at the <quay>", "featured-caption", "Morning, \"early\""),
            "edit:publish",
            "edit:featured-upload",
            "",
            new byte[0]));
    assertEquals("PUBLISHED", state(id).get(0));
    assertEquals(List.of(mediaId, "Boats at the <quay>", "Morning, \"early\"", ""), dressing(id));

    Document story = reader(path(id));
    Element img = story.selectFirst("figure.featured img");
    assertNotNull(img, "the featured image on the article page");
    assertTrue(img.attr("src").endsWith("/media/" + fileName), img.attr("src"));
    assertEquals("Boats at the <quay>", img.attr("alt"));
    assertEquals("Morning, \"early\"", story.selectFirst("figure.featured figcaption").text());
    String srcset = img.attr("srcset");
    String base = fileName.substring(0, fileName.length() - ".png".length());
    for (int width : List.of(300, 768, 1200)) {
      String variant = base + "-" + width + "w.png";
      assertTrue(srcset.contains("/media/" + variant + " " + width + "w"), srcset);
      HttpResponse<byte[]> file =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(root().resolve("media/" + variant)).build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, file.statusCode(), variant);
      assertEquals(
          width,
          javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(file.body())).getWidth());
    }

    // A multipart post without the view state is refused like any other.
    HttpResponse<String> forged =
        author.multipart(
            author.page("newsroom/edit?id=" + id),
            "edit",
            Map.of("featured-alt", "Forged"),
            "edit:save",
            "edit:featured-upload",
            "forged.png",
            png(320, 200),
            false);
    assertEquals(400, forged.statusCode());
    assertEquals("Boats at the <quay>", dressing(id).get(1));

    // Not an image: refused with a message on the form, nothing chosen or stored.
    Document refused =
        author.document(
            author.multipart(
                author.page("newsroom/edit?id=" + id),
                "edit",
                Map.of(),
                "edit:featured-upload-send",
                "edit:featured-upload",
                "notes.png",
                "just text, not a picture".getBytes(StandardCharsets.UTF_8)));
    assertTrue(
        refused.select(".nr-field-error").text().contains("not a JPEG, PNG or GIF"),
        refused.select("main").text());
    assertEquals(mediaId, refused.getElementById("featured-chosen").attr("data-media"));
  }

  @Test
  void anImageIsPickedFromTheLibraryAndRemovedAgain() throws Exception {
    Browser editor = Browser.signedIn(this, account("EDITOR"));
    long first = editor.create(unique("First with picture "), "Body.");
    Document uploaded =
        editor.document(
            editor.multipart(
                editor.page("newsroom/edit?id=" + first),
                "edit",
                Map.of(),
                "edit:featured-upload-send",
                "edit:featured-upload",
                "library.png",
                png(400, 300)));
    String mediaId = uploaded.getElementById("featured-chosen").attr("data-media");
    String fileName = uploaded.selectFirst("#featured .nr-featured-chosen .nr-file").text();

    long second = editor.create(unique("Second with picture "), "Body.");
    Document form = editor.page("newsroom/edit?id=" + second);
    assertNotNull(form.getElementById("featured-none"), "no image yet");
    Document found =
        editor.document(
            editor.submit(form, "edit", Map.of("featured-search", fileName), "edit:featured-find"));
    Element pick = found.getElementById("featured-pick-" + mediaId);
    assertNotNull(
        pick, "the library's image in the picker: " + found.select("#featured-grid").text());
    assertTrue(
        pick.selectFirst("img")
            .attr("src")
            .endsWith("/media/" + fileName.replace(".png", "-300w.png")),
        "the thumbnail is the smallest variant");

    List<Map.Entry<String, String>> fields = editor.fields(found, "edit", Map.of());
    fields.add(new SimpleEntry<>(pick.attr("name"), pick.val()));
    Document picked = editor.document(editor.post("newsroom/edit", fields));
    assertEquals(mediaId, picked.getElementById("featured-chosen").attr("data-media"));

    Document saved =
        editor.document(
            editor.submit(
                picked, "edit", Map.of("featured-alt", "A library picture"), "edit:save"));
    assertEquals("Saved.", saved.select(".nr-messages").text());
    assertEquals(List.of(mediaId, "A library picture", "null", ""), dressing(second));

    Document removed =
        editor.document(editor.submit(saved, "edit", Map.of(), "edit:featured-remove"));
    assertNotNull(removed.getElementById("featured-none"));
    editor.document(editor.submit(removed, "edit", Map.of(), "edit:save"));
    assertEquals("", dressing(second).get(0), "removed on save");

    // A forged pick of an image that does not exist changes nothing.
    Document again = editor.page("newsroom/edit?id=" + second);
    List<Map.Entry<String, String>> forged = editor.fields(again, "edit", Map.of());
    forged.add(new SimpleEntry<>("edit:featured-pick", "999999999999"));
    Document after = editor.document(editor.post("newsroom/edit", forged));
    assertNotNull(after.getElementById("featured-none"));
  }

  @Test
  void bylinesAreChosenInOrderAndShownToReaders() throws Exception {
    Browser editor = Browser.signedIn(this, account("EDITOR"));
    String ada = unique("Ada ");
    String grace = unique("Grace ");
    long id = editor.create(unique("Two bylines "), "Body.");
    Document form = editor.page("newsroom/edit?id=" + id);
    form =
        editor.document(
            editor.submit(form, "edit", Map.of("author-new", ada), "edit:author-create"));
    form =
        editor.document(
            editor.submit(form, "edit", Map.of("author-new", grace), "edit:author-create"));
    assertEquals(List.of(ada, grace), form.select("#byline .nr-author-name").eachText());

    // Take Ada off, then add her back from the list: she is last now.
    String removeFirst = form.selectFirst("#byline li input[id$=author-remove]").attr("name");
    form = editor.document(editor.submit(form, "edit", Map.of(), removeFirst));
    assertEquals(List.of(grace), form.select("#byline .nr-author-name").eachText());
    String adaId =
        form.getElementById("edit:author-select").select("option").stream()
            .filter(o -> o.text().equals(ada))
            .findFirst()
            .orElseThrow()
            .val();
    form =
        editor.document(
            editor.submit(form, "edit", Map.of("author-select", adaId), "edit:author-add"));
    assertEquals(List.of(grace, ada), form.select("#byline .nr-author-name").eachText());
    // And move her up again.
    String up = form.select("#byline li").get(1).selectFirst("input[id$=author-up]").attr("name");
    form = editor.document(editor.submit(form, "edit", Map.of(), up));
    assertEquals(List.of(ada, grace), form.select("#byline .nr-author-name").eachText());

    editor.document(editor.submit(form, "edit", Map.of(), "edit:publish"));
    assertEquals(ada + "|" + grace, dressing(id).get(3));
    Document story = reader(path(id));
    assertEquals(List.of(ada, grace), story.select(".author-box .author-name").eachText());

    // Authors choose from the list but do not add new authors, whatever they post.
    Browser author = Browser.signedIn(this, account("AUTHOR"));
    long own = author.create(unique("Own byline "), "Body.");
    Document theirs = author.page("newsroom/edit?id=" + own);
    assertNotNull(theirs.getElementById("edit:author-select"));
    assertNull(theirs.getElementById("edit:author-create"), "no new authors for authors");
    String forged = unique("Forged ");
    List<Map.Entry<String, String>> fields =
        author.fields(theirs, "edit", Map.of("author-new", forged));
    fields.add(new SimpleEntry<>("edit:author-create", "Create author"));
    author.document(author.post("newsroom/edit", fields));
    assertTrue(
        editor
            .page("newsroom/edit?id=" + id)
            .getElementById("edit:author-select")
            .select("option")
            .eachText()
            .stream()
            .noneMatch(forged::equals),
        "no author was made");
    // Choosing in the list and saving puts the author on the byline.
    Document chosen =
        author.document(
            author.submit(
                author.page("newsroom/edit?id=" + own),
                "edit",
                Map.of("author-select", adaId),
                "edit:save"));
    assertEquals(List.of(ada), chosen.select("#byline .nr-author-name").eachText());
    assertEquals(ada, dressing(own).get(3));
  }

  @Test
  void theArticleListFiltersBySectionWithItsSubsections() throws Exception {
    Browser editor = Browser.signedIn(this, account("EDITOR"));
    String desk = unique("Desk ");
    String deskPath = "/" + desk.toLowerCase().replace(' ', '-') + "/";
    Document sections =
        editor.document(
            editor.submit(
                editor.page("newsroom/sections"),
                "sections",
                Map.of("name", desk),
                "sections:create"));
    String deskId = optionFor(sections, "sections:section", deskPath);
    String beat = unique("Beat ");
    String beatPath = deskPath + beat.toLowerCase().replace(' ', '-') + "/";
    sections =
        editor.document(
            editor.submit(
                sections, "sections", Map.of("name", beat, "parent", deskId), "sections:create"));
    String beatId = optionFor(sections, "sections:section", beatPath);

    String token = unique("sf");
    long inBeat = editor.create("In the beat " + token, "Body.");
    long inDesk = editor.create("On the desk " + token, "Body.");
    long elsewhere = editor.create("Elsewhere " + token, "Body.");
    file(editor, inBeat, beatId);
    file(editor, inDesk, deskId);

    assertEquals(
        List.of("On the desk " + token, "In the beat " + token),
        editor.page("newsroom/articles?section=" + deskId).select("#articles a").eachText(),
        "the section and its subsection, most recently changed first");
    assertEquals(
        List.of("In the beat " + token),
        editor.page("newsroom/articles?section=" + beatId).select("#articles a").eachText());
    Document both = editor.page("newsroom/articles?section=" + deskId + "&q=beat+" + token);
    assertEquals(List.of("In the beat " + token), both.select("#articles a").eachText());
    assertEquals(deskId, both.selectFirst("#section-filter option[selected]").val());
    List<String> all = editor.page("newsroom/articles?q=" + token).select("#articles a").eachText();
    assertEquals(3, all.size(), all::toString);
    assertTrue(all.contains("Elsewhere " + token));
    assertEquals(
        3,
        editor.page("newsroom/articles?q=" + token + "&section=x1").select("#articles a").size(),
        "a malformed section is no filter");
    assertTrue(elsewhere > 0);

    // Contributors keep seeing their own articles only, also within a section.
    Browser contributor = Browser.signedIn(this, account("CONTRIBUTOR"));
    long own = contributor.create("Contributor's " + token, "Body.");
    file(contributor, own, beatId);
    assertEquals(
        List.of("Contributor's " + token),
        contributor.page("newsroom/articles?section=" + deskId).select("#articles a").eachText());
  }

  @Test
  void todaysMostReadListsTheArticlesReadTodayWithTheirCounts() throws Exception {
    Browser editor = Browser.signedIn(this, account("EDITOR"));
    String name = unique("Reads ");
    Document sections =
        editor.document(
            editor.submit(
                editor.page("newsroom/sections"),
                "sections",
                Map.of("name", name),
                "sections:create"));
    String sectionId =
        optionFor(sections, "sections:section", "/" + name.toLowerCase().replace(' ', '-') + "/");
    long popular = editor.create(unique("Popular "), "Body.");
    long quieter = editor.create(unique("Quieter "), "Body.");
    long unread = editor.create(unique("Unread "), "Body.");
    for (long id : List.of(popular, quieter, unread)) {
      file(editor, id, sectionId);
      editor.document(
          editor.submit(editor.page("newsroom/edit?id=" + id), "edit", Map.of(), "edit:publish"));
    }
    for (int i = 0; i < 3; i++) {
      reader(path(popular), "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/" + (120 + i));
    }
    reader(path(quieter), "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/130");

    List<String> rows = List.of();
    for (int attempt = 0; attempt < 40; attempt++) {
      Document dashboard = editor.page("newsroom?section=" + sectionId);
      rows =
          dashboard.select("#most-read-today li").stream()
              .map(li -> li.attr("data-article") + "=" + li.selectFirst(".nr-count").text())
              .toList();
      if (rows.equals(List.of(popular + "=3", quieter + "=1"))) {
        break;
      }
      Thread.sleep(250);
    }
    assertEquals(List.of(popular + "=3", quieter + "=1"), rows, "the unread article is left out");
    Document dashboard = editor.page("newsroom?section=" + sectionId);
    assertEquals(sectionId, dashboard.selectFirst("#most-read-section option[selected]").val());
    assertNotNull(
        dashboard.selectFirst("#most-read-today li[data-article=" + popular + "] a"),
        "editors open the article from the list");
    assertNotNull(editor.page("newsroom").getElementById("most-read-today"), "the whole site");
  }

  /** Files an article under a section through the editor's primary section field. */
  private static void file(Browser browser, long id, String sectionId) throws Exception {
    browser.document(
        browser.submit(
            browser.page("newsroom/edit?id=" + id),
            "edit",
            Map.of("primary", sectionId),
            "edit:save"));
  }

  /** The value of the option whose text is {@code label} in a select. */
  private static String optionFor(Document page, String selectId, String label) {
    return page.getElementById(selectId).select("option").stream()
        .filter(o -> o.text().equals(label))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no " + label + " in " + page.getElementById(selectId).text()))
        .val();
  }

  /** A reader's GET of a page, with a browser's User-Agent (so it counts as a view). */
  private Document reader(String path) throws Exception {
    return reader(path, "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/128.0");
  }

  private Document reader(String path, String userAgent) throws Exception {
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        root().resolve(path.startsWith("/") ? path.substring(1) : path))
                    .header("User-Agent", userAgent)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode(), path);
    return Jsoup.parse(page.body());
  }

  /** The public path of an article. */
  private String path(long id) throws Exception {
    return fixture("op=path&id=" + id);
  }

  /** The stored featured image id, alt text, caption and byline names (joined with |). */
  private List<String> dressing(long id) throws Exception {
    return List.of(fixture("op=dressing&id=" + id).split("\n", -1));
  }

  /** A PNG of this size whose pixels differ from any other this test makes. */
  private static byte[] png(int width, int height) throws Exception {
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.util.Random random = new java.util.Random();
    for (int y = 0; y < height; y += 10) {
      int rgb = random.nextInt(0xffffff);
      for (int x = 0; x < width; x++) {
        for (int dy = 0; dy < 10 && y + dy < height; dy++) {
          image.setRGB(x, y + dy, rgb);
        }
      }
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  // ---- fixtures ----

  /** The site's address, always with its trailing slash. */
  @Test
  void adminsSeeThePluginsAndSwitchWidgetsWithoutARedeploy() throws Exception {
    Browser admin = Browser.signedIn(this, account("ADMIN"));
    Browser reader = new Browser(root());
    Document plugins = admin.page("newsroom/plugins");
    assertEquals("Plugins", plugins.selectFirst("main h1").text());
    Element markets =
        plugins.select("#installed tr").stream()
            .filter(r -> r.text().contains("markets-home"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(plugins.select("#installed").text()));
    assertTrue(markets.text().contains("Markets"), "its section: " + markets.text());
    assertFalse(markets.selectFirst("td:nth-child(2)").text().isBlank(), "its version");
    assertTrue(
        Jsoup.parse(reader.send("").body()).selectFirst("[data-widget=markets-home]") != null,
        "the widget shows before");
    try {
      admin.submit(plugins, "widgets", Map.of(), toggle(plugins, "markets-home"));
      assertNull(
          Jsoup.parse(reader.send("").body()).selectFirst("[data-widget=markets-home]"),
          "switched off for the site: gone from the next page");

      Document again = admin.page("newsroom/plugins");
      admin.submit(
          again,
          "section",
          Map.of("widget", "markets", "path", "/business-finance/markets/"),
          null);
      String section = reader.send("business-finance/markets/").body();
      assertNull(Jsoup.parse(section).selectFirst("[data-widget=markets]"), "off in the subtree");
      String parent = reader.send("business-finance/").body();
      assertNotNull(Jsoup.parse(parent).selectFirst("[data-widget=markets]"), "on above it");
      assertTrue(admin.page("newsroom/audit").text().contains("WIDGET_OFF"), "changes are audited");
    } finally {
      Document restore = admin.page("newsroom/plugins");
      if (Jsoup.parse(reader.send("").body()).selectFirst("[data-widget=markets-home]") == null) {
        admin.submit(restore, "widgets", Map.of(), toggle(restore, "markets-home"));
        restore = admin.page("newsroom/plugins");
      }
      Element clear = restore.selectFirst("#widgets input[type=submit][id$=clear]");
      if (clear != null) {
        admin.submit(restore, "widgets", Map.of(), clear.attr("name"));
      }
    }
    assertNotNull(
        Jsoup.parse(reader.send("").body()).selectFirst("[data-widget=markets-home]"), "restored");
    assertEquals(
        403, Browser.signedIn(this, account("EDITOR")).send("newsroom/plugins").statusCode());
  }

  /** The name of the on/off button in the widgets table's row of {@code widget}. */
  private static String toggle(Document plugins, String widget) {
    return plugins.select("#widgets tr").stream()
        .filter(r -> r.selectFirst(".nr-widget-id") != null)
        .filter(r -> widget.equals(r.selectFirst(".nr-widget-id").text()))
        .map(r -> r.selectFirst("input[type=submit][id$=toggle]").attr("name"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + widget));
  }

  URI root() {
    String text = base.toString();
    return URI.create(text.endsWith("/") ? text : text + "/");
  }

  private String account(String role) throws Exception {
    String name = unique(role.toLowerCase());
    fixture("op=account&name=" + name + "&roles=" + role);
    return name;
  }

  private long comment(long articleId, String who) throws Exception {
    String[] answer = fixture("op=comment&article=" + articleId + "&who=" + who).split("\n");
    assertEquals("HELD", answer[1], String.join(" ", answer));
    return Long.parseLong(answer[0]);
  }

  /** Status, version, creator and title of an article as stored. */
  private List<String> state(long id) throws Exception {
    return List.of(fixture("op=article&id=" + id).split("\n"));
  }

  private String fixture(String query) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(root().resolve("it/newsroom?" + query)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }

  private static void assertRedirect(HttpResponse<String> response) {
    assertTrue(
        response.statusCode() == 302 || response.statusCode() == 303,
        () -> response.statusCode() + " " + Jsoup.parse(response.body()).text());
  }

  private static String password() {
    return NewsroomFixtures.PASSWORD;
  }

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  /** One person's browser: a cookie jar, forms sent back with their view state. */
  private static final class Browser {

    private final URI base;
    private final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    Browser(URI base) {
      this.base = base;
    }

    static Browser signedIn(NewsroomIT test, String username) throws Exception {
      Browser browser = new Browser(test.root());
      HttpResponse<String> done =
          browser.submit(
              browser.page("account/login"),
              "login",
              Map.of("user", username, "password", password()),
              null);
      assertRedirect(done);
      return browser;
    }

    private URI resolve(String path) {
      return path.startsWith("http") ? URI.create(path) : base.resolve(path);
    }

    /** A new article through the editor; its id. */
    long create(String title, String body) throws Exception {
      HttpResponse<String> created =
          submit(page("newsroom/edit"), "edit", Map.of("title", title, "body", body), "edit:save");
      assertRedirect(created);
      String location = created.headers().firstValue("Location").orElseThrow();
      String id = location.replaceAll(".*[?&]id=([0-9]+).*", "$1");
      return Long.parseLong(id);
    }

    Document page(String path) throws Exception {
      HttpResponse<String> response = send(path);
      assertEquals(200, response.statusCode(), path);
      return Jsoup.parse(response.body());
    }

    Document document(HttpResponse<String> response) {
      assertEquals(200, response.statusCode(), () -> Jsoup.parse(response.body()).text());
      return Jsoup.parse(response.body());
    }

    HttpResponse<String> send(String path) throws Exception {
      return http.send(
          HttpRequest.newBuilder(resolve(path)).timeout(Duration.ofSeconds(30)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }

    /** The fields a browser would send for a form, with some changed ({@code field} in form). */
    List<Map.Entry<String, String>> fields(
        Document page, String formId, Map<String, String> values) {
      Element form = page.getElementById(formId);
      assertNotNull(form, "form " + formId + " in " + page.select("main").text());
      List<Map.Entry<String, String>> fields = new ArrayList<>();
      for (Element input : form.select("input, textarea, select")) {
        String name = input.attr("name");
        String type = input.attr("type");
        if (name.isEmpty() || "submit".equals(type)) {
          continue;
        }
        String key = name.startsWith(formId + ":") ? name.substring(formId.length() + 1) : name;
        if (values.containsKey(key) || values.containsKey(name)) {
          continue;
        }
        if ("checkbox".equals(type)) {
          if (input.hasAttr("checked")) {
            fields.add(new SimpleEntry<>(name, input.hasAttr("value") ? input.val() : "on"));
          }
        } else if ("select".equals(input.tagName())) {
          List<Element> chosen = input.select("option[selected]");
          if (chosen.isEmpty()
              && !input.hasAttr("multiple")
              && input.selectFirst("option") != null) {
            chosen = List.of(input.selectFirst("option"));
          }
          for (Element option : chosen) {
            fields.add(new SimpleEntry<>(name, option.attr("value")));
          }
        } else {
          fields.add(new SimpleEntry<>(name, input.val()));
        }
      }
      values.forEach(
          (field, value) ->
              fields.add(
                  new SimpleEntry<>(field.contains(":") ? field : formId + ":" + field, value)));
      return fields;
    }

    /** Sends a form back with some fields changed, by the button named (or its first). */
    HttpResponse<String> submit(
        Document page, String formId, Map<String, String> values, String button) throws Exception {
      List<Map.Entry<String, String>> fields = fields(page, formId, values);
      Element form = page.getElementById(formId);
      Element pressed =
          button == null
              ? form.selectFirst("input[type=submit]")
              : form.selectFirst("input[type=submit][name=\"" + button + "\"]");
      assertNotNull(pressed, "button " + button);
      fields.add(new SimpleEntry<>(pressed.attr("name"), pressed.val()));
      return post(form.attr("action"), fields);
    }

    /**
     * Sends a form back as a browser sends a multipart form: every field as a part, one file.
     *
     * @param fileField the file input's name
     * @param fileName the file's name as the browser gives it (empty: no file chosen)
     */
    HttpResponse<String> multipart(
        Document page,
        String formId,
        Map<String, String> values,
        String button,
        String fileField,
        String fileName,
        byte[] file)
        throws Exception {
      return multipart(page, formId, values, button, fileField, fileName, file, true);
    }

    /** {@link #multipart}, with or without the form's view state. */
    HttpResponse<String> multipart(
        Document page,
        String formId,
        Map<String, String> values,
        String button,
        String fileField,
        String fileName,
        byte[] file,
        boolean viewState)
        throws Exception {
      List<Map.Entry<String, String>> fields = fields(page, formId, values);
      fields.removeIf(f -> f.getKey().equals(fileField));
      if (!viewState) {
        fields.removeIf(f -> f.getKey().equals("jakarta.faces.ViewState"));
      }
      Element form = page.getElementById(formId);
      Element pressed = form.selectFirst("input[type=submit][name=\"" + button + "\"]");
      assertNotNull(pressed, "button " + button);
      fields.add(new SimpleEntry<>(pressed.attr("name"), pressed.val()));
      String boundary = "----NewsroomIT" + UUID.randomUUID().toString().replace("-", "");
      java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
      for (Map.Entry<String, String> field : fields) {
        body.write(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + field.getKey()
                    + "\"\r\n\r\n"
                    + field.getValue()
                    + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + fileField
                  + "\"; filename=\""
                  + fileName
                  + "\"\r\nContent-Type: "
                  + (fileName.isEmpty() ? "application/octet-stream" : "image/png")
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.write(file);
      body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return http.send(
          HttpRequest.newBuilder(resolve(form.attr("action")))
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields)
        throws Exception {
      String body =
          fields.stream()
              .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
              .collect(Collectors.joining("&"));
      return http.send(
          HttpRequest.newBuilder(resolve(path))
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
      return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
  }
}
