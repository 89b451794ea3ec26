/** A consumer's module: the client alone is required; what its API shows comes with it. */
module com.example.modular {
  requires ai.devrev.sdk;
  requires jdk.httpserver;

  exports com.example.modular;
}
