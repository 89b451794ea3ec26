/**
 * DevRev's generated client: the Moshi models of {@code conversations.create} and its Retrofit
 * interface. Requires transitively what the API shows (Moshi's adapters and Retrofit's {@code Call}).
 */
module ai.devrev.sdk.generated {
  requires transitive com.squareup.moshi;
  requires transitive retrofit2;
  requires transitive org.jspecify;

  exports ai.devrev.sdk.api;
  exports ai.devrev.sdk.model;
}
