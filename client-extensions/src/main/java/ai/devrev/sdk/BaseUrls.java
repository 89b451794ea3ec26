package ai.devrev.sdk;

import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * Checks a base URL: https, or plain http only to this machine, so a token never crosses a network
 * unencrypted; and no user name or password in it (the token is the credential, and a password in the
 * URL would show wherever the URL does). Whether a host is this machine is decided from the URL alone:
 * {@code localhost} and literal loopback addresses, never a name lookup that DNS could answer.
 */
final class BaseUrls {
  private BaseUrls() {}

  static HttpUrl parse(String baseUrl) {
    HttpUrl url = HttpUrl.parse(baseUrl == null ? "" : baseUrl.strip());
    if (url == null) {
      throw new IllegalArgumentException("Not an http(s) URL: " + Redactor.printable(withoutUserInfo(baseUrl)));
    }
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      throw new IllegalArgumentException("Refusing a base URL with a user name or password in it ("
          + url.newBuilder().username("").password("").build() + "): the DevRev token is the credential");
    }
    if (!url.isHttps() && !isLoopback(url.host())) {
      throw new IllegalArgumentException("Refusing plain http to " + url.host()
          + ": the token would travel unencrypted. Use https, or http only to localhost.");
    }
    if (url.query() != null || url.fragment() != null) {
      throw new IllegalArgumentException("A base URL has no query or fragment: " + url.newBuilder().query(null).fragment(null).build());
    }
    if (!url.encodedPath().endsWith("/")) {
      url = url.newBuilder().addPathSegment("").build();
    }
    return url;
  }

  /** {@code localhost}, an IPv4 address in 127.0.0.0/8 written as four decimal numbers, or {@code ::1}. */
  static boolean isLoopback(String host) {
    String name = host.toLowerCase(Locale.ROOT);
    if (name.equals("localhost") || name.equals("::1") || name.equals("0:0:0:0:0:0:0:1")) {
      return true;
    }
    String[] parts = name.split("\\.", -1);
    if (parts.length != 4 || !parts[0].equals("127")) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9') || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  /** For a message about a URL that did not parse: whatever stands before an {@code @} could be a password. */
  private static String withoutUserInfo(String text) {
    if (text == null) {
      return "null";
    }
    int at = text.lastIndexOf('@');
    int scheme = text.indexOf("://");
    return at < 0 ? text : (scheme >= 0 && scheme < at ? text.substring(0, scheme + 3) : "") + "…@" + text.substring(at + 1);
  }
}
