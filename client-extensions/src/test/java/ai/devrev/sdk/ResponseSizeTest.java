package ai.devrev.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.devrev.sdk.model.ConversationsCreateRequest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import okio.Buffer;
import okio.BufferedSink;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.api.Test;

/** Success bodies are bounded after gzip is undone, headers cost linear time, and the conversation's id survives. */
class ResponseSizeTest extends TestServer {
  private static final ConversationsCreateRequest REQUEST = ConversationsCreateRequest.builder().title("Hi").build();
  private static final String START = "{\"conversation\":{\"id\":\"don:core:C-big\",\"display_id\":\"CONV-9\",\"title\":\"";

  /** A 201 whose title inflates to {@code inflated} bytes, sent gzip-compressed. */
  private static Buffer gzipBomb(long inflated) throws Exception {
    Buffer compressed = new Buffer();
    try (BufferedSink sink = Okio.buffer(new GzipSink(compressed))) {
      sink.writeUtf8(START);
      byte[] chunk = new byte[64 * 1024];
      java.util.Arrays.fill(chunk, (byte) 'a');
      for (long written = 0; written < inflated; written += chunk.length) {
        sink.write(chunk);
      }
      sink.writeUtf8("\",\"members\":[]}}");
    }
    return compressed;
  }

  @Test
  void aBodyInflatingPastTheLimitFailsWithTheConversationsId() throws Exception {
    Buffer bomb = gzipBomb(256L * 1024 * 1024);
    assertThat(bomb.size()).isLessThan(1024 * 1024);
    server.enqueue(new MockResponse.Builder().code(201).addHeader("Content-Encoding", "gzip")
        .addHeader("x-request-id", "req-big").body(bomb).build());
    try (DevRevClient client = clientBuilder().build()) {
      DevRevDecodingException e = catchThrowableOfType(DevRevDecodingException.class, () -> client.conversations().create(REQUEST));
      assertThat(e.statusCode()).isEqualTo(201);
      assertThat(e.getMessage()).contains("larger than the limit of " + 32 * 1024 * 1024);
      assertThat(e.conversationId()).contains("don:core:C-big");
      assertThat(e.conversationDisplayId()).contains("CONV-9");
      assertThat(e.requestId()).contains("req-big");
      assertThat(e.bodyExcerpt()).startsWith("{\"conversation\"").endsWith("…");
    }
  }

  @Test
  void theAsyncFutureCompletesToo() throws Exception {
    server.enqueue(new MockResponse.Builder().code(201).addHeader("Content-Encoding", "gzip").body(gzipBomb(64L * 1024 * 1024)).build());
    try (DevRevClient client = clientBuilder().maxResponseSize(1024 * 1024).build()) {
      CompletableFuture<?> future = client.conversations().createAsync(REQUEST);
      future.exceptionally(failure -> null).get(30, TimeUnit.SECONDS);
      assertThat(catchThrowableOfType(CompletionException.class, future::join).getCause())
          .isInstanceOf(DevRevDecodingException.class);
    }
  }

  @Test
  void aDeclaredLengthPastTheLimitFailsBeforeReading() throws Exception {
    Buffer body = new Buffer().writeUtf8(START).writeUtf8("x".repeat(200_000)).writeUtf8("\",\"members\":[]}}");
    server.enqueue(new MockResponse.Builder().code(201).body(body).build());
    try (DevRevClient client = clientBuilder().maxResponseSize(100_000).build()) {
      DevRevDecodingException e = catchThrowableOfType(DevRevDecodingException.class, () -> client.conversations().create(REQUEST));
      assertThat(e.getMessage()).contains("more than the limit of 100000");
    }
  }

  @Test
  void aBodyWithinTheLimitDecodes() throws Exception {
    server.enqueue(new MockResponse.Builder().code(201).addHeader("Content-Encoding", "gzip").body(gzipBomb(100_000)).build());
    try (DevRevClient client = clientBuilder().maxResponseSize(200_000).build()) {
      assertThat(client.conversations().create(REQUEST).title().orElseThrow()).hasSizeGreaterThan(100_000);
    }
  }

  @Test
  void thirtyThousandHeadersAreReadInLinearTime() throws Exception {
    MockResponse.Builder answer = new MockResponse.Builder(created());
    for (int i = 0; i < 30_000; i++) {
      answer.addHeader(Integer.toString(i, 36), "v"); // 240 KB, under OkHttp's 256 KiB limit
    }
    server.enqueue(answer.build());
    long start = System.nanoTime();
    try (DevRevClient client = clientBuilder().timeout(Duration.ofSeconds(10)).build()) {
      DevRevResponse<?> response = client.conversations().createRaw(REQUEST);
      assertThat(response.headers()).hasSizeGreaterThanOrEqualTo(30_000).containsKey(Integer.toString(29_999, 36));
      assertThat(response.header("ABC")).contains("v");
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void aBodyOfExactlyTheLimitDecodesAndOneByteMoreDoesNot() throws Exception {
    byte[] body = CREATED.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    server.enqueue(json(201, CREATED));
    server.enqueue(json(201, CREATED));
    try (DevRevClient exact = clientBuilder().maxResponseSize(body.length).build()) {
      assertThat(exact.conversations().create(REQUEST).id()).endsWith("conversation/1");
    }
    try (DevRevClient under = clientBuilder().maxResponseSize(body.length - 1).build()) {
      assertThat(catchThrowableOfType(DevRevDecodingException.class, () -> under.conversations().create(REQUEST))).isNotNull();
    }
  }

  @Test
  void theHeaderMapCannotBeChanged() {
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().build()) {
      java.util.Map<String, java.util.List<String>> headers = client.conversations().createRaw(REQUEST).headers();
      assertThat(headers.get("x-request-id")).containsExactly("req-1");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> headers.get("x-request-id").add("forged"))
          .isInstanceOf(UnsupportedOperationException.class);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> headers.put("x", java.util.List.of()))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }
}
