package dev.rolefit.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rolefit.model.InputError;
import dev.rolefit.model.Match;

import java.util.List;

/**
 * The JSON document {@code rolefit match --format json} writes: which rule set, how it matched, the
 * ranked matches and the input errors.
 *
 * @param rulesetVersion "sha256:…" of the rule files
 * @param mode           "indexed" or "exhaustive"
 * @param per            "vacancy" or "candidate": whose lists the ranks count within
 * @param asOf           the month that counted as now, "2026-11"
 * @param matches        every list, one after the other, rank 1 first
 * @param errors         every record that could not be used
 */
@JsonPropertyOrder({"rulesetVersion", "mode", "per", "asOf", "matches", "errors"})
record MatchReport(String rulesetVersion, String mode, String per, String asOf, List<Match> matches,
                   List<InputError> errors) {
    MatchReport {
        matches = List.copyOf(matches);
        errors = List.copyOf(errors);
    }
}
