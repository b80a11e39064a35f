package dev.headline.core.content.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReadingTimeTest {

  @Test
  void englishWordsAreSeparatedBySpacesAndPunctuation() {
    assertEquals(6, ReadingTime.countWords("The mayor's plan, explained in full.", Locale.ENGLISH));
  }

  @Test
  void tagsAndEntitiesAreNotWords() {
    ReadingTime time = ReadingTime.of("<p>One&nbsp;two <strong>three</strong></p>", Locale.ENGLISH);
    assertEquals(3, time.words());
  }

  @Test
  void chineseCountsEachHanCharacter() {
    // 12 Han characters and a full stop: one segment for the JDK, twelve words for us.
    assertEquals(12, ReadingTime.countWords("今天市政府公布了新的预算。", Locale.CHINESE));
  }

  @Test
  void japaneseIsSegmentedIntoWords() {
    int words = ReadingTime.countWords("東京では今日、新しい美術館が開館しました。", Locale.JAPANESE);
    assertTrue(words >= 8 && words <= 20, "sensible Japanese word count, got " + words);
  }

  @Test
  void thaiIsSegmentedWithoutSpaces() {
    int words =
        ReadingTime.countWords("วันนี้ฉันไปตลาดกับเพื่อนของฉัน", Locale.forLanguageTag("th"));
    assertTrue(words >= 6 && words <= 12, "sensible Thai word count, got " + words);
  }

  @Test
  void arabicAndCyrillicSplitOnSpaces() {
    assertEquals(4, ReadingTime.countWords("الحكومة تعلن خطة جديدة", Locale.forLanguageTag("ar")));
    assertEquals(
        3, ReadingTime.countWords("Правительство объявило план", Locale.forLanguageTag("ru")));
  }

  @Test
  void minutesAreRoundedUpAndAtLeastOne() {
    assertEquals(1, ReadingTime.minutes(0, 0));
    assertEquals(1, ReadingTime.minutes(238, 0));
    assertEquals(2, ReadingTime.minutes(239, 0));
    assertEquals(6, ReadingTime.minutes(1300, 0));
  }

  @Test
  void imagesAddTwelveSecondsThenOneLessEachDownToThree() {
    // 10 images: 12+11+10+9+8+7+6+5+4+3 = 75 s; 12 images add 3 + 3 more = 81 s.
    assertEquals(2, ReadingTime.minutes(0, 10));
    assertEquals(2, ReadingTime.minutes(0, 12));
    // 228 words = 57.48 s; one image = 12 s: 69.48 s -> 2 minutes.
    assertEquals(2, ReadingTime.minutes(228, 1));
    // 190 words = 47.9 s; one image = 12 s: 59.9 s -> 1 minute.
    assertEquals(1, ReadingTime.minutes(190, 1));
  }

  @Test
  void imagesAreCountedInTheHtml() {
    String html = "<p>Words here</p><img src=\"/a.jpg\" alt=\"\"><p>More</p><IMG src=\"/b.jpg\">";
    ReadingTime time = ReadingTime.of(html, Locale.ENGLISH);
    assertEquals(2, time.images());
    assertEquals(3, time.words());
  }
}
