package dev.headline.web.engagement;

import dev.headline.core.spi.ArticleCounts;
import dev.headline.core.spi.Engagement;
import dev.headline.web.portal.ArticleView;
import dev.headline.web.portal.PortalRouter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;

/**
 * The engagement line of the article page: view and share counts, the share buttons and the address
 * that "copy link" copies. Reads the article the router found; counts come from the engagement
 * snapshot and are read once per request.
 */
@Named
@RequestScoped
public class ArticleEngagementBacking {

  /** One share button: the first-party link that counts and redirects. */
  public record ShareLink(String network, String label, String href) {}

  @Inject Engagement engagement;

  private ArticleCounts counts;

  public ArticleCounts getCounts() {
    if (counts == null) {
      counts = engagement.counts(article().card().id());
    }
    return counts;
  }

  public List<ShareLink> getShareLinks() {
    String base = request().getContextPath() + "/share/" + article().card().id() + "/";
    return Arrays.stream(ShareNetwork.values())
        .map(n -> new ShareLink(n.key(), n.label(), base + n.key()))
        .toList();
  }

  /** The article's own address, for "copy link". */
  public String getCanonicalUrl() {
    return ArticleLinks.canonical(request(), article().card().path());
  }

  private ArticleView article() {
    return (ArticleView)
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .get(PortalRouter.MODEL);
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }
}
