package dev.rolefit.engine;

import dev.rolefit.model.Period;
import dev.rolefit.model.Salary;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Salary strings as recruiters write them: read into a range, a currency and a period, or refused by name. */
class SalaryTextTest {

    private static Double amount(String cell) {
        return cell == null || cell.isEmpty() ? null : Double.valueOf(cell);
    }

    @Nested
    class Read {
        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
                # text                                   | min     | max     | currency | period
                €55.000 - €110.000/yr                    | 55000   | 110000  | EUR      | YEAR
                55k-70k EUR                              | 55000   | 70000   | EUR      | YEAR
                $120,000                                 | 120000  | 120000  | USD      | YEAR
                €4.500 per month                         | 4500    | 4500    | EUR      | MONTH
                45-60K € brutto                          | 45000   | 60000   | EUR      | YEAR
                EUR 55 000 – 70 000 p.a.                 | 55000   | 70000   | EUR      | YEAR
                £65,000 - £80,000 per annum              | 65000   | 80000   | GBP      | YEAR
                € 4.500,50 per maand                     | 4500.5  | 4500.5  | EUR      | MONTH
                $4,500.50/month                          | 4500.5  | 4500.5  | USD      | MONTH
                € 3.800,- bruto per maand                | 3800    | 3800    | EUR      | MONTH
                55.5k - 62.5k EUR                        | 55500   | 62500   | EUR      | YEAR
                65,5k € par an                           | 65500   | 65500   | EUR      | YEAR
                60.000 - 75.000 EUR Jahresgehalt         | 60000   | 75000   | EUR      | YEAR
                70.000 € brutto pro Jahr                 | 70000   | 70000   | EUR      | YEAR
                4.200 € brut par mois                    | 4200    | 4200    | EUR      | MONTH
                5.000 EUR pro Monat                      | 5000    | 5000    | EUR      | MONTH
                €95/h                                    | 95      | 95      | EUR      | HOUR
                £35 per hour                             | 35      | 35      | GBP      | HOUR
                €3.000 - 4.000 p.m.                      | 3000    | 4000    | EUR      | MONTH
                CHF 120'000 - 140'000                    | 120000  | 140000  | CHF      | YEAR
                80 - 100 EUR per uur                     | 80      | 100     | EUR      | HOUR
                CHF 110'000                              | 110000  | 110000  | CHF      | YEAR
                45 € pro Stunde                          | 45      | 45      | EUR      | HOUR
                600 EUR per day                          | 600     | 600     | EUR      | DAY
                12.000 PLN per month                     | 12000   | 12000   | PLN      | MONTH
                12 000 zł per month                      | 12000   | 12000   | PLN      | MONTH
                US$150,000 - US$180,000                  | 150000  | 180000  | USD      | YEAR
                van €50.000 tot €60.000 per jaar         | 50000   | 60000   | EUR      | YEAR
                from €60k a year                         | 60000   | -       | EUR      | YEAR
                €60k+                                    | 60000   | -       | EUR      | YEAR
                up to $140k                              | -       | 140000  | USD      | YEAR
                tot € 5.500 per maand                    | -       | 5500    | EUR      | MONTH
                €55,000 - €70,000 per year depending on experience | 55000 | 70000 | EUR | YEAR
                """)
        void salaryString_isReadAsRangeCurrencyAndPeriod(String text, String min, String max, String currency,
                                                         String period) {
            Salary salary = SalaryText.parse(text);

            assertEquals(new Salary(amount(min), amount(max), currency, Period.valueOf(period)), salary, text);
        }
    }

    @Nested
    class Refused {
        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                # text                          | the message names
                100000                          | names no currency
                55k-70k                         | names no currency
                €1.234 per month                | is ambiguous: '1.234' could be 1234
                €52,345                         | is ambiguous: '52,345' could be 52345
                €1.500k                         | is ambiguous
                €4.500                          | names no period, and 4500 is low for a yearly salary
                55.5 EUR                        | names no period
                €55.5/yr                        | 55.5 a year is too low for a salary; is a 'k' missing
                55-70 EUR per year              | is a 'k' missing
                €4.500 netto per maand          | is a net amount
                €50k - $60k                     | more than one currency: EUR, USD
                €4.500 per month per year       | more than one period
                €40k - €50k - €60k              | has 3 amounts
                competitive                     | does not know the word 'competitive'
                €60k + car + 13th month         | does not know the words 'car', 'th'
                500.000 kr per year             | names several currencies
                €70k - €50k                     | inverted
                €55.000.5                       | cannot read the number '55.000.5'
                €1,234,56                       | cannot read the number '1,234,56'
                EUR                             | has no amount
                """)
        void unreadableOrAmbiguousSalary_isAnErrorQuotingTheText(String text, String expected) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SalaryText.parse(text));

            assertTrue(e.getMessage().contains(expected), e.getMessage());
            assertTrue(e.getMessage().startsWith("salary '" + text.strip() + "'"), e.getMessage());
        }

        @Test
        void ambiguousThousands_suggestHowToWriteThem() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> SalaryText.parse("€1.234 per month"));

            assertEquals("salary '€1.234 per month' is ambiguous: '1.234' could be 1234 (European thousands) or 1.234"
                    + " (English decimals); write '1234' without a separator, or with the cents: '1.234,00' or '1,234.00'",
                    e.getMessage());
        }

        @Test
        void salaryWithoutCurrency_suggestsASymbolOrCode() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SalaryText.parse("100000"));

            assertEquals("salary '100000' names no currency; write it with a symbol or an ISO code, e.g. '€100000'"
                    + " or '100000 EUR'", e.getMessage());
        }
    }

    @Nested
    class Numbers {
        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                55000      | 55000
                55.000     | 55000
                55,000     | 55000
                55 000     | 55000
                1.250      | 1250
                4.500,50   | 4500.50
                4,500.50   | 4500.50
                1.234.567  | 1234567
                1,234,567  | 1234567
                55.5       | 55.5
                55,50      | 55.50
                """)
        void numberWithEuropeanOrEnglishSeparators_isRead(String written, String expected) {
            assertEquals(0, new java.math.BigDecimal(expected).compareTo(SalaryText.number(written, false, "amount")),
                    written);
        }
    }
}
