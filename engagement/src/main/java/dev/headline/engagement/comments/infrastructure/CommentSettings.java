package dev.headline.engagement.comments.infrastructure;

import dev.headline.engagement.comments.api.CommentStatus;
import dev.headline.engagement.comments.domain.BannedWords;
import dev.headline.engagement.comments.domain.CommentPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The comments' settings ({@code headline.comments.*}); defaults and what each key means are in the
 * engagement module's {@code META-INF/microprofile-config.properties}.
 */
@ApplicationScoped
public class CommentSettings {

  @Inject
  @ConfigProperty(name = "headline.comments.hold-first", defaultValue = "true")
  boolean holdFirst;

  @Inject
  @ConfigProperty(name = "headline.comments.moderate-all", defaultValue = "false")
  boolean moderateAll;

  @Inject
  @ConfigProperty(name = "headline.comments.max-length", defaultValue = "5000")
  int maxLength;

  @Inject
  @ConfigProperty(name = "headline.comments.max-links", defaultValue = "2")
  int maxLinks;

  @Inject
  @ConfigProperty(name = "headline.comments.banned-words")
  Optional<String> bannedWords;

  @Inject
  @ConfigProperty(name = "headline.comments.banned-words.status", defaultValue = "SPAM")
  String bannedStatus;

  @Inject
  @ConfigProperty(name = "headline.comments.close-after-days", defaultValue = "0")
  long closeAfterDays;

  @Inject
  @ConfigProperty(name = "headline.comments.rate-limit.posts", defaultValue = "3")
  int ratePosts;

  @Inject
  @ConfigProperty(name = "headline.comments.rate-limit.window-minutes", defaultValue = "5")
  long rateWindowMinutes;

  @Inject
  @ConfigProperty(name = "headline.comments.most-commented.window-days", defaultValue = "30")
  long mostCommentedDays;

  @Inject
  @ConfigProperty(name = "headline.comments.most-commented.size", defaultValue = "100")
  int mostCommentedSize;

  @Inject
  @ConfigProperty(name = "headline.comments.counts-reload-minutes", defaultValue = "10")
  long countsReloadMinutes;

  /** The posting rules' settings. */
  public CommentPolicy.Settings policy() {
    List<String> extra =
        bannedWords.map(words -> Arrays.stream(words.split(",")).toList()).orElse(List.of());
    return new CommentPolicy.Settings(
        holdFirst,
        moderateAll,
        maxLength,
        maxLinks,
        BannedWords.bundledWith(extra),
        CommentStatus.valueOf(bannedStatus.strip().toUpperCase(Locale.ROOT)),
        Duration.ofDays(Math.max(0, closeAfterDays)));
  }

  /** The longest comment, in characters. */
  public int maxLength() {
    return Math.max(1, Math.min(CommentPolicy.MAX_BODY_LIMIT, maxLength));
  }

  public int ratePosts() {
    return ratePosts;
  }

  public Duration rateWindow() {
    return Duration.ofMinutes(Math.max(0, rateWindowMinutes));
  }

  public Duration mostCommentedWindow() {
    return Duration.ofDays(Math.max(1, mostCommentedDays));
  }

  public int mostCommentedSize() {
    return Math.max(1, mostCommentedSize);
  }

  /** How often every article's approved count is read again (to see other nodes' changes). */
  public Duration countsReload() {
    return Duration.ofMinutes(Math.max(1, countsReloadMinutes));
  }
}
