package dev.headline.web.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.zip.GZIPOutputStream;

/**
 * Gzips a text response on its way out, for responses the page cache does not hold (static files,
 * JSON, pages of signed-in members). The first bytes are held back until it is clear whether the
 * body is large enough to be worth it ({@link Compression#MIN_BYTES}); a response that is not a
 * plain 200, is not text or is already encoded passes through unchanged.
 */
final class CompressingResponse extends HttpServletResponseWrapper {

  private final ByteArrayOutputStream head = new ByteArrayOutputStream(Compression.MIN_BYTES);
  private OutputStream out;
  private ServletOutputStream stream;
  private PrintWriter writer;
  private long declaredLength = -1;
  private int status = SC_OK;

  /** A redirect or an error page took over the response: the container writes its body. */
  private boolean handedOver;

  CompressingResponse(HttpServletResponse response) {
    super(response);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    handedOver = true;
    super.sendRedirect(location);
  }

  @Override
  public void sendError(int sc) throws IOException {
    handedOver = true;
    super.sendError(sc);
  }

  @Override
  public void sendError(int sc, String msg) throws IOException {
    handedOver = true;
    super.sendError(sc, msg);
  }

  @Override
  public void setStatus(int sc) {
    status = sc;
    super.setStatus(sc);
  }

  @Override
  public void setContentLength(int len) {
    setContentLengthLong(len);
  }

  @Override
  public void setContentLengthLong(long len) {
    declaredLength = len;
    if (out != null && !(out instanceof GZIPOutputStream)) {
      super.setContentLengthLong(len);
    }
  }

  @Override
  public void setHeader(String name, String value) {
    if ("Content-Length".equalsIgnoreCase(name) && value != null) {
      setContentLengthLong(Long.parseLong(value.strip()));
    } else {
      super.setHeader(name, value);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if ("Content-Length".equalsIgnoreCase(name) && value != null) {
      setContentLengthLong(Long.parseLong(value.strip()));
    } else {
      super.addHeader(name, value);
    }
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (writer != null) {
      throw new IllegalStateException("getWriter() was called");
    }
    return stream();
  }

  @Override
  public PrintWriter getWriter() {
    if (stream != null && writer == null) {
      throw new IllegalStateException("getOutputStream() was called");
    }
    if (writer == null) {
      writer =
          new PrintWriter(
              new OutputStreamWriter(stream(), Charset.forName(getCharacterEncoding())));
    }
    return writer;
  }

  private ServletOutputStream stream() {
    if (stream == null) {
      stream =
          new ServletOutputStream() {
            @Override
            public void write(int b) throws IOException {
              write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              CompressingResponse.this.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
              if (out != null) {
                out.flush();
              }
            }

            @Override
            public boolean isReady() {
              return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
              throw new UnsupportedOperationException("Compressed responses are blocking");
            }
          };
    }
    return stream;
  }

  @Override
  public void flushBuffer() throws IOException {
    if (writer != null) {
      writer.flush();
    }
    if (out != null) {
      out.flush();
      super.flushBuffer();
    }
  }

  @Override
  public void resetBuffer() {
    if (out == null) {
      head.reset();
    }
    super.resetBuffer();
  }

  private void write(byte[] b, int off, int len) throws IOException {
    if (handedOver) {
      return;
    }
    if (out == null) {
      head.write(b, off, len);
      if (head.size() >= Compression.MIN_BYTES) {
        start(true);
      }
      return;
    }
    out.write(b, off, len);
  }

  /** Decides how the body goes out and sends what was held back. */
  private void start(boolean large) throws IOException {
    String type = getContentType();
    boolean text = Compression.isCompressible(type);
    if (text) {
      Compression.addVary(this);
    }
    if (large
        && text
        && status == SC_OK
        && !containsHeader("Content-Encoding")
        && !containsHeader("Content-Range")
        && !isCommitted()) {
      super.setHeader("Content-Encoding", "gzip");
      out = new GZIPOutputStream(super.getOutputStream(), 8192);
    } else {
      if (declaredLength >= 0) {
        super.setContentLengthLong(declaredLength);
      } else if (!large) {
        super.setContentLengthLong(head.size());
      }
      out = super.getOutputStream();
    }
    head.writeTo(out);
    head.reset();
  }

  /** Sends what is left; called by the filter once the chain returned. */
  void finish() throws IOException {
    if (handedOver) {
      // What was written before the redirect or error is discarded, as the container does.
      return;
    }
    if (writer != null) {
      writer.flush();
    }
    if (out == null) {
      if (head.size() == 0 && stream == null && writer == null) {
        return;
      }
      start(false);
    }
    if (out instanceof GZIPOutputStream gzip) {
      gzip.finish();
    }
  }
}
