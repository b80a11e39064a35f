package bench;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The least a servlet can do to answer the benchmark's article: the saved page, read once into
 * memory, written with one call. bench/run deploys it alone on a second Payara Micro (with --bare)
 * to show what Payara's own request handling costs on this machine, next to nginx and to the
 * portal's cached article.
 */
@WebServlet(urlPatterns = "/article.html", loadOnStartup = 1)
public class BareServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private byte[] page;

  @Override
  public void init() throws ServletException {
    try {
      page = Files.readAllBytes(Path.of(System.getProperty("bench.page")));
    } catch (IOException e) {
      throw new ServletException("cannot read the page named by -Dbench.page", e);
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/html;charset=UTF-8");
    response.setContentLength(page.length);
    response.setHeader("Cache-Control", "public, max-age=60");
    response.getOutputStream().write(page);
  }
}
