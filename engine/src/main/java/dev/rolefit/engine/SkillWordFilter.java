package dev.rolefit.engine;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Trims the sentence punctuation around a word ("Docker." is "Docker", "'Kubernetes'" is
 * "Kubernetes") and splits slash and hyphen compounds ("Python/R", "PyTorch-based") into their words,
 * unless the whole compound is a skill ("CI/CD", "scikit-learn"). Characters skills are spelled with
 * inside a word stay ("C++", "C#", "Node.js"). A word that is only punctuation ("&", "-") is dropped.
 */
final class SkillWordFilter extends TokenFilter {
    private static final String TRIMMED = "'.-/&";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Predicate<String> isSkill;
    private final Deque<Part> pending = new ArrayDeque<>();

    private record Part(String text, int start, int end) {
    }

    /** @param isSkill whether a lower-case word is a skill name or synonym as a whole */
    SkillWordFilter(TokenStream input, Predicate<String> isSkill) {
        super(input);
        this.isSkill = isSkill;
    }

    /** A filter that keeps the compounds in {@code skills} (lower case) whole. */
    SkillWordFilter(TokenStream input, Set<String> skills) {
        this(input, skills::contains);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (pending.isEmpty()) {
            if (!input.incrementToken()) {
                return false;
            }
            split(term.toString(), offset.startOffset());
        }
        Part part = pending.removeFirst();
        clearAttributes();
        term.setEmpty().append(part.text());
        offset.setOffset(part.start(), part.end());
        position.setPositionIncrement(1);
        return true;
    }

    private void split(String word, int start) {
        int from = trimStart(word, 0, word.length());
        int to = trimEnd(word, from, word.length());
        if (from >= to) {
            return;
        }
        String whole = word.substring(from, to);
        if (whole.indexOf('/') < 0 && whole.indexOf('-') < 0 || isSkill.test(SkillTaxonomy.key(whole))) {
            pending.add(new Part(whole, start + from, start + to));
            return;
        }
        int i = from;
        while (i < to) {
            int j = i;
            while (j < to && word.charAt(j) != '/' && word.charAt(j) != '-') {
                j++;
            }
            int a = trimStart(word, i, j);
            int b = trimEnd(word, a, j);
            if (a < b) {
                pending.add(new Part(word.substring(a, b), start + a, start + b));
            }
            i = j + 1;
        }
    }

    private static int trimStart(String word, int from, int to) {
        while (from < to && TRIMMED.indexOf(word.charAt(from)) >= 0) {
            from++;
        }
        return from;
    }

    private static int trimEnd(String word, int from, int to) {
        while (to > from && TRIMMED.indexOf(word.charAt(to - 1)) >= 0) {
            to--;
        }
        return to;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
    }
}
