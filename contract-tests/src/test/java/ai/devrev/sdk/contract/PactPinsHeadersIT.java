package ai.devrev.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import ai.devrev.sdk.simulator.SpecValidators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The headers the pact pins on every interaction: DevRev's API version on each request, exactly the one
 * our spec declares ({@code x-fern-version}), and DevRev's request id on each response.
 */
class PactPinsHeadersIT {
  @Test
  void everyRequestCarriesTheApiVersionOurSpecDeclares() throws IOException {
    JsonNode version = new ObjectMapper(new YAMLFactory()).readTree(SpecValidators.ourSpec()).path("x-fern-version");
    assertThat(version.path("header").asText()).isEqualToIgnoringCase(Contract.VERSION_HEADER);
    assertThat(version.path("default").asText()).isEqualTo(Contract.API_VERSION);

    for (JsonNode interaction : interactions()) {
      assertThat(PactHoldsNoTokenIT.header(interaction.path("request"), Contract.VERSION_HEADER))
          .as(interaction.path("description").asText()).isEqualTo(Contract.API_VERSION);
    }
  }

  @Test
  void everyResponseCarriesARequestId() throws IOException {
    for (JsonNode interaction : interactions()) {
      JsonNode response = interaction.path("response");
      String description = interaction.path("description").asText();
      assertThat(PactHoldsNoTokenIT.header(response, Contract.REQUEST_ID_HEADER)).as(description).isNotBlank();
      assertThat(PactHoldsNoTokenIT.field(response.at("/matchingRules/header"), Contract.REQUEST_ID_HEADER)
          .at("/matchers/0/match").asText()).as(description).isEqualTo("regex");
    }
  }

  private static JsonNode interactions() throws IOException {
    JsonNode interactions = new ObjectMapper().readTree(PactFiles.file().toFile()).path("interactions");
    assertThat(interactions).hasSize(PactMatchesSpecIT.INTERACTIONS);
    return interactions;
  }
}
