package ai.devrev.sdk.cli;

import static ai.devrev.sdk.cli.CliRunner.cli;
import static org.assertj.core.api.Assertions.assertThat;

import ai.devrev.sdk.simulator.DevRevSimulatorExtension;
import ai.devrev.sdk.simulator.SimulatedError;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each class of failure has its exit code and one line on stderr naming the exception, status, message, detail and request id. */
class FailuresTest {
  @RegisterExtension
  static final DevRevSimulatorExtension devrev = new DevRevSimulatorExtension();

  private static final Map<Integer, Integer> EXIT_CODES = Map.of(
      400, ExitCodes.BAD_REQUEST,
      401, ExitCodes.AUTH,
      403, ExitCodes.AUTH,
      429, ExitCodes.RATE_LIMITED,
      500, ExitCodes.SERVER,
      503, ExitCodes.SERVER);

  private static final Map<Integer, String> EXCEPTIONS = Map.of(
      400, "BadRequestException",
      401, "UnauthorizedException",
      403, "ForbiddenException",
      429, "RateLimitedException",
      500, "InternalServerErrorException",
      503, "ServiceUnavailableException");

  @ParameterizedTest
  @EnumSource(SimulatedError.class)
  void eachErrorClassHasItsExitCodeAndOneLineNamingWhatWentWrong(SimulatedError error) {
    devrev.simulator().enqueue(error);

    CliRunner.Result result = cli().token().create("--base-url", devrev.baseUrl(), "--retries", "0", "--title", "Hi");

    assertThat(result.exitCode()).isEqualTo(EXIT_CODES.get(error.status()));
    assertThat(result.out()).isEmpty();
    Map<String, Object> answer = SimulatorRequests.json(SimulatorRequests.onlyExchange(devrev.simulator()).responseBody());
    String line = result.errorLine();
    assertThat(line).startsWith("error: " + EXCEPTIONS.get(error.status()) + " (HTTP " + error.status() + " " + answer.get("type") + "): ")
        .contains((String) answer.get("message"))
        .containsPattern("; request id: req-[0-9a-f-]{36}$");
    if (answer.containsKey("detail")) {
      assertThat(line).contains("; detail: " + answer.get("detail"));
    }
  }

  @Test
  void rateLimitLineSaysHowLongToWait() {
    devrev.simulator().enqueueError(429);

    CliRunner.Result result = cli().token().create("--base-url", devrev.baseUrl(), "--retries", "0");

    assertThat(result.errorLine()).contains("; retry after: 30s");
  }

  @Test
  void internalErrorLineCarriesTheReferenceId() {
    devrev.simulator().enqueueError(500);

    CliRunner.Result result = cli().token().create("--base-url", devrev.baseUrl(), "--retries", "0");

    assertThat(result.errorLine()).containsPattern("; reference id: \\S+");
  }

  @Test
  void connectionRefusedIsANetworkError() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    CliRunner.Result result = cli().token().create("--base-url", "http://127.0.0.1:" + closedPort + "/", "--retries", "0");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.NETWORK);
    assertThat(result.errorLine()).startsWith("error: DevRevIoException: ").contains("the request was not sent")
        .endsWith("[ConnectException]");
    assertThat(result.errLines()).last().asString().startsWith("error: ");
  }

  @Test
  void anUnexpectedStatusIsExit8() {
    // The simulator answers paths other than /conversations.create with 404, as a misconfigured proxy would.
    CliRunner.Result result = cli().token().create("--base-url", devrev.baseUrl() + "nowhere/", "--retries", "0");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OTHER);
    assertThat(result.errorLine()).startsWith("error: UnexpectedStatusException (HTTP 404");
  }

  @Test
  void aSuccessThatIsNotTheContractIsExit8() throws IOException {
    HttpServer server = answering(201, "{\"conversation\":{\"title\":\"no id\"}}");
    try {
      CliRunner.Result result = cli().token().create("--base-url", baseUrl(server));

      assertThat(result.exitCode()).isEqualTo(ExitCodes.OTHER);
      assertThat(result.errorLine()).startsWith("error: DevRevDecodingException (HTTP 201): ").contains("id");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void escapeSequencesFromTheServerNeverReachTheTerminal() throws IOException {
    HttpServer server = answering(400, "{\"type\":\"bad_request\",\"message\":\"\u001b]0;owned\u0007\u001b[2Jgone\","
        + "\"detail\":\"\u001b[31mred\"}");
    try {
      CliRunner.Result result = cli().token().create("--base-url", baseUrl(server), "--retries", "0", "-v");

      assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_REQUEST);
      assertThat(result.err()).doesNotContain("\u001b", "\u0007").contains("\\u001b[2Jgone").contains("\\u001b[31mred");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aConversationThatCannotBePrintedAsJsonIsStillReportedCreated() throws IOException {
    HttpServer server = answering(201, "{\"conversation\":{\"id\":\"don:core:dvrv-us-1:devo/0:conversation/5\","
        + "\"display_id\":\"CONV-5\",\"title\":\"half \\ud800 a pair\",\"members\":[]}}");
    try {
      CliRunner.Result result = cli().token().create("--base-url", baseUrl(server));

      assertThat(result.exitCode()).isEqualTo(ExitCodes.CREATED);
      assertThat(result.out()).contains("CONV-5");
      assertThat(result.err()).contains("cannot be printed as JSON");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void anHtmlErrorPageStillGivesOneLine() throws IOException {
    HttpServer server = answering(502, "<html>\n<body>\n<h1>502 Bad Gateway</h1>\n</body>\n</html>\n");
    try {
      CliRunner.Result result = cli().token().create("--base-url", baseUrl(server), "--retries", "0");

      assertThat(result.exitCode()).isEqualTo(ExitCodes.SERVER);
      assertThat(result.errorLine()).startsWith("error: UnexpectedStatusException (HTTP 502): body: <html> <body> <h1>502");
    } finally {
      server.stop(0);
    }
  }

  /** A server that gives every request the same answer, for what the simulator never says. */
  static HttpServer answering(int status, String body) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", body.startsWith("<") ? "text/html" : "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
    return server;
  }

  static String baseUrl(HttpServer server) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }
}
