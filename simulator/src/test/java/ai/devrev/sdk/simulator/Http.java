package ai.devrev.sdk.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** Sends requests to a simulator over a real socket, as a client that may get anything wrong would. */
final class Http {
  static final String TOKEN = "Bearer test-token";
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private Http() {}

  /** A JSON body with the test token. */
  static Reply post(DevRevSimulator simulator, String body) {
    return send(simulator, body, "Authorization", TOKEN);
  }

  /** A JSON body with these headers (name, value, name, value...) and no others. */
  static Reply send(DevRevSimulator simulator, String body, String... headers) {
    String[] withType = new String[headers.length + 2];
    withType[0] = "Content-Type";
    withType[1] = "application/json";
    System.arraycopy(headers, 0, withType, 2, headers.length);
    return raw(simulator, "/conversations.create", body.getBytes(StandardCharsets.UTF_8), withType);
  }

  /** Exactly these bytes and headers, to any path. */
  static Reply raw(DevRevSimulator simulator, String path, byte[] body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path.substring(1)))
        .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build());
  }

  static Reply send(HttpRequest request) {
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      return new Reply(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A status, the headers and the JSON body (a missing node when the body is empty). */
  static final class Reply {
    final int status;
    final String retryAfter;
    final JsonNode body;
    private final HttpResponse<String> response;

    Reply(HttpResponse<String> response) throws IOException {
      this.response = response;
      this.status = response.statusCode();
      this.retryAfter = header("Retry-After").orElse(null);
      this.body = response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
    }

    Optional<String> header(String name) {
      return response.headers().firstValue(name);
    }

    long longHeader(String name) {
      return Long.parseLong(header(name).orElseThrow(() -> new AssertionError("no " + name + " header")));
    }
  }
}
