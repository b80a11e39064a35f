package dev.headline.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
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
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The newsroom's role matrix over HTTP, as browsers would use it: each role against what it may and
 * may not do, forged form posts, posts without a valid view state, and two editors saving one
 * article; the site's settings, static pages and accounts (with the set-password mail GreenMail
 * catches). Accounts, a reader's comment and the stored state come from the test-only {@link
 * NewsroomFixtures} servlet; everything else goes through the newsroom's own pages.
 */
@ExtendWith(ArquillianExtension.class)
class NewsroomIT {

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

    // The reader's session, signed in with the old roles, ends on its next request that its
    // roles let through (the newsroom's constraint still refuses it first): the page is asked for
    // again as a visitor's, and the newsroom then asks to sign in.
    assertEquals(403, readersBrowser.send("newsroom").statusCode(), "still the old roles");
    HttpResponse<String> stale = readersBrowser.send("?from=roles");
    assertEquals(303, stale.statusCode());
    assertTrue(
        stale.headers().firstValue("Location").orElse("").endsWith("/?from=roles"),
        stale.headers().toString());
    assertLogin(readersBrowser.send("newsroom"));
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

  @Test
  void theEditorAutosavesDraftsByAjaxWithTheViewStateAndNeverOverAnotherVersion() throws Exception {
    Browser editor = Browser.signedIn(this, account("EDITOR"));
    long id = editor.create("Autosave, first headline", "<p>First body.</p>");
    long version = Long.parseLong(state(id).get(1));
    // A preview before the autosave: nothing of it may be kept for the next one.
    String before = editor.page("newsroom/preview/" + id).selectFirst("main h1").text();
    Document page = editor.page("newsroom/edit?id=" + id);
    assertNotNull(page.getElementById("body-editor"), "the rich-text area, shown by script");
    assertEquals(12, page.select("#body-editor-area button[data-command]").size());
    assertNotNull(page.getElementById("autosave-status"));
    assertEquals("true", page.getElementById("edit:autosave-result").attr("data-enabled"));

    // The page's autosave: a Faces ajax post of the whole form through the hidden command.
    Document answer =
        editor.autosave(
            page, Map.of("title", "Autosave, second headline", "body", "<p>Typed <b>bold</b></p>"));
    Element result = Jsoup.parse(update(answer, "edit:autosave-result")).body().child(0);
    assertEquals("saved", result.attr("data-outcome"), answer.outerHtml());
    assertEquals("Autosave, second headline", state(id).get(3));
    assertTrue(Long.parseLong(result.attr("data-version")) > version);
    assertEquals(result.attr("data-version"), state(id).get(1), "the view holds the new version");
    Document preview = editor.page("newsroom/preview/" + id);
    assertTrue(
        preview.select("main b, main strong").eachText().contains("bold"), "kept by the sanitiser");
    assertNotEquals(before, preview.selectFirst("main h1").text());
    assertEquals("Autosave, second headline", preview.selectFirst("main h1").text());
    assertEquals("Autosave, second headline – ", preview.title().substring(0, 28), "its head too");

    // The next autosave (and the Save button) go on from the version the autosave made.
    answer = editor.autosave(page, Map.of("title", "Autosave, third headline"));
    assertEquals(
        "saved",
        Jsoup.parse(update(answer, "edit:autosave-result")).body().child(0).attr("data-outcome"));
    assertEquals("Autosave, third headline", state(id).get(3));

    // Without the view state, the same post is refused and changes nothing.
    List<Map.Entry<String, String>> forged =
        editor.fields(page, "edit", Map.of("title", "Forged by ajax"));
    forged.removeIf(f -> f.getKey().equals("jakarta.faces.ViewState"));
    forged.add(new SimpleEntry<>("jakarta.faces.source", "edit:autosave"));
    forged.add(new SimpleEntry<>("jakarta.faces.partial.ajax", "true"));
    assertEquals(400, editor.post("newsroom/edit", forged).statusCode());
    assertEquals("Autosave, third headline", state(id).get(3));

    // Someone else saves: the autosave writes nothing and shows the conflict...
    Browser other = Browser.signedIn(this, account("EDITOR"));
    other.document(
        other.submit(
            other.page("newsroom/edit?id=" + id),
            "edit",
            Map.of("title", "The other editor's headline"),
            "edit:save"));
    String theirs = state(id).get(1);
    answer = editor.autosave(page, Map.of("title", "Autosave, fourth headline"));
    assertEquals(
        "conflict",
        Jsoup.parse(update(answer, "edit:autosave-result")).body().child(0).attr("data-outcome"));
    assertEquals(
        "false",
        Jsoup.parse(update(answer, "edit:autosave-result")).body().child(0).attr("data-enabled"));
    Document conflict = Jsoup.parse(update(answer, "edit:conflict-area"));
    assertEquals("The other editor's headline", conflict.selectFirst(".their-title").text());
    assertTrue(
        update(answer, "edit:messages-area").contains("Someone else saved this article"),
        update(answer, "edit:messages-area"));
    // ...and keeps out of the way until a deliberate save, which replaces their version.
    answer = editor.autosave(page, Map.of("title", "Autosave, fifth headline"));
    assertEquals(
        "conflict",
        Jsoup.parse(update(answer, "edit:autosave-result")).body().child(0).attr("data-outcome"));
    assertEquals("The other editor's headline", state(id).get(3));
    assertEquals(theirs, state(id).get(1));
    Document saved =
        editor.document(
            editor.submit(page, "edit", Map.of("title", "Deliberately mine"), "edit:save"));
    assertEquals("Saved.", saved.select(".nr-messages").text());
    assertEquals("Deliberately mine", state(id).get(3));

    // A published article is saved by hand only: its autosave writes nothing.
    Document published = editor.document(editor.submit(saved, "edit", Map.of(), "edit:publish"));
    assertEquals("PUBLISHED", state(id).get(0));
    assertEquals("false", published.getElementById("edit:autosave-result").attr("data-enabled"));
    answer = editor.autosave(published, Map.of("title", "Half-typed, never live"));
    assertEquals(
        "off",
        Jsoup.parse(update(answer, "edit:autosave-result")).body().child(0).attr("data-outcome"));
    assertEquals("Deliberately mine", state(id).get(3));
  }

  @Test
  void theFirstAutosaveOfANewArticleCreatesItsDraftWithoutLeavingThePage() throws Exception {
    Browser author = Browser.signedIn(this, account("AUTHOR"));
    Document blank = author.page("newsroom/edit");
    Document answer = author.autosave(blank, Map.of("body", "<p>No headline yet.</p>"));
    assertEquals(
        "needs-headline",
        Jsoup.parse(update(answer, "edit:autosave-result")).body().child(0).attr("data-outcome"));

    String title = unique("Autosaved new draft ");
    answer = author.autosave(blank, Map.of("title", title, "body", "<p>Started.</p>"));
    Element result = Jsoup.parse(update(answer, "edit:autosave-result")).body().child(0);
    assertEquals("saved", result.attr("data-outcome"), answer.outerHtml());
    long id = Long.parseLong(result.attr("data-id"));
    assertEquals(List.of("DRAFT", result.attr("data-version")), state(id).subList(0, 2));
    assertEquals(title, state(id).get(3));

    // The same view saves that draft in place from now on: no second article.
    answer = author.autosave(blank, Map.of("title", title + " (more)"));
    assertEquals(
        String.valueOf(id),
        Jsoup.parse(update(answer, "edit:autosave-result")).body().child(0).attr("data-id"));
    assertEquals(title + " (more)", state(id).get(3));
  }

  /** The markup a Faces partial response puts in place of the element {@code id}. */
  private static String update(Document partialResponse, String id) {
    Element update = partialResponse.selectFirst("update[id=\"" + id + "\"]");
    assertNotNull(update, id + " in " + partialResponse.outerHtml());
    return update.wholeText();
  }

  @Test
  void everySaveIsARevisionAndTheChangesShowEscaped() throws Exception {
    String firstName = account("EDITOR");
    String secondName = account("EDITOR");
    Browser first = Browser.signedIn(this, firstName);
    Browser second = Browser.signedIn(this, secondName);
    long id =
        first.create("Harbour plan approved", "<p>The council approved the harbour plan.</p>");
    assertEquals(List.of("1"), revisionNumbers(first, id));

    second.document(
        second.submit(
            second.page("newsroom/edit?id=" + id),
            "edit",
            Map.of(
                "title", "Harbour <script>alert(1)</script> plan approved",
                "body", "<p>The council narrowly approved the new harbour plan.</p>"),
            "edit:save"));
    Document history = first.page("newsroom/revisions?article=" + id);
    assertEquals(List.of("2", "1"), history.select("#revisions .nr-revision-number").eachText());
    assertEquals(
        List.of(secondName, firstName), history.select("#revisions .nr-revision-by").eachText());
    assertEquals(
        "Revisions (2)",
        first.page("newsroom/edit?id=" + id).getElementById("revisions-link").text());

    // By default the revision before the newest is compared with the text now.
    Element title = history.getElementById("diff-title");
    assertTrue(title.select("script").isEmpty(), title.html());
    assertEquals("Inserted: <script>alert(1)</script>", title.select("ins").text());
    assertTrue(title.select("del").isEmpty(), title.html());
    assertEquals(
        "Harbour <script>alert(1)</script> plan approved", title.text().replace("Inserted: ", ""));
    assertEquals(
        List.of("Inserted: narrowly", "Inserted: new"),
        history.getElementById("diff-body").select("ins").eachText());
    assertTrue(
        history.getElementById("diff-body").select("p, del").isEmpty(), "editor HTML is text");

    // Quick saves by one person are one revision; a save that changes nothing adds none.
    HttpResponse<String> again =
        second.submit(
            second.page("newsroom/edit?id=" + id),
            "edit",
            Map.of("standfirst", "Late vote."),
            "edit:save");
    second.document(again);
    second.document(
        second.submit(second.page("newsroom/edit?id=" + id), "edit", Map.of(), "edit:save"));
    assertEquals(List.of("2", "1"), revisionNumbers(first, id));
    Document folded = first.page("newsroom/revisions?article=" + id + "&from=1&to=2");
    assertEquals("Inserted: Late vote.", folded.getElementById("diff-standfirst").text());

    // Compare the other way round: what revision 2 took out of revision 1 is marked deleted.
    Document backwards = first.page("newsroom/revisions?article=" + id + "&from=2&to=1");
    assertEquals(
        List.of("Deleted: narrowly", "Deleted: new"),
        backwards.getElementById("diff-body").select("del").eachText());
  }

  @Test
  void restoringAnOldRevisionIsANewSaveAndIsAudited() throws Exception {
    String editorName = account("EDITOR");
    Browser editor = Browser.signedIn(this, editorName);
    Browser other = Browser.signedIn(this, account("EDITOR"));
    long id = editor.create("The first headline", "<p>The first body.</p>");
    other.document(
        other.submit(
            other.page("newsroom/edit?id=" + id),
            "edit",
            Map.of("title", "The second headline", "body", "<p>The second body.</p>"),
            "edit:save"));
    assertEquals("The second headline", state(id).get(3));

    Document page = editor.page("newsroom/revisions?article=" + id + "&from=1");
    HttpResponse<String> restored = editor.submit(page, "restore", Map.of(), "restore:restore");
    assertRedirect(restored);
    assertEquals("The first headline", state(id).get(3));
    Document after = editor.page(restored.headers().firstValue("Location").orElseThrow());
    assertTrue(after.select(".nr-messages").text().contains("Revision 1 restored"), after.text());
    assertEquals(List.of("3", "2", "1"), after.select("#revisions .nr-revision-number").eachText());
    assertEquals("restored from 1", after.selectFirst("#revisions .nr-revision-note").text());
    assertEquals(editorName, after.selectFirst("#revisions .nr-revision-by").text());
    Document same = editor.page("newsroom/revisions?article=" + id + "&from=1");
    assertNotNull(same.getElementById("unchanged"), "body and all back as in revision 1");
    assertNull(same.getElementById("restore"), "nothing to restore when it is the text now");
    Document kept = editor.page("newsroom/revisions?article=" + id + "&from=2");
    assertEquals(
        List.of("Deleted: second", "Inserted: first"),
        kept.getElementById("diff-body").select("del, ins").eachText(),
        "the replaced text is still there");

    // A restore over a version someone else has saved since changes nothing.
    Document stale = editor.page("newsroom/revisions?article=" + id + "&from=2");
    other.document(
        other.submit(
            other.page("newsroom/edit?id=" + id),
            "edit",
            Map.of("title", "The third headline"),
            "edit:save"));
    Document refused =
        editor.document(editor.submit(stale, "restore", Map.of(), "restore:restore"));
    assertTrue(
        refused.select(".nr-messages").text().contains("Someone saved this article"),
        refused.select("main").text());
    assertEquals("The third headline", state(id).get(3));

    String audit = Browser.signedIn(this, account("ADMIN")).page("newsroom/audit").text();
    assertTrue(audit.contains(editorName + " RESTORE_REVISION article " + id), audit);
  }

  @Test
  void onlyThoseWhoMayEditRestoreAndUnknownRevisionsAreNotFound() throws Exception {
    Browser editor = Browser.signedIn(this, account("EDITOR"));
    long editors = editor.create("An editor's story", "<p>Body.</p>");
    Browser contributor = Browser.signedIn(this, account("CONTRIBUTOR"));
    assertEquals(403, contributor.send("newsroom/revisions?article=" + editors).statusCode());

    long own = contributor.create("A contributor's draft", "<p>Draft body.</p>");
    editor.document(
        editor.submit(
            editor.page("newsroom/edit?id=" + own),
            "edit",
            Map.of("title", "Tightened"),
            "edit:save"));
    Document open = contributor.page("newsroom/revisions?article=" + own + "&from=1");
    assertNotNull(open.getElementById("restore"), "the owner of a draft may restore");
    editor.document(
        editor.submit(editor.page("newsroom/edit?id=" + own), "edit", Map.of(), "edit:publish"));
    assertNull(
        contributor.page("newsroom/revisions?article=" + own).getElementById("restore"),
        "not once it is published");
    HttpResponse<String> forged = contributor.submit(open, "restore", Map.of(), "restore:restore");
    assertEquals(403, forged.statusCode());
    assertEquals("Tightened", state(own).get(3));

    for (String query :
        List.of(
            "",
            "?article=999999999999",
            "?article=x1",
            "?article=" + own + "&from=99",
            "?article=" + own + "&from=0",
            "?article=" + own + "&to=abc")) {
      assertEquals(404, editor.send("newsroom/revisions" + query).statusCode(), query);
    }
  }

  private List<String> revisionNumbers(Browser browser, long article) throws Exception {
    return browser
        .page("newsroom/revisions?article=" + article)
        .select("#revisions .nr-revision-number")
        .eachText();
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
    // "Today" starts at midnight UTC: views flushed just before it would leave the list.
    java.time.Instant now = java.time.Instant.now();
    java.time.Instant midnight =
        now.truncatedTo(java.time.temporal.ChronoUnit.DAYS).plus(Duration.ofDays(1));
    if (now.plus(Duration.ofSeconds(90)).isAfter(midnight)) {
      Thread.sleep(Duration.between(now, midnight).toMillis() + 2000);
    }
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

  @Test
  void adminsChangeTheSiteNameLinksAndMenusAndReadersSeeThemAtOnce() throws Exception {
    Browser admin = Browser.signedIn(this, account("ADMIN"));
    Browser reader = new Browser(root());
    String before = Jsoup.parse(reader.send("").body()).selectFirst(".brand").text();
    reader.send(""); // the home page is in the page cache now
    String name = "The <script>alert(1)</script> Courier " + unique("");
    try {
      Document settings = admin.page("newsroom/settings");
      assertEquals(before, settings.getElementById("site:name").val(), "starts as configured");
      Document saved =
          admin.document(
              admin.submit(
                  settings,
                  "site",
                  Map.of(
                      "name",
                      name,
                      network(settings, "x"),
                      "https://x.example/courier",
                      network(settings, "facebook"),
                      ""),
                  "site:save"));
      assertTrue(saved.select(".nr-messages").text().startsWith("Settings saved"), saved.text());
      String home = reader.send("").body();
      Document page = Jsoup.parse(home);
      assertEquals(name, page.selectFirst(".brand").text(), "the cached home page is dropped");
      assertFalse(home.contains("<script>alert(1)</script>"), "the name is escaped");
      assertEquals("https://x.example/courier", page.selectFirst("a.social-x").attr("href"));
      assertNull(page.selectFirst("a.social-facebook"));
      assertTrue(page.title().contains(name), page.title());

      Document refused =
          admin.document(
              admin.submit(
                  admin.page("newsroom/settings"),
                  "site",
                  Map.of(network(settings, "facebook"), "javascript:alert(1)", "name", " "),
                  "site:save"));
      assertTrue(
          refused.text().contains("Facebook: enter a full address starting with https://"),
          refused.select("main").text());
      assertEquals(
          "Give the site a name.",
          refused.getElementById("site:name").parent().select(".nr-field-error").text());
      assertEquals(name, Jsoup.parse(reader.send("").body()).selectFirst(".brand").text());

      // The top menu: only Sports, then back to configuration.
      Document menus = admin.page("newsroom/settings");
      Element top = menus.selectFirst("fieldset[data-menu=top]");
      assertNotNull(top, menus.select("#menus").text());
      List<Map.Entry<String, String>> fields = admin.fields(menus, "menus", Map.of());
      fields.removeIf(f -> top.selectFirst("input[name=\"" + f.getKey() + "\"]") != null);
      Element sports = top.selectFirst("tr[data-section=sports]");
      fields.add(new SimpleEntry<>(sports.selectFirst("input[type=checkbox]").attr("name"), "on"));
      fields.add(new SimpleEntry<>(sports.selectFirst("input[type=text]").attr("name"), "1"));
      fields.add(new SimpleEntry<>(top.selectFirst("input[id$=saveMenu]").attr("name"), "s"));
      Document menuSaved = admin.document(admin.post("newsroom/settings", fields));
      assertEquals("Menu top saved.", menuSaved.select(".nr-messages").text());
      List<String> topMenu =
          Jsoup.parse(reader.send("").body()).select(".topmenu > ul > li > a").eachText();
      assertTrue(topMenu.contains("Sports"), topMenu::toString);
      assertFalse(topMenu.contains("Education"), topMenu::toString);

      String audit = admin.page("newsroom/audit").select("#audit tbody").text();
      assertTrue(audit.contains("SITE_SETTINGS"), audit);
      assertTrue(audit.contains("MENU menu top sports"), audit);

      for (String role : List.of("EDITOR", "AUTHOR")) {
        Browser staff = Browser.signedIn(this, account(role));
        assertEquals(403, staff.send("newsroom/settings").statusCode(), role);
        assertEquals(403, staff.send("newsroom/users").statusCode(), role);
      }
    } finally {
      Document restore = admin.page("newsroom/settings");
      admin.submit(restore, "site", Map.of(), "site:reset");
      Element reset =
          admin.page("newsroom/settings").selectFirst("input[id$=resetMenu][data-menu=top]");
      if (reset != null) {
        admin.submit(admin.page("newsroom/settings"), "menus", Map.of(), reset.attr("name"));
      }
    }
    Document restored = Jsoup.parse(reader.send("").body());
    assertEquals(before, restored.selectFirst(".brand").text(), "configuration's name is back");
    assertTrue(restored.select(".topmenu > ul > li > a").eachText().contains("Education"));
  }

  @Test
  void editorsWriteStaticPagesThatReadersSeeAtOnce() throws Exception {
    Browser editor = Browser.signedIn(this, account("EDITOR"));
    Browser reader = new Browser(root());
    String slug = unique("corrections-");
    HttpResponse<String> created =
        editor.submit(
            editor.page("newsroom/pages"),
            "page",
            Map.of(
                "title", "Corrections & <clarifications>",
                "slug", slug,
                "body", "<p>We fix <script>steal()</script>our errors.</p>",
                "position", "90"),
            "page:save");
    assertRedirect(created);
    String location = created.headers().firstValue("Location").orElseThrow();
    long id = Long.parseLong(location.replaceAll(".*[?&]id=([0-9]+).*", "$1"));

    Document shown = Jsoup.parse(reader.send(slug).body());
    assertEquals("Corrections & <clarifications>", shown.selectFirst("main h1").text());
    assertTrue(shown.select(".static-page .body script").isEmpty(), "sanitised");
    assertEquals("We fix our errors.", shown.selectFirst(".static-page .body").text());
    assertEquals(200, reader.send(slug + "/").statusCode(), "with a slash too");
    assertNotNull(
        Jsoup.parse(reader.send("").body()).selectFirst(".page-links a[href$=/" + slug + "]"),
        "listed in the footer at once");

    Document refused =
        editor.document(
            editor.submit(
                editor.page("newsroom/pages"),
                "page",
                Map.of("title", "Desk", "slug", "newsroom"),
                "page:save"));
    assertTrue(
        refused.text().contains("This address belongs to the site or to a section"),
        refused.select("main").text());

    // Two people edit the page: the second, from the older version, is told and overwrites nothing.
    Browser admin = Browser.signedIn(this, account("ADMIN"));
    Document first = editor.page("newsroom/pages?id=" + id);
    Document second = admin.page("newsroom/pages?id=" + id);
    Document list = admin.page("newsroom/pages");
    Document saved =
        editor.document(editor.submit(first, "page", Map.of("title", "Corrections"), "page:save"));
    assertEquals("Page saved.", saved.select(".nr-messages").text());
    assertEquals(
        "Corrections", Jsoup.parse(reader.send(slug).body()).selectFirst("main h1").text());
    Document conflict =
        admin.document(admin.submit(second, "page", Map.of("title", "Errata"), "page:save"));
    assertTrue(
        conflict.text().contains("Someone else saved this page meanwhile"),
        conflict.select("main").text());
    assertEquals("Errata", conflict.getElementById("page:title").val(), "the text typed is kept");
    assertEquals(
        "Corrections", Jsoup.parse(reader.send(slug).body()).selectFirst("main h1").text());

    String stale = deleteButton(list, id);
    Document notDeleted = admin.document(admin.submit(list, "list", Map.of(), stale));
    assertTrue(notDeleted.text().contains("nothing was deleted"), notDeleted.select("main").text());
    assertEquals(200, reader.send(slug).statusCode());

    Document again = editor.page("newsroom/pages");
    Document deleted =
        editor.document(editor.submit(again, "list", Map.of(), deleteButton(again, id)));
    assertEquals("Page deleted.", deleted.select(".nr-messages").text());
    assertEquals(404, reader.send(slug).statusCode());
    assertEquals(404, editor.send("newsroom/pages?id=" + id).statusCode());

    String audit = admin.page("newsroom/audit").select("#audit tbody").text();
    assertTrue(audit.contains("PAGE_CREATE page " + id + " /" + slug), audit);
    assertTrue(audit.contains("PAGE_EDIT page " + id), audit);
    assertTrue(audit.contains("PAGE_DELETE page " + id), audit);
    assertEquals(
        403, Browser.signedIn(this, account("AUTHOR")).send("newsroom/pages").statusCode());
  }

  @Test
  void adminsOpenStaffAccountsWhoseOwnersChooseTheirPassword() throws Exception {
    String adminName = account("ADMIN");
    Browser admin = Browser.signedIn(this, adminName);
    String name = unique("staff");
    String shownName = "<script>alert('" + name + "')</script>";
    String email = name + "@example.org";
    int mailsBefore = MAIL.getReceivedMessages().length;

    Document users = admin.page("newsroom/users");
    List<Map.Entry<String, String>> fields =
        admin.fields(
            users, "create", Map.of("username", name, "email", email, "displayName", shownName));
    fields.add(new SimpleEntry<>("create:roles", "EDITOR"));
    fields.add(new SimpleEntry<>("create:save", "Create account"));
    Document created = admin.document(admin.post("newsroom/users", fields));
    assertTrue(
        created.select(".nr-messages").text().startsWith("Account " + name + " created"),
        created.select("main").text());

    Document found = admin.page("newsroom/users?q=" + name.toUpperCase());
    Element row = found.selectFirst("tr[data-user=" + name + "]");
    assertNotNull(row, found.select("#accounts").text());
    assertEquals(shownName, row.selectFirst(".nr-display-name").text(), "escaped, as typed");
    assertTrue(found.select("#accounts script").isEmpty());
    assertEquals("EDITOR", row.selectFirst(".nr-roles").text());
    assertEquals(1, found.select("#accounts tbody tr").size(), "the search finds one");
    assertTrue(
        admin
            .page(row.selectFirst("a.nr-roles-link").attr("href"))
            .getElementById("found")
            .text()
            .equals(name),
        "the row leads to the account's roles");

    Document taken =
        admin.document(
            admin.submit(
                admin.page("newsroom/users"),
                "create",
                Map.of("username", name, "email", "other-" + email),
                "create:save"));
    assertTrue(taken.text().contains("This username is taken"), taken.select("main").text());

    assertTrue(MAIL.waitForIncomingEmail(15_000, mailsBefore + 1), "the set-password mail");
    MimeMessage mail = MAIL.getReceivedMessages()[mailsBefore];
    assertEquals(email, mail.getAllRecipients()[0].toString());
    String body = (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
    Matcher link = Pattern.compile("account/reset\\?token=([A-Za-z0-9_-]{43})").matcher(body);
    assertTrue(link.find(), body);
    Browser staff = new Browser(root());
    String password = "a password of my own";
    Document done =
        staff.document(
            staff.submit(
                staff.page("account/reset?token=" + link.group(1)),
                "reset",
                Map.of("password", password, "confirmation", password),
                null));
    assertNotNull(done.selectFirst(".form-notice"), done.select("main").text());
    assertRedirect(logIn(staff, name, password));
    assertEquals(200, staff.send("newsroom/comments").statusCode(), "an editor");
    Document staffForm = staff.page("newsroom/edit");

    Document off =
        admin.document(admin.submit(found, "users", Map.of(), toggleButton(found, name)));
    assertEquals(name + " can no longer log in.", off.select(".nr-messages").text());
    assertEquals("switched off", off.selectFirst("tr[data-user=" + name + "] .nr-state").text());
    // The session open before the switch-off ends on its next request: a form it had loaded is
    // not carried out, and the newsroom asks it to sign in.
    String title = "Saved after the switch-off by " + name;
    HttpResponse<String> stalePost =
        staff.submit(staffForm, "edit", Map.of("title", title), "edit:save");
    assertEquals(303, stalePost.statusCode());
    assertTrue(
        stalePost.headers().firstValue("Location").orElse("").endsWith("/account/login"),
        stalePost.headers().toString());
    String listed = admin.page("newsroom/articles?q=" + name).select("main").text();
    assertFalse(listed.contains(title), listed);
    assertLogin(staff.send("newsroom/comments"));
    assertEquals(200, logIn(new Browser(root()), name, password).statusCode(), "refused");
    Document own = admin.page("newsroom/users?q=" + adminName);
    Document ownRefused =
        admin.document(admin.submit(own, "users", Map.of(), toggleButton(own, adminName)));
    assertEquals(
        "You cannot switch off your own account.", ownRefused.select(".nr-messages").text());
    Document on = admin.document(admin.submit(off, "users", Map.of(), toggleButton(off, name)));
    assertEquals("active", on.selectFirst("tr[data-user=" + name + "] .nr-state").text());
    assertRedirect(logIn(new Browser(root()), name, password));

    String audit = admin.page("newsroom/audit").select("#audit tbody").text();
    assertTrue(audit.contains(adminName + " ACCOUNT_CREATE account " + name), audit);
    assertTrue(audit.contains(adminName + " ACCOUNT_DISABLE account " + name), audit);
    assertTrue(audit.contains(adminName + " ACCOUNT_ENABLE account " + name), audit);
  }

  /** The name of a network's field on the settings screen. */
  private static String network(Document settings, String network) {
    Element input = settings.selectFirst("input[data-network=" + network + "]");
    assertNotNull(input, network);
    return input.attr("name");
  }

  private static String deleteButton(Document pages, long id) {
    Element row = pages.selectFirst("#pages tr[data-page=" + id + "]");
    assertNotNull(row, pages.select("#pages").text());
    return row.selectFirst("input[type=submit]").attr("name");
  }

  private static String toggleButton(Document users, String name) {
    Element row = users.selectFirst("#accounts tr[data-user=" + name + "]");
    assertNotNull(row, users.select("#accounts").text());
    return row.selectFirst("input[type=submit]").attr("name");
  }

  private static HttpResponse<String> logIn(Browser browser, String name, String password)
      throws Exception {
    return browser.submit(
        browser.page("account/login"), "login", Map.of("user", name, "password", password), null);
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

  /** A redirect to the sign-in page: the request was a visitor's. */
  private static void assertLogin(HttpResponse<String> response) {
    assertRedirect(response);
    assertTrue(
        response.headers().firstValue("Location").orElse("").contains("/account/login"),
        response.headers().toString());
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
     * What the editor page's autosave script sends: the form by Faces ajax through the hidden
     * command {@code edit:autosave}; the partial response, parsed as XML.
     */
    Document autosave(Document page, Map<String, String> values) throws Exception {
      List<Map.Entry<String, String>> fields = fields(page, "edit", values);
      fields.add(new SimpleEntry<>("jakarta.faces.source", "edit:autosave"));
      fields.add(new SimpleEntry<>("jakarta.faces.partial.event", "click"));
      fields.add(new SimpleEntry<>("jakarta.faces.partial.ajax", "true"));
      fields.add(new SimpleEntry<>("jakarta.faces.partial.execute", "edit"));
      fields.add(
          new SimpleEntry<>(
              "jakarta.faces.partial.render",
              "edit:autosave-result edit:conflict-area edit:messages-area"));
      HttpResponse<String> response =
          post(page.getElementById("edit").attr("action"), fields, "Faces-Request", "partial/ajax");
      assertEquals(200, response.statusCode(), response.body());
      assertTrue(response.body().contains("<partial-response"), response.body());
      return Jsoup.parse(response.body(), "", org.jsoup.parser.Parser.xmlParser());
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

    HttpResponse<String> post(
        String path, List<Map.Entry<String, String>> fields, String... headers) throws Exception {
      String body =
          fields.stream()
              .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
              .collect(Collectors.joining("&"));
      HttpRequest.Builder request =
          HttpRequest.newBuilder(resolve(path))
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body));
      if (headers.length > 0) {
        request.headers(headers);
      }
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
      return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
  }
}
