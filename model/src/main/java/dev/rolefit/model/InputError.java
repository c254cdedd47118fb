package dev.rolefit.model;

/**
 * A record that could not be used, and why. The rest of its batch goes on.
 *
 * @param source   the file, as given on the command line or to the reader
 * @param location where in it: "line 3, column 7", a JSON path such as "$[2].salary.min", or both
 * @param message  what is wrong, naming the offending value
 */
public record InputError(String source, String location, String message) {
    @Override
    public String toString() {
        return source + (location == null || location.isEmpty() ? "" : ": " + location) + ": " + message;
    }
}
