package dev.rolefit.engine;

/**
 * How to match: in which direction the lists run, how long they are, whether rejected pairs are
 * kept, and whether Lucene retrieval picks the pairs worth scoring.
 *
 * <pre>{@code
 * MatchOptions options = MatchOptions.defaults().per(Per.CANDIDATE).top(10);
 * }</pre>
 *
 * @param per             VACANCY: a ranked list of candidates per vacancy; CANDIDATE: of vacancies per candidate
 * @param top             the longest list, or 0 for all
 * @param includeRejected whether pairs a knockout rejected stay in the lists (ranked last)
 * @param mode            INDEXED (retrieve, then score) or EXHAUSTIVE (score every pair)
 * @param retrieveLimit   how many documents retrieval hands to the rules per list, at most; 0 (the
 *                        default) chooses: every document that passes the knockout filters when a list
 *                        is kept whole ({@code top} 0 or rejected pairs included), else the
 *                        {@link #AUTO_PER_PLACE} best estimated per place on the list, at least
 *                        {@link #AUTO_MINIMUM}, stopping earlier once the next estimate is clearly
 *                        below the list's last place ({@link #AUTO_STOP_MARGIN})
 */
public record MatchOptions(Per per, int top, boolean includeRejected, Mode mode, int retrieveLimit) {
    /** The direction of the ranked lists. */
    public enum Per { VACANCY, CANDIDATE }

    /** How pairs are chosen for scoring. */
    public enum Mode { INDEXED, EXHAUSTIVE }

    /**
     * Documents scored per place on a list when the limit is chosen: at 2 (and a 20 minimum) the
     * indexed top 10 held more than 0.99 of the exhaustive top 10 on generated data (BENCHMARKS.md).
     */
    public static final int AUTO_PER_PLACE = 2;
    /** The fewest documents scored per list when the limit is chosen. */
    public static final int AUTO_MINIMUM = 20;

    /**
     * With the limit chosen, a list stops scoring before the limit once it holds {@code top} pairs
     * that passed the knockouts and the next document's estimate is more than this many points (of
     * 100) below the last place's score: the estimate restates every category as the rules count
     * it. On generated data half a point kept the recall of a margin of 1 (and of a limit of 20)
     * with 11.4 to 12.6 pairs scored a list instead of 12.9 to 14.8; a quarter of a point did too,
     * and no margin at all lost 0.5 to 1% of recall (BENCHMARKS.md, seventh round). Half a point
     * is twice the smallest margin seen to be enough, for rules the estimate does not foresee: such
     * a rule can make a list stop too early and miss a pair; it never puts a wrong score on a list.
     */
    public static final double AUTO_STOP_MARGIN = 0.5;

    public MatchOptions {
        if (per == null) {
            throw new IllegalArgumentException("per is null; it must be VACANCY or CANDIDATE");
        }
        if (mode == null) {
            throw new IllegalArgumentException("mode is null; it must be INDEXED or EXHAUSTIVE");
        }
        if (top < 0) {
            throw new IllegalArgumentException("top is " + top + "; it must be 0 (all) or more");
        }
        if (retrieveLimit < 0) {
            throw new IllegalArgumentException("retrieveLimit is " + retrieveLimit
                    + "; it must be 0 (chosen from top) or more");
        }
    }

    /** Lists per vacancy, all lengths, rejected left out, indexed retrieval with the limit chosen from top. */
    public static MatchOptions defaults() {
        return new MatchOptions(Per.VACANCY, 0, false, Mode.INDEXED, 0);
    }

    /** How many documents retrieval hands to the rules per list: {@code retrieveLimit}, or the chosen one. */
    int effectiveRetrieveLimit() {
        if (retrieveLimit > 0) {
            return retrieveLimit;
        }
        if (top == 0 || includeRejected) {
            return Integer.MAX_VALUE;
        }
        return (int) Math.min(Integer.MAX_VALUE, Math.max(AUTO_MINIMUM, (long) AUTO_PER_PLACE * top));
    }

    /**
     * Whether a list may stop scoring before its limit (see {@link #AUTO_STOP_MARGIN}): in indexed
     * mode, with the limit chosen, a {@code top} and rejected pairs left out.
     */
    boolean stopsEarly() {
        return mode == Mode.INDEXED && retrieveLimit == 0 && top > 0 && !includeRejected;
    }

    /** These options with lists per vacancy (of candidates) or per candidate (of vacancies). */
    public MatchOptions per(Per newPer) {
        return new MatchOptions(newPer, top, includeRejected, mode, retrieveLimit);
    }

    /** These options with lists cut after {@code newTop} places; 0 keeps every list whole. */
    public MatchOptions top(int newTop) {
        return new MatchOptions(per, newTop, includeRejected, mode, retrieveLimit);
    }

    /** These options with pairs a knockout rejected kept at the end of each list, or left out. */
    public MatchOptions includeRejected(boolean include) {
        return new MatchOptions(per, top, include, mode, retrieveLimit);
    }

    /** These options with pairs retrieved by the index first (INDEXED) or every pair scored (EXHAUSTIVE). */
    public MatchOptions mode(Mode newMode) {
        return new MatchOptions(per, top, includeRejected, newMode, retrieveLimit);
    }

    /** These options with at most {@code limit} documents scored per list; 0 lets the engine choose. */
    public MatchOptions retrieveLimit(int limit) {
        return new MatchOptions(per, top, includeRejected, mode, limit);
    }
}
