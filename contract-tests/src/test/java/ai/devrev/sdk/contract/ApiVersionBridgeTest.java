package ai.devrev.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.devrev.sdk.simulator.DevRevSimulator;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The bridge fills in the version header for a client without it, and refuses to outlive the client's own. */
class ApiVersionBridgeTest {
  private static final OkHttpClient BRIDGED = new OkHttpClient.Builder().addInterceptor(new ApiVersionBridge()).build();

  @Test
  void aRequestWithoutTheHeaderGetsTheVersionThePactPins() throws IOException {
    try (DevRevSimulator simulator = DevRevSimulator.start();
         Response response = BRIDGED.newCall(create(simulator).build()).execute()) {
      assertThat(response.code()).isEqualTo(201);
      assertThat(simulator.lastExchange().header(Contract.VERSION_HEADER)).contains(Contract.API_VERSION);
    }
  }

  @Test
  void aRequestThatAlreadyCarriesTheHeaderFailsNamingWhatToDelete() {
    try (DevRevSimulator simulator = DevRevSimulator.start()) {
      Request request = create(simulator).header(Contract.VERSION_HEADER, Contract.API_VERSION).build();

      assertThatThrownBy(() -> BRIDGED.newCall(request).execute().close())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("delete ApiVersionBridge");
      assertThat(simulator.exchanges()).isEmpty();
    }
  }

  private static Request.Builder create(DevRevSimulator simulator) {
    return new Request.Builder().url(simulator.baseUrl() + "conversations.create")
        .header("Authorization", "Bearer " + Contract.TOKEN)
        .post(RequestBody.create("{\"type\":\"support\"}", MediaType.get("application/json")));
  }
}
