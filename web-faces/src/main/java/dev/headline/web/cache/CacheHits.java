package dev.headline.web.cache;

import dev.headline.web.engagement.ArticleViews;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * What a stored page sends, decided once for both layers that answer from the cache (the servlet
 * filter and the {@link FrontDoor}): the view recorded for an article's page, then either a 304
 * when the client's copy is current, or the body, gzipped when the client accepts it and it pays.
 */
@ApplicationScoped
class CacheHits {

  /** Readers' pages may be kept by browsers and proxies, but must be asked for every time. */
  static final String READERS_CACHE_CONTROL = "public, no-cache";

  /**
   * One response: status, headers and the bytes to write ({@code null} for a 304 or a HEAD, whose
   * {@code contentLength} is still the body's), and the article whose view it is ({@code null} for
   * other pages).
   */
  record Answer(
      Long articleId,
      int status,
      String contentType,
      String cacheControl,
      boolean varyOnEncoding,
      String etag,
      String lastModified,
      boolean gzip,
      int contentLength,
      byte[] body) {}

  @Inject PageCache cache;
  @Inject ArticleViews views;
  @Inject BeanManager beans;

  /** This is the hit path: the instances are called without their client proxies. */
  @PostConstruct
  void start() {
    cache = Unproxied.of(beans, PageCache.class, cache);
    views = Unproxied.of(beans, ArticleViews.class, views);
  }

  /**
   * The answer to an anonymous reader's request from the cache; {@code null} when the page is not
   * stored (or the cache is off). Nothing is recorded yet: call {@link #served} when it is sent.
   */
  Answer hit(HitRequest request) {
    Optional<String> key = PageKey.of(request);
    return key.isPresent() ? hit(request, key.get()) : null;
  }

  /** The same, for a request whose key is known. */
  Answer hit(HitRequest request, String key) {
    CachedPage page = cache.isEnabled() ? cache.get(key) : null;
    return page == null ? null : answer(page, request);
  }

  /** Records what sending a stored page means: the view of its article, if it is one's. */
  void served(Answer answer, HitRequest request) {
    if (answer.articleId() != null) {
      views.record(request.peer(), request::header, request.method(), answer.articleId());
    }
  }

  /** What to send of a page, stored or just rendered, for this request. */
  Answer answer(CachedPage page, HitRequest request) {
    CachedPage.Representation current = cache.representation(page);
    String cacheControl = page.cacheControl() != null ? page.cacheControl() : READERS_CACHE_CONTROL;
    boolean text = Compression.isCompressible(page.contentType());
    boolean gzip =
        text
            && current.length() >= Compression.MIN_BYTES
            && Compression.acceptsGzip(request.header("Accept-Encoding"))
            && current.gzip().length < current.length();
    String etag = gzip ? current.gzipEtag() : current.etag();
    if (Conditional.notModified(request, current)) {
      return new Answer(
          page.articleId(),
          304,
          page.contentType(),
          cacheControl,
          text,
          etag,
          current.lastModifiedText(),
          false,
          -1,
          null);
    }
    byte[] bytes = gzip ? current.gzip() : current.plain();
    return new Answer(
        page.articleId(),
        200,
        page.contentType(),
        cacheControl,
        text,
        etag,
        current.lastModifiedText(),
        gzip,
        bytes.length,
        request.isHead() ? null : bytes);
  }
}
