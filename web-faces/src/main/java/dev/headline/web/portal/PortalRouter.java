package dev.headline.web.portal;

import dev.headline.core.author.domain.Author;
import dev.headline.core.author.domain.AuthorRepository;
import dev.headline.core.content.application.ArticleService;
import dev.headline.core.content.domain.Article;
import dev.headline.core.page.domain.PageRepository;
import dev.headline.core.spi.Section;
import dev.headline.core.spi.Taxonomy;
import dev.headline.web.account.AccountPages;
import dev.headline.web.cache.PageDependencies;
import dev.headline.web.engagement.ArticleViews;
import dev.headline.web.feeds.Feeds;
import dev.headline.web.newsroom.NewsroomDesk;
import dev.headline.web.newsroom.NewsroomPages;
import dev.headline.web.newsroom.NotAllowed;
import dev.headline.web.search.Search;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Maps readers' URLs to Faces views. Addresses follow the category tree: {@code /world-news/asia/}
 * is an archive, {@code /world-news/asia/page/3} its third page, {@code /world-news/asia/<slug>} an
 * article; {@code /about-us} a static page; {@code /tag/<slug>/} a tag; {@code .../feed} RSS. The
 * views live in {@code /WEB-INF/views} and are reached only by forward, so a raw {@code .xhtml} URL
 * answers 404. What the URL names is looked up here: an unknown address answers 404 before any view
 * renders, an old one (renamed section, edited slug, {@code /article/<slug>}) answers 301 to the
 * current one, and the view finds its model in a request attribute.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class PortalRouter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Request attribute that holds the model of the routed view. */
  public static final String MODEL = "headline.model";

  /** Folder of the readers' views, reached by forward only. */
  private static final String VIEWS = "/WEB-INF/views/";

  /** Folder of the stylesheets, scripts and icons that the container's default servlet serves. */
  private static final String STATIC = "static";

  private static final Set<String> ROUTED_SERVLETS = Set.of("default", "Faces Servlet");

  @Inject transient ArticleService articles;
  @Inject transient PageRepository pages;
  @Inject transient Taxonomy taxonomy;
  @Inject transient Cards cards;
  @Inject transient Feeds feeds;
  @Inject transient ReaderLists lists;
  @Inject transient AuthorRepository authors;
  @Inject transient ShownArticles shownArticles;

  @Inject
  @ConfigProperty(name = "headline.portal.archive.size", defaultValue = "12")
  transient int archiveSize;

  @Inject transient ArticleViews views;
  @Inject transient Search search;
  @Inject transient NewsroomDesk desk;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String servlet = request.getHttpServletMapping().getServletName();
    if (!ROUTED_SERVLETS.contains(servlet) || STATIC.equals(firstSegment(path))) {
      // Another servlet owns this path (media, health, REST, test runners), or it is a static file.
      chain.doFilter(request, response);
      return;
    }
    if (path.endsWith(".xhtml") || path.contains("/WEB-INF") || path.contains("/META-INF")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    List<String> segments;
    try {
      segments = List.of(segments(path));
    } catch (IllegalArgumentException badEncoding) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    if (AccountPages.owns(segments)) {
      // Account pages hold forms: they take POST too (see AccountPages).
      AccountPages.serve(request, response, segments);
      return;
    }
    if (NewsroomPages.owns(segments)) {
      // The newsroom's screens (staff only, checked by the container and NewsroomDesk).
      if (NewsroomPages.isPreview(segments)) {
        preview(request, response, segments.get(2));
      } else {
        NewsroomPages.serve(request, response, segments);
      }
      return;
    }
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      response.setHeader("Allow", "GET, HEAD");
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    route(request, response, segments, path.endsWith("/"));
  }

  private void route(
      HttpServletRequest request,
      HttpServletResponse response,
      List<String> segments,
      boolean slash)
      throws IOException, ServletException {
    if (segments.isEmpty()) {
      PageDependencies.of(request).home();
      forward(request, response, "home", null);
      return;
    }
    String last = segments.get(segments.size() - 1);
    if ("feed".equals(last)) {
      feed(request, response, segments.subList(0, segments.size() - 1));
      return;
    }
    if (segments.size() == 2 && "article".equals(segments.get(0))) {
      // The first-cut address of an article: now it lives under its section.
      Optional<Article> article = articles.findVisible(segments.get(1));
      if (article.isPresent()) {
        redirect(request, response, cards.of(article.get()).path());
      } else {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
      return;
    }
    if ("search".equals(segments.get(0)) && segments.size() == 1) {
      forward(request, response, "search", search.page(request));
      return;
    }
    if ("tag".equals(segments.get(0)) && segments.size() >= 2) {
      tag(request, response, segments);
      return;
    }
    if ("author".equals(segments.get(0)) && segments.size() >= 2) {
      author(request, response, segments);
      return;
    }
    int page = 1;
    List<String> sectionSlugs = segments;
    if (segments.size() >= 2 && "page".equals(segments.get(segments.size() - 2))) {
      page = pageNumber(last);
      sectionSlugs = segments.subList(0, segments.size() - 2);
      if (page < 1) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
    }
    Optional<Section> section =
        sectionSlugs.isEmpty() ? Optional.empty() : taxonomy.sectionAt(sectionSlugs);
    if (section.isPresent()) {
      if (page == 1 && sectionSlugs.size() != segments.size()) {
        redirect(request, response, section.get().path());
      } else if (!slash && page == 1) {
        redirect(request, response, section.get().path());
      } else {
        archive(request, response, section.get(), page);
      }
      return;
    }
    if (segments.size() == 1) {
      var staticPage = pages.findBySlug(last);
      if (staticPage.isPresent()) {
        PageDependencies.of(request).staticPage(last);
        forward(request, response, "page", staticPage.get());
        return;
      }
    }
    if (page == 1) {
      ArticleView shown = shownArticles.at(last, () -> lookUpVisible(last));
      if (shown != null) {
        ArticleCard card = shown.card();
        if (card.path().equals("/" + String.join("/", segments))) {
          views.record(request, card.id());
          PageDependencies.of(request).articlePage(card.id());
          // Names the article in the keys of the page's kept fragments (a preview sets none).
          request.setAttribute(
              CachedFragment.SUBJECT,
              new CachedFragment.Subject(VIEWS + "article.xhtml", "article " + card.id()));
          forward(request, response, "article", shown);
        } else {
          redirect(request, response, card.path());
        }
        return;
      }
    }
    Optional<String> moved = movedSection(segments);
    if (moved.isPresent()) {
      redirect(request, response, moved.get());
      return;
    }
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }

  /** The view of the visible article at this slug, or that was there before an edit, or null. */
  private ArticleView lookUpVisible(String slug) {
    Optional<Article> article = articles.findVisible(slug);
    if (article.isEmpty()) {
      article = taxonomy.articleFormerlyAt(slug).flatMap(articles::find).filter(this::visible);
    }
    return article.map(found -> view(found, cards.of(found))).orElse(null);
  }

  private boolean visible(Article article) {
    return articles.findVisible(article.getSlug()).isPresent();
  }

  /** A renamed or moved section: the longest prefix of the path that was once a section. */
  private Optional<String> movedSection(List<String> segments) {
    for (int n = segments.size(); n > 0; n--) {
      String prefix = "/" + String.join("/", segments.subList(0, n)) + "/";
      Optional<Section> now = taxonomy.formerlyAt(prefix);
      if (now.isPresent()) {
        List<String> rest = segments.subList(n, segments.size());
        return Optional.of(now.get().path() + String.join("/", rest));
      }
    }
    return Optional.empty();
  }

  private void archive(
      HttpServletRequest request, HttpServletResponse response, Section section, int page)
      throws IOException, ServletException {
    Taxonomy.ArchivePage archive = taxonomy.archive(section.id(), page, archiveSize);
    int pages = archive.pages(archiveSize);
    if (page > pages) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    List<ArchiveView.Block> blocks = new ArrayList<>();
    if (page == 1) {
      for (Section child : taxonomy.children(section.id())) {
        List<ArticleCard> newest = lists.newestIn(child, 4);
        if (!newest.isEmpty()) {
          PageDependencies.of(request).listed(newest.stream().map(ArticleCard::id).toList());
          blocks.add(new ArchiveView.Block(child, newest));
        }
      }
    }
    PageDependencies.of(request).section(section.id()).listed(archive.articleIds());
    String base = section.path();
    forward(
        request,
        response,
        "archive",
        new ArchiveView(
            section.name(),
            section.description(),
            base,
            taxonomy.breadcrumb(section.id()),
            cards.byIds(archive.articleIds()),
            blocks,
            page,
            pages,
            page <= 1 ? null : page == 2 ? base : base + "page/" + (page - 1),
            page >= pages ? null : base + "page/" + (page + 1),
            base + "feed"));
  }

  private void tag(HttpServletRequest request, HttpServletResponse response, List<String> segments)
      throws IOException, ServletException {
    Optional<Taxonomy.Tag> tag = taxonomy.tag(segments.get(1));
    int page = archivePage(segments);
    if (tag.isEmpty() || page < 1) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Taxonomy.ArchivePage archive = taxonomy.tagArchive(tag.get().id(), page, archiveSize);
    int pages = archive.pages(archiveSize);
    if (page > pages) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    PageDependencies.of(request).tag(tag.get().id()).listed(archive.articleIds());
    String base = tag.get().path();
    forward(
        request,
        response,
        "archive",
        new ArchiveView(
            tag.get().name(),
            null,
            base,
            List.of(),
            cards.byIds(archive.articleIds()),
            List.of(),
            page,
            pages,
            page <= 1 ? null : page == 2 ? base : base + "page/" + (page - 1),
            page >= pages ? null : base + "page/" + (page + 1),
            null));
  }

  private void author(
      HttpServletRequest request, HttpServletResponse response, List<String> segments)
      throws IOException, ServletException {
    Optional<Author> author = authors.findBySlug(segments.get(1));
    int page = archivePage(segments);
    if (author.isEmpty() || page < 1) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    long total = articles.countByAuthor(author.get().getId());
    int pages = (int) Math.max(1, (total + archiveSize - 1) / archiveSize);
    if (page > pages) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String base = "/author/" + author.get().getSlug() + "/";
    forward(
        request,
        response,
        "archive",
        new ArchiveView(
            author.get().getName(),
            author.get().getBio(),
            base,
            List.of(),
            cards.byIds(articles.byAuthor(author.get().getId(), page, archiveSize)),
            List.of(),
            page,
            pages,
            page <= 1 ? null : page == 2 ? base : base + "page/" + (page - 1),
            page >= pages ? null : base + "page/" + (page + 1),
            null));
  }

  /** The page number of {@code /tag/x/} or {@code /tag/x/page/n}; 0 for any other shape. */
  private static int archivePage(List<String> segments) {
    if (segments.size() == 2) {
      return 1;
    }
    if (segments.size() == 4 && "page".equals(segments.get(2))) {
      return pageNumber(segments.get(3));
    }
    return 0;
  }

  private void feed(
      HttpServletRequest request, HttpServletResponse response, List<String> sectionSlugs)
      throws IOException {
    PageDependencies.of(request).feed();
    if (sectionSlugs.isEmpty()) {
      feeds.write(request, response, null);
      return;
    }
    Optional<Section> section = taxonomy.sectionAt(sectionSlugs);
    if (section.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    feeds.write(request, response, section.get());
  }

  /**
   * A draft (or any article) rendered with the readers' article view, for staff who may see it:
   * {@code /newsroom/preview/<id>}. Not counted as a view, never cached, never indexed.
   */
  private void preview(HttpServletRequest request, HttpServletResponse response, String id)
      throws IOException, ServletException {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Robots-Tag", "noindex");
    if (!id.matches("[1-9][0-9]{0,17}")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Article article;
    try {
      article = desk.open(Long.parseLong(id));
    } catch (NotAllowed refused) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    } catch (dev.headline.core.content.application.ArticleNotFound missing) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    // Marks the page as a preview, with the article's status, above the readers' view of it.
    request.setAttribute("headlinePreview", article.getStatus().name());
    // A draft changes without any event that would drop what was kept: nothing of it is kept.
    request.setAttribute(CachedFragment.NOTHING_KEPT, Boolean.TRUE);
    forward(request, response, "article", view(article, cards.of(article)));
  }

  private ArticleView view(Article article, ArticleCard card) {
    return new ArticleView(
        card,
        article.getBody(),
        article.getLanguage(),
        article.getUpdatedAt(),
        article.getAuthors().stream().map(PortalRouter::byline).toList(),
        taxonomy.breadcrumb(taxonomy.primarySectionOf(article.getId()).id()),
        taxonomy.tagsOf(article.getId()).stream()
            .map(t -> new ArticleView.TagLink(t.name(), t.path()))
            .toList());
  }

  private static ArticleView.Byline byline(Author author) {
    return new ArticleView.Byline(author.getName(), author.getSlug(), author.getBio());
  }

  private static int pageNumber(String text) {
    if (!text.matches("[0-9]{1,6}")) {
      return 0;
    }
    return Integer.parseInt(text);
  }

  private static void redirect(
      HttpServletRequest request, HttpServletResponse response, String path) {
    response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
    response.setHeader("Location", request.getContextPath() + encodePath(path));
  }

  private static String encodePath(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "/-._~".indexOf(c) >= 0)) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }

  private static void forward(
      HttpServletRequest request, HttpServletResponse response, String view, Object model)
      throws IOException, ServletException {
    request.setAttribute(MODEL, model);
    request.getRequestDispatcher(VIEWS + view + ".xhtml").forward(request, response);
  }

  private static String firstSegment(String path) {
    int start = path.startsWith("/") ? 1 : 0;
    int end = path.indexOf('/', start);
    return end < 0 ? path.substring(start) : path.substring(start, end);
  }

  /**
   * The decoded, non-empty segments of a path; a trailing slash is ignored.
   *
   * @throws IllegalArgumentException when a segment is not well-formed percent-encoded UTF-8
   */
  static String[] segments(String path) {
    return Arrays.stream(path.split("/"))
        .filter(s -> !s.isEmpty())
        .map(PortalRouter::decode)
        .toArray(String[]::new);
  }

  private static String decode(String segment) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '%') {
        if (i + 2 >= segment.length()) {
          throw new IllegalArgumentException("Truncated escape in " + segment);
        }
        bytes.write(Integer.parseInt(segment.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("Not UTF-8: " + segment, e);
    }
  }
}
