package dev.headline.core.spi;

/**
 * What a reader asked the {@link SearchProvider} for. The text is kept as typed (only trimmed and
 * capped at {@link #MAX_LENGTH} characters); the page and size are brought into range, so any
 * request parameters make a valid query.
 *
 * <pre>{@code
 * SearchQuery query = SearchQuery.of(request.getParameter("q"), request.getParameter("page"), 10);
 * }</pre>
 *
 * @param text the reader's words, never {@code null}
 * @param page the page wanted, from 1
 * @param size hits on a page, from 1 to {@link #MAX_SIZE}
 */
public record SearchQuery(String text, int page, int size) {

  /** Longer text is cut here: a query is a few words, not an essay. */
  public static final int MAX_LENGTH = 200;

  /** The largest page a reader can ask for. */
  public static final int MAX_SIZE = 50;

  /** The deepest page a reader can ask for; deeper pages are answered as this one. */
  public static final int MAX_PAGE = 1000;

  public SearchQuery {
    text = text == null ? "" : text.strip();
    if (text.length() > MAX_LENGTH) {
      int end = MAX_LENGTH;
      if (Character.isHighSurrogate(text.charAt(end - 1))) {
        end--; // do not split an emoji in two
      }
      text = text.substring(0, end);
    }
    page = Math.min(Math.max(page, 1), MAX_PAGE);
    size = Math.min(Math.max(size, 1), MAX_SIZE);
  }

  /**
   * A query from request parameters: a missing or malformed page is page 1.
   *
   * @param text the {@code q} parameter, may be {@code null}
   * @param page the {@code page} parameter, may be {@code null}
   * @param size hits on a page
   */
  public static SearchQuery of(String text, String page, int size) {
    int number = 1;
    if (page != null && page.matches("[0-9]{1,6}")) {
      number = Integer.parseInt(page);
    }
    return new SearchQuery(text, number, size);
  }

  /** Whether there is nothing to search for. */
  public boolean isBlank() {
    return text.isBlank();
  }
}
