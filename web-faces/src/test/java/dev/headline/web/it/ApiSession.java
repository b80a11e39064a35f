package dev.headline.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A client of the content API with a cookie jar of its own: anonymous, or signed in through the
 * site's login form as an account that {@link NewsroomFixtures} made with given roles. Writes are
 * sent as a script would send them: JSON with the header {@code X-Headline-Request}.
 */
final class ApiSession {

  private final URI base;
  private final HttpClient http;

  /** The account's username, or null for an anonymous session. */
  final String name;

  private ApiSession(URL base, String name) {
    this.base = URI.create(base.toString());
    this.name = name;
    this.http = client();
  }

  /** An anonymous session. */
  static ApiSession anonymous(URL base) {
    return new ApiSession(base, null);
  }

  /**
   * A new account with these roles (READER alone for a reader), signed in.
   *
   * @param roles for example {@code "AUTHOR"} or {@code "READER"}
   */
  static ApiSession signedIn(URL base, String roles) throws Exception {
    String name =
        roles.toLowerCase().replace(",", "") + UUID.randomUUID().toString().substring(0, 8);
    ApiSession session = new ApiSession(base, name);
    HttpResponse<String> made =
        session.send(
            session
                .request("it/newsroom?op=account&name=" + name + "&roles=" + roles)
                .GET()
                .build());
    assertEquals(200, made.statusCode(), made.body());
    submitForm(
        session.http,
        session.base,
        "account/login",
        "login",
        Map.of("user", session.name, "password", NewsroomFixtures.PASSWORD));
    return session;
  }

  /** A new account with these roles and {@link NewsroomFixtures#PASSWORD}; its username. */
  static String account(URL base, String roles) throws Exception {
    String name =
        roles.toLowerCase().replace(",", "") + UUID.randomUUID().toString().substring(0, 8);
    ApiSession maker = anonymous(base);
    HttpResponse<String> made =
        maker.send(
            maker.request("it/newsroom?op=account&name=" + name + "&roles=" + roles).GET().build());
    assertEquals(200, made.statusCode(), made.body());
    return name;
  }

  /** A client with a cookie jar that follows no redirects. */
  static HttpClient client() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  /**
   * Opens an account page, fills its form as a browser would (hidden fields kept) and sends it;
   * expects the redirect of a success.
   */
  static void submitForm(
      HttpClient client, URI base, String path, String formId, Map<String, String> values)
      throws Exception {
    HttpResponse<String> formPage =
        client.send(
            HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, formPage.statusCode(), path);
    Document page = Jsoup.parse(formPage.body());
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
            HttpRequest.newBuilder(base.resolve(form.attr("action")))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(
        answer.statusCode() == 302 || answer.statusCode() == 303,
        () -> "signed in: " + answer.statusCode() + " " + Jsoup.parse(answer.body()).text());
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
  }

  HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** A JSON write as a script sends it. */
  HttpResponse<String> write(String method, String path, String json) throws Exception {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .header("X-Headline-Request", "1")
            .method(method, HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  HttpResponse<String> get(String path) throws Exception {
    return send(request(path).GET().build());
  }

  /** The body of a response with this status, as a JSON object. */
  static JsonObject json(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), () -> response.uri() + ": " + response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        () -> response.uri() + " " + response.headers());
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
