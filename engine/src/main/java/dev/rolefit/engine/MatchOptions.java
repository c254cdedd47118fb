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
 * @param retrieveLimit   how many documents retrieval hands to the rules per list, at most
 */
public record MatchOptions(Per per, int top, boolean includeRejected, Mode mode, int retrieveLimit) {
    /** The direction of the ranked lists. */
    public enum Per { VACANCY, CANDIDATE }

    /** How pairs are chosen for scoring. */
    public enum Mode { INDEXED, EXHAUSTIVE }

    public MatchOptions {
        if (per == null || mode == null) {
            throw new IllegalArgumentException("per and mode must be set");
        }
        if (top < 0) {
            throw new IllegalArgumentException("top is " + top + "; it must be 0 (all) or more");
        }
        if (retrieveLimit < 1) {
            throw new IllegalArgumentException("retrieveLimit is " + retrieveLimit + "; it must be at least 1");
        }
    }

    /** Lists per vacancy, all lengths, rejected left out, indexed retrieval of up to 1,000 per list. */
    public static MatchOptions defaults() {
        return new MatchOptions(Per.VACANCY, 0, false, Mode.INDEXED, 1000);
    }

    public MatchOptions per(Per newPer) {
        return new MatchOptions(newPer, top, includeRejected, mode, retrieveLimit);
    }

    public MatchOptions top(int newTop) {
        return new MatchOptions(per, newTop, includeRejected, mode, retrieveLimit);
    }

    public MatchOptions includeRejected(boolean include) {
        return new MatchOptions(per, top, include, mode, retrieveLimit);
    }

    public MatchOptions mode(Mode newMode) {
        return new MatchOptions(per, top, includeRejected, newMode, retrieveLimit);
    }

    public MatchOptions retrieveLimit(int limit) {
        return new MatchOptions(per, top, includeRejected, mode, limit);
    }
}
