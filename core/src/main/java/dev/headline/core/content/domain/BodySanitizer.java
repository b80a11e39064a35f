package dev.headline.core.content.domain;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Cleans the HTML that editors write before it is stored, so that what a reader's browser receives
 * can hold formatting, links, images and embeds of text, and never script, event handlers, styles
 * that hide content, or {@code javascript:} links.
 *
 * <p>Built on the OWASP Java HTML Sanitizer. Links get {@code rel="nofollow noopener"} when they
 * open a new window; images keep their {@code src}, {@code alt}, {@code width}, {@code height},
 * {@code srcset} and {@code sizes}.
 */
public final class BodySanitizer {

  private static final Pattern SIZE = Pattern.compile("[0-9]{1,5}");

  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.TABLES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("a")
                  .allowStandardUrlProtocols()
                  .allowAttributes("href", "title")
                  .onElements("a")
                  .allowElements(
                      "h2",
                      "h3",
                      "h4",
                      "h5",
                      "h6",
                      "figure",
                      "figcaption",
                      "pre",
                      "code",
                      "hr",
                      "br",
                      "mark",
                      "small",
                      "abbr",
                      "cite",
                      "q",
                      "sub",
                      "sup",
                      "dl",
                      "dt",
                      "dd")
                  .allowElements("img")
                  .allowUrlProtocols("http", "https")
                  .allowAttributes("src", "alt", "title", "srcset", "sizes", "loading")
                  .onElements("img")
                  .allowAttributes("width", "height")
                  .matching(SIZE)
                  .onElements("img")
                  .allowAttributes("title")
                  .onElements("abbr")
                  .allowAttributes("cite")
                  .onElements("blockquote", "q")
                  .allowAttributes("target")
                  .matching(false, "_blank")
                  .onElements("a")
                  .requireRelsOnLinks("noopener", "noreferrer")
                  .toFactory());

  private BodySanitizer() {}

  /** The sanitised form of an editor's HTML; {@code null} becomes the empty string. */
  public static String sanitize(String html) {
    return html == null ? "" : POLICY.sanitize(html);
  }
}
