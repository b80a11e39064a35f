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
import java.net.HttpCookie;
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
 * Readers' accounts over HTTP, as a browser would use them: fetch a form, send it back with its
 * view state and the session cookie. Register, log in by username and by e-mail, wrong passwords,
 * throttling, logout, a forgotten password through the mail GreenMail catches, and forms sent
 * without (or with someone else's) view state.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

  private static final String PASSWORD = "a long enough secret";

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
    return Deployments.headlineWar();
  }

  @ArquillianResource URL base;

  @Test
  void aReaderRegistersLogsOutAndLogsInByUsernameAndByEmail() throws Exception {
    Browser browser = new Browser();
    String name = unique("ada");
    Document form = browser.page("account/register");
    assertEquals("Create an account", form.selectFirst("main h1").text());
    String cookie = browser.setCookie();
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);

    HttpResponse<String> created =
        browser.submit(
            form,
            "register",
            Map.of(
                "username", name,
                "email", name + "@example.org",
                "displayName", "Adá Zoë <b>L.</b>",
                "password", PASSWORD,
                "confirmation", PASSWORD));
    assertRedirectHome(created);
    Document home = browser.page("");
    assertEquals(
        "Adá Zoë <b>L.</b>", home.selectFirst(".account-name").text(), "escaped, signed in");
    assertNull(home.selectFirst(".account-name b"));

    browser.logout();
    home = browser.page("");
    assertNull(home.selectFirst(".account-name"));
    assertEquals("Login", home.selectFirst(".account-nav a[href$=/account/login]").text());

    Document login = browser.page("account/login");
    assertEquals("Login to your account", login.selectFirst("main h1").text());
    assertNotNull(login.selectFirst("a[href$=/account/forgotten]:contains(Forgotten Password?)"));
    assertNotNull(login.selectFirst(".account-page a[href$=/account/register]"));
    String before = browser.sessionId();
    assertRedirectHome(browser.submit(login, "login", Map.of("user", name, "password", PASSWORD)));
    assertNotEquals(before, browser.sessionId(), "a new session id at login");
    assertEquals("Adá Zoë <b>L.</b>", browser.page("").selectFirst(".account-name").text());

    browser.logout();
    login = browser.page("account/login");
    assertRedirectHome(
        browser.submit(
            login,
            "login",
            Map.of("user", (name + "@Example.ORG").toUpperCase(), "password", PASSWORD)));
    assertNotNull(browser.page("").selectFirst(".account-name"), "signed in by e-mail address");
  }

  @Test
  void registrationProblemsAreExplainedOnTheirFields() throws Exception {
    Browser browser = new Browser();
    Document answer =
        browser.form(
            "account/register",
            "register",
            Map.of(
                "username", "x",
                "email", "not-an-address",
                "password", "short",
                "confirmation", "short"));
    assertEquals(
        "A username has 3 to 40 letters, digits, dots, dashes or underscores, and starts with a"
            + " letter or digit.",
        fieldError(answer, "register:username"));
    assertEquals(
        "Enter an email address such as name@example.org.", fieldError(answer, "register:email"));
    assertEquals("A password has at least 10 characters.", fieldError(answer, "register:password"));

    String name = unique("grace");
    register(new Browser(), name);
    answer =
        browser.form(
            "account/register",
            "register",
            Map.of(
                "username",
                name.toUpperCase(),
                "email",
                name.toUpperCase() + "@EXAMPLE.org",
                "password",
                name,
                "confirmation",
                name));
    assertEquals(
        "This username is taken. Choose another one.", fieldError(answer, "register:username"));
    assertTrue(fieldError(answer, "register:email").startsWith("An account with this email"));
    answer =
        browser.form(
            "account/register",
            "register",
            Map.of(
                "username",
                unique("g"),
                "email",
                unique("g") + "@example.org",
                "password",
                PASSWORD,
                "confirmation",
                PASSWORD + "!"));
    assertEquals(
        "The two passwords are not the same.", fieldError(answer, "register:confirmation"));
    answer =
        browser.form(
            "account/register",
            "register",
            Map.of("username", "sam.p", "email", "", "password", "sam.p", "confirmation", "sam.p"));
    assertEquals("A password has at least 10 characters.", fieldError(answer, "register:password"));
    String longName = "samuel.pepys";
    answer =
        browser.form(
            "account/register",
            "register",
            Map.of(
                "username",
                longName,
                "email",
                "s@example.org",
                "password",
                longName.toUpperCase(),
                "confirmation",
                longName.toUpperCase()));
    assertEquals(
        "The password must not be your username.", fieldError(answer, "register:password"));
  }

  @Test
  void aWrongPasswordAndAnUnknownNameReadTheSame() throws Exception {
    String name = unique("alan");
    register(new Browser(), name);
    Browser browser = new Browser();
    Document wrong =
        browser.form("account/login", "login", Map.of("user", name, "password", "not it at all"));
    Document unknown =
        browser.form(
            "account/login", "login", Map.of("user", unique("nobody"), "password", PASSWORD));
    String message = wrong.selectFirst(".form-errors").text();
    assertEquals("The username, email address or password is not right.", message);
    assertEquals(message, unknown.selectFirst(".form-errors").text());
    assertNull(browser.page("").selectFirst(".account-name"), "not signed in");
    Document empty = browser.form("account/login", "login", Map.of("user", "", "password", ""));
    assertEquals("Enter your username or email address.", fieldError(empty, "login:user"));
    assertEquals("Enter your password.", fieldError(empty, "login:password"));
  }

  @Test
  void fiveFailuresLockTheAccountAndAnUnknownNameAlike() throws Exception {
    String name = unique("mallory");
    register(new Browser(), name);
    Browser browser = new Browser();
    for (int i = 0; i < 5; i++) {
      Document refused =
          browser.form("account/login", "login", Map.of("user", name, "password", "guess " + i));
      assertTrue(
          refused.selectFirst(".form-errors").text().startsWith("The username"), "failure " + i);
    }
    Document locked =
        browser.form("account/login", "login", Map.of("user", name, "password", PASSWORD));
    String throttled = "Too many attempts to log in. Wait a few minutes, then try again.";
    assertEquals(throttled, locked.selectFirst(".form-errors").text(), "even the right password");
    assertNull(browser.page("").selectFirst(".account-name"));

    String ghost = unique("ghost");
    for (int i = 0; i < 5; i++) {
      browser.form("account/login", "login", Map.of("user", ghost, "password", "guess " + i));
    }
    Document ghostLocked =
        browser.form("account/login", "login", Map.of("user", ghost, "password", PASSWORD));
    assertEquals(throttled, ghostLocked.selectFirst(".form-errors").text(), "no enumeration");

    String other = unique("trent");
    register(new Browser(), other);
    Browser fresh = new Browser();
    assertRedirectHome(fresh.submit(fresh.page("account/login"), "login", credentials(other)));
  }

  @Test
  void aForgottenPasswordIsResetOnceThroughTheMailedLink() throws Exception {
    String name = unique("rosalind");
    String email = name + "@example.org";
    register(new Browser(), name);
    int mailsBefore = MAIL.getReceivedMessages().length;

    Browser browser = new Browser();
    Document known = browser.form("account/forgotten", "forgotten", Map.of("login", name));
    Document unknown =
        new Browser().form("account/forgotten", "forgotten", Map.of("login", unique("nobody")));
    assertEquals("Retrieve your password", known.selectFirst("main h1").text());
    String answer = known.selectFirst(".form-notice").text();
    assertTrue(answer.startsWith("If an account matches what you entered"), answer);
    assertEquals(known.selectFirst("main").text(), unknown.selectFirst("main").text());

    assertTrue(MAIL.waitForIncomingEmail(15_000, mailsBefore + 1), "the reset mail");
    Thread.sleep(1_000);
    MimeMessage[] mails = MAIL.getReceivedMessages();
    assertEquals(mailsBefore + 1, mails.length, "one mail, none for the unknown name");
    MimeMessage mail = mails[mails.length - 1];
    assertEquals(email, mail.getAllRecipients()[0].toString());
    assertEquals("Set a new password for Headline Daily", mail.getSubject());
    MimeMultipart parts = (MimeMultipart) mail.getContent();
    assertEquals(2, parts.getCount(), "plain text and HTML");
    String body = (String) parts.getBodyPart(0).getContent();
    String html = (String) parts.getBodyPart(1).getContent();
    assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
    assertTrue(html.contains("<a href=\"" + base + "account/reset?token="), html);
    Matcher link =
        Pattern.compile(
                Pattern.quote(base.toString()) + "account/reset\\?token=([A-Za-z0-9_-]{43})")
            .matcher(body);
    assertTrue(link.find(), "a link to the site: " + body);
    String token = link.group(1);

    Document reset = browser.page("account/reset?token=" + token);
    assertEquals("Set a new password", reset.selectFirst("main h1").text());
    assertFalse(reset.selectFirst("#reset").attr("action").contains(token), "no token in action");
    Document mismatch =
        browser.document(
            browser.submit(
                reset, "reset", Map.of("password", "new secret one", "confirmation", "other one")));
    assertEquals("The two passwords are not the same.", fieldError(mismatch, "reset:confirmation"));
    String newPassword = "a brand new secret";
    Document done =
        browser.document(
            browser.submit(
                mismatch, "reset", Map.of("password", newPassword, "confirmation", newPassword)));
    assertEquals(
        "Your new password is set. You can log in with it now.",
        done.selectFirst(".form-notice").text());

    Browser reader = new Browser();
    Document old = reader.form("account/login", "login", credentials(name));
    assertTrue(old.selectFirst(".form-errors").text().startsWith("The username"), "old password");
    assertRedirectHome(
        reader.submit(
            reader.page("account/login"), "login", Map.of("user", email, "password", newPassword)));

    Document again = new Browser().page("account/reset?token=" + token);
    assertNull(again.selectFirst("#reset"), "the link works once");
    assertTrue(again.selectFirst(".form-errors").text().startsWith("This link does not work"));
    Document madeUp = new Browser().page("account/reset?token=" + "A".repeat(43));
    assertTrue(madeUp.selectFirst(".form-errors").text().startsWith("This link does not work"));
    Document junk = new Browser().page("account/reset?token=%27%22%3Cscript%3E");
    assertTrue(junk.selectFirst(".form-errors").text().startsWith("This link does not work"));
  }

  @Test
  void formsWithoutTheirViewStateAreRefusedAndChangeNothing() throws Exception {
    String name = unique("eve");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("register", "register");
    fields.put("register:username", name);
    fields.put("register:email", name + "@example.org");
    fields.put("register:password", PASSWORD);
    fields.put("register:confirmation", PASSWORD);
    fields.put("register:submit", "Create account");

    Browser victim = new Browser();
    victim.page("account/register");
    HttpResponse<String> none = victim.post("account/register", fields);
    assertRefused(none);

    fields.put("jakarta.faces.ViewState", "-4125893349174585069:2716370118963462131");
    assertRefused(victim.post("account/register", fields));

    // Someone else's genuine view state, as a forged cross-site form would carry.
    Browser attacker = new Browser();
    Document theirs = attacker.page("account/register");
    fields.put(
        "jakarta.faces.ViewState", theirs.selectFirst("input[name=jakarta.faces.ViewState]").val());
    assertRefused(victim.post("account/register", fields));
    assertRefused(new Browser().post("account/register", fields));

    Document login = victim.form("account/login", "login", credentials(name));
    assertTrue(login.selectFirst(".form-errors").text().startsWith("The username"), "no account");
    register(new Browser(), name);

    assertEquals(405, victim.send("account/login", "PUT").statusCode());
    assertEquals(404, victim.send("account/nothing-here", "GET").statusCode());
    assertEquals(404, victim.send("WEB-INF/views/account/login.xhtml", "GET").statusCode());
  }

  @Test
  void readersPagesStayStatelessAndTheFirstAdminCanLogIn() throws Exception {
    Browser reader = new Browser();
    HttpResponse<String> home = reader.send("", "GET");
    assertEquals(200, home.statusCode());
    assertTrue(home.headers().allValues("Set-Cookie").isEmpty(), "no session for readers");
    Document page = Jsoup.parse(home.body());
    assertNotNull(page.selectFirst(".account-nav a[href$=/account/register]"));

    Browser admin = new Browser();
    assertRedirectHome(
        admin.submit(
            admin.page("account/login"),
            "login",
            Map.of("user", "admin", "password", "it-admin-password")));
    assertEquals("Administrator", admin.page("").selectFirst(".account-name").text());
  }

  private void register(Browser browser, String name) throws Exception {
    Map<String, String> values = new LinkedHashMap<>(credentials(name));
    values.remove("user");
    values.put("username", name);
    values.put("email", name + "@example.org");
    values.put("confirmation", PASSWORD);
    assertRedirectHome(browser.submit(browser.page("account/register"), "register", values));
  }

  private static Map<String, String> credentials(String name) {
    return Map.of("user", name, "password", PASSWORD);
  }

  private static String unique(String prefix) {
    return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String fieldError(Document page, String clientId) {
    Element input = page.getElementById(clientId);
    assertNotNull(input, clientId);
    Element error = input.parent().selectFirst(".field-error");
    assertNotNull(error, "a message for " + clientId + " in " + page.select("main").text());
    return error.text();
  }

  private void assertRedirectHome(HttpResponse<String> response) {
    assertEquals(
        302, response.statusCode(), () -> Jsoup.parse(response.body()).select("main").text());
    String location = response.headers().firstValue("Location").orElseThrow();
    assertEquals(base.getPath(), URI.create(location).getPath(), location);
  }

  private static void assertRefused(HttpResponse<String> response) {
    assertEquals(400, response.statusCode());
    Document page = Jsoup.parse(response.body());
    assertEquals("This form cannot be accepted", page.selectFirst("main h1").text());
    assertTrue(page.selectFirst("main").text().contains("nothing was changed"));
  }

  /** A reader's browser: cookies kept, redirects not followed (the tests look at them). */
  private final class Browser {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private String lastSetCookie = "";

    Document page(String path) throws Exception {
      HttpResponse<String> response = send(path, "GET");
      assertEquals(200, response.statusCode(), path);
      return Jsoup.parse(response.body());
    }

    /** Opens a page, fills its form and returns the page that answers (not a redirect). */
    Document form(String path, String formId, Map<String, String> values) throws Exception {
      return document(submit(page(path), formId, values));
    }

    Document document(HttpResponse<String> response) {
      assertEquals(200, response.statusCode(), () -> Jsoup.parse(response.body()).text());
      return Jsoup.parse(response.body());
    }

    /** Sends a form of the page back the way a browser would, with the given fields changed. */
    HttpResponse<String> submit(Document page, String formId, Map<String, String> values)
        throws Exception {
      Element form = page.getElementById(formId);
      assertNotNull(form, "form " + formId + " in " + page.select("main").text());
      Map<String, String> fields = new LinkedHashMap<>();
      for (Element input : form.select("input")) {
        String type = input.attr("type");
        if ("submit".equals(type)) {
          continue;
        }
        fields.put(input.attr("name"), input.val());
      }
      values.forEach((field, value) -> fields.put(formId + ":" + field, value));
      Element button = form.selectFirst("input[type=submit]");
      fields.put(button.attr("name"), button.val());
      URI action = URI.create(base.toString()).resolve(form.attr("action"));
      return post(action, fields);
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
      return post(URI.create(base.toString()).resolve(path), fields);
    }

    private HttpResponse<String> post(URI uri, Map<String, String> fields) throws Exception {
      String body =
          fields.entrySet().stream()
              .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
              .collect(Collectors.joining("&"));
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(uri)
                  .timeout(Duration.ofSeconds(30))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      remember(response);
      return response;
    }

    HttpResponse<String> send(String path, String method) throws Exception {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                  .timeout(Duration.ofSeconds(30))
                  .method(method, HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      remember(response);
      return response;
    }

    void logout() throws Exception {
      Document page = page("account/logout");
      HttpResponse<String> response = submit(page, "logout", Map.of());
      assertRedirectHome(response);
    }

    String sessionId() {
      return cookies.getCookieStore().getCookies().stream()
          .filter(c -> "JSESSIONID".equals(c.getName()))
          .map(HttpCookie::getValue)
          .findFirst()
          .orElse(null);
    }

    /** The last Set-Cookie header seen for the session, attributes included. */
    String setCookie() {
      return lastSetCookie;
    }

    private void remember(HttpResponse<String> response) {
      response.headers().allValues("Set-Cookie").stream()
          .filter(c -> c.startsWith("JSESSIONID="))
          .reduce((a, b) -> b)
          .ifPresent(c -> lastSetCookie = c);
    }

    private String encode(String text) {
      return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
  }
}
