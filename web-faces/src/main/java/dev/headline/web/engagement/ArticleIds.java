package dev.headline.web.engagement;

import java.util.Optional;
import java.util.regex.Pattern;

/** Article ids as they appear in addresses: plain positive decimals that fit a {@code long}. */
final class ArticleIds {

  private static final Pattern DIGITS = Pattern.compile("[1-9][0-9]{0,17}");

  private ArticleIds() {}

  static Optional<Long> parse(String segment) {
    return DIGITS.matcher(segment).matches()
        ? Optional.of(Long.parseLong(segment))
        : Optional.empty();
  }
}
