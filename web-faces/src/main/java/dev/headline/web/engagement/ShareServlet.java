package dev.headline.web.engagement;

import dev.headline.core.content.domain.Article;
import dev.headline.core.content.domain.ArticleRepository;
import dev.headline.core.spi.Engagement;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * First-party share links, {@code /share/<article id>/<network>}: counts the share under the same
 * visitor and bot rules as views, then answers {@code 303 See Other} to the network's share dialog
 * for the article's canonical address. An unknown article or network is a 404. The answer is never
 * cached, so every click reaches the counter; search engines are asked not to index it.
 */
@WebServlet(urlPatterns = "/share/*")
public class ShareServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ShareServlet.class.getName());

  @Inject transient ArticleRepository articles;
  @Inject transient Engagement engagement;
  @Inject transient ReaderHits hits;
  @Inject transient Clock clock;
  @Inject transient dev.headline.core.spi.Taxonomy taxonomy;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String[] parts =
        request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
    Optional<Long> id = parts.length == 3 ? ArticleIds.parse(parts[1]) : Optional.empty();
    Optional<ShareNetwork> network =
        parts.length == 3 ? ShareNetwork.byKey(parts[2]) : Optional.empty();
    Optional<Article> article =
        id.flatMap(articles::find).filter(a -> a.isVisibleAt(clock.instant()));
    if (network.isEmpty() || article.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try {
      engagement.recordShare(id.get(), network.get().key(), hits.of(request));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The share of article " + id.get() + " could not be recorded", e);
    }
    String target =
        network
            .get()
            .shareUrl(
                ArticleLinks.canonical(request, taxonomy, article.get()), article.get().getTitle());
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Robots-Tag", "noindex, nofollow");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", target);
  }
}
