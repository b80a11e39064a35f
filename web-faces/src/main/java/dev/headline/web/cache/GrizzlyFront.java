package dev.headline.web.cache;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.grizzly.Transport;
import org.glassfish.grizzly.filterchain.FilterChain;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.RequestExecutorProvider;
import org.glassfish.grizzly.http.server.Response;

/**
 * The {@link FrontDoor} on Payara: a Grizzly handler set in front of the container's own on every
 * HTTP listener, and a {@link GrizzlyWire} before the HTTP codec of every plain one. These are the
 * only classes that know Grizzly or Payara; the front door loads them only when it opens, so on
 * another server nothing here is touched.
 *
 * <p>The handler runs where the container's handler would have run (Payara's HTTP worker threads)
 * and answers the hits of requests the wire door handed on: those of connections that also carry
 * other requests (a browser's, once it has asked for something the cache does not hold), and all of
 * them on a TLS listener. An earlier attempt at answering here on the selector thread (Grizzly's
 * same-thread strategy for the whole listener, every other request handed to the workers by this
 * handler's executor) lost request bodies now and then on Payara 6.2025.10; the wire door instead
 * hands a connection to the workers before the HTTP codec has read any of it.
 */
final class GrizzlyFront extends HttpHandler {

  private final HttpHandler container;
  private final FrontDoor door;
  private volatile boolean open = true;

  private GrizzlyFront(HttpHandler container, FrontDoor door) {
    super("headline-front-door");
    this.container = container;
    this.door = door;
    setAllowEncodedSlash(container.isAllowEncodedSlash());
    setAllowCustomStatusMessage(container.isAllowCustomStatusMessage());
    setRequestURIEncoding(container.getRequestURIEncoding());
  }

  /**
   * Sets the front door before the container's handler on every HTTP listener of the server and,
   * with {@code wire}, a {@link GrizzlyWire} before the HTTP codec of every plain listener.
   *
   * @return what shuts it again (the container's handlers back in place)
   * @throws ReflectiveOperationException when the server is not a Payara whose internals are where
   *     this method looks
   */
  static Runnable open(FrontDoor door, boolean wire) throws ReflectiveOperationException {
    List<Runnable> undo = new ArrayList<>();
    for (Object listener : listeners()) {
      if (wire
          && listener.getClass().getMethod("getTransport").invoke(listener)
              instanceof Transport transport
          && transport.getProcessor() instanceof FilterChain chain) {
        Runnable shut = GrizzlyWire.open(chain, transport, door);
        if (shut != null) {
          undo.add(shut);
        }
      }
      Object found =
          listener
              .getClass()
              .getMethod("getFilters", Class.class)
              .invoke(listener, HttpServerFilter.class);
      for (Object each : (List<?>) found) {
        HttpServerFilter filter = (HttpServerFilter) each;
        GrizzlyFront front = new GrizzlyFront(filter.getHttpHandler(), door);
        filter.setHttpHandler(front);
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
    }
    if (undo.isEmpty()) {
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

  @Override
  public void service(Request request, Response response) throws Exception {
    if (open) {
      GrizzlyRequest asked = new GrizzlyRequest(request);
      CacheHits.Answer answer =
          door.answer(
              asked, request.getHeader("Cookie"), request.getHeader("Authorization") != null);
      if (answer != null) {
        door.served(answer, asked, false);
        write(answer, response);
        return;
      }
    }
    container.service(request, response);
  }

  @Override
  public RequestExecutorProvider getRequestExecutorProvider() {
    return container.getRequestExecutorProvider();
  }

  private static void write(CacheHits.Answer answer, Response response) throws IOException {
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
