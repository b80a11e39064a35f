/*
 * Headline benchmark data generator.
 *
 * Writes a synthetic news site of N published articles straight into the H2 file database of a
 * Headline data folder whose schema the application has already created (start the WAR once on an
 * empty folder with headline.demo.enabled=false, stop it, then run this). Run it with the H2 jar on
 * the class path, as a single-file program:
 *
 *   java -Djava.awt.headless=true -cp h2-2.2.224.jar bench/generator/Generator.java \
 *        --data-dir bench/target/data-1000 --articles 1000 [--seed 8]
 *
 * What it writes:
 *   - a few generated pictures under <data dir>/media/ (name.jpg plus name-300w/-768w/-1200w.jpg)
 *     and one media row each; articles share them;
 *   - authors, the four static pages, and N PUBLISHED articles (200 to 2,500 words, most with a
 *     featured image, some with a picture inside the body) published over the last two years,
 *     each drawn from a section and subsection of the reference category tree;
 *   - each article filed under its subsection (primary) and that subsection's section;
 *   - readers' comments (engagement's reader_comment): none on half of the articles, a long tail
 *     on the rest, mostly approved, some replies, some held or marked as spam;
 *   - view history (engagement's article_counter and article_view_hour): total views, hits and
 *     shares of every article, older ones more viewed, and hour-by-hour views of the last seven
 *     days (what trending reads) for recent articles and a few older ones that come back;
 *   - <data dir>/dataset.properties: the counts and the article the harness measures.
 *
 * Ids come from above the current value of the hl_seq sequence, which is then restarted past the
 * highest id written, on a multiple of 50 (EclipseLink pre-allocates 50 ids a call).
 *
 * Every word of the generated prose comes from the phrase lists below; the output is fictional and
 * deterministic for a given seed and article count (publish dates are relative to today).
 */

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

public class Generator {

  // ---------------------------------------------------------------------------------------------
  // The reference category tree (names and nesting are facts of the reference site).

  record Section(String name, String slug, String[] subsections, String[] topics, String[] actors) {}

  static final Section[] SECTIONS = {
    new Section(
        "World News",
        "world-news",
        new String[] {"Us & Canada", "Europe", "Asia", "Africa", "Middle East"},
        new String[] {
          "a border crossing agreement", "grain shipments", "the water sharing accord",
          "consular services", "a peace conference", "visa rules for students"
        },
        new String[] {"diplomats", "mediators", "coastal states", "relief workers", "ambassadors"}),
    new Section(
        "Politics",
        "politics",
        new String[] {
          "Elections", "Political Parties", "Government Policies", "International Relations",
          "Legislative News"
        },
        new String[] {
          "the spending review", "a draft constitution", "the rural broadband pledge",
          "lobbying rules", "the pension bill", "postal voting"
        },
        new String[] {
          "lawmakers", "the cabinet", "party delegates", "municipal councils", "senators"
        }),
    new Section(
        "Business & Finance",
        "business-finance",
        new String[] {
          "Market Trends", "Stock Market", "Entrepreneurship", "Corporate News", "Economic Policies"
        },
        new String[] {
          "the housing market", "market volatility", "commodity markets", "export credit",
          "the labour market", "wholesale power prices"
        },
        new String[] {
          "traders", "market regulators", "family businesses", "exporters", "credit unions"
        }),
    new Section(
        "Science & Environment",
        "science-environment",
        new String[] {
          "Space Exploration", "Climate Change", "Wildlife & Conservation",
          "Environmental Policies", "Medical Research"
        },
        new String[] {
          "a lunar lander", "peatland carbon", "migrating whales", "river pollution",
          "drought resistant wheat", "a new comet"
        },
        new String[] {
          "astronomers", "marine biologists", "forest rangers", "climate modellers", "geologists"
        }),
    new Section(
        "Health",
        "health",
        new String[] {
          "Public Health", "Mental Health", "Medical Breakthroughs", "Fitness & Nutrition",
          "Pandemic Updates"
        },
        new String[] {
          "emergency room queues", "a malaria vaccine", "teenage sleep", "salt in bread",
          "home care visits", "hearing loss"
        },
        new String[] {"surgeons", "midwives", "health inspectors", "pharmacists", "care workers"}),
    new Section(
        "Sports",
        "sports",
        new String[] {"Football", "Basketball", "Tennis", "Olympics", "Motorsport"},
        new String[] {
          "the cup draw", "a doping inquiry", "the relegation battle", "ticket prices",
          "the qualifying session", "a comeback season"
        },
        new String[] {"supporters", "the captain", "club owners", "referees", "rookies"}),
    new Section(
        "Entertainment",
        "entertainment",
        new String[] {
          "Movies", "Music", "TV & Streaming", "Celebrity News", "Awards & Festivals"
        },
        new String[] {
          "a silent film revival", "vinyl sales", "a reality show finale", "the jazz week",
          "a costume drama", "regional radio"
        },
        new String[] {"producers", "listeners", "box office analysts", "actors", "curators"}),
    new Section(
        "Crime & Justice",
        "crime-justice",
        new String[] {
          "Court Cases", "Cybercrime", "Policing", "Criminal Investigations", "Legal Reforms"
        },
        new String[] {
          "a ransomware attack", "jury selection", "bail hearings", "a smuggling ring",
          "body cameras", "legal aid budgets"
        },
        new String[] {"magistrates", "investigators", "civil liberties groups", "jurors", "police chiefs"}),
    new Section(
        "Education",
        "education",
        new String[] {
          "Higher Education", "Scholarships & Grants", "Online Learning", "School Reforms",
          "Research & Innovation"
        },
        new String[] {
          "school meals", "exam timetables", "a coding curriculum", "student housing",
          "research grants", "adult literacy"
        },
        new String[] {"lecturers", "pupils", "school boards", "researchers", "exam boards"}),
    new Section(
        "Lifestyle",
        "lifestyle",
        new String[] {
          "Travel", "Food & Drink", "Fashion & Beauty", "Home & Living", "Relationships & Family"
        },
        new String[] {
          "night trains", "fermented vegetables", "secondhand clothing", "balcony gardens",
          "shared childcare", "city cycling"
        },
        new String[] {"commuters", "bakers", "tailors", "grandparents", "hikers"}),
    new Section(
        "Technology & Startups",
        "technology-startups",
        new String[] {
          "Software & Apps", "Startup Success Stories", "Startups & Innovations",
          "Tech Regulations", "Venture Capital", "Artificial Intelligence", "Cybersecurity",
          "Emerging Technologies", "Gadgets & Devices", "Industry Analysis"
        },
        new String[] {
          "chip supply", "a language model", "encrypted messaging", "electric scooters",
          "cloud outages", "a payments app"
        },
        new String[] {"programmers", "startup founders", "chip makers", "security researchers", "app developers"}),
  };

  // ---------------------------------------------------------------------------------------------
  // Phrase lists: the project's own, deliberately plain, clearly fictional.

  static final String[] VERBS = {
    "take a closer look at", "change course on", "set new targets for", "argue over",
    "make progress on", "seek answers about", "raise fresh doubts about", "prepare a plan for",
    "report early gains in", "face pressure over"
  };
  static final String[] PLACES = {
    "Porto", "Accra", "Da Nang", "Valparaiso", "Riga", "Hobart", "Quito", "Bergen", "Mombasa",
    "Osaka", "Winnipeg", "Tunis", "Cork", "Medan", "Leipzig"
  };
  static final String[] FIRST = {
    "Ada", "Bruno", "Chiara", "Dmitri", "Efua", "Farid", "Greta", "Hugo", "Ines", "Jun", "Kofi",
    "Lena", "Marta", "Nils", "Olu", "Paz", "Quentin", "Rosa", "Sami", "Tove", "Uma", "Viktor",
    "Wen", "Yara"
  };
  static final String[] LAST = {
    "Abara", "Berg", "Castillo", "Demir", "Eriksen", "Fontaine", "Gallo", "Haddad", "Ito",
    "Jensen", "Kowalski", "Laine", "Mensah", "Novak", "Ortega", "Petrov", "Quist", "Rossi",
    "Sato", "Tanaka"
  };
  static final String[] BEATS = {
    "local government", "the energy transition", "courts and tribunals", "small business",
    "public transport", "universities", "farming", "the arts", "cities", "the coast"
  };
  static final String[] SENTENCES = {
    "People who have followed %s for years say this week felt different.",
    "The first official figures on %s are due before the end of the quarter.",
    "Not everyone in %s agrees on what should happen next.",
    "Several groups asked for more time to study the proposal on %s.",
    "A review published in the spring found the old approach to %s too slow.",
    "Residents of %s told reporters they mostly wanted clear information.",
    "Officials said the plan would be adjusted if the early results disappoint.",
    "The cost estimates have changed twice since the project began.",
    "Supporters describe the change as overdue, while opponents call it rushed.",
    "Much depends on how quickly the new rules can be explained to the public.",
    "Nobody expects the debate about %s to end soon.",
    "Comparable efforts in other countries took several years to show results.",
    "The discussion in %s has shifted from principles to practical details.",
    "Independent observers urged caution until the full data is released.",
    "A short statement promised another update within a few weeks.",
    "For smaller organisations the paperwork remains the biggest obstacle.",
    "Those closest to %s say the human side of the story is often overlooked.",
    "The timetable leaves little room for delays or second thoughts."
  };
  static final String[] HEADINGS = {
    "How we got here", "What the figures show", "Who is affected", "The objections",
    "A view from the street", "What comes next", "The bigger picture", "Open questions"
  };
  static final String[] ENDINGS = {
    "The story of %s is far from over, and we will keep following it.",
    "Readers will find further coverage of %s in the days ahead.",
    "For now, the next step on %s is a matter of weeks, not months."
  };

  // ---------------------------------------------------------------------------------------------

  static final String[] COMMENT_OPENINGS = {
    "Thanks for covering this.", "I have been waiting for someone to write this up.",
    "Good piece, but one thing is missing.", "Not sure I agree with the framing here.",
    "We saw the same thing in our town last year.", "Finally some numbers on this.",
    "Interesting read.", "This matches what my neighbours say.", "Hard to believe, honestly.",
    "Sharing this with my team."
  };
  static final String[] COMMENT_MIDDLES = {
    "The part about %s deserves a follow-up.", "Who is paying for %s in the end?",
    "It would help to hear from the people closest to %s.",
    "The comparison with last year on %s is what I keep coming back to.",
    "My question is how long %s will take to show results.",
    "Local coverage of %s has been thin, so this is welcome.",
    "I would like to see the full figures behind %s."
  };
  static final String[] COMMENT_CLOSINGS = {
    "Keep it up.", "Looking forward to the next update.", "Let us see what happens.",
    "", "", "Any plans to revisit this?", "Well reported."
  };

  static final int IMAGE_WIDTH = 1200;
  static final int IMAGE_HEIGHT = 675;
  static final int[] VARIANT_WIDTHS = {300, 768, 1200};
  static final int PICTURES = 6;
  static final int AUTHORS = 48;
  static final int BATCH = 250;
  static final int TRENDING_HOURS = 168;
  static final double WORDS_PER_MINUTE = 238.0;

  final Path dataDir;
  final int articleCount;
  final SplittableRandom random;
  final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  long nextId;

  Generator(Path dataDir, int articleCount, long seed) {
    this.dataDir = dataDir;
    this.articleCount = articleCount;
    this.random = new SplittableRandom(seed);
  }

  public static void main(String[] args) throws Exception {
    Path dataDir = null;
    int articles = 1000;
    long seed = 8;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data-dir" -> dataDir = Path.of(args[++i]);
        case "--articles" -> articles = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
      }
    }
    if (dataDir == null || articles < 1) {
      System.err.println("usage: Generator --data-dir DIR --articles N [--seed S]");
      System.exit(2);
    }
    new Generator(dataDir.toAbsolutePath().normalize(), articles, seed).run();
  }

  void run() throws Exception {
    long started = System.nanoTime();
    Path db = dataDir.resolve("db").resolve("headline.mv.db");
    if (!Files.exists(db)) {
      throw new IllegalStateException(
          db + " does not exist: start the application once on this folder to create the schema");
    }
    List<Picture> pictures = paintPictures();
    String url = "jdbc:h2:file:" + dataDir.resolve("db").resolve("headline");
    try (Connection c = DriverManager.getConnection(url, "headline", "headline")) {
      c.setAutoCommit(false);
      requireEmpty(c);
      nextId = firstFreeId(c);
      prepareTaxonomy(c);
      List<Long> media = writeMedia(c, pictures);
      List<Long> authors = writeAuthors(c);
      writePages(c);
      c.commit();
      Chosen chosen = writeArticles(c, media, pictures, authors);
      long restart = ((nextId + 49) / 50) * 50 + 50;
      try (Statement s = c.createStatement()) {
        s.execute("alter sequence hl_seq restart with " + restart);
      }
      c.commit();
      writeProperties(chosen, restart, started);
    }
    System.out.printf(
        Locale.ROOT,
        "generated %,d articles in %.1f s%n",
        articleCount,
        (System.nanoTime() - started) / 1e9);
  }

  static void requireEmpty(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from article")) {
      rs.next();
      if (rs.getLong(1) > 0) {
        throw new IllegalStateException("The database already holds articles; use an empty one");
      }
    }
  }

  /** An id above anything the sequence has handed out (or pre-allocated) so far. */
  static long firstFreeId(Connection c) throws SQLException {
    long seq;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select next value for hl_seq")) {
      rs.next();
      seq = rs.getLong(1);
    }
    long max = 0;
    for (String table : new String[] {"media", "author", "article", "page"}) {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from " + table)) {
        rs.next();
        max = Math.max(max, rs.getLong(1));
      }
    }
    return Math.max(seq + 50, max + 1);
  }

  // ---------------------------------------------------------------------------------------------
  // Pictures

  record Picture(String fileName, long sizeBytes) {}

  List<Picture> paintPictures() throws IOException {
    Path folder = dataDir.resolve("media");
    Files.createDirectories(folder);
    List<Picture> pictures = new ArrayList<>();
    for (int n = 1; n <= PICTURES; n++) {
      String name = "bench-photo-" + n + ".jpg";
      paint(folder.resolve(name), n, IMAGE_WIDTH);
      for (int w : VARIANT_WIDTHS) {
        paint(folder.resolve("bench-photo-" + n + "-" + w + "w.jpg"), n, w);
      }
      pictures.add(new Picture(name, Files.size(folder.resolve(name))));
    }
    return pictures;
  }

  /** Paints picture n: a sky gradient, a low sun, and a row of block buildings. */
  static void paint(Path file, int n, int width) throws IOException {
    int height = width * IMAGE_HEIGHT / IMAGE_WIDTH;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.scale(width / (double) IMAGE_WIDTH, height / (double) IMAGE_HEIGHT);
      SplittableRandom r = new SplittableRandom(1000L + n);
      float hue = (n * 0.17f) % 1f;
      g.setPaint(
          new GradientPaint(
              0, 0, Color.getHSBColor(hue, 0.55f, 0.45f),
              0, IMAGE_HEIGHT, Color.getHSBColor((hue + 0.08f) % 1f, 0.35f, 0.95f)));
      g.fillRect(0, 0, IMAGE_WIDTH, IMAGE_HEIGHT);
      g.setColor(Color.getHSBColor((hue + 0.5f) % 1f, 0.25f, 1f));
      int sun = 90 + r.nextInt(90);
      g.fill(new Ellipse2D.Double(100 + r.nextInt(900), 200 + r.nextInt(150), sun, sun));
      for (int x = -20; x < IMAGE_WIDTH; ) {
        int w = 50 + r.nextInt(110);
        int h = 120 + r.nextInt(330);
        g.setColor(Color.getHSBColor(hue, 0.3f, 0.12f + r.nextInt(20) / 100f));
        g.fillRect(x, IMAGE_HEIGHT - h, w, h);
        g.setColor(new Color(255, 230, 160, 140));
        for (int wy = IMAGE_HEIGHT - h + 14; wy < IMAGE_HEIGHT - 20; wy += 26) {
          for (int wx = x + 8; wx < x + w - 12; wx += 18) {
            if (r.nextInt(3) == 0) {
              g.fillRect(wx, wy, 7, 11);
            }
          }
        }
        x += w + r.nextInt(12);
      }
    } finally {
      g.dispose();
    }
    ImageIO.write(image, "jpg", file.toFile());
  }

  List<Long> writeMedia(Connection c, List<Picture> pictures) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into media (id, file_name, mime_type, width, height, size_bytes, alt_text,"
                + " caption, credit, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Picture p : pictures) {
        long id = nextId++;
        ps.setLong(1, id);
        ps.setString(2, p.fileName());
        ps.setString(3, "image/jpeg");
        ps.setInt(4, IMAGE_WIDTH);
        ps.setInt(5, IMAGE_HEIGHT);
        ps.setLong(6, p.sizeBytes());
        ps.setString(7, "Generated skyline at dusk");
        ps.setString(8, "A generated picture for the benchmark data set.");
        ps.setString(9, "Headline bench");
        ps.setObject(10, utc(now.minus(Duration.ofDays(800))));
        ps.addBatch();
        ids.add(id);
      }
      ps.executeBatch();
    }
    return ids;
  }

  List<Long> writeAuthors(Connection c) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into author (id, slug, name, bio, avatar_id, created_at)"
                + " values (?, ?, ?, ?, null, ?)")) {
      for (int i = 0; i < AUTHORS; i++) {
        String name = FIRST[i % FIRST.length] + " " + LAST[(i * 7 + i / FIRST.length) % LAST.length];
        long id = nextId++;
        ps.setLong(1, id);
        ps.setString(2, slug(name) + "-" + (i + 1));
        ps.setString(3, name);
        ps.setString(4, "Reports on " + BEATS[i % BEATS.length] + " for the benchmark edition.");
        ps.setObject(5, utc(now.minus(Duration.ofDays(800))));
        ps.addBatch();
        ids.add(id);
      }
      ps.executeBatch();
    }
    return ids;
  }

  void writePages(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from page")) {
      rs.next();
      if (rs.getLong(1) > 0) {
        return;
      }
    }
    String[][] pages = {
      {"about-us", "About us", "<p>A benchmark edition of Headline. Every story here is generated.</p>"},
      {"contact", "Contact", "<p>This edition has no newsroom to contact.</p>"},
      {"advertise-with-us", "Advertise with Us", "<p>No advertising is sold on the benchmark edition.</p>"},
      {"privacy-policy", "Privacy & Policy", "<p>The benchmark edition stores nothing about its readers.</p>"},
    };
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into page (id, slug, title, body, position, updated_at, version)"
                + " values (?, ?, ?, ?, ?, ?, 1)")) {
      for (int i = 0; i < pages.length; i++) {
        ps.setLong(1, nextId++);
        ps.setString(2, pages[i][0]);
        ps.setString(3, pages[i][1]);
        ps.setString(4, pages[i][2]);
        ps.setInt(5, i);
        ps.setObject(6, utc(now.minus(Duration.ofDays(800))));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Articles

  /** The article the harness measures: a typical length, with a featured picture. */
  record Chosen(long id, String slug, int words, String section, int comments) {}

  Chosen writeArticles(Connection c, List<Long> media, List<Picture> pictures, List<Long> authors)
      throws SQLException {
    Chosen chosen = null;
    long span = Duration.ofDays(730).toSeconds();
    try (PreparedStatement art =
            c.prepareStatement(
                "insert into article (id, slug, title, standfirst, body, language,"
                    + " featured_media_id, featured_caption, featured_alt, status, published_at,"
                    + " reading_minutes, word_count, created_at, updated_at, version)"
                    + " values (?, ?, ?, ?, ?, 'en', ?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, ?, 1)");
        PreparedStatement byline =
            c.prepareStatement(
                "insert into article_author (article_id, author_id, position) values (?, ?, ?)")) {
      for (int i = 0; i < articleCount; i++) {
        Section section = SECTIONS[random.nextInt(SECTIONS.length)];
        String subsection = section.subsections()[random.nextInt(section.subsections().length)];
        String topic = pick(section.topics());
        String actor = pick(section.actors());
        String place = pick(PLACES);
        String title = capitalise(actor + " " + pick(VERBS) + " " + topic)
            + (random.nextInt(3) == 0 ? " in " + place : "");
        String slug = slug(title);
        if (slug.length() > 80) {
          slug = slug.substring(0, 80).replaceAll("-+$", "");
        }
        slug = slug + "-" + (i + 1);
        String standfirst =
            capitalise(actor) + " and " + topic + ": a generated " + subsection
                + " story, told from " + place + ".";
        int target = 200 + (int) Math.round(Math.pow(random.nextDouble(), 2) * 2300);
        int pictureIndex = random.nextInt(10) < 7 ? random.nextInt(media.size()) : -1;
        boolean inline = random.nextInt(7) == 0;
        Body body = body(topic, place, target, inline ? pictures.get(random.nextInt(pictures.size())) : null);
        Instant published = now.minusSeconds(600 + random.nextLong(span));

        long id = nextId++;
        art.setLong(1, id);
        art.setString(2, slug);
        art.setString(3, title);
        art.setString(4, standfirst);
        art.setString(5, body.html());
        if (pictureIndex >= 0) {
          art.setLong(6, media.get(pictureIndex));
          art.setString(7, "Illustration: a generated skyline.");
          art.setString(8, "Skyline of tall buildings against an evening sky");
        } else {
          art.setNull(6, java.sql.Types.BIGINT);
          art.setNull(7, java.sql.Types.VARCHAR);
          art.setNull(8, java.sql.Types.VARCHAR);
        }
        art.setObject(9, utc(published));
        art.setInt(10, minutes(body.words(), body.images()));
        art.setInt(11, body.words());
        art.setObject(12, utc(published.minus(Duration.ofMinutes(20 + random.nextInt(600)))));
        art.setObject(13, utc(published));
        art.addBatch();

        long first = authors.get(random.nextInt(authors.size()));
        byline.setLong(1, id);
        byline.setLong(2, first);
        byline.setInt(3, 0);
        byline.addBatch();
        if (random.nextInt(8) == 0) {
          long second = authors.get(random.nextInt(authors.size()));
          if (second != first) {
            byline.setLong(1, id);
            byline.setLong(2, second);
            byline.setInt(3, 1);
            byline.addBatch();
          }
        }

        assignCategory(c, id, section, subsection, published);
        int comments = writeComments(id, topic, published);
        writeViewHistory(id, published);

        if (chosen == null && pictureIndex >= 0 && body.words() >= 900 && body.words() <= 1100
            && !inline && comments >= 5) {
          chosen = new Chosen(id, slug, body.words(), section.slug(), comments);
        }
        if ((i + 1) % BATCH == 0 || i + 1 == articleCount) {
          art.executeBatch();
          byline.executeBatch();
          flushCategories();
          flushEngagement();
          c.commit();
        }
        if ((i + 1) % 10_000 == 0) {
          System.out.printf(Locale.ROOT, "  %,d articles%n", i + 1);
        }
      }
    }
    if (chosen == null) {
      throw new IllegalStateException(
          "No article of 900-1,100 words with a picture and five comments was generated");
    }
    return chosen;
  }

  record Body(String html, int words, int images) {}

  Body body(String topic, String place, int target, Picture inline) {
    StringBuilder html = new StringBuilder(target * 8);
    int words = 0;
    int paragraphs = 0;
    int sinceHeading = 0;
    int images = 0;
    while (words < target) {
      if (sinceHeading >= 3 && random.nextInt(3) == 0) {
        String h = pick(HEADINGS);
        html.append("<h2>").append(h).append("</h2>\n");
        words += countWords(h);
        sinceHeading = 0;
      }
      html.append("<p>");
      int sentences = 2 + random.nextInt(5);
      for (int s = 0; s < sentences; s++) {
        String sentence = String.format(pick(SENTENCES), random.nextBoolean() ? topic : place);
        if (s > 0) {
          html.append(' ');
        }
        html.append(s == 0 ? capitalise(sentence) : sentence);
        words += countWords(sentence);
      }
      html.append("</p>\n");
      paragraphs++;
      sinceHeading++;
      if (inline != null && images == 0 && paragraphs == 2) {
        String base = inline.fileName().substring(0, inline.fileName().length() - 4);
        html.append("<figure><img src=\"/media/").append(base).append("-768w.jpg\" srcset=\"/media/")
            .append(base).append("-300w.jpg 300w, /media/").append(base).append("-768w.jpg 768w\"")
            .append(" width=\"768\" height=\"432\" alt=\"Generated skyline\" loading=\"lazy\">")
            .append("<figcaption>A generated picture.</figcaption></figure>\n");
        words += 3;
        images++;
      }
    }
    String end = String.format(pick(ENDINGS), topic);
    html.append("<p>").append(end).append("</p>");
    words += countWords(end);
    return new Body(html.toString(), words, images);
  }

  // ---------------------------------------------------------------------------------------------
  // Taxonomy and engagement.

  /** Category ids by name path ("World News" and "World News/Asia"), read once. */
  private final Map<String, Long> categories = new HashMap<>();

  private PreparedStatement filing;
  private PreparedStatement commenting;
  private PreparedStatement counting;
  private PreparedStatement hourly;

  /**
   * Reads back the section tree the application seeded at its first start (the taxonomy module
   * plants the default tree), so articles can be filed by section and subsection name.
   */
  void prepareTaxonomy(Connection c) throws SQLException {
    Map<Long, String[]> rows = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select id, parent_id, name from category")) {
      while (rs.next()) {
        rows.put(rs.getLong(1), new String[] {String.valueOf(rs.getObject(2)), rs.getString(3)});
      }
    }
    for (var row : rows.entrySet()) {
      String parent = row.getValue()[0];
      String name = row.getValue()[1];
      String key = "null".equals(parent) ? name : rows.get(Long.parseLong(parent))[1] + "/" + name;
      categories.put(key, row.getKey());
    }
    if (categories.isEmpty()) {
      throw new IllegalStateException("No sections: the application did not seed its taxonomy");
    }
    filing =
        c.prepareStatement(
            "insert into article_category (article_id, category_id, kind, published_at)"
                + " values (?, ?, ?, ?)");
    commenting =
        c.prepareStatement(
            "insert into reader_comment (id, article_id, parent_id, author_name, author_email,"
                + " author_account, author_key, body, status, visitor, created_at, moderated_at,"
                + " moderated_by) values (?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?)");
    counting =
        c.prepareStatement(
            "insert into article_counter (article_id, views, hits, shares) values (?, ?, ?, ?)");
    hourly =
        c.prepareStatement(
            "insert into article_view_hour (article_id, epoch_hour, views) values (?, ?, ?)");
  }

  /** Files an article under its subsection (primary) and the section above it. */
  void assignCategory(
      Connection c, long articleId, Section section, String subsection, Instant published)
      throws SQLException {
    Long parent = categories.get(section.name());
    Long child = categories.get(section.name() + "/" + subsection);
    if (parent == null || child == null) {
      throw new IllegalStateException("No section " + section.name() + "/" + subsection);
    }
    for (long[] link : new long[][] {{child, 'P'}, {parent, 'A'}}) {
      filing.setLong(1, articleId);
      filing.setLong(2, link[0]);
      filing.setString(3, String.valueOf((char) link[1]));
      filing.setObject(4, utc(published));
      filing.addBatch();
    }
  }

  /** Writes the filed links after their articles (foreign keys). */
  void flushCategories() throws SQLException {
    filing.executeBatch();
  }

  /**
   * Writes an article's comments: none on half of the articles, up to about twenty on the rest
   * (few on most), in the days after publication; nine in ten approved (by a moderator, an hour
   * later at most), the others held or marked as spam; one in five after the first replies to an
   * earlier top-level comment (replies are one level deep, as the application stores them).
   *
   * @return how many are approved (what readers see and the counts show)
   */
  int writeComments(long articleId, String topic, Instant published) throws SQLException {
    int count = (int) Math.floor(Math.pow(random.nextDouble(), 4) * 22);
    long window = Math.max(60, Math.min(Duration.ofDays(4).toSeconds(), published.until(now, ChronoUnit.SECONDS)));
    long[] offsets = new long[count];
    for (int i = 0; i < count; i++) {
      offsets[i] = 60 + random.nextLong(window);
    }
    java.util.Arrays.sort(offsets);
    List<Long> topLevel = new ArrayList<>();
    int approved = 0;
    for (int i = 0; i < count; i++) {
      long id = nextId++;
      Instant created = published.plusSeconds(offsets[i]);
      if (created.isAfter(now)) {
        created = now;
      }
      Long parent =
          !topLevel.isEmpty() && random.nextInt(5) == 0
              ? topLevel.get(random.nextInt(topLevel.size()))
              : null;
      int roll = random.nextInt(100);
      String status = roll < 90 ? "APPROVED" : roll < 96 ? "PENDING" : "SPAM";
      String first = pick(FIRST);
      String last = pick(LAST);
      String email =
          (first + "." + last + (1 + random.nextInt(99))).toLowerCase(Locale.ROOT) + "@example.org";
      StringBuilder body = new StringBuilder(pick(COMMENT_OPENINGS));
      int middles = 1 + random.nextInt(3);
      for (int m = 0; m < middles; m++) {
        body.append(m == 0 ? " " : "\n\n").append(String.format(pick(COMMENT_MIDDLES), topic));
      }
      String closing = pick(COMMENT_CLOSINGS);
      if (!closing.isEmpty()) {
        body.append(' ').append(closing);
      }
      commenting.setLong(1, id);
      commenting.setLong(2, articleId);
      if (parent == null) {
        commenting.setNull(3, java.sql.Types.BIGINT);
      } else {
        commenting.setLong(3, parent);
      }
      commenting.setString(4, first + " " + last.charAt(0) + ".");
      commenting.setString(5, email);
      commenting.setString(6, "email:" + email);
      commenting.setString(7, body.toString());
      commenting.setString(8, status);
      commenting.setString(9, String.format("%016x%016x", random.nextLong(), random.nextLong()));
      commenting.setObject(10, utc(created));
      if (status.equals("PENDING")) {
        commenting.setNull(11, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
        commenting.setNull(12, java.sql.Types.VARCHAR);
      } else {
        Instant moderated = created.plusSeconds(30 + random.nextInt(3600));
        commenting.setObject(11, utc(moderated.isAfter(now) ? now : moderated));
        commenting.setString(12, "editor");
      }
      commenting.addBatch();
      if (status.equals("APPROVED")) {
        approved++;
        if (parent == null) {
          topLevel.add(id);
        }
      }
    }
    return approved;
  }

  /**
   * Writes an article's counters and, for the last seven days, its views hour by hour. Total views
   * follow a long tail (a few hundred for most articles, tens of thousands for a few) and grow
   * with age; an article published this week was read mostly in its first hours, and about one
   * older article in twenty is read again this week. Hits (every request that counted, repeats
   * included) exceed views; about one reader in fifty shares.
   */
  void writeViewHistory(long articleId, Instant published) throws SQLException {
    long ageHours = Math.max(0, published.until(now, ChronoUnit.HOURS));
    double popularity = Math.exp(random.nextDouble() * random.nextDouble() * 6);
    long views = Math.round(40 * popularity * Math.min(1.0, (ageHours + 6) / 72.0)
        + random.nextInt(60) * Math.min(1.0, ageHours / 720.0));
    long nowHour = now.getEpochSecond() / 3600;
    long recent = 0;
    long publishedHour = published.getEpochSecond() / 3600;
    if (ageHours < TRENDING_HOURS) {
      // Most of a new article's views, decaying from its first hour.
      for (long hour = publishedHour; hour <= nowHour; hour++) {
        double share = Math.exp(-(hour - publishedHour) / 12.0) * 0.06;
        long inHour = Math.round(views * share * (0.6 + random.nextDouble() * 0.8));
        if (inHour > 0) {
          addHour(articleId, hour, inHour);
          recent += inHour;
        }
      }
    } else if (random.nextInt(20) == 0) {
      // An older article that comes back: a few busy hours this week.
      int hours = 1 + random.nextInt(6);
      long start = nowHour - random.nextInt(TRENDING_HOURS - hours);
      for (long hour = start; hour < start + hours; hour++) {
        long inHour = 5 + random.nextInt(120);
        addHour(articleId, hour, inHour);
        recent += inHour;
      }
    }
    views = Math.max(views, recent);
    long hits = views + Math.round(views * (0.05 + random.nextDouble() * 0.35));
    long shares = Math.round(views * random.nextDouble() * 0.04);
    counting.setLong(1, articleId);
    counting.setLong(2, views);
    counting.setLong(3, hits);
    counting.setLong(4, shares);
    counting.addBatch();
  }

  private void addHour(long articleId, long hour, long views) throws SQLException {
    hourly.setLong(1, articleId);
    hourly.setLong(2, hour);
    hourly.setLong(3, views);
    hourly.addBatch();
  }

  /** Writes the comments and counters of the articles just written. */
  void flushEngagement() throws SQLException {
    commenting.executeBatch();
    counting.executeBatch();
    hourly.executeBatch();
  }

  // ---------------------------------------------------------------------------------------------

  void writeProperties(Chosen chosen, long restart, long started) throws IOException {
    try (Writer w =
        Files.newBufferedWriter(dataDir.resolve("dataset.properties"), StandardCharsets.UTF_8)) {
      w.write("# Written by bench/generator/Generator.java\n");
      w.write("articles=" + articleCount + "\n");
      w.write("authors=" + AUTHORS + "\n");
      w.write("pictures=" + PICTURES + "\n");
      w.write("generated.at=" + now + "\n");
      w.write("generated.seconds=" + (System.nanoTime() - started) / 1_000_000_000L + "\n");
      w.write("sequence.restart=" + restart + "\n");
      w.write("bench.article.id=" + chosen.id() + "\n");
      w.write("bench.article.slug=" + chosen.slug() + "\n");
      w.write("bench.article.words=" + chosen.words() + "\n");
      w.write("bench.article.comments=" + chosen.comments() + "\n");
      w.write("bench.section=" + chosen.section() + "\n");
    }
  }

  static int minutes(int words, int images) {
    double seconds = words * 60.0 / WORDS_PER_MINUTE;
    for (int i = 0; i < images; i++) {
      seconds += Math.max(3, 12 - i);
    }
    return Math.max(1, (int) Math.ceil(seconds / 60.0 - 1e-9));
  }

  static int countWords(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        count++;
      }
      inWord = letter;
    }
    return count;
  }

  static String slug(String text) {
    StringBuilder out = new StringBuilder();
    boolean dash = false;
    for (char ch : text.toLowerCase(Locale.ROOT).replace("&", " and ").toCharArray()) {
      if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
        out.append(ch);
        dash = false;
      } else if (ch != '\'' && !dash && out.length() > 0) {
        out.append('-');
        dash = true;
      }
    }
    return out.toString().replaceAll("-+$", "");
  }

  static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  <T> T pick(T[] options) {
    return options[random.nextInt(options.length)];
  }
}
