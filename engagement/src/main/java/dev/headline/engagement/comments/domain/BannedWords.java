package dev.headline.engagement.comments.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Words and phrases that mark a comment as unwanted: the list bundled with the module ({@code
 * banned-words.txt} beside this class, one entry a line, {@code #} starts a comment) plus those of
 * {@code headline.comments.banned-words}. An entry matches as a whole word or phrase, ignoring case
 * and compatibility forms (full-width letters, ligatures), so "class" does not match "ass" and
 * "Casino" matches "casino"; white space inside a phrase matches any white space.
 */
public final class BannedWords {

  /** No banned words at all. */
  public static final BannedWords NONE = new BannedWords(List.of());

  private final Set<String> entries;
  private final Pattern pattern;

  public BannedWords(Collection<String> words) {
    entries =
        words.stream()
            .map(BannedWords::normalise)
            .map(String::strip)
            .filter(w -> !w.isEmpty())
            .collect(Collectors.toCollection(LinkedHashSet::new));
    pattern =
        entries.isEmpty()
            ? null
            : Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:"
                    + entries.stream()
                        .map(e -> Pattern.quote(e).replaceAll("\\s+", "\\\\E\\\\s+\\\\Q"))
                        .collect(Collectors.joining("|"))
                    + ")(?![\\p{L}\\p{N}])");
  }

  /** The bundled list plus some more (for example from configuration). */
  public static BannedWords bundledWith(Collection<String> more) {
    List<String> words = new ArrayList<>(read());
    words.addAll(more);
    return new BannedWords(words);
  }

  /** Whether any of the texts holds a banned word or phrase. */
  public boolean matches(String... texts) {
    if (pattern == null) {
      return false;
    }
    for (String text : texts) {
      if (text != null && pattern.matcher(normalise(text)).find()) {
        return true;
      }
    }
    return false;
  }

  public int size() {
    return entries.size();
  }

  private static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  private static List<String> read() {
    List<String> words = new ArrayList<>();
    try (InputStream in = BannedWords.class.getResourceAsStream("banned-words.txt")) {
      if (in == null) {
        throw new IllegalStateException("banned-words.txt is missing from the engagement jar");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        int hash = line.indexOf('#');
        String word = (hash < 0 ? line : line.substring(0, hash)).strip();
        if (!word.isEmpty()) {
          words.add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
