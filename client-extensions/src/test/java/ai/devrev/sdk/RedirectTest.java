package ai.devrev.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.devrev.sdk.model.ConversationsCreateRequest;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** A create follows only redirects that keep it a POST, a few at most, and none that leave safe ground. */
class RedirectTest extends TestServer {
  private static final ConversationsCreateRequest REQUEST = ConversationsCreateRequest.builder().title("Moved").build();

  private static MockResponse redirect(int code, String location) {
    return new MockResponse.Builder().code(code).addHeader("Location", location).build();
  }

  @Test
  void aRedirectThatWouldTurnThePostIntoAGetIsNotFollowed() throws Exception {
    for (int code : new int[] {301, 302, 303}) {
      server.enqueue(redirect(code, "/conversations/1"));
      try (DevRevClient client = clientBuilder().build()) {
        UnexpectedStatusException e = catchThrowableOfType(UnexpectedStatusException.class, () -> client.conversations().create(REQUEST));
        assertThat(e.statusCode()).isEqualTo(code);
        assertThat(e.getMessage()).contains("not followed").contains("would turn the POST into a GET");
        assertThat(e.header("Location")).contains("/conversations/1");
        assertThat(e.mayHaveReachedServer()).isTrue();
      }
      assertThat(take().getMethod()).isEqualTo("POST");
    }
    assertThat(server.getRequestCount()).as("no GET followed").isEqualTo(3);
  }

  @Test
  void aTemporaryRedirectKeepsTheMethodBodyAndToken() throws Exception {
    server.enqueue(redirect(307, "/v2/conversations.create"));
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().build()) {
      assertThat(client.conversations().create(REQUEST).id()).isNotEmpty();
    }
    take();
    RecordedRequest followed = take();
    assertThat(followed.getMethod()).isEqualTo("POST");
    assertThat(followed.getUrl().encodedPath()).isEqualTo("/v2/conversations.create");
    assertThat(followed.getBody().utf8()).contains("Moved");
    assertThat(followed.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
  }

  @Test
  void aRedirectLoopStopsAfterFiveHops() {
    for (int i = 0; i < 30; i++) {
      server.enqueue(redirect(i % 2 == 0 ? 307 : 308, "/loop"));
    }
    try (DevRevClient client = clientBuilder().build()) {
      UnexpectedStatusException e = catchThrowableOfType(UnexpectedStatusException.class, () -> client.conversations().create(REQUEST));
      assertThat(e.getMessage()).contains("more than 5 redirects");
    }
    assertThat(server.getRequestCount()).isEqualTo(1 + RedirectInterceptor.MAX_REDIRECTS);
  }

  @Test
  void aRedirectToAnotherOriginGoesWithoutTheToken() throws Exception {
    try (MockWebServer other = new MockWebServer()) {
      other.start(0);
      other.enqueue(created());
      server.enqueue(redirect(307, other.url("/elsewhere").toString()));
      try (DevRevClient client = clientBuilder().build()) {
        client.conversations().create(REQUEST);
      }
      assertThat(other.takeRequest().getHeaders().get("Authorization")).isNull();
    }
  }

  @Test
  void aRedirectOverPlainHttpAwayFromThisMachineIsRefusedBeforeAnyLookup() {
    List<String> lookups = new CopyOnWriteArrayList<>();
    Dns recording = host -> {
      lookups.add(host);
      return List.of(InetAddress.getLoopbackAddress());
    };
    server.enqueue(redirect(307, "http://devrev.example/conversations.create"));
    try (DevRevClient client = clientBuilder().httpClient(new OkHttpClient.Builder().dns(recording).build()).build()) {
      UnexpectedStatusException e = catchThrowableOfType(UnexpectedStatusException.class, () -> client.conversations().create(REQUEST));
      assertThat(e.statusCode()).isEqualTo(307);
      assertThat(e.getMessage()).contains("plain http to a host that is not this machine");
    }
    assertThat(lookups).as("only the base URL's host was looked up").containsOnly(server.getHostName());
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aRedirectCarryingAPasswordIsRefused() {
    server.enqueue(redirect(307, "http://alice:S3cret@127.0.0.1:1/x"));
    try (DevRevClient client = clientBuilder().build()) {
      UnexpectedStatusException e = catchThrowableOfType(UnexpectedStatusException.class, () -> client.conversations().create(REQUEST));
      assertThat(e.getMessage()).contains("user name or password");
    }
  }
}
