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
        .withTestPlugin(
            "faulty-plugin",
            FaultyPlugin.class,
            FaultyPlugin.FaultyWidget.class,
            FaultyPlugin.MissingFragmentWidget.class,
            FaultyPlugin.RenderFailingWidget.class,
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
  }
}
