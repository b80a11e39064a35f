package dev.headline.engagement.views.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Known crawlers and link-preview bots, from the data file {@code crawler-user-agents.txt} shipped
 * beside this class (one regular expression per line, case-insensitive). Answers are remembered per
 * User-Agent, since a site sees far fewer distinct User-Agents than requests; the memory is bounded
 * and simply starts over when full.
 */
public final class CrawlerList {

  /** The data file, next to this class in the module's resources. */
  public static final String RESOURCE = "crawler-user-agents.txt";

  private static final int REMEMBERED = 20_000;

  private final Pattern pattern;
  private final int size;
  private final Map<String, Boolean> answers = new ConcurrentHashMap<>();

  public CrawlerList(List<String> patterns) {
    if (patterns.isEmpty()) {
      throw new IllegalArgumentException("No crawler patterns");
    }
    this.size = patterns.size();
    this.pattern =
        Pattern.compile(
            patterns.stream().map(p -> "(?:" + p + ")").collect(Collectors.joining("|")),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The list shipped with the module. */
  public static CrawlerList bundled() {
    try (InputStream in = CrawlerList.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      return new CrawlerList(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The patterns of a data file: every line that is neither blank nor a {@code #} comment. */
  static List<String> parse(String text) {
    return new BufferedReader(new StringReader(text))
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }

  /** Whether this User-Agent belongs to a known crawler or preview bot. */
  public boolean matches(String userAgent) {
    Boolean known = answers.get(userAgent);
    if (known != null) {
      return known;
    }
    boolean bot = pattern.matcher(userAgent.toLowerCase(Locale.ROOT)).find();
    if (answers.size() >= REMEMBERED) {
      answers.clear();
    }
    answers.put(userAgent, bot);
    return bot;
  }

  /** How many patterns the list holds. */
  public int size() {
    return size;
  }
}
