package ai.devrev.sdk.reliability.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The corpus is what the generator writes, every body is used, none is too big to commit. */
class CorpusManifestTest {
  private static final Path CORPUS = Path.of("src/test/resources/corpus");
  private static final Set<String> OUTCOMES = Set.of("Decoded", "DevRevDecodingException", "DevRevIoException",
      "BadRequestException", "UnauthorizedException", "ForbiddenException", "RateLimitedException",
      "InternalServerErrorException", "ServiceUnavailableException", "UnexpectedStatusException");

  @Test
  void hasAtLeast150CasesWithUniqueIdsAndKnownOutcomes() {
    List<Corpus.Case> cases = Corpus.load();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
    assertThat(cases.stream().map(c -> c.id).distinct().count()).isEqualTo(cases.size());
    assertThat(cases).allSatisfy(c -> assertThat(OUTCOMES).as(c.id).contains(c.expect));
    assertThat(cases).allSatisfy(c -> assertThat(c.body == null || c.generate == null).as(c.id).isTrue());
    assertThat(cases).allSatisfy(c -> assertThat(c.transfer).as(c.id).isIn("length", "chunked", "close"));
  }

  @Test
  void everyBodyFileIsUsedAndSmallEnoughToCommit() throws IOException {
    Set<String> referenced = Corpus.load().stream().filter(c -> c.body != null).map(c -> c.body).collect(Collectors.toSet());
    Set<String> present = new HashSet<>();
    for (String dir : List.of("bodies", "regressions")) {
      try (Stream<Path> files = Files.list(CORPUS.resolve(dir))) {
        for (Path file : (Iterable<Path>) files::iterator) {
          present.add(dir + "/" + file.getFileName());
          assertThat(Files.size(file)).as(file + " (commit nothing over 1 MiB)").isLessThanOrEqualTo(1024 * 1024);
        }
      }
    }
    assertThat(present).isEqualTo(referenced);
  }

  /** The committed manifest and bodies are the generator's output (gzip bodies by presence: zlib builds differ). */
  @Test
  void isTheGeneratorsOutput() throws IOException {
    CorpusGenerator generator = CorpusGenerator.generated();
    assertThat(Files.readAllLines(CORPUS.resolve("manifest.jsonl"))).isEqualTo(generator.manifestLines());
    for (Map.Entry<String, byte[]> body : generator.bodies().entrySet()) {
      Path file = CORPUS.resolve("bodies").resolve(body.getKey());
      assertThat(file).exists();
      if (!body.getKey().endsWith(".gz")) {
        assertThat(Files.readAllBytes(file)).as(body.getKey()).isEqualTo(body.getValue());
      }
    }
  }
}
