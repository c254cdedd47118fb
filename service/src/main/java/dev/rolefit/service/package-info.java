/**
 * The rolefit HTTP service: the engine behind a small JSON API, for an ATS that calls rolefit over
 * HTTP rather than embedding it. {@code rolefit serve} starts it; {@link dev.rolefit.service.RolefitServer}
 * starts it from Java.
 *
 * <p><b>Concepts.</b> The service holds <em>stored</em> candidates and vacancies (PUT, GET, DELETE by
 * id), kept in a data folder when one is given (see {@link dev.rolefit.engine.DataStore}). A
 * <em>posted</em> document (POST /match) is matched against the stored documents of the other kind
 * and then forgotten. Every answer is the JSON the command line writes: a match report with the
 * rule-set version and every reason, a profile report, or an error with the same
 * {@code source}/{@code location}/{@code message} details as the command line's input errors.
 * {@code GET /openapi.json} describes every route.
 *
 * <pre>{@code
 * try (RolefitServer server = RolefitServer.builder().port(0).data(Path.of("data")).start()) {
 *     HttpClient http = HttpClient.newHttpClient();
 *     http.send(HttpRequest.newBuilder(server.uri().resolve("vacancies/vac-001"))
 *             .PUT(BodyPublishers.ofFile(Path.of("samples/vacancies/vac-001.json"))).build(), BodyHandlers.ofString());
 *     HttpResponse<String> ranked = http.send(HttpRequest.newBuilder(server.uri().resolve("match?top=5"))
 *             .POST(BodyPublishers.ofFile(Path.of("samples/candidates/cand-001.json"))).build(), BodyHandlers.ofString());
 * }
 * }</pre>
 *
 * <p>The server is the JDK's own {@code com.sun.net.httpserver} (module {@code jdk.httpserver}): no
 * dependency to ship or patch, and its executor is ours, so the worker pool and its bound are plain
 * {@link java.util.concurrent.ThreadPoolExecutor}s.
 */
package dev.rolefit.service;
