package dev.headline.web.plugins;

import java.util.Map;

/**
 * Which widgets show where and in which order, from the settings an admin made: a pure snapshot,
 * replaced as a whole when a setting changes.
 *
 * @param enabled per widget id, per section path ({@code ""} for the whole site): on or off
 * @param positions per widget id, its position in its slot when an admin moved it
 */
public record WidgetRules(
    Map<String, Map<String, Boolean>> enabled, Map<String, Integer> positions) {

  /** No settings: every widget shows where it applies, in its own order. */
  public static final WidgetRules NONE = new WidgetRules(Map.of(), Map.of());

  public WidgetRules {
    enabled = Map.copyOf(enabled);
    positions = Map.copyOf(positions);
  }

  /**
   * Whether a widget shows on a page of the section at {@code sectionPath} (or outside the tree
   * when {@code null}): the setting of the section itself, else of the nearest section above it,
   * else of the whole site, else on.
   */
  public boolean shows(String widgetId, String sectionPath) {
    Map<String, Boolean> settings = enabled.get(widgetId);
    if (settings == null) {
      return true;
    }
    String path = sectionPath;
    while (path != null && path.length() > 1) {
      Boolean setting = settings.get(path);
      if (setting != null) {
        return setting;
      }
      path = parent(path);
    }
    return settings.getOrDefault("", true);
  }

  /** The widget's position in its slot: the admin's, else its own. */
  public int position(String widgetId, int own) {
    return positions.getOrDefault(widgetId, own);
  }

  /** {@code /sports/football/} → {@code /sports/}; {@code /sports/} → {@code /}. */
  static String parent(String path) {
    int end = path.endsWith("/") ? path.length() - 1 : path.length();
    int slash = path.lastIndexOf('/', end - 1);
    return slash < 0 ? "/" : path.substring(0, slash + 1);
  }
}
