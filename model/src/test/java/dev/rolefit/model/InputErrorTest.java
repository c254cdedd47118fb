package dev.rolefit.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An input error names the value, but never a contact detail: it is printed and sent back as it is. */
class InputErrorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an email in a salary      | salary 'ask jan.peeters@example.com': unexpected character '@' | salary 'ask <email>': unexpected character '@'",
            "a phone number            | remote policy 'call +32 475 12 34 56' is unknown               | remote policy 'call <phone>' is unknown",
            "a salary range stays      | salary '55.000 - 70.000 EUR' has no period                     | salary '55.000 - 70.000 EUR' has no period",
            "a date stays              | date '12/05/2019' is not YYYY-MM                               | date '12/05/2019' is not YYYY-MM"})
    void message_namesTheValueButNoContactDetail(String why, String written, String shown) {
        InputError error = new InputError("cv.txt", "line 3", written);

        assertEquals(shown, error.message());
        assertEquals("cv.txt: line 3: " + shown, error.toString());
    }
}
