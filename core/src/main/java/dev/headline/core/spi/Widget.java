package dev.headline.core.spi;

/**
 * A box that readers' pages show in a {@link Slot}: the sidebar's "Trending / Comments / Latest"
 * tabs, "Recent News", a market-data panel. The portal collects every {@code Widget} bean, asks
 * each one whether it {@linkplain #appliesTo applies} to the page being rendered, orders them by
 * {@link #order()} within their slot, and includes each widget's Facelets {@link #fragment()} with
 * the widget's {@linkplain #model model} bound to {@code #{model}}.
 *
 * <h2>Rules for implementations</h2>
 *
 * <ul>
 *   <li>{@link #model} runs for every page that shows the widget: it must read from memory (a list
 *       the widget or a service refreshes on a timer or on events), never query the database.
 *   <li>A widget that throws is logged, counted and left out of the page; the page still renders.
 *   <li>The fragment escapes everything it prints that came from readers or editors ({@code #{...}}
 *       in Facelets text does).
 * </ul>
 *
 * <h2>Usage</h2>
 *
 * <p>A plugin ships {@code META-INF/resources/weather/widget.xhtml} in its jar and declares:
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class WeatherWidget implements Widget {
 *   @Inject Forecasts forecasts; // refreshed every ten minutes
 *
 *   public String id() { return "weather"; }
 *   public Slot slot() { return Slot.SIDEBAR; }
 *   public int order() { return 300; }
 *   public String fragment() { return "/weather/widget.xhtml"; }
 *
 *   public boolean appliesTo(Context page) {
 *     return page.underSection("/world-news/");
 *   }
 *
 *   public Object model(Context page) {
 *     return forecasts.today();
 *   }
 * }
 * }</pre>
 *
 * <p>and the fragment reads {@code #{model.city}}, {@code #{model.high}}.
 */
public interface Widget {

  /** Where on a page a widget shows. */
  enum Slot {
    /** Beside the content on the home page, archives and articles. */
    SIDEBAR,
    /** In the body of the home page, after the lead story. */
    HOME,
    /** Above the footer's columns on every page. */
    FOOTER,
    /** On the first page of a section's archive, before its list. */
    SECTION_FRONT,
    /** After an article's body and tags. */
    ARTICLE_END
  }

  /**
   * A stable identifier, lower case with dashes, unique among all widgets; settings that switch a
   * widget off or reorder it refer to it.
   */
  String id();

  /** The slot the widget shows in. */
  Slot slot();

  /** Position within the slot: lower first. Built-in widgets use multiples of 100. */
  int order();

  /**
   * The Facelets fragment to include, a path from the web application's root: a file under {@code
   * META-INF/resources} of the plugin's jar, for example {@code /weather/widget.xhtml}. The
   * fragment is a {@code ui:composition} that reads {@code #{model}}.
   */
  String fragment();

  /**
   * Whether the widget shows on this page; all pages by default.
   *
   * @param page what is being rendered
   */
  default boolean appliesTo(Context page) {
    return true;
  }

  /**
   * The data the fragment renders, read from memory.
   *
   * @param page what is being rendered
   * @return the object bound to {@code #{model}}; {@code null} leaves the widget out of this page
   */
  Object model(Context page);

  /**
   * For how many seconds the markup of the fragment may be shown again on pages of the same slot,
   * section and article instead of being rendered anew: 0, the default, renders it for every page.
   * Return more only when the fragment shows nothing but its model and the page's context, nothing
   * of the reader or of the request. The portal keeps it at most a minute, and drops it sooner when
   * articles, comments, the taxonomy, the site's settings or the widgets' placement change. {@link
   * #model} is still asked for on every page (a {@code null} model leaves the widget out as usual).
   */
  default int keepSeconds() {
    return 0;
  }

  /**
   * The page a widget is asked about.
   *
   * @param slot the slot being filled
   * @param sectionPath the path of the section the page belongs to ({@code /sports/football/}: the
   *     archive being shown, or an article's primary section), or {@code null} on pages outside the
   *     tree (home, search, static pages)
   * @param articleId the article being shown, or {@code null}
   */
  record Context(Slot slot, String sectionPath, Long articleId) {

    /** Whether the page belongs to the section at {@code path} or to a section below it. */
    public boolean underSection(String path) {
      return sectionPath != null && sectionPath.startsWith(path);
    }
  }
}
