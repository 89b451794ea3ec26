package ai.devrev.sdk;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sets {@code Authorization: Bearer …} from the token provider on every attempt, and only towards the
 * base URL's origin: a redirect elsewhere goes without it. On a 401 it asks the provider once for a
 * fresh token and, given a different one, repeats the request once: DevRev did not act on a request it
 * rejected as unauthenticated. A provider that fails or gives an unusable token stops the call before
 * anything is sent ({@link TokenFailure}).
 */
final class AuthInterceptor implements Interceptor {
  private final TokenProvider tokens;
  private final HttpUrl baseUrl;
  private final Redactor redactor;

  AuthInterceptor(TokenProvider tokens, HttpUrl baseUrl, Redactor redactor) {
    this.tokens = tokens;
    this.baseUrl = baseUrl;
    this.redactor = redactor;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!sameOrigin(request.url())) {
      return chain.proceed(request.newBuilder().removeHeader("Authorization").build());
    }
    String token = token(false, null);
    Response response = chain.proceed(withToken(request, token));
    if (response.code() != 401) {
      return response;
    }
    String fresh;
    try {
      fresh = token(true, token);
    } catch (TokenFailure noFreshToken) {
      return response; // the 401 is the answer; the provider had nothing better
    }
    if (fresh == null || fresh.equals(token)) {
      return response;
    }
    response.close();
    return chain.proceed(withToken(request, fresh));
  }

  private boolean sameOrigin(HttpUrl url) {
    return url.scheme().equals(baseUrl.scheme()) && url.host().equals(baseUrl.host()) && url.port() == baseUrl.port();
  }

  /** The provider's token, checked; {@code null} only for a refresh the provider declines. */
  private String token(boolean refresh, String rejected) throws TokenFailure {
    String token;
    try {
      token = refresh ? tokens.refresh(rejected) : tokens.token();
    } catch (RuntimeException e) {
      throw new TokenFailure("The token provider failed: " + e.getClass().getName(), e);
    }
    if (token == null && refresh) {
      return null;
    }
    try {
      Tokens.requireValid(token);
    } catch (IllegalArgumentException invalid) {
      throw new TokenFailure("The token provider gave an unusable token: " + invalid.getMessage(), null);
    }
    redactor.remember(token);
    return token;
  }

  private static Request withToken(Request request, String token) {
    return request.newBuilder().header("Authorization", "Bearer " + token).build();
  }

  @Override
  public String toString() {
    return "AuthInterceptor(" + tokens + ")";
  }

  /** The provider failed; the call stops before anything is sent. */
  static final class TokenFailure extends IOException {
    private static final long serialVersionUID = 1L;

    TokenFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
