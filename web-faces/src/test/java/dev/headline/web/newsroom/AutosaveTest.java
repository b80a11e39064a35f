package dev.headline.web.newsroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headline.core.content.domain.ArticleStatus;
import org.junit.jupiter.api.Test;

class AutosaveTest {

  @Test
  void newArticlesDraftsAndWithdrawnArticlesSaveInPlace() {
    assertTrue(Autosave.inPlace(null));
    assertTrue(Autosave.inPlace(ArticleStatus.DRAFT));
    assertTrue(Autosave.inPlace(ArticleStatus.WITHDRAWN));
  }

  @Test
  void whatReadersSeeOrWillSeeIsSavedByHandOnly() {
    assertFalse(Autosave.inPlace(ArticleStatus.PUBLISHED));
    assertFalse(Autosave.inPlace(ArticleStatus.SCHEDULED));
    assertEquals(
        Autosave.OFF, Autosave.refusal(ArticleStatus.PUBLISHED, true, false, "A headline"));
    assertEquals(
        Autosave.OFF, Autosave.refusal(ArticleStatus.SCHEDULED, true, false, "A headline"));
  }

  @Test
  void aDraftTheCallerMayEditWithAHeadlineMaySave() {
    assertNull(Autosave.refusal(ArticleStatus.DRAFT, true, false, "A headline"));
    assertNull(Autosave.refusal(null, true, false, "A headline"));
    assertTrue(Autosave.runs(ArticleStatus.DRAFT, true, false));
  }

  @Test
  void callersWhoMayNotEditNeverAutosave() {
    assertEquals(Autosave.OFF, Autosave.refusal(ArticleStatus.DRAFT, false, false, "Headline"));
    assertFalse(Autosave.runs(ArticleStatus.DRAFT, false, false));
  }

  @Test
  void anOpenConflictStopsAutosaveSoNothingOverwritesTheOtherVersion() {
    assertEquals(
        Autosave.CONFLICT, Autosave.refusal(ArticleStatus.DRAFT, true, true, "A headline"));
    assertFalse(Autosave.runs(ArticleStatus.DRAFT, true, true));
  }

  @Test
  void aMissingHeadlineWaitsWithoutStoppingAutosave() {
    assertEquals(Autosave.NEEDS_HEADLINE, Autosave.refusal(ArticleStatus.DRAFT, true, false, " "));
    assertEquals(Autosave.NEEDS_HEADLINE, Autosave.refusal(null, true, false, null));
    assertTrue(Autosave.runs(null, true, false));
  }

  @Test
  void codesAreWhatThePageReads() {
    assertEquals("saved", Autosave.SAVED.code());
    assertEquals("needs-headline", Autosave.NEEDS_HEADLINE.code());
    assertEquals("not-saved", Autosave.NOT_SAVED.code());
  }
}
