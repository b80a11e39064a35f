package dev.headline.web.feeds;

import dev.headline.core.content.application.ArticleService;
import dev.headline.core.content.domain.ArticleStamp;
import dev.headline.core.page.domain.PageRepository;
import dev.headline.core.spi.Section;
import dev.headline.core.spi.Taxonomy;
import dev.headline.web.portal.Snapshots;
import dev.headline.web.site.Origin;
import dev.headline.web.site.Site;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What search engines read: {@code robots.txt}, {@code sitemap.xml} (one list of every page while
 * the site is small, else an index of a site map and numbered article maps), and the news sitemap
 * of the last 48 hours. Each document is built once and kept until the content changes.
 */
@WebServlet(
    urlPatterns = {
      "/robots.txt",
      "/sitemap.xml",
      "/sitemap-news.xml",
      "/sitemaps/*",
    })
public class Sitemaps extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
  private static final Pattern ARTICLES = Pattern.compile("/articles-([1-9][0-9]{0,5})\\.xml");

  /** Search engines take at most 1,000 entries in a news sitemap. */
  private static final int NEWS_LIMIT = 1000;

  @Inject transient ArticleService articles;
  @Inject transient Taxonomy taxonomy;
  @Inject transient PageRepository pages;
  @Inject transient Site site;
  @Inject transient Snapshots snapshots;

  @Inject
  @ConfigProperty(name = "headline.sitemap.page-size", defaultValue = "10000")
  transient int pageSize;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    String origin = Origin.of(request);
    byte[] body;
    String type = "application/xml;charset=UTF-8";
    try {
      switch (path) {
        case "/robots.txt" -> {
          body = robots(origin);
          type = "text/plain;charset=UTF-8";
        }
        case "/sitemap.xml" -> body = cached(origin, path, () -> sitemap(origin));
        case "/sitemap-news.xml" -> body = cached(origin, path, () -> news(origin));
        case "/sitemaps/site.xml" -> body = cached(origin, path, () -> urls(origin, true, 0));
        default -> {
          Matcher m = ARTICLES.matcher(path.substring("/sitemaps".length()));
          int n = m.matches() ? Integer.parseInt(m.group(1)) : 0;
          if (n < 1 || n > articlePages()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
          }
          body = cached(origin, path, () -> urls(origin, false, n));
        }
      }
    } catch (IllegalStateException e) {
      throw new IOException("Could not write " + path, e);
    }
    response.setContentType(type);
    response.setHeader("Cache-Control", "public, max-age=600");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private interface Writer {
    byte[] write() throws XMLStreamException;
  }

  private byte[] cached(String origin, String path, Writer writer) {
    return snapshots.get(
        "sitemap:" + origin + path,
        () -> {
          try {
            return writer.write();
          } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private byte[] robots(String origin) {
    String text =
        "User-agent: *\n"
            + "Allow: /\n"
            + "Disallow: /newsroom\n"
            + "Disallow: /account/\n"
            + "Disallow: /share/\n"
            + "Disallow: /api/\n"
            + "Disallow: /search/\n"
            + "\n"
            + "Sitemap: "
            + origin
            + "/sitemap.xml\n"
            + "Sitemap: "
            + origin
            + "/sitemap-news.xml\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private int articlePages() {
    return (int) Math.max(1, (articles.countVisible() + pageSize - 1) / pageSize);
  }

  /** One list of everything while it fits, else an index. */
  private byte[] sitemap(String origin) throws XMLStreamException {
    int count = articlePages();
    if (articles.countVisible() <= pageSize) {
      return urls(origin, true, 1);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XMLStreamWriter xml = start(out, "sitemapindex", false);
    Instant newest =
        articles.stamps(0, 1).stream().map(ArticleStamp::updatedAt).findFirst().orElse(null);
    sitemapEntry(xml, origin + "/sitemaps/site.xml", newest);
    for (int n = 1; n <= count; n++) {
      List<ArticleStamp> first = articles.stamps((n - 1) * pageSize, 1);
      sitemapEntry(
          xml,
          origin + "/sitemaps/articles-" + n + ".xml",
          first.isEmpty() ? null : first.get(0).updatedAt());
    }
    return finish(xml, out);
  }

  private static void sitemapEntry(XMLStreamWriter xml, String loc, Instant lastmod)
      throws XMLStreamException {
    xml.writeStartElement("sitemap");
    element(xml, "loc", loc);
    if (lastmod != null) {
      element(xml, "lastmod", lastmod.toString());
    }
    xml.writeEndElement();
  }

  /**
   * A {@code urlset}.
   *
   * @param sitePages whether to list the home page, sections and static pages
   * @param articlePage which page of articles to list, from 1; 0 for none
   */
  private byte[] urls(String origin, boolean sitePages, int articlePage) throws XMLStreamException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XMLStreamWriter xml = start(out, "urlset", false);
    if (sitePages) {
      url(xml, origin + "/", null);
      for (Section section : taxonomy.all()) {
        url(xml, origin + section.path(), null);
      }
      for (var page : pages.all()) {
        url(xml, origin + "/" + page.getSlug(), page.getUpdatedAt());
      }
    }
    if (articlePage > 0) {
      for (ArticleStamp stamp : articles.stamps((articlePage - 1) * pageSize, pageSize)) {
        url(xml, origin + taxonomy.articlePath(stamp.id(), stamp.slug()), stamp.updatedAt());
      }
    }
    return finish(xml, out);
  }

  /** The news sitemap: articles of the last 48 hours. */
  private byte[] news(String origin) throws XMLStreamException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XMLStreamWriter xml = start(out, "urlset", true);
    for (ArticleStamp stamp : articles.publishedWithin(Duration.ofHours(48), NEWS_LIMIT)) {
      xml.writeStartElement("url");
      element(xml, "loc", origin + taxonomy.articlePath(stamp.id(), stamp.slug()));
      xml.writeStartElement("news", "news", NEWS_NS);
      xml.writeStartElement("news", "publication", NEWS_NS);
      xml.writeStartElement("news", "name", NEWS_NS);
      xml.writeCharacters(site.getName());
      xml.writeEndElement();
      xml.writeStartElement("news", "language", NEWS_NS);
      xml.writeCharacters(site.getLanguage());
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeStartElement("news", "publication_date", NEWS_NS);
      xml.writeCharacters(stamp.publishedAt().toString());
      xml.writeEndElement();
      xml.writeStartElement("news", "title", NEWS_NS);
      xml.writeCharacters(stamp.title());
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndElement();
    }
    return finish(xml, out);
  }

  private static XMLStreamWriter start(ByteArrayOutputStream out, String root, boolean news)
      throws XMLStreamException {
    XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
    xml.writeStartDocument("UTF-8", "1.0");
    xml.setDefaultNamespace(NS);
    xml.writeStartElement(NS, root);
    xml.writeDefaultNamespace(NS);
    if (news) {
      xml.setPrefix("news", NEWS_NS);
      xml.writeNamespace("news", NEWS_NS);
    }
    return xml;
  }

  private static byte[] finish(XMLStreamWriter xml, ByteArrayOutputStream out)
      throws XMLStreamException {
    xml.writeEndElement();
    xml.writeEndDocument();
    xml.close();
    return out.toByteArray();
  }

  private static void url(XMLStreamWriter xml, String loc, Instant lastmod)
      throws XMLStreamException {
    xml.writeStartElement("url");
    element(xml, "loc", loc);
    if (lastmod != null) {
      element(xml, "lastmod", lastmod.toString());
    }
    xml.writeEndElement();
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text == null ? "" : text);
    xml.writeEndElement();
  }
}
