package dev.headline.web.portal;

import dev.headline.web.cache.Utf8Body;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;

/**
 * {@code <hl:cached key="..." seconds="..." keep="...">}: the markup of its children, rendered once
 * and kept in the {@link Fragments} until the content, the taxonomy or the site's settings change
 * (and for at most {@code seconds}, a minute by default). While the markup is kept, {@link
 * CachedFragmentHandler} does not even build the children: a kept fragment costs one map lookup
 * instead of its components and expressions.
 *
 * <p>For the parts of readers' pages that depend on nothing but the content and the site: the
 * menus, the footer, an article's text, its neighbours, its comments. The key must name everything
 * else the children read (the article's id, for example); the request's origin (scheme, host, port,
 * context path) and the view's locale are added to it by the handler. Nothing inside may depend on
 * the reader (a session, a signed-in name, a query parameter) or on the view's state (no form
 * fields); {@code keep="false"} renders the children as usual and keeps nothing (an article's
 * preview, for example). The key is evaluated when the view is built, so it may use {@code
 * ui:param}s but not the variables of an enclosing {@code ui:repeat}.
 *
 * <p>What a page shows (an article page's article) is named once per request by whoever routed it,
 * in the request attribute {@link #SUBJECT}; {@code subject="true"} adds it to the key. With a
 * literal key, such a fragment costs no expression at all, however many of them the page holds, and
 * a page without a subject keeps none of them.
 */
@FacesComponent(CachedFragment.COMPONENT_TYPE)
public class CachedFragment extends UIComponentBase {

  /**
   * A request attribute: when set, every fragment of the page renders as usual and nothing is kept
   * (an article's preview, whose draft changes without any event that would drop it).
   */
  public static final String NOTHING_KEPT = "headline.nothingKept";

  /**
   * A request attribute: what the page shows (a {@link Subject}), for the keys of fragments that
   * say {@code subject="true"}. Without it, such fragments render as usual and keep nothing.
   */
  public static final String SUBJECT = "headline.keptSubject";

  /**
   * What a page shows, as its router names it: {@code name} goes into the keys (an article page:
   * {@code "article 42"}), for the view {@code viewId} only. Another view rendered for the same
   * request (an error page, dispatched with the request's attributes) keeps nothing under it.
   */
  public record Subject(String viewId, String name) {}

  /**
   * What {@code terms="#{...}"} gives in one object instead of {@code key}, {@code seconds} and
   * {@code keep}: evaluated once while the view is built (a placed widget, for example).
   */
  public interface Terms {
    /** Names the fragment, as {@code key} does. */
    String getKeepKey();

    /** The longest the markup is kept, as {@code seconds} does. */
    int getKeepSeconds();

    /** Whether anything is kept, as {@code keep} does. */
    boolean isKept();
  }

  /** The component type declared in {@code headline.taglib.xml}. */
  public static final String COMPONENT_TYPE = "headline.CachedFragment";

  private static volatile Fragments fragments;

  /** The fragment found when the view was built, or {@code null}: then the children render. */
  private transient Fragments.Kept kept;

  private transient String key;
  private transient long seconds;
  private transient long generation;

  @Override
  public String getFamily() {
    return "headline";
  }

  @Override
  public boolean getRendersChildren() {
    return true;
  }

  /**
   * Looks the fragment up while the view is built.
   *
   * @return whether the markup is kept (then the children need not be built)
   */
  boolean lookUp(String key, long seconds) {
    Fragments store = store();
    this.key = key;
    this.seconds = seconds;
    this.generation = store.generation();
    this.kept = store.get(key);
    return kept != null;
  }

  /** Whether the markup was found kept when the view was built (then writing it cannot fail). */
  public boolean isKept() {
    return key != null && kept != null;
  }

  /** This time the children render straight into the page and nothing is kept. */
  void bypass() {
    this.key = null;
    this.kept = null;
  }

  @Override
  public void encodeChildren(FacesContext context) throws IOException {
    if (key == null) {
      // Nothing to keep this time (or not built by the handler): render as any component.
      super.encodeChildren(context);
      return;
    }
    Fragments.Kept markup = kept;
    if (markup == null) {
      markup = Fragments.Kept.of(rendered(context, this));
      store().put(key, markup, seconds, generation);
    }
    // A captured page copies the bytes kept with the markup instead of encoding it again.
    Utf8Body.announce(context.getExternalContext().getRequest(), markup.markup(), markup.utf8());
    context.getResponseWriter().write(markup.markup());
  }

  /**
   * Renders the children of a component into a string instead of the page.
   *
   * @throws RuntimeException whatever a child threw: nothing of it reached the page
   */
  public static String rendered(FacesContext context, UIComponent parent) throws IOException {
    ResponseWriter page = context.getResponseWriter();
    StringWriter buffer = new StringWriter();
    context.setResponseWriter(page.cloneWithWriter(buffer));
    try {
      for (UIComponent child : parent.getChildren()) {
        child.encodeAll(context);
      }
    } finally {
      context.setResponseWriter(page);
    }
    return buffer.toString();
  }

  private static Fragments store() {
    Fragments known = fragments;
    if (known == null) {
      known = CDI.current().select(Fragments.class).get();
      fragments = known;
    }
    return known;
  }
}
