package ai.devrev.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Per-call options: what they hold, what they refuse, and that one call's options leave the next alone. */
class RequestOptionsTest extends TestServer {
  @Test
  void noneOverridesNothing() {
    assertThat(RequestOptions.none().timeout()).isEmpty();
    assertThat(RequestOptions.none().maxRetries()).isEmpty();
    assertThat(RequestOptions.builder().build()).isEqualTo(RequestOptions.none()).hasSameHashCodeAs(RequestOptions.none());
  }

  @Test
  void holdsWhatWasSet() {
    RequestOptions options = RequestOptions.builder().timeout(Duration.ofSeconds(3)).maxRetries(0).build();
    assertThat(options.timeout()).contains(Duration.ofSeconds(3));
    assertThat(options.maxRetries()).hasValue(0);
    assertThat(options).isNotEqualTo(RequestOptions.none())
        .isEqualTo(RequestOptions.builder().maxRetries(0).timeout(Duration.ofSeconds(3)).build());
    assertThat(options.toString()).contains("PT3S").contains("maxRetries=0");
  }

  @Test
  void refusesWhatCannotBeMeant() {
    assertThatThrownBy(() -> RequestOptions.builder().maxRetries(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RequestOptions.builder().timeout(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void oneCallsOptionsDoNotChangeTheNext() {
    server.enqueue(json(503, "{\"type\":\"service_unavailable\"}"));
    server.enqueue(json(503, "{\"type\":\"service_unavailable\"}"));
    server.enqueue(created());
    try (DevRevClient client = clientBuilder().maxRetries(1).build()) {
      RequestOptions once = RequestOptions.builder().maxRetries(0).build();
      assertThatThrownBy(() -> client.conversations().create(ai.devrev.sdk.model.ConversationsCreateRequest.builder().build(), once))
          .isInstanceOf(ServiceUnavailableException.class);
      assertThat(client.conversations().create(ai.devrev.sdk.model.ConversationsCreateRequest.builder().build()).id()).isNotEmpty();
    }
    assertThat(server.getRequestCount()).as("1 with no retry, then 2 with the client's one").isEqualTo(3);
  }
}
