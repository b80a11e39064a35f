package dev.headline.web.cache;

import jakarta.servlet.ServletRequest;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The writer of a page the filter captures ({@link CapturedResponse}): encodes to UTF-8 straight
 * into one growing array. The JDK's {@code OutputStreamWriter} copies each string into a new char
 * array and, after the first character outside ASCII of each write, encodes the rest of it one
 * checked character at a time; a page of 50 KB spent about a sixth of its render there.
 *
 * <p>Markup kept between renders (the fragments of {@code <hl:cached>}) is kept encoded too: the
 * component {@linkplain #announce announces} the string and its bytes before it writes the string,
 * and when that very string arrives here (through Faces' response writers, which pass it on as it
 * is) the bytes are copied instead of encoding it again. A string that arrives otherwise (buffered
 * or cut by a writer on the way) is encoded as any other, so the page is the same either way.
 *
 * <p>Not thread-safe, like the response it belongs to. Unpaired surrogates become {@code '?'}, as
 * with the JDK's encoder.
 */
public final class Utf8Body extends Writer {

  /** The request attribute under which the body of the current request's page is found. */
  static final String ATTRIBUTE = Utf8Body.class.getName();

  /** Strings at least this long and whole are encoded by {@link String#getBytes}, intrinsified. */
  private static final int BULK = 256;

  /**
   * How large the next page's array starts: a little more than the last page captured, so that a
   * page is written without growing its array (a copy of all written so far) on the way. Shared by
   * all requests and read without a lock: a stale size costs one growth, nothing more.
   */
  private static volatile int nextSize = 32 * 1024;

  private static final int MIN_SIZE = 8 * 1024;

  /**
   * Larger pages grow as they are written: an array of half a G1 region or more (512 KB with a
   * small heap) is a humongous allocation, which every request would then make.
   */
  private static final int MAX_START_SIZE = 256 * 1024;

  private byte[] bytes = new byte[nextSize];
  private int count;

  /** A high surrogate that ended the last write, waiting for its low half. */
  private char high;

  /** Where short strings are copied to be encoded as characters. */
  private char[] scratch = new char[256];

  private String announced;
  private byte[] announcedBytes;

  /**
   * Tells the page being captured for this request, if any, that {@code text} is about to be
   * written and that {@code utf8} is its encoding.
   */
  public static void announce(Object request, String text, byte[] utf8) {
    if (request instanceof ServletRequest servletRequest
        && servletRequest.getAttribute(ATTRIBUTE) instanceof Utf8Body body) {
      body.expect(text, utf8);
    }
  }

  /** {@code text} is about to be written, and {@code utf8} is its encoding. */
  void expect(String text, byte[] utf8) {
    announced = text;
    announcedBytes = utf8;
  }

  /** What was written, encoded. */
  byte[] toByteArray() {
    if (high != 0) {
      high = 0;
      put((byte) '?');
    }
    nextSize = Math.max(MIN_SIZE, Math.min(MAX_START_SIZE, count + count / 8));
    return Arrays.copyOf(bytes, count);
  }

  /** Forgets what was written. */
  void reset() {
    count = 0;
    high = 0;
  }

  @Override
  public void write(String text, int off, int len) {
    if (text == announced && off == 0 && len == text.length() && high == 0) {
      byte[] encoded = announcedBytes;
      announced = null;
      announcedBytes = null;
      append(encoded, encoded.length);
      return;
    }
    if (off == 0 && len == text.length() && len >= BULK && high == 0 && whole(text)) {
      byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
      append(encoded, encoded.length);
      return;
    }
    if (scratch.length < len) {
      scratch = new char[Math.max(len, scratch.length * 2)];
    }
    text.getChars(off, off + len, scratch, 0);
    write(scratch, 0, len);
  }

  @Override
  public void write(char[] chars, int off, int len) {
    ensure(len);
    for (int i = off, end = off + len; i < end; i++) {
      char c = chars[i];
      if (c < 0x80 && high == 0) {
        if (count == bytes.length) {
          ensure(end - i);
        }
        bytes[count++] = (byte) c;
      } else {
        encode(c);
      }
    }
  }

  @Override
  public void write(int c) {
    encode((char) c);
  }

  @Override
  public void flush() {
    // Nothing is held back but half a surrogate pair.
  }

  @Override
  public void close() {
    // The filter reads the bytes after the view is done.
  }

  /** Whether a string neither starts nor ends with half a surrogate pair. */
  private static boolean whole(String text) {
    return !Character.isLowSurrogate(text.charAt(0))
        && !Character.isHighSurrogate(text.charAt(text.length() - 1));
  }

  private void encode(char c) {
    if (high != 0) {
      char first = high;
      high = 0;
      if (Character.isLowSurrogate(c)) {
        int code = Character.toCodePoint(first, c);
        ensure(4);
        bytes[count++] = (byte) (0xF0 | (code >> 18));
        bytes[count++] = (byte) (0x80 | ((code >> 12) & 0x3F));
        bytes[count++] = (byte) (0x80 | ((code >> 6) & 0x3F));
        bytes[count++] = (byte) (0x80 | (code & 0x3F));
        return;
      }
      put((byte) '?');
    }
    if (c < 0x80) {
      put((byte) c);
    } else if (c < 0x800) {
      ensure(2);
      bytes[count++] = (byte) (0xC0 | (c >> 6));
      bytes[count++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isHighSurrogate(c)) {
      high = c;
    } else if (Character.isLowSurrogate(c)) {
      put((byte) '?');
    } else {
      ensure(3);
      bytes[count++] = (byte) (0xE0 | (c >> 12));
      bytes[count++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      bytes[count++] = (byte) (0x80 | (c & 0x3F));
    }
  }

  private void put(byte b) {
    ensure(1);
    bytes[count++] = b;
  }

  private void append(byte[] more, int length) {
    ensure(length);
    System.arraycopy(more, 0, bytes, count, length);
    count += length;
  }

  private void ensure(int more) {
    if (bytes.length - count < more) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + more));
    }
  }
}
