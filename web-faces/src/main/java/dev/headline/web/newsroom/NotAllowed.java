package dev.headline.web.newsroom;

/**
 * The caller's roles do not allow what was asked. Nothing was changed; the newsroom answers 403.
 */
public class NotAllowed extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotAllowed(String what) {
    super(what);
  }
}
