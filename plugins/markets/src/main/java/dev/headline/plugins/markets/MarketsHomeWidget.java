package dev.headline.plugins.markets;

import dev.headline.core.spi.Section;
import dev.headline.core.spi.Widget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The same market-data panel on the home page, after the lead story. */
@ApplicationScoped
public class MarketsHomeWidget implements Widget {

  @Inject MarketBoard board;
  @Inject MarketsWidget sidebar;

  @Override
  public String id() {
    return "markets-home";
  }

  @Override
  public Slot slot() {
    return Slot.HOME;
  }

  @Override
  public int order() {
    return 100;
  }

  @Override
  public String fragment() {
    return "/markets/widget.xhtml";
  }

  @Override
  public Object model(Context page) {
    MarketBoard.Board current = board.current();
    return current == null
        ? null
        : MarketsView.of(current, sidebar.marketsSection().map(Section::path).orElse(null));
  }
}
