package dev.headline.core.page.domain;

import java.util.List;
import java.util.Optional;

/** Where static pages are kept. */
public interface PageRepository {

  Optional<Page> findBySlug(String slug);

  /** Every page, in menu order. */
  List<Page> all();

  Page save(Page page);
}
