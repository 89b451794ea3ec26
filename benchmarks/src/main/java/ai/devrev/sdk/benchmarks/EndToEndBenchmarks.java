package ai.devrev.sdk.benchmarks;

import ai.devrev.sdk.DevRevClient;
import ai.devrev.sdk.model.Conversation;
import ai.devrev.sdk.model.ConversationsCreateRequest;
import ai.devrev.sdk.model.ConversationsCreateResponse;
import ai.devrev.sdk.model.DevRevMoshi;
import com.squareup.moshi.JsonAdapter;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * A whole {@code create} over loopback: our client (auth, retries, error decoding, Moshi both ways)
 * against two baselines on the same server with default connection pools: raw OkHttp posting
 * pre-serialised bytes and reading the answer as bytes (the transport limit), and raw OkHttp that also
 * decodes the answer with the generated adapters (what any client must do: the rest is the pipeline's
 * cost). One thread, then 8 and 32 threads sharing one client.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EndToEndBenchmarks {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  LocalDevRev server;
  DevRevClient client;
  OkHttpClient raw;
  ConversationsCreateRequest request;
  byte[] requestBytes;
  Request rawRequest;
  JsonAdapter<ConversationsCreateResponse> decoder;

  @Setup
  public void setUp() throws IOException {
    byte[] body = Bodies.conversationResponse();
    server = new LocalDevRev(body);
    decoder = DevRevMoshi.create().adapter(ConversationsCreateResponse.class);
    client = DevRevClient.builder().baseUrl(server.url()).token("benchmark-token").build();
    raw = new OkHttpClient();
    requestBytes = Bodies.fullRequest();
    request = DevRevMoshi.create().adapter(ConversationsCreateRequest.class).fromJson(new okio.Buffer().write(requestBytes));
    rawRequest = new Request.Builder().url(server.url() + "conversations.create")
        .header("Authorization", "Bearer benchmark-token")
        .post(RequestBody.create(requestBytes, JSON))
        .build();
  }

  @TearDown
  public void tearDown() {
    client.close();
    raw.dispatcher().executorService().shutdown();
    raw.connectionPool().evictAll();
    server.close();
  }

  @Benchmark
  public Conversation createOurs() {
    return client.conversations().create(request);
  }

  @Benchmark
  public byte[] createRawOkHttp() throws IOException {
    try (Response response = raw.newCall(rawRequest).execute()) {
      return response.body().bytes();
    }
  }

  @Benchmark
  public ConversationsCreateResponse createRawOkHttpDecoded() throws IOException {
    try (Response response = raw.newCall(rawRequest).execute()) {
      return decoder.fromJson(response.body().source());
    }
  }

  @Benchmark
  @Threads(8)
  public Conversation createOurs8Threads() {
    return createOurs();
  }

  @Benchmark
  @Threads(8)
  public byte[] createRawOkHttp8Threads() throws IOException {
    return createRawOkHttp();
  }

  @Benchmark
  @Threads(8)
  public ConversationsCreateResponse createRawOkHttpDecoded8Threads() throws IOException {
    return createRawOkHttpDecoded();
  }

  @Benchmark
  @Threads(32)
  public Conversation createOurs32Threads() {
    return createOurs();
  }

  @Benchmark
  @Threads(32)
  public byte[] createRawOkHttp32Threads() throws IOException {
    return createRawOkHttp();
  }

  @Benchmark
  @Threads(32)
  public ConversationsCreateResponse createRawOkHttpDecoded32Threads() throws IOException {
    return createRawOkHttpDecoded();
  }
}
