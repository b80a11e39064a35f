package dev.headline.web.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headline.engagement.comments.api.CommentProblem;
import dev.headline.engagement.comments.api.ShownComment;
import java.time.Instant;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class CommentThreadTest {

  private static ShownComment comment(long id, Long parent, String body) {
    return new ShownComment(id, parent, "N" + id, body, Instant.EPOCH.plusSeconds(id));
  }

  @Test
  void repliesGoUnderTheirTopLevelCommentAndOrphansStandAlone() {
    List<CommentThread> threads =
        CommentThread.of(
            List.of(
                comment(1, null, "one"),
                comment(2, null, "two"),
                comment(3, 1L, "reply to one"),
                comment(4, 99L, "reply to a trashed comment"),
                comment(5, 1L, "another reply")));
    assertEquals(List.of(1L, 2L, 4L), threads.stream().map(t -> t.comment().id()).toList());
    assertEquals(
        List.of(3L, 5L), threads.get(0).replies().stream().map(CommentThread.Entry::id).toList());
    assertEquals(List.of(), threads.get(1).replies());
  }

  @Test
  void paragraphsSplitAtBlankLinesAndKeepSingleBreaks() {
    CommentThread.Entry entry = CommentThread.Entry.of(comment(1, null, "<b>a</b>\nb\n\nc\n \nd"));
    assertEquals(List.of("<b>a</b>\nb", "c", "d"), entry.paragraphs());
  }

  @Test
  void problemsHaveBundleKeys() {
    assertEquals("commentProblem.nameMissing", CommentServlet.key(CommentProblem.NAME_MISSING));
    assertEquals("commentProblem.closed", CommentServlet.key(CommentProblem.CLOSED));
    ResourceBundle messages = ResourceBundle.getBundle("dev.headline.web.i18n.messages");
    for (CommentProblem problem : CommentProblem.values()) {
      assertTrue(messages.containsKey(CommentServlet.key(problem)), problem.name());
    }
  }
}
