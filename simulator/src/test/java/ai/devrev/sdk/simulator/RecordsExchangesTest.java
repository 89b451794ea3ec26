package ai.devrev.sdk.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecordsExchangesTest {
  @Test
  void eachExchangeKeepsWhatTheClientSentAndWhatItGot() {
    try (DevRevSimulator simulator = DevRevSimulator.start()) {
      Http.post(simulator, "{\"type\":\"support\",\"title\":\"Printer on fire\"}");

      SimulatedExchange exchange = simulator.lastExchange();
      assertThat(exchange.method()).isEqualTo("POST");
      assertThat(exchange.path()).isEqualTo("/conversations.create");
      assertThat(exchange.header("authorization")).contains(Http.TOKEN);
      assertThat(exchange.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
      assertThat(exchange.body()).isEqualTo("{\"type\":\"support\",\"title\":\"Printer on fire\"}");
      assertThat(exchange.status()).isEqualTo(201);
      assertThat(exchange.responseBody()).contains("\"title\":\"Printer on fire\"");
    }
  }

  @Test
  void anExchangesTextLeavesTheTokenOut() {
    try (DevRevSimulator simulator = DevRevSimulator.start()) {
      Http.send(simulator, "{\"type\":\"support\"}", "Authorization", "Bearer sec-9d2f-TOKEN");

      assertThat(simulator.lastExchange().toString()).doesNotContain("sec-9d2f-TOKEN").contains("Bearer <redacted>");
      assertThat(simulator.lastExchange().header("Authorization")).contains("Bearer sec-9d2f-TOKEN");
    }
  }

  @Test
  void resetForgetsExchangesAndQueuedErrors() {
    try (DevRevSimulator simulator = DevRevSimulator.start()) {
      Http.post(simulator, "{\"type\":\"support\"}");
      simulator.enqueueError(500);

      simulator.reset();

      assertThat(simulator.exchanges()).isEmpty();
      assertThat(Http.post(simulator, "{\"type\":\"support\"}").status).isEqualTo(201);
    }
  }

  @Test
  void askingForTheLastExchangeBeforeAnyFails() {
    try (DevRevSimulator simulator = DevRevSimulator.start()) {
      assertThatThrownBy(simulator::lastExchange).isInstanceOf(IllegalStateException.class);
    }
  }
}
