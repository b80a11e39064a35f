package dev.headline.web.cache;

import dev.headline.core.spi.ArticleCounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.zip.Adler32;
import java.util.zip.CRC32C;
import java.util.zip.GZIPOutputStream;

/**
 * One stored page: its bytes cut at the count slots, what it depends on, and the representation
 * last sent (the counts written into the slots, the gzip of the whole, the validators).
 *
 * <p>Why the gzip is recompressed rather than stitched: counts change at most once per counts
 * refresh of an article (seconds), while a popular page is read thousands of times in between. So a
 * hit serves a finished byte array, and only the first request after a change of counts pays for
 * one compression of the page: 1.1 ms for the 30 KB bench article (4.6 KB gzipped), measured on the
 * loaded 2-core build machine; stitching a precompressed static part with a separate gzip member
 * for the counts would save that millisecond once per change of counts, at the price of
 * multi-member gzip responses, whose acceptance by browsers and proxies was not verified here: not
 * worth it for one millisecond every few seconds. One thread rebuilds while the others keep serving
 * the previous counts, so no reader waits and no lock is taken.
 */
final class CachedPage {

  /**
   * What a response sends: the whole page with the counts written in, plain and gzipped (each sent
   * with one write; the gzip made on first use), and the validators ({@code lastModifiedText}
   * preformatted for the header).
   */
  record Representation(
      ArticleCounts counts,
      byte[] plain,
      Gzipped gzipped,
      String etag,
      String gzipEtag,
      long lastModified,
      String lastModifiedText) {

    int length() {
      return plain.length;
    }

    /** The page gzipped, compressed when first asked for. */
    byte[] gzip() {
      return gzipped.bytes();
    }
  }

  /**
   * The gzip of a page, compressed by the first request that accepts it: a render for a client that
   * does not (or one the cache will not keep) does not pay a millisecond for nothing. Two requests
   * arriving together may both compress; either result is kept.
   */
  static final class Gzipped {
    private final byte[] plain;
    private volatile byte[] bytes;

    Gzipped(byte[] plain) {
      this.plain = plain;
    }

    byte[] bytes() {
      byte[] known = bytes;
      if (known == null) {
        known = gzip(plain);
        bytes = known;
      }
      return known;
    }

    /** The compressed length, or a third of the plain one while not compressed yet. */
    int weight() {
      byte[] known = bytes;
      return known == null ? plain.length / 3 : known.length;
    }
  }

  /** IMF-fixdate (RFC 9110, 5.6.7): two-digit day, English names, GMT. */
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

  private final String contentType;
  private final String cacheControl;
  private final List<byte[]> segments;
  private final List<CountSlots.Kind> kinds;
  private final Long articleId;
  private final Set<String> dependencies;
  private final String hash;
  private final long ttlNanos;
  private final AtomicReference<Representation> current = new AtomicReference<>();
  private final AtomicBoolean building = new AtomicBoolean();

  CachedPage(
      String contentType,
      String cacheControl,
      CountSlots.Cut cut,
      Long articleId,
      Set<String> dependencies,
      long ttlNanos) {
    this.contentType = contentType;
    this.cacheControl = cacheControl;
    this.segments = cut.segments();
    this.kinds = cut.kinds();
    this.articleId = articleId;
    this.dependencies = Set.copyOf(dependencies);
    this.ttlNanos = ttlNanos;
    this.hash = hash(segments);
  }

  String contentType() {
    return contentType;
  }

  /** The {@code Cache-Control} the view asked for, or {@code null}. */
  String cacheControl() {
    return cacheControl;
  }

  List<byte[]> segments() {
    return segments;
  }

  /** The article whose page this is, or {@code null}. */
  Long articleId() {
    return articleId;
  }

  Set<String> dependencies() {
    return dependencies;
  }

  long ttlNanos() {
    return ttlNanos;
  }

  boolean hasSlots() {
    return !kinds.isEmpty();
  }

  /**
   * The representation for the current counts: the last one when the counts did not change, else a
   * new one (built by one thread; the others meanwhile get the previous one).
   *
   * @param counts reads the article's counts (from memory)
   * @param slots formats them
   * @param now the time in milliseconds, for {@code Last-Modified}
   */
  Representation representation(Supplier<ArticleCounts> counts, CountSlots slots, long now) {
    Representation last = current.get();
    ArticleCounts wanted = hasSlots() ? counts.get() : ArticleCounts.NONE;
    if (last != null && last.counts().equals(wanted)) {
      return last;
    }
    if (last != null && !building.compareAndSet(false, true)) {
      return last;
    }
    try {
      Representation built = build(wanted, slots, now);
      current.set(built);
      return built;
    } finally {
      building.set(false);
    }
  }

  private Representation build(ArticleCounts counts, CountSlots slots, long now) {
    byte[] plain;
    if (hasSlots()) {
      byte[][] texts = new byte[kinds.size()][];
      for (int i = 0; i < texts.length; i++) {
        texts[i] = slots.text(kinds.get(i), counts);
      }
      plain = CountSlots.join(segments, texts);
    } else {
      plain = segments.get(0);
    }
    String tag =
        hasSlots()
            ? hash + "-" + counts.views() + "." + counts.shares() + "." + counts.comments()
            : hash;
    long second = now / 1000 * 1000;
    return new Representation(
        counts,
        plain,
        new Gzipped(plain),
        "\"" + tag + "\"",
        "\"" + tag + "-gz\"",
        second,
        HTTP_DATE.format(Instant.ofEpochMilli(second).atOffset(ZoneOffset.UTC)));
  }

  /**
   * Bytes held, for the cache's bound: the segments, the gzip of the page and, for a page with
   * slots, the page with its counts; plus bookkeeping.
   */
  int weight() {
    long bytes = 512;
    for (byte[] segment : segments) {
      bytes += segment.length;
    }
    Representation last = current.get();
    if (last != null) {
      bytes += last.gzipped().weight() + (hasSlots() ? last.length() : 0);
    }
    return (int) Math.min(Integer.MAX_VALUE, bytes);
  }

  static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 3 + 64);
    try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192)) {
      gzip.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * The entity tag's base: a CRC-32C and an Adler-32 of the segments, and their length. A
   * validator, not a signature: it only has to change when the page does, and these two run at
   * memory speed where SHA-256 took a tenth of a millisecond for every page rendered without the
   * cache.
   */
  private static String hash(List<byte[]> segments) {
    CRC32C crc = new CRC32C();
    Adler32 adler = new Adler32();
    long length = 0;
    for (byte[] segment : segments) {
      crc.update(segment);
      adler.update(segment);
      // A separator, so that moving a slot changes the tag.
      crc.update(0);
      adler.update(0);
      length += segment.length;
    }
    return Long.toString(crc.getValue(), 36)
        + Long.toString(adler.getValue(), 36)
        + Long.toString(length, 36);
  }
}
