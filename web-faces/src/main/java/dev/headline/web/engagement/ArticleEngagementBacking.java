package dev.headline.web.engagement;

import dev.headline.core.spi.ArticleCounts;
import dev.headline.core.spi.Engagement;
import dev.headline.web.cache.CountSlots;
import dev.headline.web.config.PerRequest;
import dev.headline.web.portal.ArticleView;
import dev.headline.web.portal.PortalRouter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The engagement line of the article page: view and share counts, the share buttons and the address
 * that "copy link" copies. Reads the article the router found; counts come from the engagement
 * snapshot and are read once per request. When the page cache captures the render, each count text
 * is wrapped in markers ({@link #slotStart}, {@link #getSlotEnd}) so that a stored page gets the
 * current counts on every hit.
 */
@Named
@ApplicationScoped
public class ArticleEngagementBacking {

  private static final String COUNTS = ArticleEngagementBacking.class.getName() + ".counts";

  /** One share button: the first-party link that counts and redirects. */
  public record ShareLink(String network, String label, String href) {}

  @Inject Engagement engagement;

  /** Count patterns by key and locale, parsed once; each queue holds the formats not in use. */
  private final Map<String, Queue<MessageFormat>> formats = new ConcurrentHashMap<>();

  public ArticleCounts getCounts() {
    return PerRequest.get(COUNTS, () -> engagement.counts(article().card().id()));
  }

  /**
   * A count as the page shows it ("0 views", "1 share", "1,234 comments") from the pattern under
   * {@code key} in the messages bundle: what {@code h:outputFormat} would write, without the
   * component (its renderer reads attributes through a lock that every request thread shares).
   */
  public String countText(String key, long value) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = faces.getViewRoot().getLocale();
    // Parsing the pattern took more than the rest of the counts: formats are kept, one per thread
    // at a time (a MessageFormat is not thread-safe).
    Queue<MessageFormat> pool =
        formats.computeIfAbsent(key + '\n' + locale, k -> new ConcurrentLinkedQueue<>());
    MessageFormat format = pool.poll();
    if (format == null) {
      ResourceBundle messages = faces.getApplication().getResourceBundle(faces, "msg");
      format = new MessageFormat(messages.getString(key), locale);
    }
    try {
      return format.format(new Object[] {value});
    } finally {
      pool.offer(format);
    }
  }

  public List<ShareLink> getShareLinks() {
    String base = request().getContextPath() + "/share/" + article().card().id() + "/";
    return Arrays.stream(ShareNetwork.values())
        .map(n -> new ShareLink(n.key(), n.label(), base + n.key()))
        .toList();
  }

  /**
   * Opens a count text ({@code views}, {@code shares}, {@code comments}) for the page cache; empty
   * when the render is not captured.
   */
  public String slotStart(String kind) {
    return isMarked() ? CountSlots.start(kind) : "";
  }

  /** Closes a count text opened by {@link #slotStart}. */
  public String getSlotEnd() {
    return isMarked() ? CountSlots.END : "";
  }

  private static boolean isMarked() {
    return request().getAttribute(CountSlots.ATTRIBUTE) != null;
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
