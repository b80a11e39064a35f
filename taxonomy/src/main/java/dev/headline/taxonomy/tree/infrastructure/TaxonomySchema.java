package dev.headline.taxonomy.tree.infrastructure;

import dev.headline.core.spi.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** The taxonomy's tables: categories, article filing, tags, redirects. After core's. */
@ApplicationScoped
public class TaxonomySchema implements ModuleSchema {

  @Override
  public String module() {
    return "taxonomy";
  }

  @Override
  public int order() {
    return 10;
  }
}
