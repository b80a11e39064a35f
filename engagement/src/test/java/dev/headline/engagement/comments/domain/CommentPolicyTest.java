package dev.headline.engagement.comments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headline.engagement.comments.api.CommentProblem;
import dev.headline.engagement.comments.api.CommentStatus;
import dev.headline.engagement.comments.api.ModeratedComment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommentPolicyTest {

  private static final BannedWords BANNED = new BannedWords(List.of("online casino", "viagra"));

  private static CommentPolicy policy(boolean holdFirst, boolean moderateAll) {
    return new CommentPolicy(
        new CommentPolicy.Settings(
            holdFirst, moderateAll, 5000, 2, BANNED, CommentStatus.SPAM, Duration.ZERO));
  }

  private static CommentPolicy.Draft draft(String body) {
    CommentPolicy.Checked checked = policy(true, false).check("Ada", "ada@example.org", null, body);
    assertTrue(checked.ok(), checked.problems().toString());
    return checked.draft();
  }

  @Test
  void aFirstTimerIsHeldAndAKnownAuthorIsPublished() {
    CommentPolicy policy = policy(true, false);
    assertEquals(CommentStatus.PENDING, policy.status(draft("First!"), "", false));
    assertEquals(CommentStatus.APPROVED, policy.status(draft("Again."), "", true));
    assertEquals(CommentStatus.APPROVED, policy(false, false).status(draft("Trusted."), "", false));
  }

  @Test
  void moderateAllHoldsEvenKnownAuthors() {
    assertEquals(CommentStatus.PENDING, policy(true, true).status(draft("Hi"), null, true));
    assertEquals(CommentStatus.PENDING, policy(false, true).status(draft("Hi"), null, true));
  }

  @Test
  void aFilledHoneypotIsSpamWhoeverPosts() {
    assertEquals(CommentStatus.SPAM, policy(false, false).status(draft("Hi"), "http://x", true));
    assertEquals(CommentStatus.SPAM, policy(true, false).status(draft("Hi"), " ", true));
  }

  @Test
  void moreLinksThanAllowedAreHeldEvenForKnownAuthors() {
    CommentPolicy policy = policy(true, false);
    String two = "See https://example.org/a and www.example.net for more.";
    String three = two + " Also http://example.com.";
    assertEquals(CommentStatus.APPROVED, policy.status(draft(two), "", true));
    assertEquals(CommentStatus.PENDING, policy.status(draft(three), "", true));
  }

  @Test
  void bannedWordsMakeSpamOrPendingAsConfigured() {
    CommentPolicy spam = policy(false, false);
    assertEquals(CommentStatus.SPAM, spam.status(draft("Best ONLINE  casino here"), "", true));
    CommentPolicy.Draft inName =
        spam.check("Viagra Seller", "x@example.org", null, "Nice article").draft();
    assertEquals(CommentStatus.SPAM, spam.status(inName, "", true));
    CommentPolicy pending =
        new CommentPolicy(
            new CommentPolicy.Settings(
                false, false, 5000, 2, BANNED, CommentStatus.PENDING, Duration.ZERO));
    assertEquals(CommentStatus.PENDING, pending.status(draft("cheap viagra"), "", true));
    assertEquals(CommentStatus.APPROVED, pending.status(draft("The casino online"), "", true));
  }

  @Test
  void missingAndMalformedFieldsAreReportedTogether() {
    CommentPolicy policy = policy(true, false);
    assertEquals(
        List.of(
            CommentProblem.NAME_MISSING, CommentProblem.EMAIL_MISSING, CommentProblem.BODY_MISSING),
        policy.check("  ", null, null, " \n\t ").problems());
    assertEquals(
        List.of(CommentProblem.EMAIL_INVALID),
        policy.check("Ada", "ada@example", null, "Hello").problems());
    assertEquals(
        List.of(CommentProblem.EMAIL_INVALID),
        policy.check("Ada", "ada@@example.org", null, "Hello").problems());
    assertEquals(
        List.of(CommentProblem.NAME_TOO_LONG, CommentProblem.BODY_TOO_LONG),
        policy.check("n".repeat(101), "a@example.org", null, "x".repeat(5001)).problems());
    assertTrue(policy.check("n".repeat(100), "a@example.org", null, "é".repeat(5000)).ok());
  }

  @Test
  void aSignedInReaderNeedsNoNameOrEmail() {
    CommentPolicy.Checked checked = policy(true, false).check("", "", "reader7", "Signed in.");
    assertTrue(checked.ok());
    assertEquals("reader7", checked.draft().name());
    assertNull(checked.draft().email());
    assertEquals("account:reader7", checked.draft().authorKey());
  }

  @Test
  void valuesAreTidiedButTheTextIsKeptAsTyped() {
    CommentPolicy.Checked checked =
        policy(true, false)
            .check(
                "  Ada \t Lovelace ",
                " Ada@Example.ORG ",
                null,
                "\r\n<b>Line one</b>\r\nline two\r\n\r\n\r\n\r\nlast\u0000 ");
    assertEquals("Ada Lovelace", checked.draft().name());
    assertEquals("ada@example.org", checked.draft().email());
    assertEquals("email:ada@example.org", checked.draft().authorKey());
    assertEquals("<b>Line one</b>\nline two\n\nlast", checked.draft().body());
  }

  @Test
  void aReplyToAReplyJoinsTheTopLevelComment() {
    ModeratedComment top = comment(10, 1, null, CommentStatus.APPROVED);
    ModeratedComment reply = comment(11, 1, 10L, CommentStatus.APPROVED);
    assertEquals(Optional.of(10L), CommentPolicy.attachTo(1, top));
    assertEquals(Optional.of(10L), CommentPolicy.attachTo(1, reply));
    assertEquals(Optional.empty(), CommentPolicy.attachTo(2, top), "another article's comment");
    assertEquals(
        Optional.empty(),
        CommentPolicy.attachTo(1, comment(12, 1, null, CommentStatus.PENDING)),
        "not shown to readers");
    assertEquals(Optional.empty(), CommentPolicy.attachTo(1, null), "gone");
  }

  @Test
  void articlesCloseAfterTheConfiguredDays() {
    Instant published = Instant.parse("2026-01-01T00:00:00Z");
    CommentPolicy closing =
        new CommentPolicy(
            new CommentPolicy.Settings(
                true, false, 5000, 2, BANNED, CommentStatus.SPAM, Duration.ofDays(14)));
    assertTrue(closing.isOpen(published, published.plus(Duration.ofDays(13))));
    assertFalse(closing.isOpen(published, published.plus(Duration.ofDays(14))));
    assertTrue(policy(true, false).isOpen(published, published.plus(Duration.ofDays(9999))));
  }

  private static ModeratedComment comment(
      long id, long articleId, Long parentId, CommentStatus status) {
    return new ModeratedComment(
        id,
        articleId,
        parentId,
        "A",
        "a@example.org",
        null,
        "text",
        status,
        "00",
        Instant.EPOCH,
        null,
        null);
  }
}
