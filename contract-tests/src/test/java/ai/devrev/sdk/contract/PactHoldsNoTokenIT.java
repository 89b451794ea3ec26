package ai.devrev.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pact this build wrote holds no credential: no token this build was given, no JWT-shaped string
 * (DevRev's tokens are JWTs), and every {@code Authorization} header it records is matched by a pattern,
 * so the recorded value is an example ({@value Contract#TOKEN}), never a secret the provider needs.
 */
class PactHoldsNoTokenIT {
  private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.");

  @Test
  void noTokenThisBuildKnowsIsInThePact() throws IOException {
    String text = Files.readString(PactFiles.file(), StandardCharsets.UTF_8);
    List<String> secrets = new ArrayList<>();
    Optional.ofNullable(System.getenv("DEVREV_TOKEN")).filter(token -> !token.isBlank()).ifPresent(secrets::add);
    Optional.ofNullable(System.getProperty(ProviderTarget.TOKEN_PROPERTY)).filter(token -> !token.isBlank()).ifPresent(secrets::add);

    for (String secret : secrets) {
      assertThat(text).as("the pact holds a token").doesNotContain(secret);
    }
    assertThat(JWT.matcher(text).find()).as("the pact holds a JWT-shaped token").isFalse();
  }

  @Test
  void everyAuthorizationHeaderIsMatchedByAPatternWithTheTestTokenAsItsExample() throws IOException {
    JsonNode interactions = new ObjectMapper().readTree(PactFiles.file().toFile()).path("interactions");

    assertThat(interactions).hasSize(PactMatchesSpecIT.INTERACTIONS);
    for (JsonNode interaction : interactions) {
      JsonNode request = interaction.path("request");
      String description = interaction.path("description").asText();
      assertThat(header(request, "Authorization")).as(description).isEqualTo("Bearer " + Contract.TOKEN);
      assertThat(request.at("/matchingRules/header")).as(description).isNotEmpty();
      JsonNode rule = field(request.at("/matchingRules/header"), "Authorization").at("/matchers/0");
      assertThat(rule.path("match").asText()).as(description).isEqualTo("regex");
    }
  }

  /** A header's recorded value, by case-insensitive name; Pact V4 records values as lists. */
  static String header(JsonNode message, String name) {
    JsonNode value = field(message.path("headers"), name);
    return value.isArray() ? value.path(0).asText() : value.asText();
  }

  static JsonNode field(JsonNode object, String name) {
    Iterator<String> names = object.fieldNames();
    while (names.hasNext()) {
      String candidate = names.next();
      if (candidate.equalsIgnoreCase(name)) {
        return object.get(candidate);
      }
    }
    return object.path(name);
  }
}
