package dev.headline.engagement.views.domain;

import dev.headline.core.spi.ReaderHit;
import java.util.Locale;

/**
 * Which hits may count, before the repeat rule: a {@code GET}, not a prefetch, not a bot, not staff
 * (unless staff views are configured to count). Stateless and cheap; {@link RecentVisits} then
 * decides between {@link Verdict#COUNTED} and {@link Verdict#REPEAT}.
 */
public final class HitRules {

  private final CrawlerList crawlers;
  private final boolean countStaff;

  public HitRules(CrawlerList crawlers, boolean countStaff) {
    this.crawlers = crawlers;
    this.countStaff = countStaff;
  }

  /**
   * @return {@link Verdict#COUNTED} when the hit may count (subject to the repeat rule), else the
   *     reason it does not
   */
  public Verdict screen(ReaderHit hit) {
    if (!"GET".equalsIgnoreCase(hit.method())) {
      return Verdict.NOT_GET;
    }
    if (isPrefetch(hit.purpose())) {
      return Verdict.PREFETCH;
    }
    String userAgent = hit.userAgent();
    if (userAgent == null || userAgent.isBlank() || crawlers.matches(userAgent)) {
      return Verdict.BOT;
    }
    if (hit.staff() && !countStaff) {
      return Verdict.STAFF;
    }
    return Verdict.COUNTED;
  }

  /**
   * Whether a {@code Sec-Purpose} or {@code Purpose} value announces a speculative load. Chrome
   * sends {@code prefetch} and, for prerendering, {@code prefetch;prerender}; older browsers sent
   * {@code Purpose: prefetch}.
   */
  static boolean isPrefetch(String purpose) {
    return purpose != null && purpose.toLowerCase(Locale.ROOT).contains("prefetch");
  }
}
