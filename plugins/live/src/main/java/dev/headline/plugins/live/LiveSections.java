package dev.headline.plugins.live;

import dev.headline.core.spi.SectionContributor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Seeds the top-level "Live" section where live stories are filed, once. */
@ApplicationScoped
public class LiveSections implements SectionContributor {

  static final String SLUG = "live";

  @Override
  public String id() {
    return "live";
  }

  @Override
  public List<Seed> sections() {
    return List.of(
        new Seed(
            "",
            SLUG,
            "Live",
            "Breaking news as it happens: stories that grow update by update.",
            List.of()));
  }
}
