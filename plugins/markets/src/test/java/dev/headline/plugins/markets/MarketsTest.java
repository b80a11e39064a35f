package dev.headline.plugins.markets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MarketsTest {

  @Test
  void theDemoFileParsesIntoInstrumentsInItsOrder() {
    List<Instrument> instruments = new DemoQuoteSource().instruments();
    assertTrue(instruments.size() >= 5, instruments.toString());
    assertEquals("HDX", instruments.get(0).symbol());
    assertTrue(instruments.stream().allMatch(i -> i.closes().size() >= 2));
  }

  @Test
  void badLinesAreReportedWithTheirNumber() {
    var error =
        assertThrows(
            IllegalArgumentException.class,
            () -> DemoQuoteSource.parse(reader("# comment\n\nA;Alpha;1,2\nB;Beta;1,x\n")));
    assertTrue(error.getMessage().startsWith("Line 4"), error.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DemoQuoteSource.parse(reader("A;1,2\n")));
  }

  @Test
  void changeAndPercentComeFromTheLastTwoCloses() {
    Instrument up = new Instrument("A", "Alpha", List.of(90.0, 100.0, 102.5));
    assertEquals(2.5, up.change(), 1e-9);
    assertEquals(2.5, up.changePercent(), 1e-9);
    MarketsView.Row row = MarketsView.row(up);
    assertEquals("102.50", row.last());
    assertEquals("+2.50", row.change());
    assertEquals(
        "1.0881", MarketsView.row(new Instrument("E", "Euro", List.of(1.08, 1.0881))).last());
    assertEquals("+2.50%", row.percent());
    assertEquals("up", row.direction());
    assertEquals(
        "down", MarketsView.row(new Instrument("B", "Beta", List.of(2.0, 1.0))).direction());
    assertEquals("flat", MarketsView.row(new Instrument("C", "Gamma", List.of(5.0))).direction());
  }

  @Test
  void theSparklineSpansTheDrawingAreaHighestAtTheTop() {
    assertEquals("0.0,24.0 40.0,0.0 80.0,12.0", MarketsView.sparkline(List.of(1.0, 3.0, 2.0)));
    assertEquals("0.0,12.0 80.0,12.0", MarketsView.sparkline(List.of(4.0, 4.0)));
  }

  @Test
  void theBoardRefreshesWhenStaleAndKeepsTheLastGoodNumbersWhenTheSourceFails() {
    AtomicInteger calls = new AtomicInteger();
    boolean[] failing = {false};
    MarketBoard board = new MarketBoard();
    board.refreshSeconds = 60;
    board.source =
        new QuoteSource() {
          @Override
          public List<Instrument> instruments() {
            calls.incrementAndGet();
            if (failing[0]) {
              throw new IllegalStateException("feed down");
            }
            return List.of(new Instrument("A", "Alpha", List.of(1.0, (double) calls.get())));
          }

          @Override
          public String attribution() {
            return "test";
          }
        };
    Instant start = Instant.parse("2026-11-30T10:00:00Z");
    board.clock = Clock.fixed(start, ZoneOffset.UTC);
    MarketBoard.Board first = board.current();
    assertNotNull(first);
    assertSame(first, board.current(), "fresh numbers are not read again");
    assertEquals(1, calls.get());

    board.clock = Clock.fixed(start.plus(Duration.ofSeconds(61)), ZoneOffset.UTC);
    failing[0] = true;
    assertSame(first, board.current(), "a failing source leaves the last good numbers");
    assertEquals(2, calls.get());
    assertSame(first, board.current(), "and is not asked again at once");
    assertEquals(2, calls.get());

    board.clock = Clock.fixed(start.plus(Duration.ofSeconds(122)), ZoneOffset.UTC);
    failing[0] = false;
    assertEquals(3.0, board.current().instruments().get(0).last());
  }

  @Test
  void aSourceThatNeverAnsweredLeavesTheWidgetOut() {
    MarketBoard board = new MarketBoard();
    board.refreshSeconds = 60;
    board.source =
        new QuoteSource() {
          @Override
          public List<Instrument> instruments() {
            throw new IllegalStateException("no feed");
          }

          @Override
          public String attribution() {
            return "none";
          }
        };
    assertNull(board.current());
  }

  private static BufferedReader reader(String text) {
    return new BufferedReader(new StringReader(text));
  }
}
