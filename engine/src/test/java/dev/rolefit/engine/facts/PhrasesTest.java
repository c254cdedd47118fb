package dev.rolefit.engine.facts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The wording rules use in their reasons: amounts and language names, the same when asked again. */
class PhrasesTest {

    @ParameterizedTest(name = "{0} {1} reads \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "55000    | EUR | €55,000",
            "120000.4 | USD | $120,000",
            "999.5    | GBP | £1,000",
            "12000    | PLN | 12,000 PLN",
            "0        | EUR | €0",
            "-4500    | EUR | €-4,500"})
    void amountsAreRoundedAndGroupedInThousands(double amount, String currency, String expected) {
        assertEquals(expected, Phrases.money(amount, currency));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"nl, Dutch", "fr, French", "de, German", "en, English", "qq, qq", "not a tag, not a tag"})
    void languageCodesReadAsTheirEnglishNames(String code, String expected) {
        assertEquals(expected, Phrases.language(code));
        assertEquals(expected, Phrases.language(code), "asked again");
    }
}
