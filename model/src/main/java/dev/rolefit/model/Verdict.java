package dev.rolefit.model;

/** The overall judgement of a match. REJECTED means a knockout rule fired. */
public enum Verdict {
    STRONG, GOOD, WEAK, REJECTED
}
