package dev.rolefit.service;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.rolefit.engine.DataStore;
import dev.rolefit.engine.MatchEngine;
import dev.rolefit.engine.RuleBook;
import dev.rolefit.engine.RuleSetException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The rolefit HTTP service: an engine, the store that keeps its documents, and the JDK's own HTTP
 * server in front of them.
 *
 * <pre>{@code
 * RolefitServer server = RolefitServer.builder().port(8080).data(Path.of("data")).start();
 * server.stopOnShutdown();   // SIGTERM: finish the requests in flight, then close
 * server.awaitStop();
 * }</pre>
 *
 * <p><b>Threads.</b> The HTTP server's threads only read a request's line and headers, answer what
 * needs no work (an unknown path, a body over the limit), and hand the rest to a pool of
 * {@link Builder#threads(int) threads} workers with a bounded queue; when the queue is full the
 * request gets 503 at once, with {@code Retry-After}. The engine scores on as many threads.
 *
 * <p><b>Durability.</b> With a data folder, a PUT or DELETE is answered only once it is on disk
 * (see {@link DataStore}); without one, the service keeps its documents in memory.
 *
 * <p><b>Logs.</b> One access line per request: time, method, path, status, duration and the ids of
 * the documents involved; never a name, an email, a query string or a body.
 *
 * <p><b>Stopping.</b> {@link #stop()} closes the listening socket, lets the requests in flight
 * finish for up to the {@link Builder#shutdownGrace(Duration) grace period} (a new request on a
 * kept-alive connection gets 503), then closes the connections, the store and the engine.
 */
public final class RolefitServer implements AutoCloseable {
    static {
        // The JDK server leaves Nagle's algorithm on, which holds small responses back ~40 ms on a
        // kept-alive connection; a JSON API answers in small responses.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final MatchEngine engine;
    private final DataStore store;
    private final HttpServer http;
    private final ThreadPoolExecutor workers;
    private final ThreadPoolExecutor intake;
    private final Routes routes;
    private final long maxBodyBytes;
    private final Duration grace;
    private final Consumer<String> log;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final boolean debug = System.getenv("ROLEFIT_DEBUG") != null;

    private RolefitServer(Builder b, MatchEngine engine, DataStore store) throws IOException {
        this.engine = engine;
        this.store = store;
        this.maxBodyBytes = b.maxBodyBytes;
        this.grace = b.grace;
        this.log = b.log;
        this.routes = new Api(engine, store).routes();
        InetAddress address = InetAddress.getByName(b.host);
        try {
            this.http = HttpServer.create(new InetSocketAddress(address, b.port), 128);
        } catch (BindException e) {
            throw new IOException("cannot listen on " + b.host + ":" + b.port + " (" + e.getMessage()
                    + "); is another service on that port? Choose one with --port", e);
        }
        this.workers = new ThreadPoolExecutor(b.threads, b.threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(b.queue), threads("rolefit-worker"), new ThreadPoolExecutor.AbortPolicy());
        // Reads request lines and headers; the dispatcher does it itself when all are busy.
        this.intake = new ThreadPoolExecutor(2, Math.max(4, 2 * b.threads), 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), threads("rolefit-http"), new ThreadPoolExecutor.CallerRunsPolicy());
        http.setExecutor(intake);
        http.createContext("/", this::dispatch);
    }

    /** Starts configuring a server: 127.0.0.1:8080, built-in rules, documents in memory. */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures and starts a {@link RolefitServer}. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 8080;
        private Path data;
        private Path rules;
        private RuleBook book;
        private boolean watchRules;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int queue = 64;
        private long maxBodyBytes = 10L << 20;
        private YearMonth asOf;
        private long compactAfterBytes = DataStore.DEFAULT_COMPACT_AFTER_BYTES;
        private Duration grace = Duration.ofSeconds(5);
        private Consumer<String> log = System.err::println;

        private Builder() {
        }

        /** The address to listen on; 127.0.0.1 unless set. Anything else lets other machines in: there is no authentication. */
        public Builder host(String value) {
            this.host = Objects.requireNonNull(value, "host");
            return this;
        }

        /** The port; 8080 unless set; 0 takes any free port (see {@link RolefitServer#port()}). */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port is " + value + "; it must be 0 to 65535");
            }
            this.port = value;
            return this;
        }

        /** Keeps the documents in this folder (created when missing); in memory unless set. */
        public Builder data(Path folder) {
            this.data = folder;
            return this;
        }

        /** The rules folder; the built-in rules unless set (they cannot be reloaded). */
        public Builder rules(Path folder) {
            this.rules = folder;
            this.book = null;
            return this;
        }

        /** An already compiled rule set, e.g. shared by several servers in one JVM; it cannot be reloaded. */
        public Builder rules(RuleBook compiled) {
            this.book = Objects.requireNonNull(compiled, "compiled");
            this.rules = null;
            return this;
        }

        /** Reloads the rules folder whenever a rule or table file in it changes. */
        public Builder watchRules(boolean watch) {
            this.watchRules = watch;
            return this;
        }

        /** How many requests are worked on at once, and how many threads the engine scores on; the processors unless set. */
        public Builder threads(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("threads is " + count + "; it must be at least 1");
            }
            this.threads = count;
            return this;
        }

        /** How many requests may wait for a worker before the service answers 503; 64 unless set. */
        public Builder queue(int capacity) {
            if (capacity < 1) {
                throw new IllegalArgumentException("queue is " + capacity + "; it must be at least 1");
            }
            this.queue = capacity;
            return this;
        }

        /** The largest request body, in bytes; larger ones get 413. 10 MiB unless set. */
        public Builder maxBodyBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("the body limit is " + bytes + " bytes; it must be at least 1");
            }
            this.maxBodyBytes = bytes;
            return this;
        }

        /** The month that counts as now; this month unless set. */
        public Builder asOf(YearMonth month) {
            this.asOf = month;
            return this;
        }

        /** The journal size past which the data folder is compacted; see {@link DataStore}. */
        public Builder compactAfterBytes(long bytes) {
            this.compactAfterBytes = bytes;
            return this;
        }

        /** How long stopping waits for the requests in flight; 5 seconds unless set. */
        public Builder shutdownGrace(Duration duration) {
            this.grace = Objects.requireNonNull(duration, "duration");
            return this;
        }

        /** Where the start-up, access and shutdown lines go; stderr unless set. */
        public Builder log(Consumer<String> sink) {
            this.log = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /**
         * Compiles the rules, opens the data folder (replaying it into the engine) and starts listening.
         *
         * @throws RuleSetException when the rules do not compile
         * @throws IOException      when the rules or data folder cannot be read, or the address is taken
         */
        public RolefitServer start() throws IOException, RuleSetException {
            if (rules != null && !Files.isDirectory(rules)) {
                throw new IllegalArgumentException("--rules: '" + rules + "' is not a folder");
            }
            if (watchRules && rules == null) {
                throw new IllegalArgumentException("--watch-rules needs --rules DIR: the built-in rules do not change");
            }
            DataStore[] storeRef = new DataStore[1];
            MatchEngine.Builder eb = MatchEngine.builder().threads(threads).watchRules(watchRules)
                    .onReload(event -> onReload(event, storeRef[0], log));
            if (asOf != null) {
                eb.asOf(asOf);
            }
            if (rules != null) {
                eb.rules(rules);
            } else if (book != null) {
                eb.rules(book);
            }
            MatchEngine engine = eb.build();
            DataStore store = null;
            try {
                store = data == null ? DataStore.inMemory(engine) : DataStore.open(data, engine, compactAfterBytes);
                storeRef[0] = store;
                store.warnings().forEach(w -> log.accept("rolefit serve: " + w));
                RolefitServer server = new RolefitServer(this, engine, store);
                server.http.start();
                server.announce(host, data, rules, book);
                return server;
            } catch (IOException | RuntimeException e) {
                if (store != null) {
                    try {
                        store.close();
                    } catch (IOException suppressed) {
                        e.addSuppressed(suppressed);
                    }
                }
                engine.close();
                throw e;
            }
        }
    }

    private static void onReload(MatchEngine.ReloadEvent event, DataStore store, Consumer<String> log) {
        if (!event.applied()) {
            log.accept("rolefit serve: the rules were not reloaded: " + event.problems().size() + " problem"
                    + (event.problems().size() == 1 ? "" : "s") + ", first " + event.problems().get(0)
                    + "; the running rules stay (" + event.fromVersion() + ")");
            return;
        }
        if (!event.fromVersion().equals(event.toVersion())) {
            log.accept("rolefit serve: rules reloaded: " + event.fromVersion() + " -> " + event.toVersion());
        }
        if (store != null) {
            try {
                store.recordRules();
            } catch (IOException | IllegalStateException e) {
                log.accept("rolefit serve: could not record the rules version in the data folder: " + e.getMessage());
            }
        }
    }

    private void announce(String host, Path data, Path rules, RuleBook book) {
        log.accept("rolefit serve: listening on " + uri() + " with " + store.candidateCount() + " candidates and "
                + store.vacancyCount() + " vacancies " + (data == null ? "in memory" : "from " + data) + "; rules "
                + (rules != null ? "from " + rules : book != null ? "given" : "built in") + " (" + engine.rulesetVersion() + "); "
                + workers.getMaximumPoolSize() + " worker threads, queue " + workers.getQueue().remainingCapacity()
                + ", body limit " + maxBodyBytes + " bytes");
        if (!address().getAddress().isLoopbackAddress()) {
            log.accept("rolefit serve: warning: " + host + " is not a loopback address: anyone who can reach it can"
                    + " read and change the data; the service has no authentication");
        }
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The address the server listens on. */
    public InetSocketAddress address() {
        return http.getAddress();
    }

    /** The port the server listens on (the one chosen when asked for port 0). */
    public int port() {
        return address().getPort();
    }

    /** The base URI, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        InetSocketAddress a = address();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
    }

    /** The engine that answers (for embedding: the service's documents are in it). */
    public MatchEngine engine() {
        return engine;
    }

    /** The routes, for the OpenAPI test. */
    List<Routes.Route> routes() {
        return routes.all();
    }

    /** How many workers are busy and how many requests wait, for tests of the bounded pool. */
    int busyWorkers() {
        return workers.getActiveCount();
    }

    int queuedRequests() {
        return workers.getQueue().size();
    }

    /** Makes new requests get 503 as during a shutdown, without stopping; for tests. */
    void refuseNewWork() {
        stopping.set(true);
    }

    /** Stops gracefully when the JVM is asked to exit (SIGTERM, SIGINT, System.exit). */
    public void stopOnShutdown() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "rolefit-shutdown"));
    }

    /** Waits until the server has stopped. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /**
     * Stops accepting connections, lets the requests in flight finish (for up to the grace period),
     * then closes the connections, the store and the engine. Returns once stopped; calling it again
     * waits.
     */
    public void stop() {
        if (!stopping.compareAndSet(false, true) && stopped.getCount() == 0) {
            return;
        }
        synchronized (stopped) {
            if (stopped.getCount() == 0) {
                return;
            }
            int pending = inFlight.get();
            log.accept("rolefit serve: stopping" + (pending > 0 ? "; finishing " + pending + " request"
                    + (pending == 1 ? "" : "s") + " in flight" : ""));
            // Closes the listening socket at once; with requests in flight, returns once the last is
            // answered (or the grace period is over). A request that still arrives on a kept-alive
            // connection gets 503.
            http.stop(pending == 0 ? 0 : (int) Math.max(1, (grace.toMillis() + 999) / 1000));
            for (int i = 0; i < 20 && inFlight.get() > 0; i++) {
                pause(5); // the last answer is out; its bookkeeping may trail by a moment
            }
            int abandoned = inFlight.get();
            workers.shutdownNow();
            intake.shutdownNow();
            try {
                workers.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                store.close();
            } catch (IOException e) {
                log.accept("rolefit serve: closing the data folder failed: " + e.getMessage());
            }
            engine.close();
            log.accept("rolefit serve: stopped" + (abandoned > 0 ? "; " + abandoned + " request"
                    + (abandoned == 1 ? " was" : "s were") + " cut off after the grace period" : ""));
            stopped.countDown();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    // ---------------------------------------------------------------- requests

    /** On an HTTP thread: answers what needs no work, hands the rest to a worker. */
    private void dispatch(HttpExchange exchange) {
        long start = System.nanoTime();
        inFlight.incrementAndGet();
        String rawPath = exchange.getRequestURI().getRawPath();
        Routes.Lookup lookup = routes.find(exchange.getRequestMethod(), rawPath == null ? "" : rawPath);
        Call call = new Call(exchange, start, maxBodyBytes,
                lookup instanceof Routes.Found f ? f.params() : Map.of());
        boolean handedOff = false;
        try {
            if (lookup instanceof Routes.NoRoute) {
                fail(call, new HttpFailure(404, "there is no such path; GET /openapi.json lists the paths"));
            } else if (lookup instanceof Routes.WrongMethod w) {
                call.header("Allow", String.join(", ", w.allowed()));
                fail(call, new HttpFailure(405, exchange.getRequestMethod() + " is not allowed on " + w.template()
                        + "; allowed: " + String.join(", ", w.allowed())));
            } else if (stopping.get()) {
                call.header("Connection", "close");
                fail(call, new HttpFailure(503, "the service is shutting down"));
            } else if (declaredLength(exchange) > maxBodyBytes) {
                call.header("Connection", "close");
                fail(call, Call.tooLarge(maxBodyBytes));
            } else {
                Routes.Route route = ((Routes.Found) lookup).route();
                try {
                    workers.execute(() -> work(call, route));
                    handedOff = true;
                } catch (RejectedExecutionException e) {
                    call.header("Retry-After", "1");
                    call.header("Connection", "close");
                    fail(call, new HttpFailure(503, "the service is busy: " + workers.getMaximumPoolSize()
                            + " requests are being worked on and " + workers.getQueue().size() + " wait; retry shortly"));
                }
            }
        } finally {
            if (!handedOff) {
                finish(call, lookup instanceof Routes.NoRoute ? "-" : rawPath, null);
            }
        }
    }

    /** On a worker: runs the handler and answers what it threw. */
    private void work(Call call, Routes.Route route) {
        Throwable failure = null;
        try {
            route.handler().handle(call);
        } catch (HttpFailure f) {
            if (f.status() == 413) {
                call.header("Connection", "close");
            }
            fail(call, f);
        } catch (IOException e) {
            // the client went away, or the body could not be read: nobody to tell but the log
            failure = e;
            if (!call.answered()) {
                fail(call, new HttpFailure(400, "the request could not be read: " + e.getMessage()));
            }
        } catch (RuntimeException | Error e) {
            failure = e;
            if (!call.answered()) {
                fail(call, new HttpFailure(500, "an unexpected " + e.getClass().getSimpleName()
                        + "; the service log says more when ROLEFIT_DEBUG is set"));
            }
        } finally {
            finish(call, call.exchange.getRequestURI().getRawPath(), failure);
        }
    }

    private static void fail(Call call, HttpFailure f) {
        try {
            call.json(f.status(), f.body());
        } catch (IOException | IllegalStateException e) {
            // the client is gone, or an answer went out already
        }
    }

    private static long declaredLength(HttpExchange exchange) {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void finish(Call call, String path, Throwable failure) {
        try {
            call.exchange.close();
        } finally {
            inFlight.decrementAndGet();
            log.accept(accessLine(call, path, failure));
            if (failure != null && debug) {
                StringWriter trace = new StringWriter();
                failure.printStackTrace(new PrintWriter(trace));
                log.accept(trace.toString().stripTrailing());
            }
        }
    }

    /**
     * {@code 2026-11-02T10:15:30.123Z PUT /candidates/cand-001 201 4.2ms ids=cand-001}: ids are
     * URL-encoded so that no id can break the line; at most 20 are listed.
     */
    static String accessLine(Call call, String path, Throwable failure) {
        double ms = (System.nanoTime() - call.startNanos) / 1e6;
        StringBuilder line = new StringBuilder(96)
                .append(Instant.now()).append(' ')
                .append(call.method()).append(' ')
                .append(path == null || path.isEmpty() ? "-" : path).append(' ')
                .append(call.status() == 0 ? "-" : String.valueOf(call.status())).append(' ')
                .append(String.format(Locale.ROOT, "%.1fms", ms));
        List<String> ids = call.logIds();
        if (!ids.isEmpty()) {
            line.append(" ids=");
            int shown = Math.min(20, ids.size());
            for (int i = 0; i < shown; i++) {
                line.append(i == 0 ? "" : ",").append(URLEncoder.encode(ids.get(i), StandardCharsets.UTF_8));
            }
            if (ids.size() > shown) {
                line.append(",+").append(ids.size() - shown).append(" more");
            }
        }
        if (failure != null) {
            line.append(" error=").append(failure.getClass().getSimpleName());
        }
        return line.toString();
    }
}
