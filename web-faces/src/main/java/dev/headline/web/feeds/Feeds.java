package dev.headline.web.feeds;

import dev.headline.core.content.application.ArticleService;
import dev.headline.core.content.domain.Article;
import dev.headline.core.spi.Section;
import dev.headline.core.spi.Taxonomy;
import dev.headline.web.portal.ArticleCard;
import dev.headline.web.portal.Cards;
import dev.headline.web.site.Origin;
import dev.headline.web.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * RSS 2.0 feeds of the newest articles: {@code /feed} for the whole site, {@code <section
 * path>feed} for a section and its subsections. Written with StAX, so every title is escaped.
 */
@ApplicationScoped
public class Feeds {

  private static final int ITEMS = 20;

  @Inject ArticleService articles;
  @Inject Taxonomy taxonomy;
  @Inject Cards cards;
  @Inject Site site;

  /**
   * Writes a feed.
   *
   * @param section the section, or {@code null} for the whole site
   */
  public void write(HttpServletRequest request, HttpServletResponse response, Section section)
      throws IOException {
    List<Article> items =
        section == null
            ? articles.latest(ITEMS)
            : articles.visible(taxonomy.archive(section.id(), 1, ITEMS).articleIds());
    String origin = Origin.of(request);
    String title = section == null ? site.getName() : section.name() + " – " + site.getName();
    String link = origin + (section == null ? "/" : section.path());
    response.setContentType("application/rss+xml;charset=UTF-8");
    response.setHeader("Cache-Control", "public, max-age=300");
    try (OutputStream out = response.getOutputStream()) {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("rss");
      xml.writeAttribute("version", "2.0");
      xml.writeNamespace("atom", "http://www.w3.org/2005/Atom");
      xml.writeStartElement("channel");
      element(xml, "title", title);
      element(xml, "link", link);
      element(
          xml,
          "description",
          section != null && section.description() != null
              ? section.description()
              : site.getDescription());
      element(xml, "language", site.getLanguage());
      xml.writeEmptyElement("atom", "link", "http://www.w3.org/2005/Atom");
      xml.writeAttribute("href", link + "feed");
      xml.writeAttribute("rel", "self");
      xml.writeAttribute("type", "application/rss+xml");
      for (Article article : items) {
        ArticleCard card = cards.of(article);
        xml.writeStartElement("item");
        element(xml, "title", card.title());
        element(xml, "link", origin + card.path());
        xml.writeStartElement("guid");
        xml.writeAttribute("isPermaLink", "false");
        xml.writeCharacters(origin + "/article-" + card.id());
        xml.writeEndElement();
        element(
            xml,
            "pubDate",
            DateTimeFormatter.RFC_1123_DATE_TIME.format(
                card.publishedAt().atOffset(ZoneOffset.UTC)));
        element(xml, "category", card.sectionName());
        if (card.standfirst() != null) {
          element(xml, "description", card.standfirst());
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("Could not write the feed", e);
    }
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text == null ? "" : text);
    xml.writeEndElement();
  }
}
