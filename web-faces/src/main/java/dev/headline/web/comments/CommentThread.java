package dev.headline.web.comments;

import dev.headline.engagement.comments.api.ShownComment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A top-level comment and its replies, as the article page shows them.
 *
 * @param replies oldest first
 */
public record CommentThread(Entry comment, List<Entry> replies) {

  /**
   * One comment on the page.
   *
   * @param paragraphs the text split at blank lines; single line breaks stay inside a paragraph
   */
  public record Entry(long id, String name, Instant createdAt, List<String> paragraphs) {

    static Entry of(ShownComment comment) {
      return new Entry(
          comment.id(),
          comment.name(),
          comment.createdAt(),
          List.of(comment.body().split("\n[ \t]*\n")));
    }
  }

  /**
   * Groups an article's approved comments (oldest first) into threads. A reply whose top-level
   * comment is not shown (trashed, say) is shown as a top-level comment of its own, so that the
   * page shows exactly the comments it counts.
   */
  static List<CommentThread> of(List<ShownComment> comments) {
    Map<Long, List<Entry>> replies = new LinkedHashMap<>();
    for (ShownComment comment : comments) {
      if (comment.parentId() == null) {
        replies.put(comment.id(), new ArrayList<>());
      }
    }
    List<ShownComment> tops = new ArrayList<>();
    for (ShownComment comment : comments) {
      List<Entry> under = comment.parentId() == null ? null : replies.get(comment.parentId());
      if (under != null) {
        under.add(Entry.of(comment));
      } else {
        tops.add(comment);
      }
    }
    return tops.stream()
        .map(
            top ->
                new CommentThread(
                    Entry.of(top), List.copyOf(replies.getOrDefault(top.id(), List.of()))))
        .toList();
  }
}
