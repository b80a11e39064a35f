package org.example.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headline.testkit.HeadlineSite;
import dev.headline.testkit.Reader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The example site, deployed with the plugin test kit: Headline as this site's overlay built it,
 * the Markets plugin as this build compiled it, and a plugin that fails on purpose.
 */
@ExtendWith(ArquillianExtension.class)
class SiteExampleIT {

  @Deployment(testable = false)
  static WebArchive site() {
    return HeadlineSite.war()
        .withPlugin("headline-plugin-markets", Path.of("../markets/target/classes"))
        .withPlugin("headline-plugin-live", Path.of("../live/target/classes"))
        .withTestPlugin("live-fixture", LiveStoryFixture.class)
        .withTestPlugin(
            "faulty-plugin",
            FaultyPlugin.class,
            FaultyPlugin.FaultyWidget.class,
            FaultyPlugin.MissingFragmentWidget.class,
            FaultyPlugin.RenderFailingWidget.class,
            FaultyPlugin.FaultyEnricher.class,
            FaultyPlugin.FaultySections.class)
        .archive();
  }

  @ArquillianResource URL base;

  @Test
  void theSitesOwnWidgetAndThePluginsShowAndTheFaultyPluginIsLeftOut() throws Exception {
    Reader reader = new Reader(base);
    Document home = reader.page("");
    assertEquals(
        "Polling stations close at 10 pm: follow the count with us.",
        home.selectFirst("[data-widget=gazette-notice] p").text());
    assertNotNull(home.selectFirst("[data-widget=markets-home] table"), "the Markets plugin");
    assertNotNull(home.selectFirst("[data-widget=recent-news]"), "Headline's own widgets");
    assertNull(home.selectFirst("[data-widget=faulty]"));
    assertNull(home.selectFirst("[data-widget=missing-fragment]"));
    assertNull(home.selectFirst("[data-widget=render-failing]"));
    assertEquals(1, home.select("section.gazette-notice").size(), "no half-rendered copy");

    assertEquals(200, reader.status("business-finance/markets/"), "the plugin's section");
    Document markets = reader.page("business-finance/markets/");
    assertNotNull(markets.selectFirst(".sidebar [data-widget=markets]"));
    assertEquals(200, reader.status("sports/"), "the other sections despite the faulty seeds");
  }

  @Test
  void aLiveStoryGrowsUpdateByUpdateAndOnlyStaffPost() throws Exception {
    Reader reader = new Reader(base);
    assertEquals(200, reader.status("live/"), "the Live section");
    String[] story = reader.post("test-fixture/live-story", Map.of()).body().split(" ");
    String id = story[0];
    String path = story[1].substring(1);
    Document page = reader.page(path);
    assertNotNull(page.selectFirst("[data-widget=live-updates] .live-none"), "no updates yet");
    assertEquals(
        "Live", page.selectFirst(".story .labels .label-live").text(), "the enricher's label");
    assertTrue(
        page.select("script[type=application/ld+json]")
            .html()
            .contains("\"genre\":\"Live coverage\""),
        "the enricher's structured data");
    assertNull(page.selectFirst(".live-post"), "readers get no posting form");
    assertEquals(
        403, reader.post("api/live/" + id, Map.of("body", "A reader's update")).statusCode());

    Reader editor = new Reader(base).signIn("admin", "site-example-admin-password");
    assertNotNull(editor.page(path).selectFirst("form.live-post"), "staff get the form");
    HttpResponse<String> first =
        editor.post(
            "api/live/" + id, Map.of("headline", "First ward", "body", "Turnout <b>61%</b>"));
    assertEquals(303, first.statusCode(), first.body());
    assertTrue(first.headers().firstValue("Location").orElse("").contains("#update-"));
    HttpResponse<String> second = editor.post("api/live/" + id, Map.of("body", "Second ward in"));
    assertEquals(303, second.statusCode());
    assertEquals(400, editor.post("api/live/" + id, Map.of("body", "  ")).statusCode());
    assertEquals(404, editor.post("api/live/999999999", Map.of("body", "x")).statusCode());

    Document after = reader.page(path);
    var items = after.select(".live-list li");
    assertEquals(2, items.size());
    assertEquals("Second ward in", items.get(0).selectFirst(".live-body").text(), "newest first");
    assertEquals("Turnout <b>61%</b>", items.get(1).selectFirst(".live-body").text(), "as text");
    assertTrue(after.select(".live-list b").isEmpty(), "escaped, not markup");

    String newest = items.get(0).id().substring("update-".length());
    String json = reader.get("api/live/" + id + "?after=" + newest).body();
    assertEquals("{\"updates\":[]}", json);
    String all = reader.get("api/live/" + id + "?after=0").body();
    assertTrue(all.indexOf("Second ward in") < all.indexOf("First ward"), all);
    assertEquals(404, reader.status("api/live/not-a-number"));
  }

  @Test
  void failuresAreCountedInTheMetrics() throws Exception {
    Reader reader = new Reader(base);
    reader.page("");
    reader.page("");
    HttpResponse<String> metrics =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(reader.serverRoot().resolve("metrics?scope=application"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, metrics.statusCode(), metrics.body());
    String faulty =
        metrics
            .body()
            .lines()
            .filter(l -> l.startsWith("headline_widget_failures") && l.contains("\"faulty\""))
            .findFirst()
            .orElseThrow(() -> new AssertionError(metrics.body()));
    double count = Double.parseDouble(faulty.substring(faulty.lastIndexOf(' ') + 1));
    assertTrue(count >= 2, faulty);
    assertTrue(
        metrics
            .body()
            .lines()
            .anyMatch(
                l -> l.startsWith("headline_widget_failures") && l.contains("missing-fragment")),
        "the widget without its fragment is counted too");
    assertTrue(
        metrics
            .body()
            .lines()
            .anyMatch(
                l -> l.startsWith("headline_widget_failures") && l.contains("render-failing")),
        "the widget that failed while rendering is counted too");
    reader.page(
        reader.page("").selectFirst(".lead h1 a").attr("href").substring(base.getPath().length()));
    assertTrue(
        reader.get("").statusCode() == 200
            && HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(reader.serverRoot().resolve("metrics?scope=application"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body()
                .lines()
                .anyMatch(
                    l -> l.startsWith("headline_plugin_failures") && l.contains("faulty-enricher")),
        "a failing enricher is counted, and the article still renders");
  }
}
