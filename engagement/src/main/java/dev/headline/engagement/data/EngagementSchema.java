package dev.headline.engagement.data;

import dev.headline.core.spi.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** Engagement's tables: view, hit and share counters per article, and hourly views for trending. */
@ApplicationScoped
public class EngagementSchema implements ModuleSchema {

  @Override
  public String module() {
    return "engagement";
  }
}
