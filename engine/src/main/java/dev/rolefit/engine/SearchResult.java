package dev.rolefit.engine;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * What a recruiter's search found: the best hits, why each matched, and counts over all hits.
 *
 * @param query  the query as typed
 * @param kind   what was searched: candidates or vacancies
 * @param total  how many documents match
 * @param hits   the best hits, best first (at most the number asked)
 * @param facets over all hits: counts by role family, seniority, city and the top skills
 * @param notes  what the reader should know ("'flurbo' is not a skill the taxonomy knows")
 */
@JsonPropertyOrder({"query", "kind", "total", "hits", "facets", "notes"})
public record SearchResult(String query, Profile.Kind kind, int total, List<Hit> hits,
                           Map<String, Map<String, Integer>> facets, List<String> notes) {

    /**
     * One document found.
     *
     * @param id      the document's id
     * @param score   how well it matches (higher is better; listed skills count more than skills in text)
     * @param matched each query skill it has, and where: "PyTorch (listed skill)", "Kubernetes (work entry)"
     */
    public record Hit(String id, double score, List<String> matched) {
    }
}
