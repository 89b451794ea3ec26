/**
 * DevRev's Java client: {@link ai.devrev.sdk.DevRevClient}, its options and what it throws. Requires
 * transitively what its API shows: the generated models and Retrofit interface, and OkHttp (a caller may
 * bring an {@code OkHttpClient}).
 */
module ai.devrev.sdk {
  requires transitive ai.devrev.sdk.generated;
  requires transitive okhttp3;
  requires retrofit2;
  requires com.squareup.moshi;
  requires org.slf4j;
  requires static org.jspecify;

  exports ai.devrev.sdk;
}
