package ai.devrev.sdk.cli;

import ai.devrev.sdk.BadRequestException;
import ai.devrev.sdk.DevRevApiException;
import ai.devrev.sdk.DevRevIoException;
import ai.devrev.sdk.ForbiddenException;
import ai.devrev.sdk.RateLimitedException;
import ai.devrev.sdk.UnauthorizedException;

/**
 * One exit code per class of failure, so a script can tell "fix the command" from "fix the token" from
 * "try again later". The {@code LIST_*} lines are what {@code --help} shows.
 */
final class ExitCodes {
  static final int CREATED = 0;
  static final int USAGE = 2;
  static final int BAD_REQUEST = 3;
  static final int AUTH = 4;
  static final int RATE_LIMITED = 5;
  static final int SERVER = 6;
  static final int NETWORK = 7;
  static final int OTHER = 8;

  static final String HEADING = "%nExit codes:%n";
  static final String LIST_0 = "0:created; the conversation is on stdout";
  static final String LIST_2 = "2:usage: unknown or bad flag, invalid --json or --custom-field, no token for"
      + " --base-url, unreadable --token-file; nothing was sent";
  static final String LIST_3 = "3:bad request (HTTP 400): DevRev rejected the request";
  static final String LIST_4 = "4:authentication (HTTP 401) or permission (HTTP 403)";
  static final String LIST_5 = "5:rate limited (HTTP 429), after the retries";
  static final String LIST_6 = "6:DevRev failed (HTTP 500, 503 after the retries, any other 5xx)";
  static final String LIST_7 = "7:network or I/O: connection refused, timeout, connection lost";
  static final String LIST_8 = "8:anything else: an answer that is not the contract, another status (e.g. 404)";

  private ExitCodes() {}

  /** The exit code for what the client threw. */
  static int of(Throwable failure) {
    if (failure instanceof BadRequestException) {
      return BAD_REQUEST;
    }
    if (failure instanceof UnauthorizedException || failure instanceof ForbiddenException) {
      return AUTH;
    }
    if (failure instanceof RateLimitedException) {
      return RATE_LIMITED;
    }
    if (failure instanceof DevRevApiException && ((DevRevApiException) failure).statusCode() >= 500) {
      return SERVER;
    }
    if (failure instanceof DevRevIoException) {
      return NETWORK;
    }
    return OTHER;
  }
}
