package dev.headline.web.comments;

import java.util.List;

/**
 * The page the comment servlet answers with when a comment is not taken: the messages, and the form
 * again with what the reader typed (nothing is lost); or, for a refused cross-site post, the
 * messages alone.
 *
 * @param articleTitle the article's title, or {@code null} when unknown
 * @param articlePath the article's path below the context root, or {@code null}
 * @param messages what went wrong, as keys of the resource bundle
 * @param form the form to show again, or {@code null} for none
 */
public record CommentFormPage(
    String articleTitle, String articlePath, List<String> messages, CommentForm form) {}
