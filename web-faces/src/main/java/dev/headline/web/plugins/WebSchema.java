package dev.headline.web.plugins;

import dev.headline.core.spi.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** The web module's tables (widget settings), migrated from {@code db/migration/web}. */
@ApplicationScoped
public class WebSchema implements ModuleSchema {

  @Override
  public String module() {
    return "web";
  }

  @Override
  public int order() {
    return 300;
  }
}
