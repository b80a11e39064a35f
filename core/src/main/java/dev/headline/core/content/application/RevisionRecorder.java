package dev.headline.core.content.application;

import dev.headline.core.content.domain.Article;
import dev.headline.core.content.domain.ArticleRevision;
import dev.headline.core.content.domain.ArticleText;
import dev.headline.core.content.domain.RevisionPolicy;
import dev.headline.core.content.domain.RevisionRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes an article's revisions as {@link ArticleService} saves its text, in the same transaction,
 * following {@link RevisionPolicy} (configured with the {@code headline.revisions.*} keys).
 *
 * <p>Who saved: the caller the container authenticated for this request (Jakarta Security), so
 * every screen that saves through {@link ArticleService} is covered without passing a name along;
 * with no caller (demo content at startup) the article's creator, else {@link
 * ArticleRevision#SYSTEM}.
 *
 * <p>An article saved before revisions were kept has none: its first change records the text it had
 * before (noted {@value #EARLIER}) and then the change, so nothing from before is lost either.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RevisionRecorder {

  /** The note of the revision that keeps an article's text from before revisions were kept. */
  public static final String EARLIER = "text before revisions were kept";

  @Inject RevisionRepository revisions;
  @Inject Clock clock;
  @Inject Instance<SecurityContext> security;

  @Inject
  @ConfigProperty(name = "headline.revisions.fold-gap-seconds", defaultValue = "120")
  long foldGapSeconds;

  @Inject
  @ConfigProperty(name = "headline.revisions.longest-fold-minutes", defaultValue = "15")
  long longestFoldMinutes;

  @Inject
  @ConfigProperty(name = "headline.revisions.keep", defaultValue = "100")
  int keep;

  private RevisionPolicy policy;

  @PostConstruct
  void configure() {
    policy =
        new RevisionPolicy(
            Duration.ofSeconds(foldGapSeconds), Duration.ofMinutes(longestFoldMinutes), keep);
  }

  /** The rules in force. */
  public RevisionPolicy policy() {
    return policy;
  }

  /**
   * Records an article's text after a save.
   *
   * @param saved the article as saved
   * @param before its text before this save, or {@code null} for a new article
   * @param beforeAt when that text was saved, or {@code null} for a new article
   * @param note the save's note ("restored from 3"), or {@code null} for an ordinary save
   */
  public void record(Article saved, ArticleText before, Instant beforeAt, String note) {
    long id = saved.getId();
    ArticleText text = ArticleText.of(saved);
    Instant now = clock.instant();
    String who = savedBy(saved);
    ArticleRevision latest = revisions.latest(id).orElse(null);
    if (latest == null && before != null && !before.equals(text)) {
      String owner = saved.getCreatedBy() == null ? ArticleRevision.SYSTEM : saved.getCreatedBy();
      Instant at = beforeAt == null || beforeAt.isAfter(now) ? now : beforeAt;
      latest = revisions.save(new ArticleRevision(id, 1, before, owner, at, EARLIER));
    }
    switch (policy.decide(latest, text, who, note, now)) {
      case SKIP -> {}
      case FOLD -> {
        latest.replace(text, now);
        revisions.save(latest);
      }
      case ADD -> {
        int number = latest == null ? 1 : latest.getNumber() + 1;
        revisions.save(new ArticleRevision(id, number, text, who, now, note));
        int prune = policy.pruneUpTo(number);
        if (prune > 0) {
          revisions.deleteUpTo(id, prune);
        }
      }
    }
  }

  private String savedBy(Article article) {
    Principal caller = null;
    if (security.isResolvable()) {
      try {
        caller = security.get().getCallerPrincipal();
      } catch (IllegalStateException noCallerHere) {
        // The container will not say who calls in some contexts (Payara refuses in a startup
        // singleton EJB, where demo content is written): no one signed in saved this.
      }
    }
    if (caller != null && caller.getName() != null && !caller.getName().isBlank()) {
      return caller.getName();
    }
    return article.getCreatedBy() == null ? ArticleRevision.SYSTEM : article.getCreatedBy();
  }
}
