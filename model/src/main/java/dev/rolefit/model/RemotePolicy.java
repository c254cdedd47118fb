package dev.rolefit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Where the work happens: at the office, partly at home, or anywhere. */
public enum RemotePolicy {
    ONSITE, HYBRID, REMOTE;

    private static final Words<RemotePolicy> WORDS = new Words<>(RemotePolicy.class, "remote policy")
            .alias(ONSITE, "on-site", "on site", "office", "in office", "none", "no")
            .alias(HYBRID, "hybrid", "partly remote", "partial")
            .alias(REMOTE, "full", "fully remote", "remote", "telecommute", "remote-first", "anywhere");

    /** Reads "hybrid", "On-site", JSON Resume's "None"/"Hybrid"/"Full" and the like. */
    @JsonCreator
    public static RemotePolicy parse(String text) {
        return WORDS.parse(text);
    }
}
