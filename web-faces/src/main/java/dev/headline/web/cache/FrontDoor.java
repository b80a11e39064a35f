package dev.headline.web.cache;

import dev.headline.web.site.Origin;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Answers cache hits in front of the servlet container, where the server allows it.
 *
 * <p>A hit through {@link PageCacheFilter} still pays for the whole servlet pipeline before the
 * filter runs: Jakarta Security's authentication bridge, JACC permission checks, request listeners
 * (about three quarters of a hit's CPU, bench/RESULTS.md). On Payara, whose HTTP layer is Grizzly,
 * the front door puts a handler before the container's: a {@code GET} or {@code HEAD} that carries
 * no credentials (no {@code Authorization} header, no session or member cookie) and whose page is
 * stored is answered there with the same bytes, headers and view recording as the filter's hit
 * ({@link CacheHits}); everything else goes on to the container untouched. Pages are stored only
 * from anonymous renders of readers' pages, which no security constraint covers, so nothing the
 * container would refuse is answered here.
 *
 * <p>Closer still to the socket, on a plain listener, a {@code GrizzlyWire} answers the plainest of
 * those requests (one complete anonymous {@code GET} or {@code HEAD} with nothing unusual about it)
 * from the bytes the connection received, before Grizzly's HTTP parsing; {@code
 * headline.cache.front-door.wire=false} leaves it out.
 *
 * <p>On another server, or if Payara's internals are not where this class looks for them, the door
 * stays shut and says so once in the log: the filter answers hits as before. {@code
 * headline.cache.front-door=false} keeps it shut.
 */
@WebListener
public class FrontDoor implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(FrontDoor.class.getName());

  @Inject CacheHits hits;
  @Inject BeanManager beans;
  @Inject PageCache cache;
  @Inject MetricRegistry metrics;

  @Inject
  @ConfigProperty(name = "headline.cache.front-door", defaultValue = "true")
  boolean wanted;

  /** Whether hits may also be answered before the server's HTTP parsing ({@code GrizzlyWire}). */
  @Inject
  @ConfigProperty(name = "headline.cache.front-door.wire", defaultValue = "true")
  boolean wire;

  @Inject
  @ConfigProperty(name = "headline.cache.member-cookies", defaultValue = "JSESSIONIDSSO")
  List<String> memberCookies;

  private String contextPath;
  private String configuredOrigin;
  private String sessionCookie;
  private ClassLoader application;
  private Counter answered;
  private Counter answeredOnWire;
  private Runnable shut;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (!wanted || !cache.isEnabled()) {
      return;
    }
    ServletContext context = event.getServletContext();
    contextPath = context.getContextPath();
    configuredOrigin = Origin.configured();
    String configured = context.getSessionCookieConfig().getName();
    sessionCookie = configured == null || configured.isBlank() ? "JSESSIONID" : configured;
    application = context.getClassLoader();
    answered = metrics.counter("headline.cache.front.hits");
    answeredOnWire = metrics.counter("headline.cache.wire.hits");
    hits = Unproxied.of(beans, CacheHits.class, hits);
    try {
      shut = GrizzlyFront.open(this, wire);
      LOG.info("Page cache front door open: hits are answered before the servlet container");
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      LOG.log(
          Level.INFO,
          "Page cache front door not available on this server ("
              + e
              + "); the servlet filter answers hits");
    }
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (shut != null) {
      shut.run();
      shut = null;
    }
  }

  /**
   * The answer to a request from the cache, or {@code null} to let the container handle it. Never
   * throws: a failure here costs the request nothing but the way round. Records nothing: {@link
   * #served} does, once the answer is sent.
   */
  CacheHits.Answer answer(HitRequest request, String cookieHeader, boolean credentials) {
    String method = request.method();
    if (!("GET".equals(method) || "HEAD".equals(method))
        || credentials
        || !mine(request.uri())
        || (cookieHeader != null && carriesMember(cookieHeader))) {
      return null;
    }
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(application);
    try {
      return hits.hit(request);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Front door passed a request on after a failure", e);
      return null;
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  /**
   * Records a sent answer (the article's view, the metrics). Never throws.
   *
   * @param onWire whether it was answered before the server parsed the request ({@link
   *     GrizzlyWire})
   */
  void served(CacheHits.Answer answer, HitRequest request, boolean onWire) {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(application);
    try {
      hits.served(answer, request);
      answered.inc();
      if (onWire) {
        answeredOnWire.inc();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A view served by the front door was not recorded", e);
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  /** The base of the site's links for a request that came in with these parts. */
  String origin(String scheme, String serverName, int port) {
    return Origin.of(configuredOrigin, scheme, serverName, port, contextPath);
  }

  private boolean mine(String uri) {
    return uri != null
        && uri.startsWith(contextPath)
        && (uri.length() == contextPath.length() || uri.charAt(contextPath.length()) == '/');
  }

  /** Whether a {@code Cookie} header names the session cookie or a member cookie. */
  boolean carriesMember(String cookieHeader) {
    for (String pair : cookieHeader.split(";")) {
      int equals = pair.indexOf('=');
      String name = (equals < 0 ? pair : pair.substring(0, equals)).strip();
      if (name.equalsIgnoreCase(sessionCookie)
          || memberCookies.stream().anyMatch(c -> c.strip().equalsIgnoreCase(name))) {
        return true;
      }
    }
    return false;
  }
}
