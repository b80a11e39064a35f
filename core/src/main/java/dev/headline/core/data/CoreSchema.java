package dev.headline.core.data;

import dev.headline.core.spi.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** Core's tables: articles, authors, pages, media. */
@ApplicationScoped
public class CoreSchema implements ModuleSchema {

  @Override
  public String module() {
    return "core";
  }

  @Override
  public int order() {
    return 0;
  }
}
