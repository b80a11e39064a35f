package dev.headline.core.spi;

/**
 * One request for an article page or a share link, as {@link Engagement} needs to judge it: who
 * asked (in a form that is hashed, never stored), how, and why. The web layer builds it from the
 * HTTP request; an {@code Engagement} implementation decides whether it counts.
 *
 * <pre>{@code
 * ReaderHit hit =
 *     new ReaderHit(
 *         request.getRemoteAddr(),
 *         request.getHeader("User-Agent"),
 *         request.getMethod(),
 *         request.getHeader("Sec-Purpose"),
 *         request.isUserInRole("staff"));
 * engagement.recordView(articleId, hit);
 * }</pre>
 *
 * @param clientAddress the reader's IP address as the server trusts it (the socket's peer, or the
 *     address a trusted proxy reported); never stored as such
 * @param userAgent the {@code User-Agent} header, or {@code null} when the request had none
 * @param method the HTTP method, for example {@code GET} or {@code HEAD}
 * @param purpose the {@code Sec-Purpose} header, else the {@code Purpose} header, else {@code
 *     null}; browsers send {@code prefetch} there for speculative loads
 * @param staff whether the reader is signed in as a member of the newsroom
 */
public record ReaderHit(
    String clientAddress, String userAgent, String method, String purpose, boolean staff) {

  /** A plain {@code GET} by an anonymous reader: what most page views are. */
  public static ReaderHit get(String clientAddress, String userAgent) {
    return new ReaderHit(clientAddress, userAgent, "GET", null, false);
  }
}
