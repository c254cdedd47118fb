package dev.rolefit.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param redacted       written with {@code --redact} (the field is left out when false)
 */
@JsonPropertyOrder({"rulesetVersion", "mode", "per", "asOf", "redacted", "matches", "errors"})
record MatchReport(String rulesetVersion, String mode, String per, String asOf,
                   @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean redacted, List<Match> matches,
                   List<InputError> errors) {
    /** What a redacted report says of an input error instead of its file and message. */
    static final String REDACTED = "(redacted; see stderr)";

    MatchReport {
        matches = List.copyOf(matches);
        errors = List.copyOf(errors);
    }

    MatchReport(String rulesetVersion, String mode, String per, String asOf, List<Match> matches,
                List<InputError> errors) {
        this(rulesetVersion, mode, per, asOf, false, matches, errors);
    }

    /**
     * This report for a blind shortlist ({@code --redact}). A match holds ids, numbers, canonical
     * skill names and the rules' own sentences, none of them copied from a document's free text, so
     * the matches stay as they are. An input error names a file (often named after the person) and
     * may quote a value of the record: only its place is kept, and the whole error goes to stderr.
     */
    MatchReport redact() {
        return new MatchReport(rulesetVersion, mode, per, asOf, true, matches,
                errors.stream().map(e -> new InputError(REDACTED, e.location(), REDACTED)).toList());
    }
}
