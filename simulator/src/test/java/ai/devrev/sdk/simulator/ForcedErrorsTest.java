package ai.devrev.sdk.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ForcedErrorsTest {
  @RegisterExtension
  static final DevRevSimulatorExtension devrev = new DevRevSimulatorExtension();

  @ParameterizedTest
  @EnumSource(SimulatedError.class)
  void anEnqueuedErrorAnswersTheNextRequestWithTheSpecsExample(SimulatedError error) {
    devrev.simulator().enqueue(error);

    Http.Reply reply = Http.post(devrev.simulator(), "{\"type\":\"support\"}");

    assertThat(reply.status).isEqualTo(error.status());
    assertThat(reply.body.get("type").asText()).isNotBlank();
    assertThat(reply.body.has("message")).isTrue();
    assertThat(devrev.simulator().lastExchange().responseProblems()).isEmpty();
  }

  @Test
  void a429CarriesRetryAfter() {
    devrev.simulator().enqueueError(429);

    Http.Reply reply = Http.post(devrev.simulator(), "{\"type\":\"support\"}");

    assertThat(reply.body.get("type").asText()).isEqualTo("too_many_requests");
    assertThat(reply.retryAfter).isEqualTo(reply.body.get("retry_after").asText());
  }

  @Test
  void a500CarriesAReferenceId() {
    devrev.simulator().enqueueError(500);

    assertThat(Http.post(devrev.simulator(), "{\"type\":\"support\"}").body.get("reference_id").asText()).isNotBlank();
  }

  @Test
  void queuedErrorsAreUsedOnceEachInOrder() {
    devrev.simulator().enqueueError(503);
    devrev.simulator().enqueue(SimulatedError.ARTIFACT_ALREADY_ATTACHED);

    assertThat(Http.post(devrev.simulator(), "{\"type\":\"support\"}").status).isEqualTo(503);
    Http.Reply second = Http.post(devrev.simulator(), "{\"type\":\"support\"}");
    assertThat(second.body.get("type").asText()).isEqualTo("artifact_already_attached_to_a_parent");
    assertThat(Http.post(devrev.simulator(), "{\"type\":\"support\"}").status).isEqualTo(201);
  }

  @Test
  void theRespondWithHeaderForcesAnErrorByStatus() {
    Http.Reply reply = Http.send(devrev.simulator(), "{\"type\":\"support\"}", "Authorization", Http.TOKEN, DevRevSimulator.RESPOND_WITH_HEADER, "403");

    assertThat(reply.status).isEqualTo(403);
    assertThat(reply.body.get("type").asText()).isEqualTo("forbidden");
  }

  @Test
  void aForcedMissingRequiredFieldNamesAFieldTheRequestDoesNotSet() {
    devrev.simulator().enqueue(SimulatedError.MISSING_REQUIRED_FIELD);

    Http.Reply reply = Http.post(devrev.simulator(), "{\"type\":\"support\",\"brand\":\"don:core:dvrv-us-1:devo/0:brand/1\"}");

    assertThat(reply.body.get("type").asText()).isEqualTo("missing_required_field");
    assertThat(reply.body.get("field_name").asText()).isEqualTo("channels");
    assertThat(reply.body.get("message").asText()).contains("'channels'");
  }

  @Test
  void theRespondWithHeaderForcesAnErrorByExampleName() {
    Http.Reply reply = Http.send(devrev.simulator(), "{\"type\":\"support\"}", "Authorization", Http.TOKEN, DevRevSimulator.RESPOND_WITH_HEADER, "missing-required-field");

    assertThat(reply.status).isEqualTo(400);
    assertThat(reply.body.get("type").asText()).isEqualTo("missing_required_field");
  }

  @Test
  void anUnknownRespondWithValueGets400BadRequest() {
    Http.Reply reply = Http.send(devrev.simulator(), "{\"type\":\"support\"}", "Authorization", Http.TOKEN, DevRevSimulator.RESPOND_WITH_HEADER, "418");

    assertThat(reply.status).isEqualTo(400);
    assertThat(reply.body.get("type").asText()).isEqualTo("bad_request");
  }

  @Test
  void enqueuingAStatusWithoutASimulatedErrorFails() {
    assertThatThrownBy(() -> devrev.simulator().enqueueError(404)).isInstanceOf(IllegalArgumentException.class);
  }
}
