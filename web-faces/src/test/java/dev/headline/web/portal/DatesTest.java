package dev.headline.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DatesTest {

  private static Dates dates(String zone, Clock clock) {
    Dates dates = new Dates();
    dates.zone = zone;
    dates.language = "en";
    dates.formats();
    dates.clock = clock;
    return dates;
  }

  @Test
  void todayIsTheSiteZonesDateAndChangesWithTheDay() {
    // 23:30 in London on 29 November is already 30 November in Auckland.
    Clock evening = Clock.fixed(Instant.parse("2026-11-29T23:30:00Z"), ZoneOffset.UTC);
    assertEquals("Sunday, November 29, 2026", dates("Europe/London", evening).getToday());
    Dates auckland = dates("Pacific/Auckland", evening);
    String first = auckland.getToday();
    assertEquals("Monday, November 30, 2026", first);
    assertSame(first, auckland.getToday(), "the same day's text is kept, not made again");

    auckland.clock = Clock.fixed(Instant.parse("2026-11-30T11:00:00Z"), ZoneOffset.UTC);
    assertEquals("Tuesday, December 1, 2026", auckland.getToday());
  }

  @Test
  void textsAreInTheSiteZone() {
    Dates dates = dates("America/New_York", Clock.systemUTC());
    assertEquals("November 29, 2026", dates.text(Instant.parse("2026-11-30T03:00:00Z")));
    assertEquals("", dates.text(null));
  }
}
