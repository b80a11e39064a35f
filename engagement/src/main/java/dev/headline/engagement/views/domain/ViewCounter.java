package dev.headline.engagement.views.domain;

import dev.headline.core.spi.ReaderHit;
import dev.headline.engagement.views.domain.RecentVisits.Visit;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * The counting path of a request, without any I/O: judge the hit ({@link HitRules}), identify the
 * visitor ({@link VisitorKeys}), apply the repeat rule ({@link RecentVisits}) and collect the
 * increment ({@link PendingCounts}). Thread-safe and lock-free; whoever owns it drains the
 * increments to storage.
 */
public final class ViewCounter {

  private static final String VIEW = "view";

  private final Clock clock;
  private final HitRules rules;
  private final Duration repeatWindow;
  private final VisitorKeys visitors;
  private final RecentVisits recent;
  private final PendingCounts pending = new PendingCounts();

  public ViewCounter(Clock clock, HitRules rules, Duration repeatWindow) {
    this.clock = clock;
    this.rules = rules;
    this.repeatWindow = repeatWindow;
    this.visitors = new VisitorKeys(clock);
    this.recent = new RecentVisits(repeatWindow);
  }

  /** A request for an article's page: always a raw hit, a view when it counts. */
  public Verdict view(long articleId, ReaderHit hit) {
    Verdict verdict = judge(articleId, VIEW, hit);
    pending.hit(articleId, verdict == Verdict.COUNTED);
    return verdict;
  }

  /** A click on a share link; only counted shares are collected. */
  public Verdict share(long articleId, String network, ReaderHit hit) {
    Verdict verdict = judge(articleId, "share:" + network, hit);
    if (verdict == Verdict.COUNTED) {
      pending.share(articleId);
    }
    return verdict;
  }

  /** Takes the increments collected so far; see {@link PendingCounts#drain()}. */
  public List<CounterDelta> drain() {
    return pending.drain();
  }

  /** Puts back increments that could not be stored. */
  public void restore(Collection<CounterDelta> deltas) {
    pending.restore(deltas);
  }

  /** Forgets visits whose repeat window has passed. */
  public void forgetExpiredVisits() {
    recent.purge(clock.millis());
  }

  private Verdict judge(long articleId, String action, ReaderHit hit) {
    Verdict verdict = rules.screen(hit);
    if (verdict != Verdict.COUNTED) {
      return verdict;
    }
    Visitor visitor = visitors.visitor(hit.clientAddress(), hit.userAgent());
    Visitor previous = visitors.previousVisitor(hit.clientAddress(), hit.userAgent(), repeatWindow);
    Visit visit = new Visit(visitor, articleId, action);
    Visit earlier = previous == null ? null : new Visit(previous, articleId, action);
    return recent.claim(visit, earlier, clock.millis()) ? Verdict.COUNTED : Verdict.REPEAT;
  }
}
