package dev.headline.web.media;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Serves uploaded and generated images from the data folder. File names are never trusted: only
 * plain names are accepted, so no request can reach outside the media folder. Names are unique per
 * content, so responses are cacheable for a year.
 */
@WebServlet(urlPatterns = "/media/*")
public class MediaServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Pattern SAFE_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]{0,200}");

  @Inject transient MediaFiles files;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String info = request.getPathInfo();
    String name = info == null ? "" : info.substring(1);
    if (!SAFE_NAME.matcher(name).matches() || name.contains("..")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Path file = files.folder().resolve(name);
    if (!Files.isRegularFile(file)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String type = getServletContext().getMimeType(name);
    response.setContentType(type == null ? "application/octet-stream" : type);
    response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLengthLong(Files.size(file));
    Files.copy(file, response.getOutputStream());
  }
}
