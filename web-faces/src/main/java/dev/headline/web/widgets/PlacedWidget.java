package dev.headline.web.widgets;

import dev.headline.web.portal.CachedFragment;
import java.util.function.Supplier;

/**
 * A widget ready to include on the page being rendered. Its model is computed when the page first
 * reads it: a widget whose markup is kept ({@code <hl:cached>}) and still fresh is not built, so
 * its model is never computed at all.
 */
public final class PlacedWidget implements CachedFragment.Terms {

  private final String id;
  private final String fragment;
  private final int keepSeconds;
  private final String keepKey;
  private Supplier<Object> compute;
  private Object model;

  /**
   * @param id the widget's id, also the HTML id prefix of its box
   * @param fragment the Facelets fragment to include
   * @param model what the fragment reads as {@code #{model}}, {@code null} when the widget has
   *     nothing to show on this page; called at most once, and must not throw
   * @param keepSeconds for how long its markup may be reused ({@code Widget#keepSeconds}), 0 never
   * @param keepKey names its markup among the kept fragments: the widget, the slot, the section and
   *     the article of the page
   */
  PlacedWidget(
      String id, String fragment, Supplier<Object> model, int keepSeconds, String keepKey) {
    this.id = id;
    this.fragment = fragment;
    this.compute = model;
    this.keepSeconds = keepSeconds;
    this.keepKey = keepKey;
  }

  public String getId() {
    return id;
  }

  public String getFragment() {
    return fragment;
  }

  /** What the fragment reads as {@code #{model}}, computed on first use. */
  public Object getModel() {
    Supplier<Object> pending = compute;
    if (pending != null) {
      compute = null;
      model = pending.get();
    }
    return model;
  }

  /** Whether the widget has something to show on this page. */
  public boolean isShown() {
    return getModel() != null;
  }

  @Override
  public int getKeepSeconds() {
    return keepSeconds;
  }

  @Override
  public String getKeepKey() {
    return keepKey;
  }

  /** Whether the markup may be reused, for {@code <hl:cached keep="...">}. */
  @Override
  public boolean isKept() {
    return keepSeconds > 0;
  }
}
