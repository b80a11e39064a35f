package dev.headline.core.content.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a title into the readable part of a URL.
 *
 * <p>Latin letters with accents are transliterated ({@code "Ça déménage à Zürich"} becomes {@code
 * "ca-demenage-a-zurich"}); letters of other scripts are kept as they are, because a URL may carry
 * them and dropping them would leave an empty slug for a Chinese or Greek title. Apostrophes vanish
 * ("orchestra's" gives "orchestras"); everything else becomes a single hyphen.
 */
public final class Slugs {

  /** Longest slug produced; long enough for a headline, short enough for a shared link. */
  public static final int MAX_LENGTH = 90;

  /** Letters that Unicode decomposition does not reduce to ASCII. */
  private static final Map<Character, String> SPECIAL =
      Map.ofEntries(
          Map.entry('ß', "ss"),
          Map.entry('æ', "ae"),
          Map.entry('œ', "oe"),
          Map.entry('ø', "o"),
          Map.entry('ł', "l"),
          Map.entry('đ', "d"),
          Map.entry('ð', "d"),
          Map.entry('þ', "th"),
          Map.entry('ı', "i"),
          Map.entry('&', " and "));

  private Slugs() {}

  /**
   * The slug for a piece of text.
   *
   * @param text a title or a slug typed by an editor
   * @return lower-case words joined by hyphens; empty when the text has no letter or digit
   */
  public static String of(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder mapped = new StringBuilder(text.length());
    for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
      mapped.append(SPECIAL.getOrDefault(c, String.valueOf(c)));
    }
    String decomposed = Normalizer.normalize(mapped, Normalizer.Form.NFKD);
    StringBuilder slug = new StringBuilder(decomposed.length());
    boolean pendingHyphen = false;
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\''
          || cp == '\u2019'
          || Character.getType(cp) == Character.NON_SPACING_MARK && isLatinContext(slug)) {
        continue;
      }
      if (Character.isLetterOrDigit(cp) || isMark(cp)) {
        if (pendingHyphen && slug.length() > 0) {
          slug.append('-');
        }
        pendingHyphen = false;
        slug.appendCodePoint(cp);
      } else {
        pendingHyphen = true;
      }
      if (slug.length() >= MAX_LENGTH) {
        break;
      }
    }
    String result = slug.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH) : slug.toString();
    while (result.endsWith("-")) {
      result = result.substring(0, result.length() - 1);
    }
    return Normalizer.normalize(result, Normalizer.Form.NFC);
  }

  /** The slug with a numeric suffix, for the n-th article that wants the same slug. */
  public static String numbered(String slug, int n) {
    String suffix = "-" + n;
    String base =
        slug.length() + suffix.length() > MAX_LENGTH
            ? slug.substring(0, MAX_LENGTH - suffix.length())
            : slug;
    return base + suffix;
  }

  /** Whether the text is a slug as {@link #of} makes them, so an edited slug can be checked. */
  public static boolean isValid(String slug) {
    return slug != null && !slug.isEmpty() && slug.equals(of(slug));
  }

  /** Vowel signs and other marks: part of the word in Indic and other scripts. */
  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isLatinContext(CharSequence before) {
    if (before.length() == 0) {
      return true;
    }
    int last = Character.codePointBefore(before, before.length());
    return last < 0x250;
  }
}
