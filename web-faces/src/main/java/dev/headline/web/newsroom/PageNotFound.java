package dev.headline.web.newsroom;

/** A newsroom screen was asked for a static page that does not exist: the screen answers 404. */
public class PageNotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PageNotFound() {
    super("no such page");
  }
}
