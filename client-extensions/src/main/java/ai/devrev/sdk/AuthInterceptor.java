package ai.devrev.sdk;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sets {@code Authorization: Bearer …} from the token provider on every attempt. On a 401 it asks the
 * provider once for a fresh token and, given a different one, repeats the request once: DevRev did not
 * act on a request it rejected as unauthenticated.
 */
final class AuthInterceptor implements Interceptor {
  private final TokenProvider tokens;

  AuthInterceptor(TokenProvider tokens) {
    this.tokens = tokens;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    String token = tokens.token();
    Response response = chain.proceed(withToken(chain.request(), token));
    if (response.code() != 401) {
      return response;
    }
    String fresh = tokens.refresh(token);
    if (fresh == null || fresh.equals(token)) {
      return response;
    }
    response.close();
    return chain.proceed(withToken(chain.request(), Tokens.requireValid(fresh)));
  }

  private static Request withToken(Request request, String token) {
    return request.newBuilder().header("Authorization", "Bearer " + token).build();
  }

  @Override
  public String toString() {
    return "AuthInterceptor(" + tokens + ")";
  }
}
