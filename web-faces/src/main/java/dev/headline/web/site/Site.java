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
 * description and copyright holder, and the social networks it can be followed on, all from
 * configuration ({@code headline.site.*}).
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
    return name;
  }

  public String getTagline() {
    return tagline;
  }

  public String getDescription() {
    return description;
  }

  public String getCopyrightHolder() {
    return copyrightHolder;
  }

  public String getLanguage() {
    return language;
  }

  /**
   * The networks a reader can follow the site on, in a fixed order: each configured {@code
   * headline.site.social.<network>} address, then the site's own RSS feed.
   */
  public List<SocialLink> getSocialLinks() {
    List<SocialLink> links = new ArrayList<>();
    for (String[] network : NETWORKS) {
      Optional<String> url =
          config.getOptionalValue("headline.site.social." + network[0], String.class);
      url.map(String::strip)
          .filter(u -> u.startsWith("https://") || u.startsWith("http://"))
          .ifPresent(u -> links.add(new SocialLink(network[0], network[1], u)));
    }
    return links;
  }

  /**
   * A "Follow Us" link.
   *
   * @param network the configuration key's last part, also a CSS class
   * @param label the network's name as readers know it
   * @param url where the link goes
   */
  public record SocialLink(String network, String label, String url) {}

  private static final String[][] NETWORKS = {
    {"facebook", "Facebook"},
    {"x", "X"},
    {"instagram", "Instagram"},
    {"youtube", "YouTube"},
    {"linkedin", "LinkedIn"},
    {"tiktok", "TikTok"},
    {"mastodon", "Mastodon"},
    {"bluesky", "Bluesky"},
    {"whatsapp", "WhatsApp"},
    {"telegram", "Telegram"},
  };

  @Inject Config config;

  public int getYear() {
    return Year.now().getValue();
  }
}
