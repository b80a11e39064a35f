package dev.headline.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Year;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The site's identity as readers see it in the header, footer and meta tags: name, tagline,
 * description and copyright holder, all from configuration ({@code headline.site.*}).
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

  public int getYear() {
    return Year.now().getValue();
  }
}
