package ai.devrev.sdk.cli;

/**
 * A {@code NAME=JSON} flag value ({@code --custom-field}, {@code --raw-field}), already decoded.
 *
 * @param name the property name
 * @param value the decoded JSON: a string, number, boolean, list, map or null
 */
record JsonField(String name, Object value) {
}
