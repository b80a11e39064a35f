package dev.headline.web.widgets;

import dev.headline.core.spi.Widget;
import dev.headline.core.spi.Widget.Context;
import dev.headline.core.spi.Widget.Slot;
import dev.headline.web.plugins.WidgetRules;
import dev.headline.web.plugins.WidgetSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.net.MalformedURLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Fills the widget slots of readers' pages from every {@link Widget} bean: those that apply to the
 * page, ordered. A widget that throws, or names a fragment that is not there, is logged, counted in
 * the metric {@code headline.widget.failures} (tagged with its id) and left out; the page renders
 * without it. A fragment that fails while rendering is caught by {@link IsolatedWidget}.
 *
 * <p>Templates call it once per slot and include each widget's fragment:
 *
 * <pre>{@code
 * <c:set var="sidebar" value="#{widgets.in('SIDEBAR', sectionPath, articleId)}" scope="request"/>
 * <c:forEach items="#{sidebar}" var="w">
 *   <ui:include src="#{w.fragment}"><ui:param name="model" value="#{w.model}"/></ui:include>
 * </c:forEach>
 * }</pre>
 */
@Named("widgets")
@ApplicationScoped
public class WidgetSlots {

  @Inject @Any Instance<Widget> all;
  @Inject PluginFailures failures;
  @Inject WidgetSettings settings;
  @Inject ServletContext servletContext;

  private volatile List<Widget> ordered;

  /**
   * The widgets of a slot for one page.
   *
   * @param slot a {@link Slot} name, case-insensitive
   * @param sectionPath the page's section path, or {@code null}/empty
   * @param articleId the page's article, or {@code null}
   */
  public List<PlacedWidget> in(String slot, String sectionPath, Long articleId) {
    Slot wanted = Slot.valueOf(slot.toUpperCase(Locale.ROOT));
    Context page =
        new Context(
            wanted,
            sectionPath == null || sectionPath.isEmpty() ? null : sectionPath,
            articleId == null || articleId == 0 ? null : articleId);
    List<PlacedWidget> placed = new ArrayList<>();
    WidgetRules rules = settings.rules();
    List<Widget> inSlot = new ArrayList<>();
    for (Widget widget : widgets()) {
      if (widget.slot() == wanted && rules.shows(widget.id(), page.sectionPath())) {
        inSlot.add(widget);
      }
    }
    if (!rules.positions().isEmpty()) {
      inSlot.sort(
          Comparator.comparingInt((Widget w) -> rules.position(w.id(), orderOf(w)))
              .thenComparing(Widget::id));
    }
    for (Widget widget : inSlot) {
      try {
        if (!widget.appliesTo(page)) {
          continue;
        }
        int keep = widget.keepSeconds();
        if (keep <= 0) {
          Object model = widget.model(page);
          if (model != null) {
            placed.add(new PlacedWidget(widget.id(), widget.fragment(), () -> model, 0, null));
          }
          continue;
        }
        // Kept markup: the model is computed only if the markup has to be made again; a widget
        // with nothing to show then keeps empty markup for as long.
        String keepKey =
            "widget "
                + widget.id()
                + " "
                + page.slot()
                + " "
                + page.sectionPath()
                + " "
                + page.articleId();
        placed.add(
            new PlacedWidget(
                widget.id(),
                widget.fragment(),
                () -> {
                  try {
                    return widget.model(page);
                  } catch (RuntimeException | LinkageError e) {
                    failed(widget, e);
                    return null;
                  }
                },
                keep,
                keepKey));
      } catch (RuntimeException | LinkageError e) {
        failed(widget, e);
      }
    }
    return placed;
  }

  private List<Widget> widgets() {
    List<Widget> known = ordered;
    if (known == null) {
      List<Widget> found = new ArrayList<>();
      for (Widget widget : all) {
        try {
          if (servletContext.getResource(widget.fragment()) == null) {
            failures.failed(
                widget.id(),
                "names a fragment that is not there (" + widget.fragment() + ")",
                null);
          } else {
            found.add(widget);
          }
        } catch (RuntimeException | LinkageError | MalformedURLException e) {
          failed(widget, e);
        }
      }
      found.sort(Comparator.comparingInt(WidgetSlots::orderOf).thenComparing(Widget::id));
      known = List.copyOf(found);
      ordered = known;
    }
    return known;
  }

  private static int orderOf(Widget widget) {
    try {
      return widget.order();
    } catch (RuntimeException e) {
      return Integer.MAX_VALUE;
    }
  }

  private void failed(Widget widget, Throwable e) {
    String id;
    try {
      id = widget.id();
    } catch (RuntimeException | LinkageError unknown) {
      id = widget.getClass().getName();
    }
    failures.failed(id, "failed", e);
  }
}
