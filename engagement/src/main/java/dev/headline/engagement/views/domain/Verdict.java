package dev.headline.engagement.views.domain;

/** What became of a hit: counted, or why not. Every hit is a raw hit whatever its verdict. */
public enum Verdict {
  /** A reader's first view (or share) inside the repeat window. */
  COUNTED,
  /** The same visitor did the same on the same article inside the repeat window. */
  REPEAT,
  /** Not a {@code GET}: a {@code HEAD} checks a link, it does not read it. */
  NOT_GET,
  /** A speculative load by the browser ({@code Sec-Purpose} or {@code Purpose: prefetch}). */
  PREFETCH,
  /** A known crawler or link-preview bot, or a request without a User-Agent. */
  BOT,
  /** A signed-in member of the newsroom, while staff views are configured not to count. */
  STAFF
}
