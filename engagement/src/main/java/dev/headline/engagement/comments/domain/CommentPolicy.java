package dev.headline.engagement.comments.domain;

import dev.headline.engagement.comments.api.CommentProblem;
import dev.headline.engagement.comments.api.CommentStatus;
import dev.headline.engagement.comments.api.ModeratedComment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules a new comment goes through, without any I/O: first whether it is well-formed ({@link
 * #check}), then which status it gets ({@link #status}). In that order:
 *
 * <ol>
 *   <li>the hidden honeypot field is filled (only robots see it): {@link CommentStatus#SPAM};
 *   <li>a banned word or phrase in the name, e-mail or text: the configured status ({@link
 *       CommentStatus#SPAM} by default);
 *   <li>every comment is moderated ({@code headline.comments.moderate-all}): {@link
 *       CommentStatus#PENDING};
 *   <li>more links than allowed ({@code headline.comments.max-links}): {@link
 *       CommentStatus#PENDING}. Held rather than refused: a reader citing sources loses nothing,
 *       and link spam never reaches the page;
 *   <li>the author has no approved comment yet and first comments are held ({@code
 *       headline.comments.hold-first}): {@link CommentStatus#PENDING};
 *   <li>otherwise {@link CommentStatus#APPROVED}.
 * </ol>
 */
public final class CommentPolicy {

  /** Longest name, in characters. */
  public static final int MAX_NAME = 100;

  /** Longest e-mail address (RFC 5321's path limit). */
  public static final int MAX_EMAIL = 254;

  /** The most a configured body limit can be: what the column holds. */
  public static final int MAX_BODY_LIMIT = 10_000;

  private static final Pattern EMAIL =
      Pattern.compile(
          "[^\\s@<>()\\[\\]\",;:\\\\]+@[^\\s@<>()\\[\\]\",;:\\\\.]+(\\.[^\\s@<>()\\[\\]\",;:\\\\.]+)+");

  /**
   * The rules' settings.
   *
   * @param holdFirst hold a comment when its author has none approved yet
   * @param moderateAll hold every comment
   * @param maxLength the longest comment, in characters
   * @param maxLinks the most links a comment may hold without being held
   * @param banned the banned words and phrases
   * @param bannedStatus what a comment with a banned word becomes: SPAM or PENDING
   * @param closeAfter how long after publication an article takes comments; zero: forever
   */
  public record Settings(
      boolean holdFirst,
      boolean moderateAll,
      int maxLength,
      int maxLinks,
      BannedWords banned,
      CommentStatus bannedStatus,
      Duration closeAfter) {

    public Settings {
      maxLength = Math.max(1, Math.min(MAX_BODY_LIMIT, maxLength));
      maxLinks = Math.max(0, maxLinks);
      if (bannedStatus != CommentStatus.SPAM && bannedStatus != CommentStatus.PENDING) {
        throw new IllegalArgumentException(
            "Banned words make SPAM or PENDING, not " + bannedStatus);
      }
      if (closeAfter.isNegative()) {
        closeAfter = Duration.ZERO;
      }
    }
  }

  /**
   * A comment that passed {@link #check}: its values tidied.
   *
   * @param email lower-case address, or {@code null} for a signed-in author
   * @param account the signed-in author's user name, or {@code null}
   * @param authorKey who wrote it, for the first-comment rule: {@code email:<address>} or {@code
   *     account:<name>}
   */
  public record Draft(String name, String email, String account, String body, String authorKey) {}

  /** The outcome of {@link #check}: a draft, or the problems that keep it from being one. */
  public record Checked(Draft draft, List<CommentProblem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private final Settings settings;

  public CommentPolicy(Settings settings) {
    this.settings = settings;
  }

  public Settings settings() {
    return settings;
  }

  /**
   * Tidies and checks what the reader sent.
   *
   * @param account the signed-in reader's user name, or {@code null}: then name and e-mail are
   *     required
   */
  public Checked check(String name, String email, String account, String body) {
    List<CommentProblem> problems = new ArrayList<>();
    String text = CommentText.body(body);
    String signedIn = account == null ? "" : CommentText.line(account);
    String shownName;
    String address = null;
    String key;
    if (!signedIn.isEmpty()) {
      shownName = signedIn;
      key = "account:" + signedIn;
    } else {
      shownName = CommentText.line(name);
      address = CommentText.line(email).toLowerCase(Locale.ROOT);
      key = "email:" + address;
      if (shownName.isEmpty()) {
        problems.add(CommentProblem.NAME_MISSING);
      } else if (CommentText.length(shownName) > MAX_NAME) {
        problems.add(CommentProblem.NAME_TOO_LONG);
      }
      if (address.isEmpty()) {
        problems.add(CommentProblem.EMAIL_MISSING);
      } else if (address.length() > MAX_EMAIL || !EMAIL.matcher(address).matches()) {
        problems.add(CommentProblem.EMAIL_INVALID);
      }
    }
    if (text.isEmpty()) {
      problems.add(CommentProblem.BODY_MISSING);
    } else if (CommentText.length(text) > settings.maxLength()) {
      problems.add(CommentProblem.BODY_TOO_LONG);
    }
    return new Checked(
        new Draft(shownName, address, signedIn.isEmpty() ? null : signedIn, text, key),
        List.copyOf(problems));
  }

  /**
   * The status a checked comment starts in.
   *
   * @param honeypot the hidden field's value
   * @param knownAuthor whether the author has an approved comment already
   */
  public CommentStatus status(Draft draft, String honeypot, boolean knownAuthor) {
    if (honeypot != null && !honeypot.isEmpty()) {
      return CommentStatus.SPAM;
    }
    if (settings.banned().matches(draft.name(), draft.email(), draft.body())) {
      return settings.bannedStatus();
    }
    if (settings.moderateAll()) {
      return CommentStatus.PENDING;
    }
    if (CommentText.links(draft.body()) > settings.maxLinks()) {
      return CommentStatus.PENDING;
    }
    if (settings.holdFirst() && !knownAuthor) {
      return CommentStatus.PENDING;
    }
    return CommentStatus.APPROVED;
  }

  /**
   * Where a reply goes: replies are one level deep, so a reply to a reply is attached to the
   * top-level comment above it. Readers can reply only to what they can see: an approved comment of
   * the same article.
   *
   * @param parent the comment replied to, or {@code null} when it does not exist
   * @return the id of the top-level comment to attach to, or empty when the reply has no valid
   *     parent
   */
  public static Optional<Long> attachTo(long articleId, ModeratedComment parent) {
    if (parent == null
        || parent.articleId() != articleId
        || parent.status() != CommentStatus.APPROVED) {
      return Optional.empty();
    }
    return Optional.of(parent.parentId() != null ? parent.parentId() : parent.id());
  }

  /**
   * Whether an article takes comments.
   *
   * @param publishedAt when it was published; {@code null} (not yet) counts as now
   */
  public boolean isOpen(Instant publishedAt, Instant now) {
    if (settings.closeAfter().isZero() || publishedAt == null) {
      return true;
    }
    return now.isBefore(publishedAt.plus(settings.closeAfter()));
  }
}
