package dev.headline.core.media.domain;

import java.util.List;
import java.util.Optional;

/** Where image metadata is kept; the bytes are files in the data folder. */
public interface MediaRepository {

  Optional<Media> find(long id);

  Optional<Media> findByFileName(String fileName);

  Media save(Media media);

  /**
   * Images newest first, for the editor's picker.
   *
   * @param text only images whose file name or alt text contains this (any case), or null for all
   * @param offset how many to skip
   * @param limit at most this many
   */
  List<Media> newest(String text, int offset, int limit);

  /** How many images {@link #newest} has in all for {@code text}. */
  long count(String text);
}
