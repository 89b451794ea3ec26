package ai.devrev.sdk;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where the client gets its bearer token, asked once per request so tokens can rotate. On a 401 the
 * client calls {@link #refresh(String)} once; if that yields a different token, the request is sent
 * again with it (a 401 means DevRev did not act on the request, so repeating it is safe).
 */
public interface TokenProvider {
  /** The token to send now. */
  String token();

  /**
   * A fresh token after DevRev rejected {@code rejected}, or {@code null} when there is none. The default
   * has none: a fixed token cannot be refreshed.
   */
  default String refresh(String rejected) {
    return null;
  }

  /** A fixed token. Its {@code toString()} never shows the token. */
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
   */
  static TokenProvider fromSupplier(Supplier<String> supplier) {
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
