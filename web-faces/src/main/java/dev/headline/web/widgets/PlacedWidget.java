package dev.headline.web.widgets;

/**
 * A widget ready to include on the page being rendered.
 *
 * @param id the widget's id, also the HTML id prefix of its box
 * @param fragment the Facelets fragment to include
 * @param model what the fragment reads as {@code #{model}}
 * @param keepSeconds for how long its markup may be reused ({@code Widget#keepSeconds}), 0 never
 * @param keepKey names its markup among the kept fragments: the widget, the slot, the section and
 *     the article of the page
 */
public record PlacedWidget(
    String id, String fragment, Object model, int keepSeconds, String keepKey) {

  /** Whether the markup may be reused, for {@code <hl:cached keep="...">}. */
  public boolean isKept() {
    return keepSeconds > 0;
  }
}
