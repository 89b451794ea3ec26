package ai.devrev.sdk.contract;

import static ai.devrev.sdk.contract.Contract.DATE_TIME;
import static ai.devrev.sdk.contract.Contract.ID;

import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;

/**
 * Building blocks of the interactions: the request every create sends, and response parts with
 * matchers where the provider may vary. Example values are valid against our spec and DevRev's,
 * because the OpenAPI validators check examples, not matchers.
 */
final class Bodies {
  static final String EXAMPLE_DATE = "2023-01-01T12:00:00.000Z";

  private Bodies() {}

  /** {@code POST /conversations.create} with a bearer token and a JSON body, in a provider state. */
  static PactDslRequestWithPath create(PactDslWithProvider builder, String state, String description, PactDslJsonBody body) {
    return builder.given(state)
        .uponReceiving(description)
        .path("/conversations.create")
        .method("POST")
        .matchHeader("Authorization", Contract.BEARER, "Bearer " + Contract.TOKEN)
        .matchHeader("Content-Type", Contract.JSON, "application/json; charset=UTF-8")
        .body(body);
  }

  /** The minimal valid request: a support conversation. */
  static PactDslJsonBody minimalRequest() {
    return new PactDslJsonBody().stringValue("type", "support");
  }

  /** A status and a JSON content type. */
  static PactDslResponse respond(PactDslRequestWithPath request, int status) {
    return request.willRespondWith().status(status).matchHeader("Content-Type", Contract.JSON, "application/json");
  }

  /** An error body: the union member by its {@code type}; the sentences by type only. */
  static PactDslJsonBody error(String type) {
    return new PactDslJsonBody()
        .stringValue("type", type)
        .stringType("message", "Something went wrong.")
        .stringType("detail", "More about it.");
  }

  /** A user object named {@code name} in {@code parent}: the union member by its literal {@code type}. */
  static PactDslJsonBody user(PactDslJsonBody parent, String name, String type, String exampleId) {
    return (PactDslJsonBody) parent.object(name)
        .stringValue("type", type)
        .stringMatcher("id", ID, exampleId)
        .stringType("display_id", "DEVU-1")
        .closeObject();
  }

  /** {@code created_date} and {@code modified_date}, by ISO-8601 pattern. */
  static PactDslJsonBody dates(PactDslJsonBody body) {
    return body.stringMatcher("created_date", DATE_TIME, EXAMPLE_DATE).stringMatcher("modified_date", DATE_TIME, EXAMPLE_DATE);
  }
}
