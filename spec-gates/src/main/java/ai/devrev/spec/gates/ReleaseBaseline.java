package ai.devrev.spec.gates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The last release, as every gate sees it: one folder, {@code spec/baseline/<released version>/}, holding
 * what that release published (its OpenAPI document, the API dump of each published jar), and beside it
 * {@code ACCEPTED-BREAKING-CHANGES.txt}, the one reviewed place where a breaking change is accepted
 * without a new major version.
 *
 * <p>The folder's name is the only record of the released version, so the version and the content
 * cannot disagree. No folder means nothing has been released: there is nothing to be compatible with,
 * and the gates say so instead of passing silently.
 */
public final class ReleaseBaseline {
  /** The reviewed list of accepted breaking changes, beside the release folder. */
  public static final String ACCEPTED = "ACCEPTED-BREAKING-CHANGES.txt";

  private static final String ACCEPTED_HEADER = String.join("\n",
      "# Breaking changes accepted for the next release without a new major version: one line per change,",
      "# exactly as a gate prints it (spec changes start with BREAKING, Java API changes with the artifact).",
      "# Reviewed like code; emptied when a release is recorded.",
      "");

  private final Path directory;
  private final String version;

  private ReleaseBaseline(Path directory, String version) {
    this.directory = directory;
    this.version = version;
  }

  /** Reads the baseline folder ({@code spec/baseline}); fails if it holds more than one release. */
  public static ReleaseBaseline in(Path directory) {
    List<String> releases = new ArrayList<>();
    if (Files.isDirectory(directory)) {
      try (Stream<Path> children = Files.list(directory)) {
        children.filter(Files::isDirectory).map(child -> child.getFileName().toString()).sorted().forEach(releases::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (releases.size() > 1) {
      throw new IllegalStateException(directory + " holds several releases " + releases + ": keep only the last one");
    }
    return new ReleaseBaseline(directory.toAbsolutePath().normalize(), releases.isEmpty() ? null : releases.get(0));
  }

  /** The released version, or empty when nothing has been released yet. */
  public Optional<String> version() {
    return Optional.ofNullable(version);
  }

  /** A file the last release published, e.g. {@code conversations-create.yaml} or {@code devrev-client.api}. */
  public Optional<Path> file(String name) {
    if (version == null) {
      return Optional.empty();
    }
    Path file = directory.resolve(version).resolve(name);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  /** The accepted breaking changes, one per line, comments and blank lines left out. */
  public Set<String> accepted() {
    Path file = directory.resolve(ACCEPTED);
    if (!Files.exists(file)) {
      return Set.of();
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toCollection(LinkedHashSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether {@code currentVersion}'s major number is past the release's: breaking changes are then allowed. */
  public boolean majorMovedIn(String currentVersion) {
    return version != null && major(currentVersion) > major(version);
  }

  /** The first line of a gate's report: which release it compares with, or that there is none. */
  public String describe() {
    return version == null
        ? "No release recorded in " + directory + ": nothing to be compatible with yet."
        : "Against the release " + version + " (" + directory.resolve(version) + ").";
  }

  static int major(String version) {
    try {
      return Integer.parseInt(version.split("[.-]", 2)[0]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Version does not start with a major number: " + version, e);
    }
  }

  /**
   * The release step: {@code files} become the baseline of {@code version}, the previous release's folder
   * goes, and the accepted list is emptied.
   */
  public static void record(Path directory, String version, List<Path> files) throws IOException {
    major(version);
    Files.createDirectories(directory);
    try (Stream<Path> children = Files.list(directory)) {
      for (Path old : children.filter(Files::isDirectory).collect(Collectors.toList())) {
        try (Stream<Path> tree = Files.walk(old)) {
          for (Path path : tree.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
            Files.delete(path);
          }
        }
      }
    }
    Path release = Files.createDirectories(directory.resolve(version));
    for (Path file : files) {
      Files.copy(file, release.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
    Files.writeString(directory.resolve(ACCEPTED), ACCEPTED_HEADER, StandardCharsets.UTF_8);
  }

  /** {@code ReleaseBaseline <baseline dir> <released version> <file>...}: records a release. */
  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      throw new IllegalArgumentException("usage: ReleaseBaseline <baseline dir> <released version> <file>...");
    }
    List<Path> files = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      files.add(Path.of(args[i]));
    }
    Path directory = Path.of(args[0]).toAbsolutePath().normalize();
    record(directory, args[1], files);
    System.out.println("Recorded the release " + args[1] + " in " + directory.resolve(args[1]) + ": " + files.size() + " file(s).");
  }
}
