package dev.headline.core.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResetTokensTest {

  private final SecureRandom random = new SecureRandom();

  @Test
  void tokensAreLongRandomAndUrlSafe() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String token = ResetTokens.newToken(random);
      assertEquals(43, token.length());
      assertTrue(ResetTokens.wellFormed(token), token);
      assertTrue(seen.add(token));
    }
  }

  @Test
  void onlyAHashIsStoredAndItIsStable() {
    String token = ResetTokens.newToken(random);
    String hash = ResetTokens.hash(token);
    assertEquals(64, hash.length());
    assertTrue(hash.matches("[0-9a-f]{64}"));
    assertEquals(hash, ResetTokens.hash(token));
    assertNotEquals(hash, ResetTokens.hash(ResetTokens.newToken(random)));
    assertFalse(hash.contains(token));
    // A known vector: SHA-256 of "abc".
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        ResetTokens.hash("abc"));
  }

  @Test
  void oddInputIsNotAToken() {
    assertFalse(ResetTokens.wellFormed(null));
    assertFalse(ResetTokens.wellFormed(""));
    assertFalse(ResetTokens.wellFormed("x".repeat(42)));
    assertFalse(ResetTokens.wellFormed("x".repeat(44)));
    assertFalse(ResetTokens.wellFormed("a".repeat(42) + "/"));
    assertFalse(ResetTokens.wellFormed("' or 1=1 --"));
  }

  @Test
  void aTokenWorksForItsHourAndNotASecondLonger() {
    Instant issued = Instant.parse("2026-03-01T10:00:00Z");
    ResetToken token =
        new ResetToken(7, ResetTokens.hash("t"), issued, issued.plus(Duration.ofHours(1)));
    assertTrue(token.usableAt(issued));
    assertTrue(token.usableAt(issued.plus(Duration.ofMinutes(59))));
    assertFalse(token.usableAt(issued.plus(Duration.ofHours(1))));
    assertFalse(token.usableAt(issued.plus(Duration.ofDays(2))));
  }
}
