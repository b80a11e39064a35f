package dev.headline.core.content.domain;

import static dev.headline.core.content.domain.RevisionPolicy.Decision.ADD;
import static dev.headline.core.content.domain.RevisionPolicy.Decision.FOLD;
import static dev.headline.core.content.domain.RevisionPolicy.Decision.SKIP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RevisionPolicyTest {

  private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");
  private static final RevisionPolicy POLICY = RevisionPolicy.DEFAULT;

  private static ArticleText text(String body) {
    return new ArticleText("Budget agreed", "budget-agreed", null, "<p>" + body + "</p>");
  }

  private static ArticleRevision revision(String body, String by, String note) {
    return new ArticleRevision(7, 3, text(body), by, T0, note);
  }

  @Test
  void theFirstSaveIsAlwaysARevision() {
    assertEquals(ADD, POLICY.decide(null, text("One"), "ann", null, T0));
  }

  @Test
  void aSaveThatChangesNoTextAddsNothing() {
    ArticleRevision latest = revision("One", "ann", null);
    assertEquals(SKIP, POLICY.decide(latest, text("One"), "bob", null, T0.plusSeconds(3600)));
    assertEquals(SKIP, POLICY.decide(latest, text("One"), "ann", "restored from 1", T0));
  }

  @Test
  void everyPartOfTheTextCounts() {
    ArticleRevision latest = revision("One", "ann", null);
    Instant later = T0.plus(Duration.ofHours(1));
    ArticleText base = text("One");
    for (ArticleText changed :
        new ArticleText[] {
          new ArticleText("Budget agreed!", base.slug(), base.standfirst(), base.body()),
          new ArticleText(base.title(), "budget", base.standfirst(), base.body()),
          new ArticleText(base.title(), base.slug(), "Late night deal", base.body()),
          new ArticleText(base.title(), base.slug(), base.standfirst(), "<p>Two</p>")
        }) {
      assertEquals(ADD, POLICY.decide(latest, changed, "ann", null, later), changed::toString);
    }
  }

  @Test
  void quickSavesByOnePersonFoldIntoTheirLatestRevision() {
    ArticleRevision latest = revision("One", "ann", null);
    assertEquals(FOLD, POLICY.decide(latest, text("Two"), "ann", null, T0.plusSeconds(30)));
    assertEquals(FOLD, POLICY.decide(latest, text("Two"), "ann", null, T0.plusSeconds(120)));
    assertEquals(ADD, POLICY.decide(latest, text("Two"), "ann", null, T0.plusSeconds(121)));
    assertEquals(ADD, POLICY.decide(latest, text("Two"), "bob", null, T0.plusSeconds(30)));
  }

  @Test
  void aRevisionCollectsSavesForFifteenMinutesAtMost() {
    ArticleRevision latest = revision("One", "ann", null);
    // Autosaves every minute: each folds while the revision is younger than fifteen minutes.
    for (int minute = 1; minute <= 15; minute++) {
      Instant at = T0.plus(Duration.ofMinutes(minute));
      assertEquals(FOLD, POLICY.decide(latest, text("At " + minute), "ann", null, at));
      latest.replace(text("At " + minute), at);
    }
    Instant sixteen = T0.plus(Duration.ofMinutes(16));
    assertEquals(ADD, POLICY.decide(latest, text("At 16"), "ann", null, sixteen));
    assertEquals(T0, latest.getStartedAt());
    assertEquals(T0.plus(Duration.ofMinutes(15)), latest.getSavedAt());
  }

  @Test
  void restoresAreRevisionsOfTheirOwnAndAreNeverFoldedInto() {
    ArticleRevision plain = revision("One", "ann", null);
    assertEquals(
        ADD, POLICY.decide(plain, text("Two"), "ann", "restored from 1", T0.plusSeconds(5)));
    ArticleRevision restored = revision("One", "ann", "restored from 1");
    assertEquals(ADD, POLICY.decide(restored, text("Two"), "ann", null, T0.plusSeconds(5)));
  }

  @Test
  void aClockThatWentBackDoesNotFold() {
    ArticleRevision latest = revision("One", "ann", null);
    assertEquals(ADD, POLICY.decide(latest, text("Two"), "ann", null, T0.minusSeconds(5)));
  }

  @Test
  void onlyTheNewestRevisionsAreKept() {
    RevisionPolicy three = new RevisionPolicy(Duration.ZERO, Duration.ZERO, 3);
    assertEquals(0, three.pruneUpTo(3));
    assertEquals(1, three.pruneUpTo(4));
    assertEquals(97, three.pruneUpTo(100));
    assertThrows(
        IllegalArgumentException.class, () -> new RevisionPolicy(Duration.ZERO, Duration.ZERO, 0));
  }

  @Test
  void revisionsAreNumberedFromOneAndLongNamesAndNotesAreCut() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ArticleRevision(1, 0, text("x"), "ann", T0, null));
    ArticleRevision long_ =
        new ArticleRevision(1, 1, text("x"), "a".repeat(60), T0, "n".repeat(150));
    assertEquals(40, long_.getSavedBy().length());
    assertEquals(100, long_.getNote().length());
  }
}
