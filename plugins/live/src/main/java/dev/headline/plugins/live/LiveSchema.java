package dev.headline.plugins.live;

import dev.headline.core.spi.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** The plugin's table, {@code live_update}, migrated by Flyway from {@code db/migration/live}. */
@ApplicationScoped
public class LiveSchema implements ModuleSchema {

  @Override
  public String module() {
    return "live";
  }

  @Override
  public int order() {
    return 200;
  }
}
