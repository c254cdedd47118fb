package dev.rolefit.model;

import java.util.Locale;
import java.util.Map;

/** Language names to ISO 639-1 codes, for the few names people write instead of codes. */
final class Languages {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("english", "en"), Map.entry("dutch", "nl"), Map.entry("flemish", "nl"),
            Map.entry("nederlands", "nl"), Map.entry("french", "fr"), Map.entry("francais", "fr"),
            Map.entry("german", "de"), Map.entry("deutsch", "de"), Map.entry("spanish", "es"),
            Map.entry("espanol", "es"), Map.entry("italian", "it"), Map.entry("portuguese", "pt"),
            Map.entry("polish", "pl"), Map.entry("swedish", "sv"), Map.entry("danish", "da"),
            Map.entry("finnish", "fi"), Map.entry("greek", "el"), Map.entry("romanian", "ro"),
            Map.entry("czech", "cs"), Map.entry("hungarian", "hu"), Map.entry("turkish", "tr"),
            Map.entry("arabic", "ar"), Map.entry("chinese", "zh"), Map.entry("mandarin", "zh"),
            Map.entry("japanese", "ja"), Map.entry("russian", "ru"), Map.entry("ukrainian", "uk"),
            Map.entry("hindi", "hi"), Map.entry("catalan", "ca"), Map.entry("norwegian", "no"),
            // as Dutch, German, French and Spanish speakers write them
            Map.entry("engels", "en"), Map.entry("englisch", "en"), Map.entry("anglais", "en"),
            Map.entry("ingles", "en"), Map.entry("frans", "fr"), Map.entry("franzosisch", "fr"),
            Map.entry("frances", "fr"), Map.entry("duits", "de"), Map.entry("allemand", "de"),
            Map.entry("aleman", "de"), Map.entry("niederlandisch", "nl"), Map.entry("neerlandais", "nl"),
            Map.entry("hollandais", "nl"), Map.entry("vlaams", "nl"), Map.entry("spaans", "es"),
            Map.entry("spanisch", "es"), Map.entry("espagnol", "es"), Map.entry("italiaans", "it"),
            Map.entry("italienisch", "it"), Map.entry("italien", "it"), Map.entry("pools", "pl"),
            Map.entry("polnisch", "pl"), Map.entry("turks", "tr"), Map.entry("arabisch", "ar"),
            Map.entry("portugees", "pt"), Map.entry("portugiesisch", "pt"), Map.entry("chinees", "zh"));

    private Languages() {
    }

    static String code(String language) {
        String text = Text.blankToNull(language);
        if (text == null) {
            throw new IllegalArgumentException("language is missing");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.matches("[a-z]{2}")) {
            return lower;
        }
        String code = NAMES.get(Words.key(lower));
        if (code == null) {
            throw new IllegalArgumentException(
                    "language '" + text + "' is neither an ISO 639-1 code (such as en, nl) nor a known name");
        }
        return code;
    }
}
