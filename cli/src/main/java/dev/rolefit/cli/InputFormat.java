package dev.rolefit.cli;

import dev.rolefit.engine.Documents;

/** The values of {@code --input-format}: detected per document, or forced. */
enum InputFormat {
    auto(null),
    nativejson(Documents.Format.NATIVE),
    jsonresume(Documents.Format.JSON_RESUME),
    jsonresumejob(Documents.Format.JSON_RESUME_JOB),
    jobposting(Documents.Format.JOB_POSTING),
    text(Documents.Format.TEXT);

    /** The engine's format, or null to detect each document's. */
    final Documents.Format format;

    InputFormat(Documents.Format format) {
        this.format = format;
    }

    static final String DESCRIPTION = "How to read the input: auto (detected per document; .txt and .md files are "
            + "plain text), nativejson, jsonresume, jsonresumejob, jobposting or text (every file read as a plain-text "
            + "résumé or posting). Default: auto.";
}
