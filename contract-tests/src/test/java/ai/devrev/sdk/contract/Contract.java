package ai.devrev.sdk.contract;

/**
 * The names both sides of the contract share: the pacticipants, the provider states and the matching
 * patterns. Why one place: the consumer tests write them into the pact and the provider verification
 * sets the simulator up by them, so a typo on either side would silently leave a state unhandled.
 */
final class Contract {
  static final String CONSUMER = "devrev-java-client";
  static final String PROVIDER = "devrev-api";
  /** Where the pacts are written and read, relative to the module (see the pom's {@code pact.rootDir}). */
  static final String PACT_DIR = "target/pacts";

  /** The token the consumer tests send; the pact pins only {@code Bearer .+}. */
  static final String TOKEN = "test-token";

  /** DevRev's API version header, and the version this client speaks: pinned exactly on every request. */
  static final String VERSION_HEADER = "x-devrev-version";
  static final String API_VERSION = "2024-01-24";
  /** DevRev's id of an answer, which the client puts in every exception and raw response. */
  static final String REQUEST_ID_HEADER = "x-request-id";

  static final String STATE_ACCEPTS = "the Dev organization accepts support conversations";
  static final String STATE_KNOWS_EVERYTHING = "the users, channels, group, tag and artifact the request names exist";
  static final String STATE_ARTIFACT_ATTACHED = "the artifact the request names is already attached to another object";
  static final String STATE_FIELD_REQUIRED = "the Dev organization requires a field the request does not set";
  static final String STATE_TOKEN_INVALID = "the token is not valid";
  static final String STATE_FORBIDDEN = "the token may not create conversations";
  static final String STATE_RATE_LIMITED = "the token has used up its rate limit";
  static final String STATE_FAILING = "DevRev fails while creating the conversation";
  static final String STATE_UNAVAILABLE = "DevRev is temporarily unavailable";

  /** A DevRev object id (a DON), e.g. {@code don:identity:dvrv-us-1:devo/0:revo/1:revu/1}. */
  static final String ID = "don:[a-z_]+:[a-z0-9-]+:devo/[0-9A-Za-z]+(:[a-z_]+/[0-9A-Za-z_-]+)*";
  /** An RFC 3339 (ISO-8601) date-time. */
  static final String DATE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})";
  static final String USER_TYPES = "dev_user|rev_user|service_account|sys_user";
  static final String ATOM_TYPES = "article|auth_token|capability|conversation|dev_user|enhancement|feature|group|issue|link"
      + "|product|rev_org|rev_user|service_account|sla|sla_tracker|sys_user|tag|ticket|timeline_comment|webhook";
  static final String BEARER = "Bearer .+";
  static final String JSON = "application/json(;.*)?";
  /** Any non-blank header value. */
  static final String PRESENT = "\\S.*";
  /** A number of seconds, as the document types {@code Retry-After}: {@code number}. */
  static final String SECONDS = "\\d+(\\.\\d+)?";

  private Contract() {}
}
