/**
 * The rolefit engine: candidates and vacancies in, ranked and explained matches out.
 *
 * <p><b>Concepts.</b> A {@link dev.rolefit.engine.RuleBook} is a compiled rule set: the DRL files and
 * CSV tables of a folder laid out like the project's {@code rules/} (or the built-in one). A
 * {@link dev.rolefit.engine.MatchEngine} holds documents, normalises and profiles each once when it is
 * put (skills to taxonomy names, relevant years, yearly EUR, role family and seniority by the profile
 * rules), indexes them in Lucene for retrieval and search, and scores pairs with the rules: every
 * rule that fires writes a reason, and the reasons make the score. {@link dev.rolefit.engine.Documents}
 * reads files (native JSON, JSON Lines, JSON Resume, JSON Resume jobs, schema.org JobPosting) into
 * records, with an error naming file, place and value for each bad one.
 *
 * <pre>{@code
 * try (MatchEngine engine = MatchEngine.builder().rules(Path.of("rules")).build()) {
 *     engine.putCandidates(Documents.candidates(List.of(Path.of("cv"))).records().stream()
 *             .map(Documents.Sourced::record).toList());
 *     engine.put(vacancy);
 *     for (Match m : engine.candidatesFor(vacancy.id(), MatchOptions.defaults().top(10))) {
 *         System.out.println(m.rank() + ". " + m.candidateId() + " " + m.score() + " " + m.verdict());
 *     }
 * }
 * }</pre>
 *
 * <p>Also here: {@link dev.rolefit.engine.MatchOptions} (list direction, length, retrieval),
 * {@link dev.rolefit.engine.RankingStream} (one candidate at a time, for streams),
 * {@link dev.rolefit.engine.Profile} (what the engine read in a document),
 * {@link dev.rolefit.engine.RuleSetException} and {@link dev.rolefit.engine.RuleProblem} (a rule set that
 * does not compile, every problem with file and line), {@link dev.rolefit.engine.Explanation} (a score rule by rule),
 * {@link dev.rolefit.engine.Counterfactuals} (what would change the outcome, or move a candidate into
 * the top k), {@link dev.rolefit.engine.AuditLog} (the decision log and human overrides, for record
 * keeping),
 * {@link dev.rolefit.engine.MatchDiff} (what a rule change moves), {@link dev.rolefit.engine.ScenarioRunner}
 * (the analyst's regression scenarios), {@link dev.rolefit.engine.SearchResult} (recruiter search) and
 * {@link dev.rolefit.engine.DataStore} (a durable folder of documents). Everything else is package-private.
 */
package dev.rolefit.engine;
