package dev.rolefit.engine;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.util.CharTokenizer;

import java.util.Set;

/**
 * The analysis chain that finds skills in free text: words split at spaces and sentence punctuation,
 * trimmed and de-compounded ({@link SkillWordFilter}), then, for the skills found in any case, lower
 * case and ASCII folding, and last a {@link SynonymGraphFilter} that replaces each name or synonym of a
 * skill, one word or several, by one token: the canonical name, of type
 * {@link SynonymGraphFilter#TYPE_SYNONYM}. The synonym filter is the last step and its graph is only
 * read, never indexed, so no FlattenGraphFilter is needed.
 *
 * <p>Without a synonym map, the chain stops before the synonym filter: that is how the names and
 * synonyms themselves are analysed into the map's keys, so text and taxonomy are read alike.
 */
final class SkillAnalyzer extends Analyzer {
    /** Characters that end a word: spaces and sentence punctuation; "/", "-", "+", "#" and "." stay in. */
    private static final String SEPARATORS = ",;:()[]{}\"“”‘’!?|<>=*";

    private final Set<String> compounds;
    private final boolean anyCase;
    private final SynonymMap synonyms;

    /**
     * @param compounds skill forms (lower case) that keep their slash or hyphen ("ci/cd")
     * @param anyCase   whether to fold case and accents (skills marked {@code case} are matched as written)
     * @param synonyms  the skills to find; null for the chain without the synonym filter
     */
    SkillAnalyzer(Set<String> compounds, boolean anyCase, SynonymMap synonyms) {
        this.compounds = Set.copyOf(compounds);
        this.anyCase = anyCase;
        this.synonyms = synonyms;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = CharTokenizer.fromSeparatorCharPredicate(
                c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || SEPARATORS.indexOf(c) >= 0);
        TokenStream stream = new SkillWordFilter(words, compounds);
        if (anyCase) {
            stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
        }
        if (synonyms != null) {
            stream = new SynonymGraphFilter(stream, synonyms, false);
        }
        return new TokenStreamComponents(words, stream);
    }
}
