package ai.devrev.sdk.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One request the simulator received and what it answered: what tests assert the client sent.
 *
 * @param method the HTTP method
 * @param path the request path, e.g. {@code /conversations.create}
 * @param headers the request headers, names in lower case
 * @param body the request body as text ({@code ""} when none)
 * @param status the status the simulator answered
 * @param responseBody the body it answered
 * @param responseProblems what the spec finds wrong with that answer, and whether the simulator failed on
 *     the request (it then answered 500) or could not send its answer; empty unless the simulator has a
 *     bug or the spec changed under it
 */
public record SimulatedExchange(
    String method,
    String path,
    Map<String, List<String>> headers,
    String body,
    int status,
    String responseBody,
    List<String> responseProblems) {

  /**
   * Copies the collections, so an exchange never changes after it was recorded.
   *
   * @param method the HTTP method
   * @param path the request path
   * @param headers the request headers, names in lower case
   * @param body the request body as text
   * @param status the status the simulator answered
   * @param responseBody the body it answered
   * @param responseProblems what the spec finds wrong with that answer
   */
  public SimulatedExchange {
    headers = Map.copyOf(headers);
    responseProblems = List.copyOf(responseProblems);
  }

  /**
   * The exchange for a log or an assertion message, with the {@code Authorization} header's credential
   * left out: a token never appears in a {@code toString()}, even a test's.
   */
  @Override
  public String toString() {
    Map<String, List<String>> shown = new TreeMap<>(headers);
    shown.computeIfPresent("authorization", (name, values) -> values.stream()
        .map(value -> value.contains(" ") ? value.substring(0, value.indexOf(' ')) + " <redacted>" : "<redacted>")
        .collect(Collectors.toList()));
    return "SimulatedExchange[" + method + " " + path + ", headers=" + shown + ", body=" + body + ", status=" + status
        + ", responseBody=" + responseBody + ", responseProblems=" + responseProblems + "]";
  }

  /**
   * The first value of a request header, by case-insensitive name.
   *
   * @param name the header name, in any case
   * @return its first value, when present
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
