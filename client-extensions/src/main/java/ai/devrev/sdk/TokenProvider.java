package ai.devrev.sdk;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Where the client gets its bearer token, asked once per request so tokens can rotate. On a 401 the
 * client calls {@link #refresh(String)} once; if that yields a different token, the request is sent
 * again with it (a 401 means DevRev did not act on the request, so repeating it is safe).
 */
public interface TokenProvider {
  /**
   * The token to send now.
   *
   * @return the token; one that is blank or holds spaces or control characters fails the call with
   *     {@link TokenProviderException} before anything is sent
   */
  String token();

  /**
   * A fresh token after DevRev rejected {@code rejected}, or {@code null} when there is none. The default
   * has none: a fixed token cannot be refreshed.
   *
   * @param rejected the token DevRev answered 401 to
   * @return a fresh token, or {@code null}
   */
  default @Nullable String refresh(String rejected) {
    return null;
  }

  /**
   * A fixed token. Its {@code toString()} never shows the token.
   *
   * @param token the token
   * @return a provider that always gives {@code token}
   * @throws IllegalArgumentException for a blank token or one with spaces or control characters
   */
  static TokenProvider of(String token) {
    String checked = Tokens.requireValid(token);
    return new TokenProvider() {
      @Override
      public String token() {
        return checked;
      }

      @Override
      public String toString() {
        return "TokenProvider(fixed, redacted)";
      }
    };
  }

  /**
   * A token from {@code supplier}, asked per request and again on a 401: for tokens that rotate.
   * Cache inside the supplier if fetching is costly.
   *
   * @param supplier gives the current token; what it throws, or a {@code null} or unusable token, fails the
   *     call with {@link TokenProviderException} before anything is sent
   * @return a provider asking {@code supplier}
   */
  static TokenProvider fromSupplier(Supplier<@Nullable String> supplier) {
    Objects.requireNonNull(supplier, "supplier");
    return new TokenProvider() {
      @Override
      public String token() {
        return Tokens.requireValid(supplier.get());
      }

      @Override
      public String refresh(String rejected) {
        return Tokens.requireValid(supplier.get());
      }

      @Override
      public String toString() {
        return "TokenProvider(supplier, redacted)";
      }
    };
  }
}
