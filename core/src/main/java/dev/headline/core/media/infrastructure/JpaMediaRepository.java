package dev.headline.core.media.infrastructure;

import dev.headline.core.media.domain.Media;
import dev.headline.core.media.domain.MediaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link MediaRepository} on the application's persistence unit.
 *
 * <p>Every call runs in a transaction (joining the caller's): outside one, the server's
 * non-transactional entity manager closes under a second query in the same request.
 */
@ApplicationScoped
@Transactional
public class JpaMediaRepository implements MediaRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Media> find(long id) {
    return Optional.ofNullable(em.find(Media.class, id));
  }

  @Override
  public Optional<Media> findByFileName(String fileName) {
    return em
        .createQuery("select m from Media m where m.fileName = :name", Media.class)
        .setParameter("name", fileName)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public Media save(Media media) {
    if (media.getId() == null) {
      em.persist(media);
      return media;
    }
    return em.merge(media);
  }

  @Override
  public List<Media> newest(String text, int offset, int limit) {
    var query =
        em.createQuery(
            "select m from Media m" + where(text) + " order by m.createdAt desc, m.id desc",
            Media.class);
    bind(query, text);
    return query.setFirstResult(Math.max(0, offset)).setMaxResults(limit).getResultList();
  }

  @Override
  public long count(String text) {
    var query = em.createQuery("select count(m) from Media m" + where(text), Long.class);
    bind(query, text);
    return query.getSingleResult();
  }

  private static String where(String text) {
    return text == null ? "" : " where lower(m.fileName) like :text or lower(m.altText) like :text";
  }

  private static void bind(jakarta.persistence.Query query, String text) {
    if (text != null) {
      // Case-insensitive "contains"; a % or _ typed in the search acts as a wildcard.
      query.setParameter("text", "%" + text.toLowerCase(Locale.ROOT) + "%");
    }
  }
}
