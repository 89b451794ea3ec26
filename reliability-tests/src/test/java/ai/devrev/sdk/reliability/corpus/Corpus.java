package ai.devrev.sdk.reliability.corpus;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The hostile-body corpus: {@code corpus/manifest.jsonl} (generated) and {@code corpus/regressions.jsonl} (by hand). */
public final class Corpus {
  public static final String MANIFEST = "corpus/manifest.jsonl";
  public static final String REGRESSIONS = "corpus/regressions.jsonl";
  private static final JsonAdapter<Map<String, Object>> LINE =
      new Moshi.Builder().build().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private Corpus() {}

  /** One response the server sends, and how the client must end. */
  public static final class Case {
    public final String id;
    public final String category;
    public final int status;
    public final List<String> headers;
    public final String body;
    public final String generate;
    public final String transfer;
    public final String expect;
    public final String errorType;
    public final boolean errorTypeAbsent;
    public final String conversationId;
    public final String encodedContains;
    public final Boolean mayHaveReachedServer;
    public final int requests;
    public final boolean informational;
    public final String note;
    public final String source;

    @SuppressWarnings("unchecked")
    Case(Map<String, Object> line, String source) {
      this.id = (String) line.get("id");
      this.category = (String) line.get("category");
      this.status = ((Number) line.get("status")).intValue();
      this.headers = (List<String>) line.getOrDefault("headers", List.of());
      this.body = (String) line.get("body");
      this.generate = (String) line.get("generate");
      this.transfer = (String) line.getOrDefault("transfer", "length");
      this.expect = (String) line.get("expect");
      this.errorType = (String) line.get("errorType");
      this.errorTypeAbsent = Boolean.TRUE.equals(line.get("errorTypeAbsent"));
      this.conversationId = (String) line.get("conversationId");
      this.encodedContains = (String) line.get("encodedContains");
      this.mayHaveReachedServer = (Boolean) line.get("mayHaveReachedServer");
      this.requests = line.containsKey("requests") ? ((Number) line.get("requests")).intValue() : 1;
      this.informational = line.containsKey("informational");
      this.note = (String) line.getOrDefault("note", "");
      this.source = source;
      if (id == null || category == null || expect == null) {
        throw new IllegalArgumentException(source + ": a case needs id, category and expect: " + line);
      }
    }

    /** The committed body's bytes; empty when the case has none or generates its body. */
    public Optional<byte[]> bodyBytes() {
      return body == null ? Optional.empty() : Optional.of(resource("corpus/" + body));
    }

    @Override
    public String toString() {
      return id;
    }
  }

  public static List<Case> load() {
    List<Case> cases = new ArrayList<>();
    cases.addAll(read(MANIFEST));
    cases.addAll(read(REGRESSIONS));
    return cases;
  }

  static List<Case> read(String resource) {
    List<Case> cases = new ArrayList<>();
    InputStream in = Corpus.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + resource);
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.isBlank() && !line.startsWith("//")) {
          cases.add(new Case(LINE.fromJson(line), resource + ":" + number));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  static byte[] resource(String name) {
    try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
