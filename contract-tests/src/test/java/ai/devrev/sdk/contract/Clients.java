package ai.devrev.sdk.contract;

import ai.devrev.sdk.DevRevClient;
import au.com.dius.pact.consumer.MockServer;
import okhttp3.OkHttpClient;

/** The real client, pointed at Pact's mock server. */
final class Clients {
  /** One OkHttp client for every test: its threads and connections are shared, as an application's would be. */
  private static final OkHttpClient HTTP = new OkHttpClient();

  private Clients() {}

  /** No retries: each interaction is one request, and an error must surface as the client's exception. */
  static DevRevClient against(MockServer server) {
    return DevRevClient.builder()
        .baseUrl(server.getUrl() + "/")
        .token(Contract.TOKEN)
        .maxRetries(0)
        .httpClient(HTTP)
        .build();
  }
}
