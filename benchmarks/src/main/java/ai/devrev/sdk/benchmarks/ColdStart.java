package ai.devrev.sdk.benchmarks;

import ai.devrev.sdk.DevRevClient;
import ai.devrev.sdk.model.ConversationsCreateRequest;
import ai.devrev.sdk.model.ConversationsCreateResponse;
import ai.devrev.sdk.model.DevRevMoshi;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Cold start: time from launching a JVM to its first response, ours (decoded) against two raw-OkHttp
 * programs, one reading the bytes and one decoding them with the generated adapters (so what loading
 * Moshi and the models costs is on both sides), in forked JVMs taken in turns; the median of each is
 * reported. The child half ({@code main})
 * makes one request and exits.
 */
public final class ColdStart {
  private ColdStart() {}

  /** Child: {@code ColdStart ours|raw|rawDecoded BASE_URL}. */
  public static void main(String[] args) throws IOException {
    String url = args[1];
    if (args[0].equals("ours")) {
      try (DevRevClient client = DevRevClient.builder().baseUrl(url).token("cold-start-token").build()) {
        String id = client.conversations().create(ConversationsCreateRequest.builder().title("Cold").build()).id();
        System.out.println(id.isEmpty() ? "empty" : "ok");
      }
    } else {
      boolean decode = args[0].equals("rawDecoded");
      OkHttpClient raw = new OkHttpClient();
      Request request = new Request.Builder().url(url + "conversations.create")
          .header("Authorization", "Bearer cold-start-token")
          .post(RequestBody.create("{\"type\":\"support\",\"title\":\"Cold\"}", MediaType.get("application/json")))
          .build();
      try (Response response = raw.newCall(request).execute()) {
        if (decode) {
          ConversationsCreateResponse created = DevRevMoshi.create().adapter(ConversationsCreateResponse.class)
              .fromJson(response.body().source());
          System.out.println(created != null && created.conversation() != null ? "ok" : "empty");
        } else {
          System.out.println(response.body().bytes().length > 0 ? "ok" : "empty");
        }
      }
      raw.dispatcher().executorService().shutdown();
    }
  }

  /** Parent: runs each variant {@code runs} times, alternating, and returns the medians in milliseconds. */
  static Map<String, Double> measure(int runs) throws Exception {
    List<Double> ours = new ArrayList<>();
    List<Double> raw = new ArrayList<>();
    List<Double> rawDecoded = new ArrayList<>();
    try (LocalDevRev server = new LocalDevRev(Bodies.conversationResponse())) {
      for (int i = 0; i < runs; i++) {
        ours.add(launch("ours", server.url()));
        raw.add(launch("raw", server.url()));
        rawDecoded.add(launch("rawDecoded", server.url()));
      }
    }
    Map<String, Double> medians = new LinkedHashMap<>();
    medians.put("coldStartOursMillis", median(ours));
    medians.put("coldStartRawOkHttpMillis", median(raw));
    medians.put("coldStartRawOkHttpDecodedMillis", median(rawDecoded));
    return medians;
  }

  private static double launch(String variant, String url) throws Exception {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    long start = System.nanoTime();
    Process process = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
        ColdStart.class.getName(), variant, url).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || !output.endsWith("ok")) {
      throw new IllegalStateException("Cold-start run of " + variant + " failed: " + output);
    }
    return (System.nanoTime() - start) / 1_000_000.0;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  static String describe(Map<String, Double> medians) {
    double ours = medians.get("coldStartOursMillis");
    double raw = medians.get("coldStartRawOkHttpMillis");
    double rawDecoded = medians.get("coldStartRawOkHttpDecodedMillis");
    return String.format(Locale.ROOT, "Cold start to the first response (median of the runs): ours %.0f ms, raw OkHttp reading bytes %.0f ms"
        + " (ours takes %.2f ×, goal ≤ 1.2), raw OkHttp decoding with the generated adapters %.0f ms (ours takes %.2f ×).%n",
        ours, raw, ours / raw, rawDecoded, ours / rawDecoded);
  }
}
