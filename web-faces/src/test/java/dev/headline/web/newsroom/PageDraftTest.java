package dev.headline.web.newsroom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageDraftTest {

  private static final List<String> SECTIONS = List.of("sports", "world-news");

  private static List<String> problems(PageDraft draft) {
    return draft.problems(SECTIONS).stream().map(p -> p.field() + ":" + p.key()).toList();
  }

  @Test
  void theAddressComesFromTheSlugElseTheTitle() {
    assertEquals("about-us", new PageDraft(" About us ", "", "", 0).address());
    assertEquals("contact", new PageDraft("Write to us", " Contact ", "", 0).address());
    assertEquals(List.of(), problems(new PageDraft("About us", null, "<p>Hi</p>", 3)));
  }

  @Test
  void aTitleIsRequiredAndLimited() {
    assertEquals(
        List.of("title:newsroomPageTitleMissing"), problems(new PageDraft(" ", "x", "", 0)));
    assertEquals(
        List.of("title:newsroomPageTitleTooLong"),
        problems(new PageDraft("t".repeat(301), "x", "", 0)));
  }

  @Test
  void addressesOfTheSiteAndOfSectionsAreRefused() {
    assertEquals(
        List.of("slug:newsroomPageSlugReserved"),
        problems(new PageDraft("Desk", "newsroom", "", 0)));
    assertEquals(
        List.of("slug:newsroomPageSlugReserved"), problems(new PageDraft("Sports", "", "", 0)));
    assertEquals(
        List.of("slug:newsroomPageSlugReserved"),
        problems(new PageDraft("X", "World News", "", 0)));
    assertEquals(
        List.of("slug:newsroomPageSlugMissing"), problems(new PageDraft("Title", "!!!", "", 0)));
  }

  @Test
  void positionAndBodyHaveLimits() {
    assertEquals(
        List.of("position:newsroomPagePosition"), problems(new PageDraft("A", "", "", -1)));
    assertEquals(
        List.of("position:newsroomPagePosition"), problems(new PageDraft("A", "", "", 10_000)));
    assertEquals(
        List.of("body:newsroomPageBodyTooLong"),
        problems(new PageDraft("A", "", "x".repeat(500_001), 9_999)));
  }
}
