package dev.headline.web.engagement;

import dev.headline.core.spi.ReaderHit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the {@link ReaderHit} that the engagement counters judge from an HTTP request. The
 * reader's address is the socket's peer, unless the site runs behind proxies ({@code
 * headline.engagement.proxy-hops}): then it is the address the nearest trusted proxy reported in
 * {@code X-Forwarded-For}, counted from the right, because anything further left was written by the
 * client and proves nothing.
 */
@ApplicationScoped
public class ReaderHits {

  @Inject
  @ConfigProperty(name = "headline.engagement.proxy-hops", defaultValue = "0")
  int proxyHops;

  @Inject
  @ConfigProperty(
      name = "headline.engagement.staff-roles",
      defaultValue = "CONTRIBUTOR,AUTHOR,EDITOR,ADMIN")
  List<String> staffRoles;

  public ReaderHit of(HttpServletRequest request) {
    boolean staff =
        request.getUserPrincipal() != null
            && staffRoles.stream().map(String::strip).anyMatch(request::isUserInRole);
    return of(request.getRemoteAddr(), request::getHeader, request.getMethod(), staff);
  }

  /**
   * The hit of a request known only by its parts (the page cache's front door, below the servlet
   * API, answers anonymous requests alone: {@code staff} is then {@code false}).
   *
   * @param peer the socket peer's address
   * @param headers a request header's value by name, or {@code null}
   */
  public ReaderHit of(String peer, UnaryOperator<String> headers, String method, boolean staff) {
    String purpose = headers.apply("Sec-Purpose");
    if (purpose == null) {
      purpose = headers.apply("Purpose");
    }
    return new ReaderHit(
        clientAddress(peer, headers.apply("X-Forwarded-For"), proxyHops),
        headers.apply("User-Agent"),
        method,
        purpose,
        staff);
  }

  /**
   * The reader's address.
   *
   * @param peer the address of the socket's peer
   * @param forwardedFor the {@code X-Forwarded-For} header, or {@code null}
   * @param hops how many trusted proxies append to that header; 0 ignores it
   */
  static String clientAddress(String peer, String forwardedFor, int hops) {
    if (hops <= 0 || forwardedFor == null || forwardedFor.isBlank()) {
      return peer;
    }
    String[] addresses = forwardedFor.split(",");
    int index = addresses.length - hops;
    // Fewer entries than proxies: the request did not come through all of them; use the oldest.
    String address = addresses[Math.max(0, index)].strip();
    return address.isEmpty() ? peer : address;
  }
}
