package ai.devrev.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whether a host is this machine is read from the URL alone, never asked of DNS. */
class BaseUrlsTest {
  @ParameterizedTest
  @ValueSource(strings = {"localhost", "LOCALHOST", "127.0.0.1", "127.1.2.3", "::1"})
  void loopback(String host) {
    assertThat(BaseUrls.isLoopback(host)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.2.3.4.5", "127.0.0.1.evil.example", "localhost.evil.example", "127.1", "127.0.0.256",
      "0127.0.0.1", "10.0.0.1", "example.com", "::2", "", "127.0.0.01a"})
  void notLoopback(String host) {
    assertThat(BaseUrls.isLoopback(host)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://1.2.3.4.5/", "http://127.0.0.1.nip.io/", "https://example.com/?q=1", "ftp://x/"})
  void refusesWhatIsNotSafeToSendATokenTo(String url) {
    assertThatThrownBy(() -> BaseUrls.parse(url)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://api.devrev.ai", "http://localhost:8080/base", "http://[::1]:9/"})
  void acceptsAndEndsWithASlash(String url) {
    assertThat(BaseUrls.parse(url).encodedPath()).endsWith("/");
  }
}
