package dev.headline.engagement.comments.api;

import java.util.List;

/**
 * One page of the moderation queue, newest first.
 *
 * @param comments the page's comments
 * @param page the page number, from 1
 * @param size the page size asked for
 * @param total how many comments have the status
 */
public record QueuePage(List<ModeratedComment> comments, int page, int size, long total) {

  public QueuePage {
    comments = List.copyOf(comments);
  }

  /** How many pages there are, at least 1. */
  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }
}
