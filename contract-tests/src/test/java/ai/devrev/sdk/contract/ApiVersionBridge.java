package ai.devrev.sdk.contract;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Sends {@code x-devrev-version} for a client that does not send it yet, so that the pact can pin the
 * header on every request today.
 *
 * <p>The generated Retrofit interface is to send the header itself, from the spec's
 * {@code x-fern-version}. Once it does, this bridge must go, or it would hide the client losing the
 * header again: it therefore fails any request that already carries the header, naming what to delete
 * (this class, its test, and its use in {@link Clients}). From then on the consumer tests pin the client's
 * own header.
 */
final class ApiVersionBridge implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    if (chain.request().header(Contract.VERSION_HEADER) != null) {
      throw new IllegalStateException("The client sends " + Contract.VERSION_HEADER + " itself now: delete "
          + ApiVersionBridge.class.getSimpleName() + ", its test and its use in Clients, so that the pact checks the client's own header");
    }
    return chain.proceed(chain.request().newBuilder().header(Contract.VERSION_HEADER, Contract.API_VERSION).build());
  }
}
