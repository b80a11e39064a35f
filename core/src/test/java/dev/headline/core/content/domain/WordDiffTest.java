package dev.headline.core.content.domain;

import static dev.headline.core.content.domain.WordDiff.Kind.DELETED;
import static dev.headline.core.content.domain.WordDiff.Kind.INSERTED;
import static dev.headline.core.content.domain.WordDiff.Kind.SAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headline.core.content.domain.WordDiff.Kind;
import dev.headline.core.content.domain.WordDiff.Piece;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WordDiffTest {

  private static Piece same(String text) {
    return new Piece(SAME, text, false);
  }

  private static Piece inserted(String text) {
    return new Piece(INSERTED, text, false);
  }

  private static Piece deleted(String text) {
    return new Piece(DELETED, text, false);
  }

  @Test
  void aReplacedWordIsDeletedAndInserted() {
    assertEquals(
        List.of(same("The "), deleted("cat"), inserted("dog"), same(" sat")),
        WordDiff.ofText("The cat sat", "The dog sat"));
  }

  @Test
  void equalTextsAreOnePieceAndEmptyTextsNone() {
    assertEquals(
        List.of(same("Nothing changed.")), WordDiff.ofText("Nothing changed.", "Nothing changed."));
    assertEquals(List.of(), WordDiff.ofText(null, ""));
    assertEquals(List.of(inserted("New text")), WordDiff.ofText(null, "New text"));
    assertEquals(List.of(deleted("Old text")), WordDiff.ofText("Old text", ""));
  }

  @Test
  void wordsAreWholeAndPunctuationIsItsOwnToken() {
    assertEquals(
        List.of(same("Prices rose"), deleted(","), inserted(";"), same(" then fell")),
        WordDiff.ofText("Prices rose, then fell", "Prices rose; then fell"));
    // "isn't" and "wasn't" are whole words: no half-word changes.
    assertEquals(
        List.of(same("It "), deleted("isn't"), inserted("wasn't"), same(" so")),
        WordDiff.ofText("It isn't so", "It wasn't so"));
  }

  @Test
  void whiteSpaceAloneIsNoChange() {
    assertEquals(List.of(same("one two")), WordDiff.ofText("one \n\t two", "one two"));
  }

  @Test
  void insertionsInTheMiddleKeepEverythingAroundThem() {
    assertEquals(
        List.of(same("Ministers "), inserted("finally "), same("agreed the budget")),
        WordDiff.ofText("Ministers agreed the budget", "Ministers finally agreed the budget"));
  }

  @Test
  void tagsAreTokensAndEntitiesAreDecoded() {
    List<Piece> pieces =
        WordDiff.ofHtml(
            "<p>Fish &amp; chips</p>", "<p>Fish &amp; <a href=\"https://x.test/\">chips</a></p>");
    assertEquals(
        List.of(
            new Piece(SAME, "<p>", true),
            same("Fish & "),
            new Piece(INSERTED, "<a href=\"https://x.test/\">", true),
            same("chips"),
            new Piece(INSERTED, "</a>", true),
            new Piece(SAME, "</p>", true)),
        pieces);
    assertEquals("<script>", WordDiff.decode("&lt;script&gt;"));
    assertEquals("it\u2019s \ufffd", WordDiff.decode("it&#x2019;s &#0;"));
  }

  @Test
  void aNewParagraphIsItsTagsAndWords() {
    List<Piece> pieces = WordDiff.ofHtml("<p>One.</p>", "<p>One.</p><p>Two.</p>");
    assertEquals(
        List.of(
            new Piece(SAME, "<p>", true),
            same("One."),
            new Piece(SAME, "</p>", true),
            new Piece(INSERTED, "<p>", true),
            inserted("Two."),
            new Piece(INSERTED, "</p>", true)),
        pieces);
  }

  @Test
  void theEditScriptIsMinimal() {
    // Myers' classic example: ABCABBA to CBABAC takes five edits (one-letter words).
    List<Piece> pieces = WordDiff.ofText("A B C A B B A", "C B A B A C");
    long edits =
        pieces.stream()
            .filter(p -> p.kind() != SAME)
            .mapToLong(p -> p.text().replace(" ", "").length())
            .sum();
    assertEquals(5, edits, pieces::toString);
    assertRebuilds("A B C A B B A", "C B A B A C", pieces);
  }

  @Test
  void randomEditsRebuildBothTexts() {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      String before = randomWords(random, random.nextInt(40));
      String after = randomWords(random, random.nextInt(40));
      assertRebuilds(before, after, WordDiff.ofText(before, after));
    }
  }

  @Test
  void textsWithLittleInCommonAreReplacedWhole() {
    String before =
        IntStream.range(0, 3000).mapToObj(i -> "a" + i).collect(Collectors.joining(" "));
    String after = IntStream.range(0, 3000).mapToObj(i -> "b" + i).collect(Collectors.joining(" "));
    List<Piece> pieces = WordDiff.ofText("Intro " + before + " end", "Intro " + after + " end");
    assertEquals(SAME, pieces.get(0).kind());
    assertEquals("Intro ", pieces.get(0).text());
    assertEquals(List.of(SAME, DELETED, INSERTED, SAME), pieces.stream().map(Piece::kind).toList());
    assertRebuilds("Intro " + before + " end", "Intro " + after + " end", pieces);
  }

  private static String randomWords(Random random, int count) {
    String[] words = {"the", "cat", "sat", "on", "a", "mat", ",", "dog", "ran"};
    return IntStream.range(0, count)
        .mapToObj(i -> words[random.nextInt(words.length)])
        .collect(Collectors.joining(" "));
  }

  private static void assertRebuilds(String before, String after, List<Piece> pieces) {
    assertEquals(normal(before), rebuild(pieces, DELETED), "the older text");
    assertEquals(normal(after), rebuild(pieces, INSERTED), "the newer text");
    for (int i = 1; i < pieces.size(); i++) {
      assertTrue(
          pieces.get(i).kind() != pieces.get(i - 1).kind() || pieces.get(i).markup(),
          "neighbouring text pieces of one kind are joined");
    }
  }

  private static String rebuild(List<Piece> pieces, Kind side) {
    return pieces.stream()
        .filter(p -> p.kind() == SAME || p.kind() == side)
        .map(Piece::text)
        .collect(Collectors.joining());
  }

  private static String normal(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
