package ai.devrev.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * Says, in every build, whether the pact goes to a broker: the {@code pact-broker} profile publishes it
 * when {@code PACT_BROKER_BASE_URL} is set; without it this test is skipped with that reason. With it,
 * a missing credential fails here, before the publish step does.
 */
class PactBrokerIT {
  @Test
  void aConfiguredBrokerHasCredentialsToPublishWith() {
    String broker = System.getenv().getOrDefault("PACT_BROKER_BASE_URL", "");
    assumeTrue(!broker.isBlank(), "PACT_BROKER_BASE_URL is not set: the pact is not published to a broker in this build");

    boolean token = !System.getenv().getOrDefault("PACT_BROKER_TOKEN", "").isBlank();
    boolean basic = !System.getenv().getOrDefault("PACT_BROKER_USERNAME", "").isBlank();
    assertThat(token || basic).as("PACT_BROKER_BASE_URL is set but neither PACT_BROKER_TOKEN nor PACT_BROKER_USERNAME").isTrue();
  }
}
