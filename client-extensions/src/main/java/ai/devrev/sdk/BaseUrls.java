package ai.devrev.sdk;

import java.net.InetAddress;
import java.net.UnknownHostException;
import okhttp3.HttpUrl;

/** Checks a base URL: https, or plain http only to this machine, so a token never crosses a network unencrypted. */
final class BaseUrls {
  private BaseUrls() {}

  static HttpUrl parse(String baseUrl) {
    HttpUrl url = HttpUrl.parse(baseUrl == null ? "" : baseUrl.strip());
    if (url == null) {
      throw new IllegalArgumentException("Not an http(s) URL: " + baseUrl);
    }
    if (!url.isHttps() && !isLoopback(url.host())) {
      throw new IllegalArgumentException("Refusing plain http to " + url.host()
          + ": the token would travel unencrypted. Use https, or http only to localhost.");
    }
    if (!url.encodedPath().endsWith("/")) {
      url = url.newBuilder().addPathSegment("").build();
    }
    return url;
  }

  static boolean isLoopback(String host) {
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    // Only literal addresses: resolving a name here would let DNS decide where the token goes.
    if (!host.matches("[0-9.]+") && !host.contains(":")) {
      return false;
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
