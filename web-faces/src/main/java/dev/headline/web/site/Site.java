package dev.headline.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The site's identity as readers see it in the header, footer and meta tags: name, tagline,
 * description and copyright holder, and the social networks it can be followed on. Configuration
 * ({@code headline.site.*}) gives the defaults; what an admin set in the newsroom ({@link
 * SiteSettings}, held in memory) wins over it.
 */
@Named("site")
@ApplicationScoped
public class Site {

  @Inject
  @ConfigProperty(name = "headline.site.name")
  String name;

  @Inject
  @ConfigProperty(name = "headline.site.tagline")
  String tagline;

  @Inject
  @ConfigProperty(name = "headline.site.description")
  String description;

  @Inject
  @ConfigProperty(name = "headline.site.copyright-holder")
  String copyrightHolder;

  @Inject
  @ConfigProperty(name = "headline.site.language", defaultValue = "en")
  String language;

  public String getName() {
    return settings.value("name").orElse(name);
  }

  public String getTagline() {
    return settings.value("tagline").orElse(tagline);
  }

  public String getDescription() {
    return settings.value("description").orElse(description);
  }

  public String getCopyrightHolder() {
    return copyrightHolder;
  }

  public String getLanguage() {
    return language;
  }

  /**
   * The networks a reader can follow the site on, in a fixed order: each network's address as the
   * admin set it, else as configured ({@code headline.site.social.<network>}); networks without a
   * usable address are left out.
   */
  public List<SocialLink> getSocialLinks() {
    List<SocialLink> links = new ArrayList<>();
    for (Network network : NETWORKS) {
      socialUrl(network.key())
          .map(String::strip)
          .filter(u -> u.startsWith("https://") || u.startsWith("http://"))
          .ifPresent(u -> links.add(new SocialLink(network.key(), network.label(), u)));
    }
    return links;
  }

  /** A network's address as readers get it (the admin's, else configuration's), if any. */
  public Optional<String> socialUrl(String network) {
    Optional<String> set = settings.value("social." + network);
    return set.isPresent()
        ? set.filter(u -> !u.isBlank())
        : config.getOptionalValue("headline.site.social." + network, String.class);
  }

  /** Whether an admin's settings override configuration. */
  public boolean isCustomised() {
    return settings.anySet();
  }

  /**
   * A "Follow Us" link.
   *
   * @param network the configuration key's last part, also a CSS class
   * @param label the network's name as readers know it
   * @param url where the link goes
   */
  public record SocialLink(String network, String label, String url) {}

  /**
   * A network the site can link to.
   *
   * @param key the configuration key's last part ({@code headline.site.social.<key>})
   * @param label the network's name as readers know it
   */
  public record Network(String key, String label) {}

  /** The networks, in the order the links show. */
  public static final List<Network> NETWORKS =
      List.of(
          new Network("facebook", "Facebook"),
          new Network("x", "X"),
          new Network("instagram", "Instagram"),
          new Network("youtube", "YouTube"),
          new Network("linkedin", "LinkedIn"),
          new Network("tiktok", "TikTok"),
          new Network("mastodon", "Mastodon"),
          new Network("bluesky", "Bluesky"),
          new Network("whatsapp", "WhatsApp"),
          new Network("telegram", "Telegram"));

  /** The network with this key, if the site knows it. */
  public static Optional<Network> network(String key) {
    return NETWORKS.stream().filter(n -> n.key().equals(key)).findFirst();
  }

  @Inject SiteSettings settings;

  @Inject Config config;

  public int getYear() {
    return Year.now().getValue();
  }
}
