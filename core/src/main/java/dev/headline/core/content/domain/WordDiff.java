package dev.headline.core.content.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level comparison of two texts, for showing what changed between two revisions of an
 * article. Pure code, no container.
 *
 * <p>Plain text ({@link #ofText}) is cut into words, runs of white space (all compared as one
 * space) and single other characters, so a changed comma marks the comma and not the word beside
 * it. HTML ({@link #ofHtml}, for bodies) is compared as its text with each tag as one token of its
 * own ({@link Piece#markup()}), so a changed link or a new paragraph shows as well as changed
 * words; the text between tags is compared with its entities decoded, as a reader sees it.
 *
 * <p>The comparison is Myers' O((N+M)D) difference algorithm on the tokens left once the common
 * beginning and end are set aside. Past {@value #MOST_EDITS} inserted and deleted tokens (two texts
 * with little in common) the changed middle is reported as deleted and inserted whole: still
 * correct, only coarser, and it keeps time and memory bounded.
 *
 * <pre>{@code
 * for (WordDiff.Piece piece : WordDiff.ofText("The cat sat", "The dog sat")) {
 *   // SAME "The ", DELETED "cat", INSERTED "dog", SAME " sat"
 * }
 * }</pre>
 *
 * <p>The pieces are text, never markup to be written out as it is: whoever shows them escapes them.
 */
public final class WordDiff {

  /** The most inserted plus deleted tokens worked out token by token. */
  static final int MOST_EDITS = 2000;

  private static final Pattern WORDS =
      Pattern.compile(
          "[\\p{L}\\p{N}\\p{M}]+(?:['\u2019][\\p{L}\\p{N}\\p{M}]+)*|\\s+|.", Pattern.DOTALL);
  private static final Pattern TAGS = Pattern.compile("<[^>]*>?");
  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");

  private WordDiff() {}

  /** Whether a piece is in both texts, only in the newer one, or only in the older one. */
  public enum Kind {
    SAME,
    INSERTED,
    DELETED
  }

  /**
   * A run of tokens that is the same, inserted or deleted.
   *
   * @param kind the same in both, or only in one
   * @param text the tokens' text (for markup, the tag as written)
   * @param markup whether this is one HTML tag rather than text
   */
  public record Piece(Kind kind, String text, boolean markup) {}

  /** The changes from {@code before} to {@code after}, as plain text; null counts as empty. */
  public static List<Piece> ofText(String before, String after) {
    return diff(words(before), words(after));
  }

  /** The changes from {@code before} to {@code after}, HTML with each tag a token of its own. */
  public static List<Piece> ofHtml(String before, String after) {
    return diff(htmlTokens(before), htmlTokens(after));
  }

  /** A token: its text, and whether it is a tag. */
  record Token(String text, boolean markup) {}

  static List<Token> words(String text) {
    List<Token> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    Matcher m = WORDS.matcher(text);
    while (m.find()) {
      String word = m.group();
      tokens.add(new Token(Character.isWhitespace(word.charAt(0)) ? " " : word, false));
    }
    return tokens;
  }

  static List<Token> htmlTokens(String html) {
    List<Token> tokens = new ArrayList<>();
    if (html == null) {
      return tokens;
    }
    Matcher tag = TAGS.matcher(html);
    int at = 0;
    while (tag.find()) {
      tokens.addAll(words(decode(html.substring(at, tag.start()))));
      tokens.add(new Token(tag.group(), true));
      at = tag.end();
    }
    tokens.addAll(words(decode(html.substring(at))));
    return tokens;
  }

  /** The text with the character references a sanitised body may hold replaced. */
  static String decode(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String character =
          switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00a0";
            default -> codePoint(name);
          };
      m.appendReplacement(out, Matcher.quoteReplacement(character));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String codePoint(String reference) {
    int value =
        reference.startsWith("#x") || reference.startsWith("#X")
            ? Integer.parseInt(reference.substring(2), 16)
            : Integer.parseInt(reference.substring(1));
    return Character.isValidCodePoint(value) && value != 0
        ? new String(Character.toChars(value))
        : "\ufffd";
  }

  static List<Piece> diff(List<Token> a, List<Token> b) {
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix
        && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    List<Token> oldMiddle = a.subList(prefix, a.size() - suffix);
    List<Token> newMiddle = b.subList(prefix, b.size() - suffix);
    Pieces pieces = new Pieces();
    a.subList(0, prefix).forEach(t -> pieces.add(Kind.SAME, t));
    List<Edit> edits = myers(oldMiddle, newMiddle);
    if (edits == null) {
      oldMiddle.forEach(t -> pieces.add(Kind.DELETED, t));
      newMiddle.forEach(t -> pieces.add(Kind.INSERTED, t));
    } else {
      for (Edit edit : edits) {
        pieces.add(
            edit.kind(),
            edit.kind() == Kind.INSERTED ? newMiddle.get(edit.at()) : oldMiddle.get(edit.at()));
      }
    }
    a.subList(a.size() - suffix, a.size()).forEach(t -> pieces.add(Kind.SAME, t));
    return pieces.list;
  }

  /**
   * One step of an edit script: a token of the old list kept or deleted, or of the new inserted.
   */
  private record Edit(Kind kind, int at) {}

  /**
   * The shortest edit script from {@code a} to {@code b}, or null when it needs more than {@link
   * #MOST_EDITS} insertions and deletions. Each round {@code d} keeps the furthest x reached on
   * each diagonal k = x - y; the rounds' arrays are kept (only their 2d + 1 used cells) to walk
   * back from the end.
   */
  private static List<Edit> myers(List<Token> a, List<Token> b) {
    int n = a.size();
    int m = b.size();
    int max = Math.min(n + m, MOST_EDITS);
    int offset = max + 1;
    int[] v = new int[2 * max + 3];
    List<int[]> trace = new ArrayList<>();
    for (int d = 0; d <= max; d++) {
      int[] before = new int[2 * d + 1];
      System.arraycopy(v, offset - d, before, 0, 2 * d + 1);
      trace.add(before);
      for (int k = -d; k <= d; k += 2) {
        int x =
            k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])
                ? v[offset + k + 1]
                : v[offset + k - 1] + 1;
        int y = x - k;
        while (x < n && y < m && a.get(x).equals(b.get(y))) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) {
          return walkBack(trace, n, m);
        }
      }
    }
    return null;
  }

  private static List<Edit> walkBack(List<int[]> trace, int n, int m) {
    List<Edit> edits = new ArrayList<>();
    int x = n;
    int y = m;
    for (int d = trace.size() - 1; d > 0; d--) {
      int[] v = trace.get(d);
      int k = x - y;
      boolean down = k == -d || (k != d && v[k - 1 + d] < v[k + 1 + d]);
      int previousK = down ? k + 1 : k - 1;
      int previousX = v[previousK + d];
      int previousY = previousX - previousK;
      while (x > previousX && y > previousY) {
        edits.add(new Edit(Kind.SAME, --x));
        y--;
      }
      if (down) {
        edits.add(new Edit(Kind.INSERTED, previousY));
      } else {
        edits.add(new Edit(Kind.DELETED, previousX));
      }
      x = previousX;
      y = previousY;
    }
    while (x > 0 && y > 0) {
      edits.add(new Edit(Kind.SAME, --x));
      y--;
    }
    Collections.reverse(edits);
    return edits;
  }

  /** Builds the list of pieces, joining neighbouring text tokens of one kind. */
  private static final class Pieces {
    final List<Piece> list = new ArrayList<>();

    void add(Kind kind, Token token) {
      int last = list.size() - 1;
      if (!token.markup() && last >= 0) {
        Piece previous = list.get(last);
        if (previous.kind() == kind && !previous.markup()) {
          list.set(last, new Piece(kind, previous.text() + token.text(), false));
          return;
        }
      }
      list.add(new Piece(kind, token.text(), token.markup()));
    }
  }
}
