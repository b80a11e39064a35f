package dev.headline.plugins.markets;

import dev.headline.core.spi.SectionContributor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Seeds the "Markets" area under Business &amp; Finance, once; editors own it afterwards. */
@ApplicationScoped
public class MarketsSections implements SectionContributor {

  /** Where the area is seeded: under this top-level section. */
  static final String PARENT = "business-finance";

  static final String SLUG = "markets";

  @Override
  public String id() {
    return "markets";
  }

  @Override
  public List<Seed> sections() {
    return List.of(
        new Seed(
            PARENT,
            SLUG,
            "Markets",
            "Indices, currencies and commodities, with the day's moves.",
            List.of(
                Seed.leaf("indices", "Indices"),
                Seed.leaf("currencies", "Currencies"),
                Seed.leaf("commodities", "Commodities"))));
  }
}
