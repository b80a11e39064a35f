import dev.headline.core.spi.ArticleCounts;
import dev.headline.core.spi.ReaderHit;
import dev.headline.engagement.views.domain.CounterDelta;
import dev.headline.engagement.views.domain.CrawlerList;
import dev.headline.engagement.views.domain.HitRules;
import dev.headline.engagement.views.domain.Verdict;
import dev.headline.engagement.views.domain.ViewCounter;
import dev.headline.engagement.views.infrastructure.JdbcCounterStore;
import dev.headline.engagement.trending.domain.HourlyViews;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.LongStream;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Views recorded per second through the engagement module's counting path (rules, visitor hash,
 * repeat window, adders) with the real write-behind: a flusher writes to an in-memory H2 database
 * with the module's own schema every second, as the server does. Every view comes from a new
 * visitor, so every one is counted and written. At the end the database sum is checked against
 * the views counted.
 *
 * <p>Arguments: threads, seconds, migration script.
 */
public class ServiceBench {

  private static final String FIREFOX =
      "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
  private static final int ARTICLES = 100;

  public static void main(String[] args) throws Exception {
    int threads = Integer.parseInt(args[0]);
    int seconds = Integer.parseInt(args[1]);
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1");
    migrate(dataSource, Files.readString(Path.of(args[2])));

    Clock clock = Clock.systemUTC();
    ViewCounter counter =
        new ViewCounter(clock, new HitRules(CrawlerList.bundled(), false), Duration.ofMinutes(30));
    JdbcCounterStore store = new JdbcCounterStore(dataSource);
    LongAdder counted = new LongAdder();
    LongAdder flushes = new LongAdder();
    AtomicBoolean running = new AtomicBoolean(true);

    Thread flusher =
        new Thread(
            () -> {
              while (running.get()) {
                try {
                  Thread.sleep(1000);
                  flush(counter, store, clock);
                  flushes.increment();
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      workers.add(
          new Thread(
              () -> {
                long i = 0;
                while (running.get()) {
                  String address =
                      "10." + thread + "." + ((i >> 16) & 0xff) + "." + ((i >> 8) & 0xff);
                  String agent = FIREFOX + " #" + (i & 0xff) + "-" + (i >> 24);
                  if (counter.view(i % ARTICLES, ReaderHit.get(address, agent))
                      == Verdict.COUNTED) {
                    counted.increment();
                  }
                  i++;
                }
              }));
    }
    long start = System.nanoTime();
    flusher.start();
    workers.forEach(Thread::start);
    Thread.sleep(seconds * 1000L);
    running.set(false);
    for (Thread worker : workers) {
      worker.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    flusher.interrupt();
    flusher.join();
    flush(counter, store, clock);

    long stored =
        store.read(LongStream.range(0, ARTICLES).boxed().toList()).values().stream()
            .mapToLong(ArticleCounts::views)
            .sum();
    long total = counted.sum();
    System.out.printf(
        "service: %,d views in %.1f s = %,.0f views/s (%d threads, %d flushes); database sum %,d:"
            + " %s%n",
        total,
        elapsed,
        total / elapsed,
        threads,
        flushes.sum() + 1,
        stored,
        stored == total ? "exact" : "MISMATCH");
    if (stored != total) {
      System.exit(1);
    }
  }

  private static void flush(ViewCounter counter, JdbcCounterStore store, Clock clock) {
    List<CounterDelta> deltas = counter.drain();
    try {
      store.add(deltas, HourlyViews.hourOf(clock.millis()));
    } catch (SQLException e) {
      counter.restore(deltas);
    }
    counter.forgetExpiredVisits();
  }

  private static void migrate(JdbcDataSource dataSource, String script) throws SQLException {
    StringBuilder sql = new StringBuilder();
    for (String line : script.split("\n")) {
      if (!line.strip().startsWith("--")) {
        sql.append(line).append('\n');
      }
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String command : sql.toString().split(";")) {
        if (!command.isBlank()) {
          statement.execute(command);
        }
      }
    }
  }
}
