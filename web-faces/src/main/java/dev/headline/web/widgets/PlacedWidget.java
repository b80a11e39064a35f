package dev.headline.web.widgets;

/**
 * A widget ready to include on the page being rendered.
 *
 * @param id the widget's id, also the HTML id prefix of its box
 * @param fragment the Facelets fragment to include
 * @param model what the fragment reads as {@code #{model}}
 */
public record PlacedWidget(String id, String fragment, Object model) {}
