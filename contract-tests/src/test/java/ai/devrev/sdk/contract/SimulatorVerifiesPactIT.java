package ai.devrev.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.devrev.sdk.simulator.DevRevSimulator;
import ai.devrev.sdk.simulator.SimulatedError;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import java.util.Set;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pact's provider verification: each interaction of the pact replayed against a running provider and
 * its response matched against the pact. By default the provider is {@link DevRevSimulator} with its
 * strict request check (the pact's requests carry no field the spec does not name), set up per provider
 * state; given {@code -Dpact.provider.url=… -Dpact.provider.token=…} it is that deployment, where
 * only the states a client can arrange are verified (a create, and a refused token) and the others are
 * skipped, each saying why.
 */
@Provider(Contract.PROVIDER)
@PactFolder(Contract.PACT_DIR)
class SimulatorVerifiesPactIT {
  /** States that hold on any deployment, given a valid token (or, for the refused token, an invalid one). */
  private static final Set<String> ARRANGEABLE_ON_A_DEPLOYMENT = Set.of(Contract.STATE_ACCEPTS, Contract.STATE_TOKEN_INVALID);

  private static DevRevSimulator simulator;

  @BeforeAll
  static void startTheSimulatorUnlessADeploymentWasGiven() {
    if (ProviderTarget.deployment().isEmpty()) {
      simulator = DevRevSimulator.builder().strictRequests(true).start();
    }
  }

  @AfterAll
  static void stopTheSimulator() {
    if (simulator != null) {
      simulator.close();
    }
  }

  /** Runs after the state handlers (Pact's extension sets states before {@code @BeforeEach} methods). */
  @BeforeEach
  void target(PactVerificationContext context) {
    if (simulator != null) {
      context.setTarget(ProviderTarget.local(simulator.port()));
    } else {
      context.setTarget(ProviderTarget.of(ProviderTarget.deployment().orElseThrow()));
    }
  }

  @TestTemplate
  @ExtendWith(PactVerificationInvocationContextProvider.class)
  void theProviderAnswersEachInteractionAsThePactSays(PactVerificationContext context, ClassicHttpRequest request) {
    if (simulator == null) {
      String state = context.getInteraction().getProviderStates().get(0).getName();
      assumeTrue(ARRANGEABLE_ON_A_DEPLOYMENT.contains(state),
          "'" + state + "' cannot be arranged on a real deployment: verified against the simulator only");
      request.setHeader("Authorization", "Bearer "
          + (Contract.STATE_TOKEN_INVALID.equals(state) ? "not-a-valid-token" : ProviderTarget.token()));
    }
    context.verifyInteraction();
  }

  @AfterEach
  void theSimulatorGotOneRequestAndAnsweredWithinTheSpec() {
    if (simulator != null) {
      try {
        assertThat(simulator.exchanges()).hasSize(1).allSatisfy(exchange -> {
          assertThat(exchange.responseProblems()).isEmpty();
          assertThat(exchange.header(Contract.VERSION_HEADER)).contains(Contract.API_VERSION);
        });
      } finally {
        simulator.reset();
      }
    }
  }

  @State(Contract.STATE_ACCEPTS)
  void acceptsSupportConversations() {
    // The simulator accepts any bearer token and every valid request.
  }

  @State(Contract.STATE_KNOWS_EVERYTHING)
  void knowsEverythingTheRequestNames() {
    // The simulator answers a valid request with summaries of the ids it names.
  }

  @State(Contract.STATE_ARTIFACT_ATTACHED)
  void artifactAlreadyAttached() {
    force(SimulatedError.ARTIFACT_ALREADY_ATTACHED);
  }

  @State(Contract.STATE_FIELD_REQUIRED)
  void fieldRequired() {
    force(SimulatedError.MISSING_REQUIRED_FIELD);
  }

  @State(Contract.STATE_TOKEN_INVALID)
  void tokenInvalid() {
    force(SimulatedError.UNAUTHENTICATED);
  }

  @State(Contract.STATE_FORBIDDEN)
  void forbidden() {
    force(SimulatedError.FORBIDDEN);
  }

  @State(Contract.STATE_RATE_LIMITED)
  void rateLimited() {
    force(SimulatedError.TOO_MANY_REQUESTS);
  }

  @State(Contract.STATE_FAILING)
  void failing() {
    force(SimulatedError.INTERNAL_ERROR);
  }

  @State(Contract.STATE_UNAVAILABLE)
  void unavailable() {
    force(SimulatedError.SERVICE_UNAVAILABLE);
  }

  private static void force(SimulatedError error) {
    if (simulator != null) {
      simulator.enqueue(error);
    }
  }
}
