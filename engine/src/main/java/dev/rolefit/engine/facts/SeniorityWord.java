package dev.rolefit.engine.facts;

import dev.rolefit.model.Seniority;

/** Data: a word in a job title that names a rung, e.g. " senior " means MID_SENIOR (seniority-titles.csv). */
public record SeniorityWord(String word, Seniority level) {
}
