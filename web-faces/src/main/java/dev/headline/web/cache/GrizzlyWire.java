package dev.headline.web.cache;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.IOEvent;
import org.glassfish.grizzly.IOStrategy;
import org.glassfish.grizzly.Transport;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChain;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.KeepAlive;
import org.glassfish.grizzly.http.util.FastHttpDateFormat;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.memory.ByteBufferWrapper;
import org.glassfish.grizzly.ssl.SSLBaseFilter;
import org.glassfish.grizzly.strategies.SameThreadIOStrategy;
import org.glassfish.grizzly.strategies.WorkerThreadIOStrategy;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.grizzly.threadpool.Threads;

/**
 * The {@link FrontDoor}'s fastest way in, on Payara: a Grizzly filter set just before the HTTP
 * codec of a plain (not TLS) listener. When the bytes a connection received are exactly one plain
 * anonymous {@code GET} or {@code HEAD} ({@link WireRequest}) and the cache holds its page, it
 * writes the stored response itself, in one buffer of headers and the stored body, and records the
 * view as every hit does; the server's HTTP parsing, request and response objects and header
 * writing are skipped.
 *
 * <p>Anything else goes to the codec untouched, and from then on the whole connection does: once
 * the server has seen a byte of a connection, its parser may be in the middle of a request (a body
 * still arriving, pipelined requests), and only it knows; answering in between could take a body
 * for a request or answer out of order. A browser that sends a cookie of a session or a request the
 * cache cannot answer keeps its connection on the server's path; the requests such a connection
 * carries are answered by the server's layers as before ({@link GrizzlyFront}, then the container).
 */
final class GrizzlyWire extends BaseFilter {

  private static final Attribute<Boolean> HANDED_ON =
      Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(GrizzlyWire.class.getName() + ".handedOn");

  private static final Attribute<AtomicLong> LAST_ANSWERED =
      Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(
          GrizzlyWire.class.getName() + ".lastAnswered");

  private final FrontDoor door;
  private volatile boolean open = true;

  /**
   * The connections only this door has answered, with when it last did: the server's keep-alive
   * never saw them, so this door closes them once idle for as long as it would have.
   */
  private final Map<Connection<?>, AtomicLong> kept = new ConcurrentHashMap<>();

  private GrizzlyWire(FrontDoor door) {
    this.door = door;
  }

  /**
   * Sets a wire door in a listener's filter chain, before its HTTP codec, if the chain is one it
   * understands: the codec in the chain itself (not behind port unification) and no TLS before it.
   * When the transport hands every read to its worker threads (Grizzly's worker-thread strategy,
   * Payara's default), the reads of a connection that has not been handed on are done on the
   * selector thread that saw them instead ({@link SelectorFirst}): a hit is then answered without
   * waking a worker.
   *
   * @return what takes it out again, or {@code null} when the chain is not one for it
   */
  static Runnable open(FilterChain chain, Transport transport, FrontDoor door) {
    int codec = chain.indexOfType(HttpServerFilter.class);
    if (codec < 0 || chain.indexOfType(SSLBaseFilter.class) >= 0) {
      return null;
    }
    long idleSeconds = keepAliveSeconds((HttpServerFilter) chain.get(codec));
    if (idleSeconds == 0) {
      return null; // the listener closes every connection after one response
    }
    GrizzlyWire wire = new GrizzlyWire(door);
    ScheduledExecutorService reaper = null;
    if (idleSeconds > 0) {
      long idleNanos = TimeUnit.SECONDS.toNanos(idleSeconds);
      long every = Math.max(1, Math.min(5, idleSeconds / 2));
      reaper =
          Executors.newSingleThreadScheduledExecutor(
              task -> {
                Thread thread = new Thread(task, "headline-wire-door-idle");
                thread.setDaemon(true);
                return thread;
              });
      reaper.scheduleWithFixedDelay(
          () -> wire.closeIdle(idleNanos), every, every, TimeUnit.SECONDS);
    }
    chain.add(codec, wire);
    IOStrategy before = transport.getIOStrategy();
    SelectorFirst strategy =
        before instanceof WorkerThreadIOStrategy ? new SelectorFirst(before, wire) : null;
    if (strategy != null) {
      transport.setIOStrategy(strategy);
    }
    ScheduledExecutorService idleCloser = reaper;
    return () -> {
      wire.open = false;
      if (strategy != null && transport.getIOStrategy() == strategy) {
        transport.setIOStrategy(before);
      }
      chain.remove(wire);
      if (idleCloser != null) {
        idleCloser.shutdownNow();
      }
      wire.kept.clear();
    };
  }

  /**
   * The idle timeout of the listener's keep-alive, read from its HTTP codec: -1 for none, 0 when
   * the listener does not keep connections alive; Grizzly's default (30 s) if it cannot be read.
   */
  private static long keepAliveSeconds(HttpServerFilter codec) {
    try {
      Field allowed = HttpServerFilter.class.getDeclaredField("allowKeepAlive");
      allowed.setAccessible(true);
      Field keepAlive = HttpServerFilter.class.getDeclaredField("keepAlive");
      keepAlive.setAccessible(true);
      if (!allowed.getBoolean(codec) || keepAlive.get(codec) == null) {
        return 0;
      }
      int seconds = ((KeepAlive) keepAlive.get(codec)).getIdleTimeoutInSeconds();
      return seconds < 0 ? -1 : seconds;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return new KeepAlive().getIdleTimeoutInSeconds();
    }
  }

  /** Closes the connections this door alone answered that have been idle for too long. */
  private void closeIdle(long idleNanos) {
    long now = System.nanoTime();
    kept.forEach(
        (connection, last) -> {
          if (now - last.get() > idleNanos && kept.remove(connection, last)) {
            connection.closeSilently();
          }
        });
  }

  /** Notes an answer on a connection, for {@link #closeIdle}. */
  private void answeredOn(Connection<?> connection) {
    AtomicLong last = LAST_ANSWERED.get(connection);
    if (last == null) {
      last = new AtomicLong();
      LAST_ANSWERED.set(connection, last);
      kept.put(connection, last);
      connection.addCloseListener((Connection.CloseListener) (closed, type) -> kept.remove(closed));
    }
    last.set(System.nanoTime());
  }

  @Override
  public NextAction handleRead(FilterChainContext ctx) throws IOException {
    Connection<?> connection = ctx.getConnection();
    if (!open || handedOn(connection) || !(ctx.getMessage() instanceof Buffer buffer)) {
      return ctx.getInvokeAction();
    }
    if (buffer.remaining() <= WireRequest.MAX_BYTES && answered(ctx, connection, buffer)) {
      buffer.tryDispose();
      return ctx.getStopAction();
    }
    HANDED_ON.set(connection, Boolean.TRUE);
    kept.remove(connection);
    if (!Threads.isService()) {
      return ctx.getInvokeAction();
    }
    // On the selector thread (SelectorFirst): the server's layers run on a worker, as they would
    // have without the wire door; the connection's later reads go to the workers directly.
    ctx.suspend();
    connection
        .getTransport()
        .getWorkerThreadPool()
        .execute(() -> ctx.resume(ctx.getInvokeAction()));
    return ctx.getSuspendAction();
  }

  private static boolean handedOn(Connection<?> connection) {
    return HANDED_ON.get(connection) != null;
  }

  private boolean answered(FilterChainContext ctx, Connection<?> connection, Buffer buffer) {
    WireRequest parsed;
    if (buffer.hasArray()) {
      int from = buffer.arrayOffset() + buffer.position();
      parsed = WireRequest.parse(buffer.array(), from, from + buffer.remaining());
    } else {
      byte[] copy = new byte[buffer.remaining()];
      int position = buffer.position();
      buffer.get(copy);
      buffer.position(position);
      parsed = WireRequest.parse(copy, 0, copy.length);
    }
    if (parsed == null) {
      return false;
    }
    Asked asked = new Asked(parsed, connection);
    CacheHits.Answer answer =
        door.answer(asked, parsed.header("Cookie"), parsed.header("Authorization") != null);
    if (answer == null) {
      return false;
    }
    byte[] head = head(answer);
    Buffer out = new ByteBufferWrapper(ByteBuffer.wrap(head));
    if (answer.body() != null) {
      out =
          Buffers.appendBuffers(
              connection.getMemoryManager(),
              out,
              new ByteBufferWrapper(ByteBuffer.wrap(answer.body())));
    }
    ctx.write(out);
    answeredOn(connection);
    door.served(answer, asked, true);
    return true;
  }

  /**
   * The status line and headers of an answer: those the other layers send for it ({@link
   * GrizzlyFront}), with Payara's default {@code X-Frame-Options}, and a {@code Date}; no {@code
   * Server} header.
   */
  private static byte[] head(CacheHits.Answer answer) {
    StringBuilder head = new StringBuilder(384);
    head.append(answer.status() == 304 ? "HTTP/1.1 304 Not Modified" : "HTTP/1.1 200 OK");
    line(head, "Content-Type", answer.contentType());
    line(head, "Cache-Control", answer.cacheControl());
    if (answer.varyOnEncoding()) {
      line(head, "Vary", "Accept-Encoding");
    }
    line(head, "ETag", answer.etag());
    line(head, "Last-Modified", answer.lastModified());
    line(head, "X-Cache", "HIT");
    line(head, "X-Frame-Options", "SAMEORIGIN");
    if (answer.status() != 304) {
      if (answer.gzip()) {
        line(head, "Content-Encoding", "gzip");
      }
      line(head, "Content-Length", Integer.toString(answer.contentLength()));
    }
    line(head, "Date", FastHttpDateFormat.getCurrentDate());
    head.append("\r\n\r\n");
    return head.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static void line(StringBuilder head, String name, String value) {
    head.append("\r\n").append(name).append(": ").append(value);
  }

  /** The parsed request as the cache reads it. */
  private final class Asked implements HitRequest {

    private final WireRequest request;
    private final Connection<?> connection;

    Asked(WireRequest request, Connection<?> connection) {
      this.request = request;
      this.connection = connection;
    }

    @Override
    public String method() {
      return request.method();
    }

    @Override
    public String uri() {
      return request.path();
    }

    @Override
    public String query() {
      return request.query();
    }

    @Override
    public String header(String name) {
      return request.header(name);
    }

    @Override
    public String peer() {
      Object address = connection.getPeerAddress();
      return address instanceof InetSocketAddress socket && socket.getAddress() != null
          ? socket.getAddress().getHostAddress()
          : String.valueOf(address);
    }

    @Override
    public String origin() {
      return door.origin("http", request.serverName(), request.port());
    }
  }

  /**
   * Grizzly's worker-thread strategy, except for the reads of connections the wire door may still
   * answer: those run on the selector thread (Grizzly's same-thread strategy), where a hit costs a
   * read and a write and no hand-over to a worker and back.
   */
  private static final class SelectorFirst implements IOStrategy {

    private final IOStrategy workers;
    private final GrizzlyWire wire;

    SelectorFirst(IOStrategy workers, GrizzlyWire wire) {
      this.workers = workers;
      this.wire = wire;
    }

    @Override
    public boolean executeIoEvent(Connection connection, IOEvent ioEvent) throws IOException {
      return executeIoEvent(connection, ioEvent, true);
    }

    @Override
    public boolean executeIoEvent(Connection connection, IOEvent ioEvent, boolean enabled)
        throws IOException {
      if (ioEvent == IOEvent.READ && wire.open && !handedOn(connection)) {
        return SameThreadIOStrategy.getInstance().executeIoEvent(connection, ioEvent, enabled);
      }
      return workers.executeIoEvent(connection, ioEvent, enabled);
    }

    @Override
    public Executor getThreadPoolFor(Connection connection, IOEvent ioEvent) {
      return workers.getThreadPoolFor(connection, ioEvent);
    }

    @Override
    public ThreadPoolConfig createDefaultWorkerPoolConfig(Transport transport) {
      return workers.createDefaultWorkerPoolConfig(transport);
    }
  }
}
