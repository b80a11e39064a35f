package dev.headline.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The portal and its database are separate machines in production: when PostgreSQL becomes
 * unreachable, {@code /health/ready} must report DOWN for as long as it is, and the portal must
 * recover by itself when it is back. The datasource of this run goes through a {@link TcpProxy} the
 * test switches off and on. Runs in the build's "outage" failsafe execution, skipped when no
 * PostgreSQL answers.
 */
@ExtendWith(FreshPostgresSchema.class)
@ExtendWith(DatabaseOutageIT.PlugIn.class)
@ExtendWith(ArquillianExtension.class)
class DatabaseOutageIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final TcpProxy PROXY =
      new TcpProxy(Integer.getInteger("headline.it.proxy.port", 45432), "127.0.0.1", 5432);

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.headlineWar();
  }

  @ArquillianResource URL base;

  /** Connects the database before the server starts. */
  static class PlugIn implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
      PROXY.start();
    }
  }

  @AfterAll
  static void unplug() throws Exception {
    PROXY.stop();
  }

  @Test
  void readinessFollowsTheDatabase() throws Exception {
    awaitReadiness(200);
    assertEquals(200, get("").statusCode());

    PROXY.stop();
    awaitReadiness(503);

    PROXY.start();
    awaitReadiness(200);
    assertEquals(200, get("").statusCode(), "the home page once the database is back");
  }

  private void awaitReadiness(int expected) throws Exception {
    URI ready =
        URI.create(
            base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/health/ready");
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    int status;
    String body;
    do {
      HttpResponse<String> response =
          HTTP.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.ofString());
      status = response.statusCode();
      body = response.body();
      if (status == expected) {
        return;
      }
      Thread.sleep(250);
    } while (System.nanoTime() < deadline);
    assertEquals(expected, status, body);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(base.toURI().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
