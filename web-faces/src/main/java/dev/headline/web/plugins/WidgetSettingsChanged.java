package dev.headline.web.plugins;

/**
 * An admin changed where or in which order a widget shows: caches of rendered pages drop them.
 *
 * @param widgetId the widget concerned
 */
public record WidgetSettingsChanged(String widgetId) {}
