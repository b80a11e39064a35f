package dev.headline.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A reader's HTTP client for plugin tests: fetches pages of the deployed site by their path below
 * the context root and parses them with jsoup.
 *
 * <pre>{@code
 * Reader reader = new Reader(base);
 * assertEquals(200, reader.status("sports/"));
 * Document home = reader.page("");
 * }</pre>
 */
public final class Reader {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final URI base;

  /** A reader of the site deployed at {@code base} (Arquillian's {@code @ArquillianResource}). */
  public Reader(URL base) {
    try {
      this.base = base.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(base.toString(), e);
    }
  }

  /** The response to a GET of {@code path}, relative to the site's root. */
  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The status code of a GET of {@code path}. */
  public int status(String path) throws IOException, InterruptedException {
    return get(path).statusCode();
  }

  /**
   * The page at {@code path}, parsed.
   *
   * @throws AssertionError when the answer is not 200
   */
  public Document page(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = get(path);
    if (response.statusCode() != 200) {
      throw new AssertionError("GET " + path + " answered " + response.statusCode());
    }
    return Jsoup.parse(response.body(), base.resolve(path).toString());
  }

  /** The root of the server (not the site), for {@code /health} and {@code /metrics}. */
  public URI serverRoot() {
    return URI.create(base.getScheme() + "://" + base.getHost() + ":" + base.getPort() + "/");
  }
}
