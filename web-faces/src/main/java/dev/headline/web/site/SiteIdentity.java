package dev.headline.web.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an admin may set about the site in the newsroom, and the rules it must meet: a name (1 to
 * 100 characters), a tagline (up to 200) and description (up to 500), and for each of {@link
 * Site#NETWORKS} an address that is empty (no link) or an absolute {@code http}/{@code https} URL
 * with a host (up to 500 characters, no spaces). Pure: no container, no database.
 *
 * <pre>{@code
 * SiteIdentity identity = new SiteIdentity(name, tagline, description, Map.of("x", url));
 * List<SiteIdentity.Problem> problems = identity.problems();
 * }</pre>
 *
 * @param social network key to address ({@code ""} or absent: no link)
 */
public record SiteIdentity(
    String name, String tagline, String description, Map<String, String> social) {

  public static final int MAX_NAME = 100;
  public static final int MAX_TAGLINE = 200;
  public static final int MAX_DESCRIPTION = 500;
  public static final int MAX_URL = 500;

  /**
   * A rule the identity breaks.
   *
   * @param field the form field: {@code name}, {@code tagline}, {@code description} or the
   *     network's key
   * @param key the message key that explains it
   */
  public record Problem(String field, String key) {}

  /** Trims every value; {@code null} reads as empty. */
  public SiteIdentity {
    name = strip(name);
    tagline = strip(tagline);
    description = strip(description);
    Map<String, String> links = new LinkedHashMap<>();
    if (social != null) {
      social.forEach((network, url) -> links.put(network, strip(url)));
    }
    social = Map.copyOf(links);
  }

  /** Every rule this identity breaks; empty when it may be saved. */
  public List<Problem> problems() {
    List<Problem> problems = new ArrayList<>();
    if (name.isEmpty()) {
      problems.add(new Problem("name", "newsroomSiteNameMissing"));
    } else if (name.length() > MAX_NAME || hasControl(name)) {
      problems.add(new Problem("name", "newsroomSiteNameTooLong"));
    }
    if (tagline.length() > MAX_TAGLINE || hasControl(tagline)) {
      problems.add(new Problem("tagline", "newsroomSiteTaglineTooLong"));
    }
    if (description.length() > MAX_DESCRIPTION) {
      problems.add(new Problem("description", "newsroomSiteDescriptionTooLong"));
    }
    for (Map.Entry<String, String> link : social.entrySet()) {
      if (Site.network(link.getKey()).isEmpty()) {
        problems.add(new Problem(link.getKey(), "newsroomSiteUnknownNetwork"));
      } else if (!link.getValue().isEmpty() && !isWebAddress(link.getValue())) {
        problems.add(new Problem(link.getKey(), "newsroomSiteBadUrl"));
      }
    }
    return problems;
  }

  /** The rows to store: one per field, social links under {@code social.<network>}. */
  public Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("name", name);
    settings.put("tagline", tagline);
    settings.put("description", description);
    social.forEach((network, url) -> settings.put("social." + network, url));
    return settings;
  }

  /** Whether a text is an absolute http or https address with a host, as links need. */
  static boolean isWebAddress(String text) {
    if (text.length() > MAX_URL || text.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      return false;
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && !uri.getHost().isEmpty()
          && uri.getRawUserInfo() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean hasControl(String text) {
    return text.chars().anyMatch(Character::isISOControl);
  }

  private static String strip(String text) {
    return text == null ? "" : text.strip();
  }
}
