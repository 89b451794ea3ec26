package ai.devrev.sdk.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BadRequestsTest {
  @Test
  void aJsonPointerBecomesADottedFieldPathWithIndexes() {
    assertThat(BadRequests.field("/messages/0/artifacts/2")).isEqualTo("messages[0].artifacts[2]");
    assertThat(BadRequests.field("/metadata/url_context")).isEqualTo("metadata.url_context");
    assertThat(BadRequests.field("")).isEmpty();
  }
}
