package dev.rolefit.model;

import java.util.List;

/**
 * The skills behind a match, by canonical taxonomy name.
 *
 * @param matchedSkills required and preferred skills the candidate has
 * @param missingSkills required skills the candidate lacks
 */
public record Evidence(List<String> matchedSkills, List<String> missingSkills) {
    public Evidence {
        matchedSkills = Text.list(matchedSkills);
        missingSkills = Text.list(missingSkills);
    }

    /** No skill matched and none missing: a match read without evidence (an older file) gets this. */
    public static final Evidence NONE = new Evidence(List.of(), List.of());
}
