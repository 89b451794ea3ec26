package ai.devrev.sdk.contract;

import static ai.devrev.sdk.contract.Contract.ID;
import static ai.devrev.sdk.contract.Contract.USER_TYPES;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;

/**
 * Building blocks of the interactions: the request every create sends, and response parts with
 * matchers where the provider may vary. Example values are valid against our spec and DevRev's,
 * because the OpenAPI validators check examples, not matchers.
 *
 * <p>What a response pins is what the client relies on and DevRev's document guarantees (its
 * {@code required} lists), or what the interaction's provider state sets up (a field the request set,
 * echoed); nothing else, so a correct DevRev cannot fail verification over a field it may leave out.
 */
final class Bodies {
  private Bodies() {}

  /**
   * {@code POST /conversations.create} with a bearer token, a JSON body and DevRev's API version, in a
   * provider state.
   */
  static PactDslRequestWithPath create(PactDslWithProvider builder, String state, String description, PactDslJsonBody body) {
    return builder.given(state)
        .uponReceiving(description)
        .path("/conversations.create")
        .method("POST")
        .matchHeader("Authorization", Contract.BEARER, "Bearer " + Contract.TOKEN)
        .matchHeader("Content-Type", Contract.JSON, "application/json; charset=UTF-8")
        .headers(Contract.VERSION_HEADER, Contract.API_VERSION)
        .body(body);
  }

  /** The minimal valid request: a support conversation. */
  static PactDslJsonBody minimalRequest() {
    return new PactDslJsonBody().stringValue("type", "support");
  }

  /** A status, a JSON content type and DevRev's request id. */
  static PactDslResponse respond(PactDslRequestWithPath request, int status) {
    return request.willRespondWith().status(status)
        .matchHeader("Content-Type", Contract.JSON, "application/json")
        .matchHeader(Contract.REQUEST_ID_HEADER, Contract.PRESENT, "req-7f3a9c2e");
  }

  /**
   * An error body: the union member by its {@code type}, the one field every error kind requires.
   * {@code message} and {@code detail} are optional in DevRev's document, so they are not pinned.
   */
  static PactDslJsonBody error(String type) {
    return new PactDslJsonBody().stringValue("type", type);
  }

  /**
   * {@code users} as an array of user summaries, each of any kind, none required: what the document
   * promises of {@code members} and {@code owned_by}.
   */
  static PactDslJsonBody users(PactDslJsonBody parent, String name, String exampleId) {
    return (PactDslJsonBody) parent.eachLike(name)
        .stringMatcher("type", USER_TYPES, "dev_user")
        .stringMatcher("id", ID, exampleId)
        .closeObject()
        .closeArray();
  }

  /** An array that contains, in any order and among others, a user of each of these kinds with these ids. */
  static PactDslJsonBody usersContaining(PactDslJsonBody parent, String name, String[][] typesAndIds) {
    DslPart array = parent.arrayContaining(name);
    for (String[] user : typesAndIds) {
      array = array.object().stringValue("type", user[0]).stringMatcher("id", ID, user[1]).closeObject();
    }
    return (PactDslJsonBody) array.closeArray();
  }
}
