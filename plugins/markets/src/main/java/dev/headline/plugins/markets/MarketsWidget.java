package dev.headline.plugins.markets;

import dev.headline.core.spi.Section;
import dev.headline.core.spi.Taxonomy;
import dev.headline.core.spi.Widget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The market-data panel in the sidebar of Business &amp; Finance and everything below it (the
 * Markets area at its seeded address included).
 */
@ApplicationScoped
public class MarketsWidget implements Widget {

  @Inject MarketBoard board;
  @Inject Taxonomy taxonomy;

  @Override
  public String id() {
    return "markets";
  }

  @Override
  public Slot slot() {
    return Slot.SIDEBAR;
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public String fragment() {
    return "/markets/widget.xhtml";
  }

  @Override
  public boolean appliesTo(Context page) {
    Optional<Section> markets = marketsSection();
    return page.underSection("/" + MarketsSections.PARENT + "/")
        || markets.map(s -> page.underSection(s.path())).orElse(false);
  }

  @Override
  public Object model(Context page) {
    MarketBoard.Board current = board.current();
    return current == null
        ? null
        : MarketsView.of(current, marketsSection().map(Section::path).orElse(null));
  }

  /** The seeded Markets section where it is now; empty when editors deleted it. */
  Optional<Section> marketsSection() {
    return taxonomy.sectionAt(List.of(MarketsSections.PARENT, MarketsSections.SLUG));
  }
}
