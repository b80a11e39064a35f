package dev.headline.testkit;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A reader's HTTP client for plugin tests: fetches pages of the deployed site by their path below
 * the context root and parses them with jsoup, keeps cookies, and can sign in as a member of staff.
 * Redirects are not followed.
 *
 * <pre>{@code
 * Reader reader = new Reader(base);
 * assertEquals(200, reader.status("sports/"));
 * Document home = reader.page("");
 * }</pre>
 */
public final class Reader {

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

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
    return http.send(
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Posts form fields to {@code path} as a page of this site would (with its {@code Origin}).
   * Redirects are not followed: the answer is returned as it is.
   */
  public HttpResponse<String> post(String path, Map<String, String> fields)
      throws IOException, InterruptedException {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", base.getScheme() + "://" + base.getHost() + ":" + base.getPort())
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Signs in through the site's login form ({@code /account/login}), keeping the session for the
   * requests that follow; for testing what editors and admins may do.
   *
   * @throws AssertionError when the login is refused
   */
  public Reader signIn(String user, String password) throws IOException, InterruptedException {
    Document page = page("account/login");
    Element form = page.getElementById("login");
    if (form == null) {
      throw new AssertionError("No login form at account/login");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element input : form.select("input")) {
      if (!"submit".equals(input.attr("type"))) {
        fields.put(input.attr("name"), input.val());
      }
    }
    fields.put("login:user", user);
    fields.put("login:password", password);
    Element button = form.selectFirst("input[type=submit], button[type=submit]");
    if (button != null && !button.attr("name").isEmpty()) {
      fields.put(button.attr("name"), button.val());
    }
    HttpResponse<String> answer = post(form.attr("action"), fields);
    if (answer.statusCode() != 302 && answer.statusCode() != 303) {
      throw new AssertionError(
          "Login of " + user + " refused: " + Jsoup.parse(answer.body()).text());
    }
    return this;
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
