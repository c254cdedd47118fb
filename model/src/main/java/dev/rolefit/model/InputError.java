package dev.rolefit.model;

import java.util.regex.Pattern;

/**
 * A record that could not be used, and why. The rest of its batch goes on.
 *
 * <p>An email address or an international phone number in the message ("salary 'ask
 * jan@example.com'") is replaced by {@code <email>} or {@code <phone>}: errors go to stderr and
 * service replies, where contact details have no place. Other values are quoted as written.
 *
 * @param source   the file, as given on the command line or to the reader
 * @param location where in it: "line 3, column 7", a JSON path such as "$[2].salary.min", or both
 * @param message  what is wrong, naming the offending value
 */
public record InputError(String source, String location, String message) {
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+\\d[\\d ()./-]{6,}\\d");

    public InputError {
        if (message != null) {
            message = PHONE.matcher(EMAIL.matcher(message).replaceAll("<email>")).replaceAll("<phone>");
        }
    }

    @Override
    public String toString() {
        return source + (location == null || location.isEmpty() ? "" : ": " + location) + ": " + message;
    }
}
