package dev.headline.taxonomy.tree.domain;

/**
 * An operation on the tree that would break it (a cycle, two siblings with one slug, deleting the
 * fallback section). The message is written for the editor who asked.
 */
public class TaxonomyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TaxonomyException(String message) {
    super(message);
  }
}
