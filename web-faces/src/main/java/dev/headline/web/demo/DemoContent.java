package dev.headline.web.demo;

import dev.headline.core.author.domain.Author;
import dev.headline.core.author.domain.AuthorRepository;
import dev.headline.core.content.application.ArticleService;
import dev.headline.core.data.DatabaseReady;
import dev.headline.core.media.domain.Media;
import dev.headline.core.media.domain.MediaRepository;
import dev.headline.core.page.domain.Page;
import dev.headline.core.page.domain.PageRepository;
import dev.headline.core.spi.Section;
import dev.headline.core.spi.Taxonomy;
import dev.headline.taxonomy.tree.api.Sections;
import dev.headline.web.media.MediaFiles;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills an empty database with a demo site on first start: authors, the four static pages, and
 * articles of the project's own writing with generated pictures, published over the last 90 days.
 * Runs only when the database holds no article and no page, so a restart never adds a second copy
 * and a real site is never touched. Off with {@code headline.demo.enabled=false}.
 */
@ApplicationScoped
public class DemoContent {

  private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
  private static final int IMAGES = 24;

  @Inject ArticleService articles;
  @Inject AuthorRepository authors;
  @Inject PageRepository pages;
  @Inject MediaRepository media;
  @Inject MediaFiles files;
  @Inject Sections sections;
  @Inject Taxonomy taxonomy;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "headline.demo.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "headline.demo.articles", defaultValue = "150")
  int articleCount;

  @Transactional
  public void seed(@Observes @Priority(1000) DatabaseReady ready) {
    if (!enabled || articles.count() > 0 || !pages.all().isEmpty()) {
      return;
    }
    long started = System.nanoTime();
    List<Author> team = writeAuthors();
    writePages();
    List<Media> pictures = paintPictures();
    DemoWriter writer = new DemoWriter(20261129L);
    Random random = new Random(42);
    Instant now = clock.instant();
    for (int i = 0; i < articleCount; i++) {
      DemoWriter.Story story = writer.next();
      Instant when = now.minus(Duration.ofMinutes(30 + random.nextInt(90 * 24 * 60)));
      Media picture = random.nextInt(10) < 8 ? pictures.get(random.nextInt(pictures.size())) : null;
      List<Author> byline = new ArrayList<>(List.of(team.get(random.nextInt(team.size()))));
      if (random.nextInt(8) == 0) {
        Author second = team.get(random.nextInt(team.size()));
        if (!byline.contains(second)) {
          byline.add(second);
        }
      }
      var article =
          articles.createDraft(
              story.title(),
              a -> {
                a.setStandfirst(story.standfirst());
                a.setBody(story.bodyHtml());
                a.setAuthors(byline);
                if (picture != null) {
                  a.setFeaturedImage(picture, "Illustration generated for the demo site.", null);
                }
              });
      Section section = sectionFor(story.desk(), random);
      sections.file(
          article.getId(), section == null ? null : section.id(), List.of(), story.tags());
      articles.schedule(article.getId(), when);
    }
    long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
    LOG.info(() -> "Demo content written: " + articleCount + " articles in " + millis + " ms");
  }

  /** A subsection of the story's desk most of the time, the desk itself otherwise. */
  private Section sectionFor(String desk, Random random) {
    var top = taxonomy.sectionAt(List.of(desk));
    if (top.isEmpty()) {
      return null;
    }
    List<Section> children = taxonomy.children(top.get().id());
    if (children.isEmpty() || random.nextInt(5) == 0) {
      return top.get();
    }
    return children.get(random.nextInt(children.size()));
  }

  private List<Author> writeAuthors() {
    String[][] people = {
      {"Amara Okafor", "Covers diplomacy and the world's quieter crises."},
      {"Jonas Lindqvist", "Writes about markets, money and the people who move them."},
      {"Priya Raman", "Science and environment correspondent; formerly a field biologist."},
      {"Mateo Herrera", "Sports writer who has never missed a derby."},
      {"Hana Kobayashi", "Technology editor, interested in tools that last."},
      {"Claire Dubois", "Politics and education, from the chamber to the classroom."},
    };
    List<Author> team = new ArrayList<>();
    for (String[] person : people) {
      String slug = person[0].toLowerCase().replace(' ', '-');
      team.add(authors.save(new Author(person[0], slug, person[1])));
    }
    return team;
  }

  private void writePages() {
    String[][] content = {
      {
        "about-us",
        "About us",
        "<p>This is a demonstration site for Headline, an open news publishing system. The articles here are generated and fictional.</p><h2>What we do</h2><p>A newsroom publishes with Headline; readers get fast, honest pages with real view and share counts.</p>"
      },
      {
        "contact",
        "Contact",
        "<p>Write to the newsroom at <a href=\"mailto:newsroom@example.org\">newsroom@example.org</a>. We read every message.</p>"
      },
      {
        "advertise-with-us",
        "Advertise with Us",
        "<p>Reach readers who come for the news. Ask our team at <a href=\"mailto:ads@example.org\">ads@example.org</a> for the media kit.</p>"
      },
      {
        "privacy-policy",
        "Privacy & Policy",
        "<p>We count page views without cookies and without storing your IP address. Accounts keep only what you give us.</p>"
      },
    };
    for (int i = 0; i < content.length; i++) {
      pages.save(new Page(content[i][0], content[i][1], content[i][2], i));
    }
  }

  private List<Media> paintPictures() {
    Path folder = files.folder();
    List<Media> pictures = new ArrayList<>();
    for (int n = 1; n <= IMAGES; n++) {
      String name = DemoImages.paint(folder, n);
      Media picture =
          media
              .findByFileName(name)
              .orElseGet(
                  () -> {
                    Media m =
                        new Media(
                            name,
                            "image/jpeg",
                            DemoImages.WIDTH,
                            DemoImages.HEIGHT,
                            size(folder.resolve(name)));
                    m.setAltText("Abstract landscape illustration");
                    m.setCredit("Headline demo");
                    return media.save(m);
                  });
      pictures.add(picture);
    }
    return pictures;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
