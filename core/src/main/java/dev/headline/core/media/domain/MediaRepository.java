package dev.headline.core.media.domain;

import java.util.Optional;

/** Where image metadata is kept; the bytes are files in the data folder. */
public interface MediaRepository {

  Optional<Media> find(long id);

  Optional<Media> findByFileName(String fileName);

  Media save(Media media);
}
