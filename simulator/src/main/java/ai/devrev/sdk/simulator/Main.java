package ai.devrev.sdk.simulator;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator from the command line, for tools outside the JVM test run (other languages' tests,
 * Pact verifiers, a developer's curl):
 * {@code java -jar devrev-simulator-<version>-all.jar --port 8080 [--host 0.0.0.0] [--token T]}.
 */
public final class Main {
  private Main() {}

  /** Starts the simulator and serves until the process is stopped. */
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
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        return null;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("Missing value for " + arg);
      }
      String value = args[++i];
      switch (arg) {
        case "--port":
          try {
            builder.port(Integer.parseInt(value));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a port: " + value, e);
          }
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
        default:
          throw new IllegalArgumentException("Unknown option: " + arg);
      }
    }
    return builder;
  }

  private static void usage(PrintStream out) {
    out.println("Usage: java -jar devrev-simulator-<version>-all.jar [--port 8080] [--host 127.0.0.1] [--token TOKEN]");
    out.println("  --port   port to listen on (default 8080; 0 picks a free one)");
    out.println("  --host   address to listen on (default loopback; 0.0.0.0 in a container)");
    out.println("  --token  accept only this bearer token (default: any non-blank token)");
    out.println("Header " + DevRevSimulator.RESPOND_WITH_HEADER + ": 429 (or 400, 401, 403, 500, 503, or an example name) forces an error.");
  }
}
