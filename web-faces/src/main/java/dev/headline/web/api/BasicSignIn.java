package dev.headline.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP Basic for scripts that call the API: {@code Authorization: Basic base64(user:password)} on a
 * request below {@code /api/v1} signs the account in for that one request, through the same Jakarta
 * Security mechanism and identity store as the login page (so the same passwords, roles and login
 * throttle). No session outlives the request: one made by the sign-in is invalidated at its end,
 * and the server never asks for Basic ({@code WWW-Authenticate}), so a browser never stores and
 * resends the password by itself. Writes still pass {@link CrossSite}; a script sends {@value
 * CrossSite#HEADER}. Use it over HTTPS only: the password travels with every request.
 *
 * <pre>{@code
 * curl -u alice:secret -H 'X-Headline-Request: 1' -H 'Content-Type: application/json' \
 *      -d '{"title": "Harbour reopens"}' https://news.example.org/api/v1/articles
 * }</pre>
 */
@WebFilter(urlPatterns = ApiApplication.PATH + "/*", dispatcherTypes = DispatcherType.REQUEST)
public class BasicSignIn extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject transient SecurityContext security;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String header = request.getHeader("Authorization");
    if (header == null
        || !header.regionMatches(true, 0, "Basic ", 0, 6)
        || request.getUserPrincipal() != null) {
      chain.doFilter(request, response);
      return;
    }
    Optional<String[]> pair = credentials(header.substring(6));
    if (pair.isEmpty()) {
      refuse(response, "The Authorization header is not Basic base64(username:password).");
      return;
    }
    boolean hadSession = request.getSession(false) != null;
    try {
      AuthenticationStatus status =
          security.authenticate(
              request,
              response,
              AuthenticationParameters.withParams()
                  .credential(
                      new UsernamePasswordCredential(pair.get()[0], new Password(pair.get()[1])))
                  .newAuthentication(true));
      if (status != AuthenticationStatus.SUCCESS || request.getUserPrincipal() == null) {
        if (!response.isCommitted()) {
          response.reset();
          refuse(
              response,
              "The username or password was not taken (after repeated failures, wait a while).");
        }
        return;
      }
      if (hadSession) {
        // As after the login page: an id known before the sign-in is worth nothing after it.
        request.changeSessionId();
      }
      chain.doFilter(request, response);
    } finally {
      if (!hadSession) {
        HttpSession made = request.getSession(false);
        if (made != null) {
          made.invalidate();
        }
      }
    }
  }

  /** {@code user:password} from base64; empty when malformed. */
  static Optional<String[]> credentials(String encoded) {
    String text;
    try {
      text = new String(Base64.getDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    int colon = text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(new String[] {text.substring(0, colon), text.substring(colon + 1)});
  }

  private static void refuse(HttpServletResponse response, String message) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name().toLowerCase(Locale.ROOT));
    response.setHeader("Cache-Control", "no-store");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("status", 401)
                .add("error", "Unauthorized")
                .add("message", message)
                .build()
                .toString());
  }
}
