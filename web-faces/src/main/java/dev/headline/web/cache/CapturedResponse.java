package dev.headline.web.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Keeps the body a view writes in memory instead of sending it, so that the filter can store it,
 * compress it and answer a conditional request. Status and headers go to the real response as they
 * are set (except the length, which the filter sets); an error sent through {@link #sendError} is
 * left to the container, as without the wrapper.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

  private final ServletRequest request;

  /** What the stream (or a writer in another charset) writes into; made when first needed. */
  private ByteArrayOutputStream body;

  private ServletOutputStream stream;
  private PrintWriter writer;

  /** What the writer writes into when the page is in UTF-8 (else {@link #body}). */
  private Utf8Body utf8;

  private boolean error;
  private boolean cookies;

  CapturedResponse(ServletRequest request, HttpServletResponse response) {
    super(response);
    this.request = request;
  }

  /** The captured body, with whatever the writer still held. */
  byte[] body() {
    if (utf8 != null) {
      // Nothing to flush: the PrintWriter does not buffer and Utf8Body holds nothing back. Faces
      // has closed the writer by now, and flushing a closed PrintWriter makes (and swallows) an
      // IOException: a walk of the whole stack on every render.
      return utf8.toByteArray();
    }
    if (writer != null) {
      writer.flush();
    }
    return body == null ? new byte[0] : body.toByteArray();
  }

  private ByteArrayOutputStream buffer() {
    if (body == null) {
      body = new ByteArrayOutputStream(8 * 1024);
    }
    return body;
  }

  /** Whether the view sent an error or a redirect through the container. */
  boolean sentError() {
    return error;
  }

  /** Whether the view set a cookie (then the page is not for everyone). */
  boolean setCookies() {
    return cookies || getHeaders("Set-Cookie").size() > 0;
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (writer != null) {
      throw new IllegalStateException("getWriter() was called");
    }
    if (stream == null) {
      stream =
          new ServletOutputStream() {
            @Override
            public void write(int b) {
              buffer().write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
              buffer().write(b, off, len);
            }

            @Override
            public boolean isReady() {
              return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
              throw new UnsupportedOperationException("Captured responses are blocking");
            }
          };
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() {
    if (stream != null && writer == null) {
      throw new IllegalStateException("getOutputStream() was called");
    }
    if (writer == null) {
      Charset charset = Charset.forName(getCharacterEncoding());
      if (StandardCharsets.UTF_8.equals(charset)) {
        utf8 = new Utf8Body();
        request.setAttribute(Utf8Body.ATTRIBUTE, utf8);
        writer = new PrintWriter(utf8, false);
      } else {
        writer = new PrintWriter(new OutputStreamWriter(buffer(), charset), false);
      }
    }
    return writer;
  }

  @Override
  public void sendError(int sc, String msg) throws IOException {
    error = true;
    super.sendError(sc, msg);
  }

  @Override
  public void sendError(int sc) throws IOException {
    error = true;
    super.sendError(sc);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    error = true;
    super.sendRedirect(location);
  }

  @Override
  public void addCookie(Cookie cookie) {
    cookies = true;
    super.addCookie(cookie);
  }

  @Override
  public void setContentLength(int len) {
    // The filter sets the length of what it sends.
  }

  @Override
  public void setContentLengthLong(long len) {
    // The filter sets the length of what it sends.
  }

  @Override
  public void setHeader(String name, String value) {
    if (!"Content-Length".equalsIgnoreCase(name)) {
      super.setHeader(name, value);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if (!"Content-Length".equalsIgnoreCase(name)) {
      super.addHeader(name, value);
    }
  }

  @Override
  public void flushBuffer() {
    if (writer != null) {
      writer.flush();
    }
  }

  @Override
  public void resetBuffer() {
    if (writer != null) {
      writer.flush();
    }
    if (body != null) {
      body.reset();
    }
    if (utf8 != null) {
      utf8.reset();
    }
  }

  @Override
  public void reset() {
    resetBuffer();
    super.reset();
  }
}
