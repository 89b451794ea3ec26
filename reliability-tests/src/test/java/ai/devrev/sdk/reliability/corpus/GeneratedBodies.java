package ai.devrev.sdk.reliability.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import okio.Buffer;

/** Bodies too big to commit (the corpus keeps every file under 1 MiB), built at test time. */
public final class GeneratedBodies {
  static final long MB = 1_000_000;
  private static final Map<String, Buffer> CACHE = new ConcurrentHashMap<>();

  private GeneratedBodies() {}

  /** A copy of the named body; copies share segments, so they are cheap. */
  public static Buffer get(String name) {
    return CACHE.computeIfAbsent(name, GeneratedBodies::build).copy();
  }

  /** Drops the cached bodies, so a test class leaves no 50 MB buffers behind. */
  public static void clear() {
    CACHE.clear();
  }

  private static Buffer build(String name) {
    String id = CorpusGenerator.CONVERSATION_ID;
    String head = "{\"conversation\":{\"id\":\"" + id + "\",\"members\":[],";
    switch (name) {
      case "title-50mb":
        return repeat(new Buffer().writeUtf8(head + "\"title\":\""), 'a', 50 * MB).writeUtf8("\"}}");
      case "unknown-string-50mb":
        return repeat(new Buffer().writeUtf8(head + "\"future\":\""), 'z', 50 * MB).writeUtf8("\"}}");
      case "whitespace-50mb":
        return repeat(new Buffer(), ' ', 50 * MB).writeUtf8(CorpusGenerator.json(CorpusGenerator.full()));
      case "unterminated-50mb":
        return repeat(new Buffer().writeUtf8(head + "\"title\":\""), 'a', 50 * MB);
      case "html-50mb":
        return repeat(new Buffer().writeUtf8("<html><body><pre>"), 'x', 50 * MB).writeUtf8("</pre></body></html>");
      case "error-json-50mb":
        return repeat(new Buffer().writeUtf8("{\"type\":\"bad_request\",\"message\":\""), 'm', 50 * MB).writeUtf8("\"}");
      case "gzip-bomb-200mb":
        return gzipBomb(200 * MB, CorpusGenerator.json(CorpusGenerator.full()));
      case "gzip-bomb-400-200mb":
        return gzipBomb(200 * MB, "{\"type\":\"bad_request\"}");
      default:
        throw new IllegalArgumentException("no generated body named " + name);
    }
  }

  private static Buffer repeat(Buffer buffer, char c, long count) {
    byte[] chunk = new byte[64 * 1024];
    java.util.Arrays.fill(chunk, (byte) c);
    for (long left = count; left > 0; left -= chunk.length) {
      buffer.write(chunk, 0, (int) Math.min(left, chunk.length));
    }
    return buffer;
  }

  private static Buffer gzipBomb(long whitespace, String document) {
    Buffer out = new Buffer();
    try (OutputStream gzip = new GZIPOutputStream(out.outputStream(), 64 * 1024)) {
      byte[] spaces = new byte[64 * 1024];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (long left = whitespace; left > 0; left -= spaces.length) {
        gzip.write(spaces, 0, (int) Math.min(left, spaces.length));
      }
      gzip.write(document.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
