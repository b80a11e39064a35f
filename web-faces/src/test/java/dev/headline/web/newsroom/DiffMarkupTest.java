package dev.headline.web.newsroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headline.core.content.domain.WordDiff;
import org.junit.jupiter.api.Test;

class DiffMarkupTest {

  private final DiffMarkup markup = new DiffMarkup("inserted:", "deleted:");

  @Test
  void changedWordsAreMarkedWithLabelsForScreenReaders() {
    assertEquals(
        "The <del><span class=\"nr-sr\">deleted: </span>cat</del>"
            + "<ins><span class=\"nr-sr\">inserted: </span>dog</ins> sat",
        markup.text(WordDiff.ofText("The cat sat", "The dog sat")));
  }

  @Test
  void everythingTypedIsEscaped() {
    String html =
        markup.text(WordDiff.ofText("A title", "A <script>alert('x')</script> & \"title\""));
    assertFalse(html.contains("<script"), html);
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
    assertTrue(html.contains("&amp; &quot;"), html);
  }

  @Test
  void sharedTagsOnlyLayOutTheBodyAndChangedTagsShowEscaped() {
    String html =
        markup.body(
            WordDiff.ofHtml(
                "<p>Fish &amp; chips</p>\n<p>Second.</p>",
                "<p>Fish &amp; <a href=\"https://x.test/?a=1&amp;b=2\">chips</a></p>\n"
                    + "<p>Second.</p>"));
    assertEquals(
        "Fish &amp; <ins class=\"nr-diff-tag\"><span class=\"nr-sr\">inserted: </span>"
            + "&lt;a href=&quot;https://x.test/?a=1&amp;amp;b=2&quot;&gt;</ins>chips"
            + "<ins class=\"nr-diff-tag\"><span class=\"nr-sr\">inserted: </span>&lt;/a&gt;</ins>"
            + "\n\nSecond.",
        html);
  }

  @Test
  void aNewParagraphStartsOnALineOfItsOwn() {
    String html = markup.body(WordDiff.ofHtml("<p>One.</p>", "<p>One.</p><p>Two &lt;b&gt;.</p>"));
    assertEquals(
        "One.\n\n<ins class=\"nr-diff-tag\"><span class=\"nr-sr\">inserted: </span>&lt;p&gt;</ins>"
            + "<ins><span class=\"nr-sr\">inserted: </span>Two &lt;b&gt;.</ins>"
            + "<ins class=\"nr-diff-tag\"><span class=\"nr-sr\">inserted: </span>&lt;/p&gt;</ins>",
        html);
  }

  @Test
  void listItemsAndLineBreaksAreSingleLines() {
    assertEquals(
        "One\nTwo\n\nAfter",
        markup.body(
            WordDiff.ofHtml(
                "<ul><li>One</li><li>Two</li></ul><p>After</p>",
                "<ul><li>One</li><li>Two</li></ul><p>After</p>")));
  }
}
