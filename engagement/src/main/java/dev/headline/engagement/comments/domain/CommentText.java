package dev.headline.engagement.comments.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader typed, made tidy before it is checked and stored: line breaks become {@code \n},
 * control characters other than line breaks and tabs go, runs of more than one blank line shrink to
 * one, and the text is trimmed. Nothing else changes: the text is kept as typed and escaped when
 * shown.
 */
public final class CommentText {

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n(?:[ \\t]*\\n)+");
  private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+\\n");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LINK =
      Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:https?://|ftp://|www\\.)");

  private CommentText() {}

  /** The body of a comment, tidied; {@code ""} for {@code null}. */
  public static String body(String typed) {
    if (typed == null) {
      return "";
    }
    String text = typed.replace("\r\n", "\n").replace('\r', '\n');
    text = CONTROL.matcher(text).replaceAll("");
    text = TRAILING_SPACE.matcher(text).replaceAll("\n");
    text = BLANK_LINES.matcher(text).replaceAll("\n\n");
    return text.strip();
  }

  /** A one-line value (name, e-mail): control characters gone, white space collapsed, trimmed. */
  public static String line(String typed) {
    if (typed == null) {
      return "";
    }
    return SPACES.matcher(CONTROL.matcher(typed).replaceAll(" ")).replaceAll(" ").strip();
  }

  /** Length in characters as a reader counts them (code points, not UTF-16 units). */
  public static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  /** How many links the text holds: addresses starting with a scheme or {@code www.}. */
  public static int links(String text) {
    Matcher links = LINK.matcher(text);
    int count = 0;
    while (links.find()) {
      count++;
    }
    return count;
  }
}
