package dev.headline.core.content.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a save of an article's text becomes a revision of its own. Pure rules, no container.
 *
 * <ul>
 *   <li>A save that changes nothing in title, slug, standfirst or body adds nothing.
 *   <li>Saves by one person in quick succession are one revision: a save by the same person who
 *       made the latest revision, within {@link #foldGap()} of their previous save and {@link
 *       #longestFold()} of the revision's first, replaces that revision's text instead of adding
 *       one. Autosaves every few seconds therefore leave one revision per stretch of work, and a
 *       second "Save" a minute after the first does not leave two nearly equal entries. A pause,
 *       another person's save, or a long session starts a new one.
 *   <li>A revision with a note (a restore, the text from before revisions were kept) is never
 *       replaced, and a save with a note always adds a revision (unless nothing changed): a restore
 *       stays visible in the history.
 *   <li>Only the newest {@link #keep()} revisions of an article are kept.
 * </ul>
 *
 * <p>The choice, against keeping every save (WordPress) or folding whole sessions (Google Docs): a
 * newsroom wants to see who changed what, per person and per sitting, without an autosave every 30
 * seconds burying the saves that matter.
 *
 * @param foldGap the longest pause between two saves of one person that are folded together
 * @param longestFold how long one revision may collect a person's saves, from its first
 * @param keep how many revisions per article are kept (older ones are deleted)
 */
public record RevisionPolicy(Duration foldGap, Duration longestFold, int keep) {

  /** Two minutes, fifteen minutes, a hundred revisions. */
  public static final RevisionPolicy DEFAULT =
      new RevisionPolicy(Duration.ofMinutes(2), Duration.ofMinutes(15), 100);

  /** What to do with a save. */
  public enum Decision {
    /** Nothing changed: no revision. */
    SKIP,
    /** Replace the latest revision's text with this save. */
    FOLD,
    /** Add a new revision. */
    ADD
  }

  public RevisionPolicy {
    Objects.requireNonNull(foldGap, "foldGap");
    Objects.requireNonNull(longestFold, "longestFold");
    if (foldGap.isNegative() || longestFold.isNegative() || keep < 1) {
      throw new IllegalArgumentException("Durations may not be negative and keep is at least 1");
    }
  }

  /**
   * What a save becomes.
   *
   * @param latest the article's newest revision, or {@code null} when it has none
   * @param text the article's text after the save
   * @param savedBy who saved
   * @param note the save's note ("restored from 3"), or {@code null} for an ordinary save
   * @param now when
   */
  public Decision decide(
      ArticleRevision latest, ArticleText text, String savedBy, String note, Instant now) {
    if (latest == null) {
      return Decision.ADD;
    }
    if (latest.getText().equals(text)) {
      return Decision.SKIP;
    }
    boolean foldable =
        note == null
            && latest.getNote() == null
            && latest.getSavedBy().equals(savedBy)
            && !now.isBefore(latest.getSavedAt())
            && !now.isAfter(latest.getSavedAt().plus(foldGap))
            && !now.isAfter(latest.getStartedAt().plus(longestFold));
    return foldable ? Decision.FOLD : Decision.ADD;
  }

  /**
   * The highest revision number to delete once revision {@code newest} was added, or 0 for none.
   */
  public int pruneUpTo(int newest) {
    return Math.max(0, newest - keep);
  }
}
