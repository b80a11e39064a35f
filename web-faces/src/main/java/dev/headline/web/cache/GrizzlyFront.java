package dev.headline.web.cache;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.grizzly.Transport;
import org.glassfish.grizzly.http.Note;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.RequestExecutorProvider;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.strategies.SameThreadIOStrategy;
import org.glassfish.grizzly.strategies.WorkerThreadIOStrategy;

/**
 * The {@link FrontDoor} on Payara: a Grizzly handler set in front of the container's own on every
 * HTTP listener. This is the only class that knows Grizzly or Payara; the front door loads it only
 * when it opens, so on another server nothing here is touched.
 */
final class GrizzlyFront extends HttpHandler {

  /**
   * What the front door decided for the request being handled: a {@link Decision}. Set when Grizzly
   * asks for the request's executor, taken (and removed) by {@link #service}: Grizzly reuses its
   * request objects across the requests of a connection and keeps their notes, so a decision must
   * not outlive its request.
   */
  private static final Note<Decision> DECIDED = Request.createNote("headline-front-door");

  /** An answer from the cache ({@code null}: pass the request on), and the request it is for. */
  private record Decision(CacheHits.Answer answer, String method, String uri, String query) {

    boolean isFor(Request request) {
      return uri.equals(request.getRequestURI())
          && method.equals(request.getMethod().getMethodString())
          && java.util.Objects.equals(query, request.getQueryString());
    }
  }

  private final HttpHandler container;
  private final FrontDoor door;
  private final RequestExecutorProvider executors;
  private volatile boolean open = true;

  private GrizzlyFront(HttpHandler container, FrontDoor door) {
    super("headline-front-door");
    this.container = container;
    this.door = door;
    setAllowEncodedSlash(container.isAllowEncodedSlash());
    setAllowCustomStatusMessage(container.isAllowCustomStatusMessage());
    setRequestURIEncoding(container.getRequestURIEncoding());
    RequestExecutorProvider containers = container.getRequestExecutorProvider();
    // Grizzly asks this before it calls service(): null runs service() on the thread at hand.
    // A hit is answered on it; anything else gets the executor the container's handler would
    // have had (on a selector thread, Payara's HTTP worker pool).
    this.executors =
        request -> {
          Decision decided = request.getNote(DECIDED);
          if (decided == null || !decided.isFor(request)) {
            decided = decide(request);
            request.setNote(DECIDED, decided);
          }
          return decided.answer() != null ? null : containers.getExecutor(request);
        };
  }

  /**
   * Sets the front door before the container's handler on every HTTP listener of the server.
   *
   * @param sameThread whether hits are answered on the selector thread that read them (the
   *     listener's I/O strategy becomes Grizzly's same-thread one, and every other request is
   *     handed to the HTTP worker pool as before), rather than after a hand-over to a worker
   * @return what shuts it again (the container's handlers and I/O strategies back in place)
   * @throws ReflectiveOperationException when the server is not a Payara whose internals are where
   *     this method looks
   */
  static Runnable open(FrontDoor door, boolean sameThread) throws ReflectiveOperationException {
    List<Runnable> undo = new ArrayList<>();
    int opened = 0;
    for (Object listener : listeners()) {
      Object found =
          listener
              .getClass()
              .getMethod("getFilters", Class.class)
              .invoke(listener, HttpServerFilter.class);
      for (Object each : (List<?>) found) {
        HttpServerFilter filter = (HttpServerFilter) each;
        GrizzlyFront front = new GrizzlyFront(filter.getHttpHandler(), door);
        filter.setHttpHandler(front);
        opened++;
        undo.add(
            () -> {
              front.open = false;
              // Put the container's handler back, unless someone set another one over ours
              // meanwhile: then ours stays in their chain and only passes requests on.
              if (filter.getHttpHandler() == front) {
                filter.setHttpHandler(front.container);
              }
            });
      }
      Object transport = listener.getClass().getMethod("getTransport").invoke(listener);
      if (sameThread
          && transport instanceof Transport grizzly
          && grizzly.getIOStrategy() instanceof WorkerThreadIOStrategy before
          && grizzly.getWorkerThreadPool() != null) {
        grizzly.setIOStrategy(SameThreadIOStrategy.getInstance());
        undo.add(() -> grizzly.setIOStrategy(before));
      }
    }
    if (opened == 0) {
      throw new ReflectiveOperationException("no HTTP listener found");
    }
    return () -> undo.forEach(Runnable::run);
  }

  /** Payara's Grizzly listeners: GrizzlyService's network proxies' underlying listeners. */
  private static List<Object> listeners() throws ReflectiveOperationException {
    Object locator =
        Class.forName("org.glassfish.internal.api.Globals")
            .getMethod("getDefaultHabitat")
            .invoke(null);
    Class<?> serviceType = Class.forName("com.sun.enterprise.v3.services.impl.GrizzlyService");
    Object service =
        Class.forName("org.glassfish.hk2.api.ServiceLocator")
            .getMethod("getService", Class.class, Annotation[].class)
            .invoke(locator, serviceType, new Annotation[0]);
    if (service == null) {
      throw new ReflectiveOperationException("no GrizzlyService");
    }
    Field proxiesField = serviceType.getDeclaredField("proxies");
    proxiesField.setAccessible(true);
    List<Object> listeners = new ArrayList<>();
    for (Object proxy : (Iterable<?>) proxiesField.get(service)) {
      listeners.add(proxy.getClass().getMethod("getUnderlyingListener").invoke(proxy));
    }
    return listeners;
  }

  private Decision decide(Request request) {
    GrizzlyRequest asked = new GrizzlyRequest(request);
    CacheHits.Answer answer =
        open
            ? door.answer(
                asked, request.getHeader("Cookie"), request.getHeader("Authorization") != null)
            : null;
    return new Decision(answer, asked.method(), asked.uri(), asked.query());
  }

  @Override
  public void service(Request request, Response response) throws Exception {
    Decision decided = request.removeNote(DECIDED);
    if (decided != null && decided.answer() != null && decided.isFor(request)) {
      write(decided.answer(), response);
      return;
    }
    container.service(request, response);
  }

  @Override
  public RequestExecutorProvider getRequestExecutorProvider() {
    return executors;
  }

  private static void write(CacheHits.Answer answer, Response response) throws java.io.IOException {
    response.setStatus(answer.status());
    response.setContentType(answer.contentType());
    response.setHeader("Cache-Control", answer.cacheControl());
    if (answer.varyOnEncoding()) {
      response.setHeader("Vary", "Accept-Encoding");
    }
    response.setHeader("ETag", answer.etag());
    response.setHeader("Last-Modified", answer.lastModified());
    response.setHeader("X-Cache", "HIT");
    if (answer.status() == 304) {
      return;
    }
    if (answer.gzip()) {
      response.setHeader("Content-Encoding", "gzip");
    }
    response.setContentLength(answer.contentLength());
    if (answer.body() != null) {
      response.getOutputStream().write(answer.body());
    }
  }

  /** The request as the cache reads it. */
  private final class GrizzlyRequest implements HitRequest {

    private final Request request;

    GrizzlyRequest(Request request) {
      this.request = request;
    }

    @Override
    public String method() {
      return request.getMethod().getMethodString();
    }

    @Override
    public String uri() {
      return request.getRequestURI();
    }

    @Override
    public String query() {
      return request.getQueryString();
    }

    @Override
    public String header(String name) {
      return request.getHeader(name);
    }

    @Override
    public String peer() {
      return request.getRemoteAddr();
    }

    @Override
    public String origin() {
      return door.origin(request.getScheme(), request.getServerName(), request.getServerPort());
    }
  }
}
