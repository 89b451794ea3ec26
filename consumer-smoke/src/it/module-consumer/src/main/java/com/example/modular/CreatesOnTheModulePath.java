package com.example.modular;

import ai.devrev.sdk.DevRevClient;
import ai.devrev.sdk.DevRevResponse;
import ai.devrev.sdk.model.ConversationsCreateRequest;
import ai.devrev.sdk.model.ConversationsCreateResponse;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** Creates a conversation against a local server through the client, from a named module. */
public final class CreatesOnTheModulePath {
  private CreatesOnTheModulePath() {}

  /** The created conversation's id and the request's API version header, as the server saw it. */
  public static String[] create() throws IOException {
    String[] version = new String[1];
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      version[0] = exchange.getRequestHeaders().getFirst("x-devrev-version");
      exchange.getRequestBody().readAllBytes();
      byte[] body = "{\"conversation\":{\"id\":\"don:core:dvrv-us-1:devo/0:conversation/7\",\"members\":[]}}"
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(201, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    try (DevRevClient client = DevRevClient.builder()
        .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/").token("module-path-token").build()) {
      DevRevResponse<ConversationsCreateResponse> response = client.conversations()
          .createRaw(ConversationsCreateRequest.builder().title("From a module").build());
      return new String[] {response.body().conversation().id(), version[0]};
    } finally {
      server.stop(0);
    }
  }
}
