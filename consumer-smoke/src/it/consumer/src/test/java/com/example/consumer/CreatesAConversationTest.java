package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.devrev.sdk.DevRevClient;
import ai.devrev.sdk.RateLimitedException;
import ai.devrev.sdk.model.Conversation;
import ai.devrev.sdk.model.ConversationsCreateRequest;
import ai.devrev.sdk.simulator.DevRevSimulatorExtension;
import ai.devrev.sdk.simulator.SimulatedError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a consuming team writes: the deployed client against the deployed simulator. */
class CreatesAConversationTest {
  @RegisterExtension
  static final DevRevSimulatorExtension devrev = new DevRevSimulatorExtension();

  @Test
  void createsAConversation() {
    try (DevRevClient client = DevRevClient.builder().baseUrl(devrev.baseUrl()).token("consumer-token").build()) {
      Conversation conversation = client.conversations().create(
          ConversationsCreateRequest.builder().title("Printer on fire").build());
      assertEquals("Printer on fire", conversation.title().orElseThrow());
      assertTrue(devrev.simulator().lastExchange().body().contains("\"type\":\"support\""));
    }
  }

  @Test
  void surfacesTypedErrors() {
    devrev.simulator().enqueue(SimulatedError.TOO_MANY_REQUESTS);
    try (DevRevClient client = DevRevClient.builder().baseUrl(devrev.baseUrl()).token("consumer-token").maxRetries(0).build()) {
      assertThrows(RateLimitedException.class,
          () -> client.conversations().create(ConversationsCreateRequest.builder().build()));
    }
  }
}
