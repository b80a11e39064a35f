package dev.headline.engagement.comments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CommentTextTest {

  @Test
  void linksAreCountedBySchemeOrWww() {
    assertEquals(0, CommentText.links("No links, only example.org and a dot."));
    assertEquals(
        3, CommentText.links("https://a.example http://b.example/x?y=1 and WWW.c.example"));
    assertEquals(1, CommentText.links("(see ftp://files.example)"));
    assertEquals(0, CommentText.links("awww.nope"));
  }

  @Test
  void lengthCountsCharactersNotUtf16Units() {
    assertEquals(3, CommentText.length("a😀b"));
  }

  @Test
  void linesAreTidied() {
    assertEquals("a b", CommentText.line(" a\t\n b "));
    assertEquals("", CommentText.line(null));
    assertEquals("x\ny", CommentText.body("x  \r\ny\u0007"));
  }
}
