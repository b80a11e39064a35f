package dev.headline.web.newsroom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Where "today" starts for the dashboard's most read list. */
class MostReadTodayTest {

  @Test
  void midnightInUtc() {
    assertEquals(
        Instant.parse("2026-11-30T00:00:00Z"),
        MostReadToday.midnight(Instant.parse("2026-11-30T04:54:16Z"), ZoneId.of("UTC")));
  }

  @Test
  void midnightOfTheSiteZoneNotOfUtc() {
    // 23:30 UTC is already the next day in Berlin (UTC+1 in winter).
    assertEquals(
        Instant.parse("2026-11-30T23:00:00Z"),
        MostReadToday.midnight(Instant.parse("2026-11-30T23:30:00Z"), ZoneId.of("Europe/Berlin")));
    // 03:00 UTC is still the previous day in New York (UTC-5).
    assertEquals(
        Instant.parse("2026-11-29T05:00:00Z"),
        MostReadToday.midnight(
            Instant.parse("2026-11-30T03:00:00Z"), ZoneId.of("America/New_York")));
  }

  @Test
  void aDayWhoseMidnightIsSkippedStartsAtItsFirstMoment() {
    // Santiago moved its clocks from 00:00 to 01:00 on 2023-09-03: the day began at 01:00 local.
    assertEquals(
        Instant.parse("2023-09-03T04:00:00Z"),
        MostReadToday.midnight(
            Instant.parse("2023-09-03T12:00:00Z"), ZoneId.of("America/Santiago")));
  }
}
