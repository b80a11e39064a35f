package dev.headline.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Dates as readers read them, in the site's time zone ({@code headline.site.time-zone}) and
 * language ({@code headline.site.language}): "March 4, 2026" in text, ISO 8601 in {@code <time
 * datetime>}.
 */
@Named("dates")
@ApplicationScoped
public class Dates {

  @Inject
  @ConfigProperty(name = "headline.site.time-zone", defaultValue = "UTC")
  String zone;

  @Inject
  @ConfigProperty(name = "headline.site.language", defaultValue = "en")
  String language;

  private DateTimeFormatter longDate;
  private DateTimeFormatter fullDate;
  private DateTimeFormatter stamp;
  private ZoneId zoneId;

  /** The system's clock (a test sets another). */
  Clock clock = Clock.systemUTC();

  /** The top bar's date, made again when the day changes (a race makes it twice, harmlessly). */
  private volatile Today today;

  @PostConstruct
  void formats() {
    zoneId = ZoneId.of(zone);
    Locale locale = Locale.forLanguageTag(language);
    longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    fullDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
    stamp =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale);
  }

  public String text(Instant instant) {
    return instant == null ? "" : longDate.format(instant.atZone(zoneId));
  }

  /** Date and time to the minute, as the newsroom lists show them: "Nov 9, 2026, 1:49 AM". */
  public String stamp(Instant instant) {
    return instant == null ? "" : stamp.format(instant.atZone(zoneId));
  }

  public String iso(Instant instant) {
    return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  /**
   * Today's date for the top bar, for example "Sunday, November 29, 2026". Every page asks for it:
   * the text is made once a day and kept with its date.
   */
  public String getToday() {
    LocalDate now = LocalDate.now(clock.withZone(zoneId));
    Today known = today;
    if (known == null || !known.date().equals(now)) {
      known = new Today(now, fullDate.format(now));
      today = known;
    }
    return known.text();
  }

  /** A date and its text. */
  private record Today(LocalDate date, String text) {}
}
