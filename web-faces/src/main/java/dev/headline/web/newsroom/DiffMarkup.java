package dev.headline.web.newsroom;

import dev.headline.core.content.domain.WordDiff;
import dev.headline.core.content.domain.WordDiff.Kind;
import dev.headline.core.content.domain.WordDiff.Piece;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a {@link WordDiff} as HTML for the revisions screen: inserted text in {@code <ins>},
 * deleted text in {@code <del>}, each starting with a visually hidden label for screen readers.
 *
 * <p>Everything from the texts is escaped here, tags included: the editor's HTML is never written
 * out as markup. In a body, a tag both texts share only lays the text out (a block tag starts a new
 * line); a tag that was added or removed is shown as its escaped source, so a changed link or a
 * removed paragraph is visible. The result is meant for an element with {@code white-space:
 * pre-wrap}.
 */
final class DiffMarkup {

  private static final Pattern TAG_NAME = Pattern.compile("^</?\\s*([a-zA-Z][a-zA-Z0-9]*)");
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "blockquote",
          "figure",
          "figcaption",
          "pre",
          "table",
          "tr",
          "div",
          "br",
          "hr",
          "section",
          "aside",
          "dl",
          "dt",
          "dd");
  private static final Set<String> LINES = Set.of("br", "li", "tr", "dt", "dd");

  private final String insertedLabel;
  private final String deletedLabel;

  /**
   * @param insertedLabel what a screen reader says before inserted text, for example "inserted:"
   * @param deletedLabel what it says before deleted text
   */
  DiffMarkup(String insertedLabel, String deletedLabel) {
    this.insertedLabel = insertedLabel;
    this.deletedLabel = deletedLabel;
  }

  /** The pieces of a plain-text comparison as HTML. */
  String text(List<Piece> pieces) {
    StringBuilder out = new StringBuilder();
    for (Piece piece : pieces) {
      span(out, piece.kind(), escape(piece.text()), false);
    }
    return out.toString();
  }

  /** The pieces of an HTML comparison as HTML, laid out in lines and paragraphs. */
  String body(List<Piece> pieces) {
    StringBuilder out = new StringBuilder();
    // The line break that block tags asked for, written before whatever shows next.
    String pending = "";
    for (Piece piece : pieces) {
      if (piece.markup()) {
        String name = tagName(piece.text());
        String lineBreak = !BLOCKS.contains(name) ? "" : LINES.contains(name) ? "\n" : "\n\n";
        if (piece.kind() == Kind.SAME) {
          pending = longer(pending, lineBreak);
        } else if (piece.text().startsWith("</")) {
          span(out, piece.kind(), escape(piece.text()), true);
          pending = longer(pending, lineBreak);
        } else {
          breakLine(out, longer(pending, lineBreak));
          pending = "";
          span(out, piece.kind(), escape(piece.text()), true);
        }
        continue;
      }
      String text = piece.text();
      if (!pending.isEmpty()) {
        if (text.isBlank()) {
          continue;
        }
        text = text.stripLeading();
        breakLine(out, pending);
        pending = "";
      }
      span(out, piece.kind(), escape(text), false);
    }
    return out.toString();
  }

  private static String longer(String a, String b) {
    return a.length() >= b.length() ? a : b;
  }

  private static void breakLine(StringBuilder out, String lineBreak) {
    if (!out.isEmpty()) {
      out.append(lineBreak);
    }
  }

  private void span(StringBuilder out, Kind kind, String escaped, boolean tag) {
    switch (kind) {
      case SAME -> out.append(escaped);
      case INSERTED -> mark(out, "ins", insertedLabel, escaped, tag);
      case DELETED -> mark(out, "del", deletedLabel, escaped, tag);
    }
  }

  private static void mark(
      StringBuilder out, String element, String label, String text, boolean tag) {
    out.append('<').append(element);
    if (tag) {
      out.append(" class=\"nr-diff-tag\"");
    }
    out.append("><span class=\"nr-sr\">")
        .append(escape(label))
        .append(" </span>")
        .append(text)
        .append("</")
        .append(element)
        .append('>');
  }

  private static String tagName(String tag) {
    Matcher m = TAG_NAME.matcher(tag);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
  }

  /** Text made safe for HTML content and attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
