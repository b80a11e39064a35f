package dev.headline.web.newsroom;

/**
 * Someone saved or deleted a static page after the form was opened: nothing was changed. The editor
 * sees a message and the page as it is now, and may apply their change again.
 */
public class PageConflict extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PageConflict(long pageId) {
    super("page " + pageId + " changed meanwhile");
  }
}
