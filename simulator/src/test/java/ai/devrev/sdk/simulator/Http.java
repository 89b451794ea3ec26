package ai.devrev.sdk.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Sends raw requests to a simulator, as a client that may get anything wrong would. */
final class Http {
  static final String TOKEN = "Bearer test-token";
  private static final OkHttpClient CLIENT = new OkHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private Http() {}

  static Reply post(DevRevSimulator simulator, String body) {
    return send(simulator, new Request.Builder().header("Authorization", TOKEN), body);
  }

  static Reply send(DevRevSimulator simulator, Request.Builder request, String body) {
    Request built = request.url(simulator.baseUrl() + "conversations.create")
        .post(RequestBody.create(body, MediaType.get("application/json"))).build();
    try (Response response = CLIENT.newCall(built).execute()) {
      String text = response.body().string();
      return new Reply(response.code(), response.header("Retry-After"), JSON.readTree(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A status, the {@code Retry-After} header and the JSON body. */
  static final class Reply {
    final int status;
    final String retryAfter;
    final JsonNode body;

    Reply(int status, String retryAfter, JsonNode body) {
      this.status = status;
      this.retryAfter = retryAfter;
      this.body = body;
    }
  }
}
