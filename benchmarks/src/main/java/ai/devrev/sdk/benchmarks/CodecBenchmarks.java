package ai.devrev.sdk.benchmarks;

import ai.devrev.sdk.model.ConversationsCreateRequest;
import ai.devrev.sdk.model.ConversationsCreateResponse;
import ai.devrev.sdk.model.DevRevMoshi;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.squareup.moshi.JsonAdapter;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okio.Buffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Decoding the large 201 and encoding the full request: the generated Moshi adapters against Jackson's
 * streaming parser/generator (the limit: scanning every token, writing a ready tree) and Jackson databind
 * into equivalent plain classes (what most Java SDKs do).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CodecBenchmarks {
  byte[] response;
  /** The bodies as the client holds them once read (an okio buffer); each decode reads a clone, which shares their segments. */
  Buffer responseBuffer;
  Buffer specExampleBuffer;
  byte[] request;
  JsonAdapter<ConversationsCreateResponse> responseAdapter;
  JsonAdapter<ConversationsCreateRequest> requestAdapter;
  ConversationsCreateRequest requestModel;
  JsonFactory jsonFactory;
  ObjectMapper mapper;
  JsonNode requestTree;
  JacksonModel.Request requestPojo;

  @Setup
  public void setUp() throws IOException {
    response = Bodies.largeResponse();
    responseBuffer = new Buffer().write(response);
    specExampleBuffer = new Buffer().write(Bodies.conversationResponse());
    request = Bodies.fullRequest();
    responseAdapter = DevRevMoshi.create().adapter(ConversationsCreateResponse.class);
    requestAdapter = DevRevMoshi.create().adapter(ConversationsCreateRequest.class);
    requestModel = requestAdapter.fromJson(new Buffer().write(request));
    jsonFactory = new JsonFactory();
    mapper = JacksonModel.mapper();
    requestTree = mapper.readTree(request);
    requestPojo = mapper.readValue(request, JacksonModel.Request.class);
  }

  @Benchmark
  public ConversationsCreateResponse decodeOurs() throws IOException {
    return responseAdapter.fromJson(responseBuffer.clone());
  }

  /** The body the end-to-end benchmark serves: how much of a create's time is decoding. */
  @Benchmark
  public ConversationsCreateResponse decodeOursEndToEndBody() throws IOException {
    return responseAdapter.fromJson(specExampleBuffer.clone());
  }

  @Benchmark
  public int decodeJacksonTokenScan() throws IOException {
    int tokens = 0;
    try (JsonParser parser = jsonFactory.createParser(response)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  @Benchmark
  public JacksonModel.Response decodeJacksonDatabind() throws IOException {
    return mapper.readValue(response, JacksonModel.Response.class);
  }

  @Benchmark
  public byte[] encodeOurs() throws IOException {
    Buffer buffer = new Buffer();
    requestAdapter.toJson(buffer, requestModel);
    return buffer.readByteArray();
  }

  @Benchmark
  public byte[] encodeJacksonTree() throws IOException {
    return mapper.writeValueAsBytes(requestTree);
  }

  @Benchmark
  public byte[] encodeJacksonDatabind() throws IOException {
    return mapper.writeValueAsBytes(requestPojo);
  }
}
