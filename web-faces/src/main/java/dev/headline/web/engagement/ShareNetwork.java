package dev.headline.web.engagement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a reader can share an article, and the address of each network's own share dialog. The
 * portal links to {@code /share/<article id>/<network>} ({@link ShareServlet}), which counts the
 * share and redirects here; no third-party script or counter is loaded into readers' pages.
 */
public enum ShareNetwork {
  FACEBOOK("Facebook", "https://www.facebook.com/sharer/sharer.php?u={url}"),
  X("X", "https://x.com/intent/tweet?url={url}&text={title}"),
  LINKEDIN("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url={url}"),
  WHATSAPP("WhatsApp", "https://wa.me/?text={title}%20{url}"),
  TELEGRAM("Telegram", "https://t.me/share/url?url={url}&text={title}"),
  EMAIL("Email", "mailto:?subject={title}&body={url}");

  private final String label;
  private final String template;

  ShareNetwork(String label, String template) {
    this.label = label;
    this.template = template;
  }

  /** The network's name as readers know it. */
  public String label() {
    return label;
  }

  /** The name used in share links and counters: {@code facebook}, {@code x}, ... */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The network named by a share link's last segment, if any. */
  public static Optional<ShareNetwork> byKey(String key) {
    return Arrays.stream(values()).filter(n -> n.key().equals(key)).findFirst();
  }

  /** The network's share dialog for an article. */
  public String shareUrl(String articleUrl, String title) {
    return template.replace("{url}", encode(articleUrl)).replace("{title}", encode(title));
  }

  /** Percent-encoding that also suits {@code mailto:} (a space is {@code %20}, never {@code +}). */
  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
