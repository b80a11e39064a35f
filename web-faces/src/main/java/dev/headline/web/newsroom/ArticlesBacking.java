package dev.headline.web.newsroom;

import dev.headline.core.content.domain.Article;
import dev.headline.core.content.domain.ArticleStatus;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/**
 * The article list: filters by status, text, section (with its subsections) and (for editors)
 * creator from the query string ({@code ?status=DRAFT&q=..&by=ada&section=12&page=2}), twenty a
 * page. Contributors and authors see their own articles, editors all.
 */
@Named
@RequestScoped
public class ArticlesBacking {

  static final int PAGE_SIZE = 20;

  @Inject NewsroomDesk desk;
  @Inject dev.headline.core.spi.Taxonomy taxonomy;

  private ArticleStatus status;
  private String text;
  private String by;
  private Long section;
  private int page;
  private List<Article> articles;
  private long total;

  @PostConstruct
  void load() {
    String wanted = Notices.param("status");
    status =
        Arrays.stream(ArticleStatus.values())
            .filter(s -> s.name().equals(wanted))
            .findFirst()
            .orElse(null);
    text = Notices.param("q");
    if (text != null && text.length() > 200) {
      text = text.substring(0, 200);
    }
    by = Notices.param("by");
    if (by != null && (by.isBlank() || by.length() > 40)) {
      by = null;
    }
    page = Notices.positive("page", 1);
    String wantedSection = Notices.param("section");
    if (wantedSection != null && wantedSection.matches("[1-9][0-9]{0,17}")) {
      section =
          taxonomy
              .section(Long.parseLong(wantedSection))
              .map(dev.headline.core.spi.Section::id)
              .orElse(null);
    }
    if (section != null) {
      NewsroomDesk.SectionPage filed = desk.listIn(section, status, text, by, page, PAGE_SIZE);
      total = filed.total();
      articles = filed.articles();
      return;
    }
    total = desk.count(status, text, by);
    articles = desk.list(status, text, by, page, PAGE_SIZE);
  }

  /** The address of another page of this list, with the same filters. */
  public String link(int other) {
    return "?status="
        + getStatus()
        + "&q="
        + java.net.URLEncoder.encode(getText(), java.nio.charset.StandardCharsets.UTF_8)
        + "&by="
        + java.net.URLEncoder.encode(getBy(), java.nio.charset.StandardCharsets.UTF_8)
        + "&section="
        + getSection()
        + "&page="
        + other;
  }

  public List<ArticleStatus> getStatuses() {
    return List.of(ArticleStatus.values());
  }

  public String getStatus() {
    return status == null ? "" : status.name();
  }

  public String getText() {
    return text == null ? "" : text;
  }

  /** The creator filter (editors and admins), or empty. */
  public String getBy() {
    return by == null ? "" : by;
  }

  /** The section filter's id (the section and its subsections), or empty. */
  public String getSection() {
    return section == null ? "" : section.toString();
  }

  /** The sections to filter by, in tree order. */
  public List<dev.headline.core.spi.Section> getSections() {
    return taxonomy.all();
  }

  public int getPage() {
    return page;
  }

  public int getPages() {
    return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public long getTotal() {
    return total;
  }

  public List<Article> getArticles() {
    return articles;
  }
}
