package dev.headline.web.newsroom;

import dev.headline.core.content.domain.ArticleStatus;

/**
 * What the article editor's autosave did, and the rules for when it may save by itself.
 *
 * <p>Autosave writes in place, through the same {@link NewsroomDesk#save} as the Save button, so it
 * only runs where saving in place cannot surprise readers: an article not stored yet (the first
 * autosave creates the draft), a draft, or a withdrawn article. A scheduled or published article is
 * saved by hand only, because a save in place would change what readers see (or will see when the
 * schedule fires) with half-typed text. While a conflict is open (someone else saved in between),
 * autosave stops: only a deliberate Save replaces the other version.
 *
 * <p>The page reads the outcome's {@link #code()} from the {@code data-outcome} attribute of the
 * element {@code edit:autosave-result} that the ajax response re-renders.
 */
enum Autosave {
  /** Stored; the form now holds the new version. */
  SAVED,
  /** Someone else saved in between (now or earlier): nothing was written. */
  CONFLICT,
  /** Nothing written: the article has no headline yet. */
  NEEDS_HEADLINE,
  /** Nothing written: the form holds something the save refused (a message says what). */
  NOT_SAVED,
  /** Nothing written: this article is not autosaved in its state, or the caller may not edit. */
  OFF;

  /** Whether an article in this state ({@code null}: not stored yet) is autosaved in place. */
  static boolean inPlace(ArticleStatus status) {
    return status == null || status == ArticleStatus.DRAFT || status == ArticleStatus.WITHDRAWN;
  }

  /** Whether the page saves itself at all now (a headline is still needed for each save). */
  static boolean runs(ArticleStatus status, boolean mayEdit, boolean conflictOpen) {
    return refusal(status, mayEdit, conflictOpen, "headline") == null;
  }

  /**
   * Why an autosave must not write now, or {@code null} when it may.
   *
   * @param status the article's state, {@code null} for one not stored yet
   * @param mayEdit whether the caller may change the article's text
   * @param conflictOpen whether the form shows another editor's version beside it
   * @param headline the headline typed in the form
   */
  static Autosave refusal(
      ArticleStatus status, boolean mayEdit, boolean conflictOpen, String headline) {
    if (!mayEdit || !inPlace(status)) {
      return OFF;
    }
    if (conflictOpen) {
      return CONFLICT;
    }
    if (headline == null || headline.isBlank()) {
      return NEEDS_HEADLINE;
    }
    return null;
  }

  /** The outcome as the page reads it: {@code saved}, {@code needs-headline}, and so on. */
  String code() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
