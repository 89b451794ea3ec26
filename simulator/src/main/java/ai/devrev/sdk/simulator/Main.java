package ai.devrev.sdk.simulator;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator from the command line, for tools outside the JVM test run (other languages' tests,
 * Pact verifiers, a developer's curl):
 * {@code java -jar devrev-simulator-<version>-all.jar --port 8080 [--host 0.0.0.0] [--token T] [--strict] ...}.
 */
public final class Main {
  private Main() {}

  /**
   * Starts the simulator and serves until the process is stopped.
   *
   * @param args the options ({@code --help} lists them)
   * @throws InterruptedException when interrupted while serving
   */
  public static void main(String[] args) throws InterruptedException {
    DevRevSimulator.Builder builder;
    try {
      builder = parse(args);
    } catch (IllegalArgumentException e) {
      usage(System.err);
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    if (builder == null) {
      usage(System.out);
      return;
    }
    DevRevSimulator simulator = builder.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      simulator.close();
      stopped.countDown();
    }, "devrev-simulator-shutdown"));
    System.out.println("DevRev simulator: POST " + simulator.baseUrl() + "conversations.create (Ctrl-C to stop)");
    stopped.await();
  }

  /** The builder the arguments describe, or null when help was asked for. */
  static DevRevSimulator.Builder parse(String... args) {
    DevRevSimulator.Builder builder = DevRevSimulator.builder().port(8080);
    long journalExchanges = 1000;
    long journalBytes = 64L * 1024 * 1024;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        return null;
      }
      if (arg.equals("--strict")) {
        builder.strictRequests(true);
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("Missing value for " + arg);
      }
      String value = args[++i];
      switch (arg) {
        case "--port":
          builder.port((int) number(arg, value));
          break;
        case "--host":
          try {
            builder.host(InetAddress.getByName(value));
          } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Unknown host: " + value, e);
          }
          break;
        case "--token":
          builder.requiredToken(value);
          break;
        case "--journal-exchanges":
          journalExchanges = number(arg, value);
          break;
        case "--journal-bytes":
          journalBytes = number(arg, value);
          break;
        case "--max-request-bytes":
          builder.maxRequestBytes(number(arg, value));
          break;
        case "--read-timeout-ms":
          builder.readTimeout(Duration.ofMillis(number(arg, value)));
          break;
        case "--threads":
          builder.workerThreads((int) number(arg, value));
          break;
        case "--rate-limit":
          builder.rateLimit(rateLimit(value)[0], Duration.ofSeconds(rateLimit(value)[1]));
          break;
        default:
          throw new IllegalArgumentException("Unknown option: " + arg);
      }
    }
    return builder.journalLimit((int) Math.min(Integer.MAX_VALUE, journalExchanges), journalBytes);
  }

  private static long number(String option, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a number, not " + value, e);
    }
  }

  /** {@code REQUESTS/SECONDS}, e.g. {@code 100/300}. */
  private static long[] rateLimit(String value) {
    String[] parts = value.split("/", 2);
    if (parts.length != 2) {
      throw new IllegalArgumentException("--rate-limit takes REQUESTS/SECONDS, e.g. 100/300, not " + value);
    }
    return new long[] {number("--rate-limit", parts[0]), number("--rate-limit", parts[1])};
  }

  private static void usage(PrintStream out) {
    out.println("Usage: java -jar devrev-simulator-<version>-all.jar [options]");
    out.println("  --port N               port to listen on (default 8080; 0 picks a free one)");
    out.println("  --host ADDRESS         address to listen on (default loopback; 0.0.0.0 in a container)");
    out.println("  --token TOKEN          accept only this bearer token (default: any non-blank token)");
    out.println("  --strict               refuse request fields the spec does not name (default: accept, as DevRev's contract does)");
    out.println("  --journal-exchanges N  exchanges kept (default 1000)");
    out.println("  --journal-bytes N      bytes of exchanges kept (default 67108864)");
    out.println("  --max-request-bytes N  largest request body (default 1048576); larger gets 400 bad_request");
    out.println("  --read-timeout-ms N    time to send headers, then body, then take the answer (default 10000)");
    out.println("  --threads N            requests served at once (default 16)");
    out.println("  --rate-limit R/S       R requests per S seconds (default: never throttles)");
    out.println("Header " + DevRevSimulator.RESPOND_WITH_HEADER + ": 429 (or 400, 401, 403, 500, 503, or an example name) forces an error.");
    out.println("POST " + DevRevSimulator.RESET_PATH + " forgets the exchanges and queued errors and restarts the rate-limit window.");
  }
}
