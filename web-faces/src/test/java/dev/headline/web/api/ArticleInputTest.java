package dev.headline.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headline.web.newsroom.ArticleDraft;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How the API reads an article a client sent: what is unreadable, what is refused, what is kept.
 */
class ArticleInputTest {

  private static final ArticleDraft STORED =
      new ArticleDraft("Stored", "stored", "Summary", "<p>Body</p>", 7L, List.of(8L), List.of("A"));

  @Test
  void textThatIsNotOneJsonObjectIsUnreadable() {
    for (String text :
        List.of("{\"title\": ", "[1]", "\"title\"", "5", "{} {}", "{\"a\": 1} x", "nonsense")) {
      assertThrows(ArticleInput.Unreadable.class, () -> ArticleInput.read(text), text);
    }
    assertTrue(ArticleInput.object("  ").isEmpty(), "an empty body is an empty object");
  }

  @Test
  void fieldsOfTheWrongTypeOrSizeAreNamed() {
    assertEquals(
        List.of("title", "primarySection", "secondarySections", "tags", "version"),
        List.copyOf(
            ArticleInput.read(
                    "{\"title\": 1, \"primarySection\": 0, \"secondarySections\": [\"x\"],"
                        + " \"tags\": [1], \"version\": -1}")
                .problems()
                .keySet()));
    assertTrue(ArticleInput.read("{}").problemsForCreate().containsKey("title"));
    assertTrue(ArticleInput.read("{}").problemsForChange().isEmpty(), "a change may leave it out");
    assertTrue(ArticleInput.read("{\"title\": null}").problemsForChange().containsKey("title"));
    assertTrue(
        ArticleInput.read("{\"title\": \"" + "x".repeat(301) + "\"}")
            .problems()
            .containsKey("title"));
    assertTrue(
        ArticleInput.read("{\"title\": \"x\", \"slug\": \"!!!\"}").problems().containsKey("slug"));
    assertTrue(
        ArticleInput.read("{\"title\": \"x\", \"primarySection\": 1e40}")
            .problems()
            .containsKey("primarySection"));
  }

  @Test
  void aChangeKeepsWhatItLeavesOutAndNullClears() {
    ArticleInput input =
        ArticleInput.read(
            "{\"title\": \"New\", \"standfirst\": null, \"tags\": null, \"primarySection\": null,"
                + " \"id\": 3, \"status\": \"PUBLISHED\", \"version\": 4}");
    assertTrue(input.problemsForChange().isEmpty(), input.problems().toString());
    ArticleDraft merged = input.over(STORED);
    assertEquals("New", merged.title());
    assertEquals("stored", merged.slug());
    assertEquals("", merged.standfirst());
    assertEquals("<p>Body</p>", merged.body());
    assertNull(merged.primarySection());
    assertEquals(List.of(8L), merged.secondarySections());
    assertEquals(List.of(), merged.tags());
    assertEquals(Optional.of(4L), input.version());
  }
}
