package dev.headline.engagement.comments.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BannedWordsTest {

  @Test
  void wholeWordsAndPhrasesMatchIgnoringCaseAndWidth() {
    BannedWords words = new BannedWords(List.of("ass", "Payday Loan", " "));
    assertTrue(words.matches("what an ASS."));
    assertTrue(words.matches("Get a payday\n  loan today"));
    assertTrue(words.matches("ｐａｙｄａｙ ｌｏａｎ"), "full-width letters");
    assertFalse(words.matches("first class passage"), "inside other words");
    assertFalse(words.matches("payday loans"), "a different word");
    assertFalse(words.matches((String) null));
  }

  @Test
  void theBundledListIsReadAndExtended() {
    BannedWords words = BannedWords.bundledWith(List.of("brand-x pills"));
    assertTrue(words.size() > 5);
    assertTrue(words.matches("Cheap VIAGRA here"));
    assertTrue(words.matches("try brand-x pills"));
    assertFalse(words.matches("The central bank held rates."));
    assertFalse(BannedWords.NONE.matches("viagra"));
  }
}
