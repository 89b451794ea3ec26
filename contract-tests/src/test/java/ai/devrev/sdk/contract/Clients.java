package ai.devrev.sdk.contract;

import ai.devrev.sdk.DevRevClient;
import au.com.dius.pact.consumer.MockServer;

/** The real client, pointed at Pact's mock server. */
final class Clients {
  private Clients() {}

  /** No retries: each interaction is one request, and an error must surface as the client's exception. */
  static DevRevClient against(MockServer server) {
    return DevRevClient.builder()
        .baseUrl(server.getUrl() + "/")
        .token(Contract.TOKEN)
        .maxRetries(0)
        .build();
  }
}
