package dev.headline.web.portal;

import dev.headline.core.spi.Section;
import dev.headline.core.spi.Taxonomy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The menus every page draws, from the taxonomy's in-memory model: which sections go in which menu
 * is configuration ({@code headline.taxonomy.menu.*}), not code.
 */
@Named("nav")
@ApplicationScoped
public class Navigation {

  /** A menu entry with its drop-down. */
  public record Entry(Section section, List<Section> children) {}

  @Inject Taxonomy taxonomy;

  public List<Entry> getTop() {
    return entries("top");
  }

  public List<Entry> getMain() {
    return entries("main");
  }

  /** Every section, depth first, for "Browse by Category". */
  public List<Section> getAll() {
    return taxonomy.all();
  }

  private List<Entry> entries(String menu) {
    return taxonomy.menu(menu).stream()
        .map(section -> new Entry(section, taxonomy.children(section.id())))
        .toList();
  }
}
