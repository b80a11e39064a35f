package dev.headline.web.cache;

import dev.headline.core.spi.ArticleCounts;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The "holes" of a stored article page: the texts that show its counts ("7 views", "1 share"). When
 * the cache captures a render it asks the page to wrap each count text in markers (private-use
 * characters that no escaping touches and no page contains); the stored page is then the bytes
 * between the markers, and each response writes the current counts into the gaps. The texts are
 * formatted from the same resource bundle messages the page uses.
 */
public final class CountSlots {

  /** Request attribute the cache sets on a render it captures: the page then marks its counts. */
  public static final String ATTRIBUTE = CountSlots.class.getName();

  private static final String START = "\uE000";
  private static final String NAME_END = "\uE001";

  /** Closes a marked count text. */
  public static final String END = "\uE002";

  private static final byte[] START_BYTES = START.getBytes(StandardCharsets.UTF_8);
  private static final byte[] NAME_END_BYTES = NAME_END.getBytes(StandardCharsets.UTF_8);
  private static final byte[] END_BYTES = END.getBytes(StandardCharsets.UTF_8);
  private static final String START_LATIN1 = new String(START_BYTES, StandardCharsets.ISO_8859_1);
  private static final String NAME_END_LATIN1 =
      new String(NAME_END_BYTES, StandardCharsets.ISO_8859_1);
  private static final String END_LATIN1 = new String(END_BYTES, StandardCharsets.ISO_8859_1);

  /** A count that a page may show, and the message that formats it. */
  public enum Kind {
    VIEWS("views", "viewCount"),
    SHARES("shares", "shareCount"),
    COMMENTS("comments", "commentCount");

    private final String marker;
    private final String message;

    Kind(String marker, String message) {
      this.marker = marker;
      this.message = message;
    }

    long of(ArticleCounts counts) {
      return switch (this) {
        case VIEWS -> counts.views();
        case SHARES -> counts.shares();
        case COMMENTS -> counts.comments();
      };
    }

    static Kind ofMarker(String marker) {
      for (Kind kind : values()) {
        if (kind.marker.equals(marker)) {
          return kind;
        }
      }
      throw new IllegalArgumentException("Unknown count slot: " + marker);
    }
  }

  /** A page cut at its count texts: {@code segments.size() == kinds.size() + 1}. */
  record Cut(List<byte[]> segments, List<Kind> kinds) {}

  private final Locale locale;
  private final String[] patterns = new String[Kind.values().length];

  /**
   * @param bundle the base name of the messages bundle
   * @param locale the site's language
   */
  CountSlots(String bundle, Locale locale) {
    this.locale = locale;
    ResourceBundle messages = ResourceBundle.getBundle(bundle, locale);
    for (Kind kind : Kind.values()) {
      try {
        patterns[kind.ordinal()] = messages.getString(kind.message);
      } catch (MissingResourceException notShown) {
        patterns[kind.ordinal()] = "{0,number,integer}";
      }
    }
  }

  /** The marker that opens a count text of this kind ({@code views}, {@code shares}...). */
  public static String start(String kind) {
    return START + Kind.ofMarker(kind).marker + NAME_END;
  }

  /** The count as the page shows it, HTML-escaped, in UTF-8. */
  byte[] text(Kind kind, ArticleCounts counts) {
    String text =
        new MessageFormat(patterns[kind.ordinal()], locale).format(new Object[] {kind.of(counts)});
    return escape(text).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Cuts a rendered page at its markers; the texts between them (the counts at render time) are
   * left out.
   *
   * @throws IllegalArgumentException when the markers do not pair up
   */
  static Cut cut(byte[] page) {
    // One char per byte: the JDK's vectorised String.indexOf finds the markers, and each index is
    // a byte offset. A byte-by-byte loop was a sixth of a render's CPU on a 44 KB article page.
    String bytes = new String(page, StandardCharsets.ISO_8859_1);
    List<byte[]> segments = new ArrayList<>();
    List<Kind> kinds = new ArrayList<>();
    int from = 0;
    for (int start = bytes.indexOf(START_LATIN1);
        start >= 0;
        start = bytes.indexOf(START_LATIN1, from)) {
      int nameEnd = bytes.indexOf(NAME_END_LATIN1, start);
      int end = nameEnd < 0 ? -1 : bytes.indexOf(END_LATIN1, nameEnd);
      if (end < 0) {
        throw new IllegalArgumentException("A count marker is not closed at byte " + start);
      }
      segments.add(Arrays.copyOfRange(page, from, start));
      String marker =
          new String(
              page,
              start + START_BYTES.length,
              nameEnd - start - START_BYTES.length,
              StandardCharsets.UTF_8);
      kinds.add(Kind.ofMarker(marker));
      from = end + END_BYTES.length;
    }
    segments.add(Arrays.copyOfRange(page, from, page.length));
    return new Cut(List.copyOf(segments), List.copyOf(kinds));
  }

  /** A page without count markers, as one segment (the array itself, not a copy). */
  static Cut whole(byte[] page) {
    return new Cut(List.of(page), List.of());
  }

  /** Joins segments and texts into one page. */
  static byte[] join(List<byte[]> segments, byte[][] texts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < segments.size(); i++) {
      out.writeBytes(segments.get(i));
      if (i < texts.length) {
        out.writeBytes(texts[i]);
      }
    }
    return out.toByteArray();
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
