package ai.devrev.sdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every member of every union decodes into its own class, and encodes back with its label. */
class UnionDecodingTest {
  private static final String OWNED = "\"name\":\"n\",\"owned_by\":[{\"type\":\"sys_user\",\"id\":\"SYSU-1\"}]";
  private static final String WORK = "\"title\":\"t\",\"owned_by\":[{\"type\":\"dev_user\",\"id\":\"DEVU-1\"}]";

  static Stream<Arguments> users() {
    return Stream.of(
        arguments("dev_user", DevUserSummary.class),
        arguments("rev_user", RevUserSummary.class),
        arguments("service_account", ServiceAccountSummary.class),
        arguments("sys_user", SysUserSummary.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("users")
  void decodesEachUserKind(String label, Class<?> type) throws Exception {
    String json = "{\"email\":\"a@example.com\",\"type\":\"" + label + "\",\"id\":\"ID-1\",\"state\":\"shadow\"}";
    UserSummary user = Json.decode(UserSummary.class, json);
    assertThat(user).isExactlyInstanceOf(type);
    assertThat(user.type()).isEqualTo(label);
    assertThat(user.accept(new LabelVisitor())).isEqualTo(type.getSimpleName());
    assertThat(UserBaseFields.of(user).email).isEqualTo("a@example.com");
    assertThat(Json.tree(Json.encode(UserSummary.class, user))).isEqualTo(Json.tree(json));
  }

  static Stream<Arguments> atoms() {
    return Stream.of(
        arguments("article", "", ArticleSummary.class),
        arguments("auth_token", "", AuthTokenSummary.class),
        arguments("capability", OWNED, CapabilitySummary.class),
        arguments("conversation", "\"title\":\"t\"", ConversationSummary.class),
        arguments("dev_user", "", DevUserSummary.class),
        arguments("enhancement", OWNED, EnhancementSummary.class),
        arguments("feature", OWNED, FeatureSummary.class),
        arguments("group", "", GroupSummary.class),
        arguments("issue", WORK + ",\"priority\":\"p0\",\"priority_v2\":{\"id\":12345678901,\"label\":\"P0\",\"ordinal\":0}",
            IssueSummary.class),
        arguments("link", "\"link_type\":\"is_parent_of\",\"source\":{\"type\":\"issue\",\"id\":\"ISS-1\"," + WORK
            + "},\"target\":{\"type\":\"ticket\",\"id\":\"TKT-1\"," + WORK + ",\"severity\":\"high\"}", LinkSummary.class),
        arguments("product", OWNED, ProductSummary.class),
        arguments("rev_org", "\"display_name\":\"Acme\"", RevOrgSummary.class),
        arguments("rev_user", "\"rev_org\":{\"type\":\"rev_org\",\"id\":\"REV-1\"}", RevUserSummary.class),
        arguments("service_account", "", ServiceAccountSummary.class),
        arguments("sla", "\"name\":\"Gold\",\"status\":\"published\"", SlaSummary.class),
        arguments("sla_tracker", "\"applies_to_type\":\"ticket\"", SlaTrackerSummary.class),
        arguments("sys_user", "", SysUserSummary.class),
        arguments("tag", "\"name\":\"urgent\"", TagSummary.class),
        arguments("ticket", WORK + ",\"severity\":\"blocker\"", TicketSummary.class),
        arguments("timeline_comment", "", TimelineCommentSummary.class),
        arguments("webhook", "", WebhookSummary.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("atoms")
  void decodesEachAtomKind(String label, String fields, Class<?> type) throws Exception {
    String json = "{\"type\":\"" + label + "\",\"id\":\"don:core:1\"" + (fields.isEmpty() ? "" : "," + fields) + "}";
    AtomSummary atom = Json.decode(AtomSummary.class, json);
    assertThat(atom).isExactlyInstanceOf(type);
    assertThat(atom.type()).isEqualTo(label);
    assertThat(atom.accept(new AtomLabelVisitor())).isEqualTo(type.getSimpleName());
    assertThat(Json.tree(Json.encode(AtomSummary.class, atom))).isEqualTo(Json.tree(json));
  }

  @Test
  void decodesNestedUnionsInsideAnAtom() throws Exception {
    String json = "{\"type\":\"link\",\"id\":\"LNK-1\",\"link_type\":\"is_parent_of\","
        + "\"source\":{\"type\":\"issue\",\"id\":\"ISS-1\"," + WORK + ",\"priority_v2\":{\"id\":12345678901,\"label\":\"P0\",\"ordinal\":0}},"
        + "\"target\":{\"type\":\"rev_user\",\"id\":\"REVU-1\",\"rev_org\":{\"type\":\"rev_org\",\"id\":\"REV-1\"}}}";
    LinkSummary link = (LinkSummary) Json.decode(AtomSummary.class, json);
    assertThat(link.linkType()).isEqualTo(LinkType.IS_PARENT_OF);
    IssueSummary source = (IssueSummary) link.source();
    assertThat(source.title()).isEqualTo("t");
    assertThat(source.priorityV2().orElseThrow().id()).isEqualTo(12345678901L);
    assertThat(source.ownedBy()).singleElement().isInstanceOf(DevUserSummary.class);
    RevUserSummary target = (RevUserSummary) link.target();
    assertThat(target.revOrg().orElseThrow()).isInstanceOf(RevOrgSummary.class);
    assertThat(target.revOrg().orElseThrow().type()).isEqualTo("rev_org");
  }

  @Test
  void decodesTheTimelineEntryUnion() throws Exception {
    String json = "{\"type\":\"timeline_comment\",\"id\":\"C-1\",\"object\":\"CONV-1\",\"object_display_id\":\"CONV-1\","
        + "\"body\":\"hi\",\"references\":[{\"type\":\"tag\",\"id\":\"TAG-1\",\"name\":\"x\"}]}";
    TimelineEntry entry = Json.decode(TimelineEntry.class, json);
    assertThat(entry).isInstanceOf(TimelineComment.class);
    TimelineComment comment = (TimelineComment) entry;
    assertThat(comment.object()).isEqualTo("CONV-1");
    assertThat(comment.references()).singleElement().isInstanceOf(TagSummary.class);
  }

  static Stream<Arguments> badRequests() {
    return Stream.of(
        arguments("artifact_already_attached_to_a_parent", "\"existing_parent\":\"don:core:ISS-1\",\"is_same\":true",
            ErrorBadRequest.ArtifactAlreadyAttachedToAParent.class),
        arguments("bad_request", "", ErrorBadRequest.BadRequest.class),
        arguments("customization_validation_error", "\"subtype\":\"field_required\",\"field_name\":\"tnt__x\"",
            ErrorBadRequest.CustomizationValidationError.FieldRequired.class),
        arguments("invalid_api_version", "\"value\":\"1999-01-01\"", ErrorBadRequest.InvalidApiVersion.class),
        arguments("invalid_enum_value", "\"allowed_values\":[\"support\"],\"field_name\":\"type\",\"value\":\"x\"",
            ErrorBadRequest.InvalidEnumValue.class),
        arguments("invalid_field", "\"field_name\":\"foo\"", ErrorBadRequest.InvalidField.class),
        arguments("invalid_id", "\"field_name\":\"owned_by\"", ErrorBadRequest.InvalidId.class),
        arguments("merge_works_error", "\"errors\":[{\"details\":\"d\",\"work\":\"ISS-1\",\"subtype\":\"already_merged\","
            + "\"already_merged\":{\"merged_into\":\"ISS-2\"}}]", ErrorBadRequest.MergeWorksError.class),
        arguments("missing_dependency", "\"dependencies\":[{\"field_name\":\"a\",\"field_value\":\"b\"}]",
            ErrorBadRequest.MissingDependency.class),
        arguments("missing_required_field", "\"field_name\":\"type\"", ErrorBadRequest.MissingRequiredField.class),
        arguments("parse_error", "", ErrorBadRequest.ParseError.class),
        arguments("stale_schema_fragments", "", ErrorBadRequest.StaleSchemaFragments.class),
        arguments("unexpected_id_type", "\"field_name\":\"group\"", ErrorBadRequest.UnexpectedIdType.class),
        arguments("unexpected_json_type", "\"actual\":\"null\",\"expected\":\"string\",\"field_name\":\"title\"",
            ErrorBadRequest.UnexpectedJsonType.class),
        arguments("value_not_permitted", "\"field_name\":\"stage\",\"reason\":\"closed\"", ErrorBadRequest.ValueNotPermitted.class),
        arguments("workflow_component_validation_errors", "\"errors\":[{\"code\":\"E1\",\"message\":\"m\"}]",
            ErrorBadRequest.WorkflowComponentValidationErrors.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void decodesEachBadRequestKind(String label, String fields, Class<?> type) throws Exception {
    String json = "{\"detail\":\"the detail\",\"message\":\"the message\",\"type\":\"" + label + "\""
        + (fields.isEmpty() ? "" : "," + fields) + "}";
    ErrorBadRequest error = Json.decode(ErrorBadRequest.class, json);
    assertThat(error).isExactlyInstanceOf(type);
    assertThat(error.type()).isEqualTo(label);
    assertThat(error.message()).contains("the message");
    assertThat(error.detail()).contains("the detail");
    assertThat(Json.tree(Json.encode(ErrorBadRequest.class, error))).isEqualTo(Json.tree(json));
  }

  @Test
  void exposesFieldsOfTheArtifactAlreadyAttachedKind() throws Exception {
    ErrorBadRequest.ArtifactAlreadyAttachedToAParent error = (ErrorBadRequest.ArtifactAlreadyAttachedToAParent) Json.decode(
        ErrorBadRequest.class,
        "{\"type\":\"artifact_already_attached_to_a_parent\",\"existing_parent\":\"don:core:ISS-1\",\"is_same\":false}");
    assertThat(error.existingParent()).isEqualTo("don:core:ISS-1");
    assertThat(error.isSame()).isFalse();
    assertThat(error.message()).isEmpty();
  }

  @Test
  void decodesTheNestedCustomizationUnionOnItsSubtype() throws Exception {
    ErrorBadRequest error = Json.decode(ErrorBadRequest.class,
        "{\"subtype\":\"wrong_type\",\"type\":\"customization_validation_error\",\"field_name\":\"f\",\"reason\":\"r\"}");
    assertThat(error).isInstanceOf(ErrorBadRequest.CustomizationValidationError.WrongType.class);
    ErrorBadRequest.CustomizationValidationError customization = (ErrorBadRequest.CustomizationValidationError) error;
    assertThat(customization.subtype()).isEqualTo("wrong_type");
    assertThat(customization.type()).isEqualTo("customization_validation_error");
    assertThat(customization.fieldName()).contains("f");
    assertThat(customization.reason()).contains("r");
    assertThat(error.accept(new BadRequestVisitor())).isEqualTo("customization");
  }

  @Test
  void decodesEverySingleKindErrorUnion() throws Exception {
    assertThat(Json.decode(ErrorUnauthorized.class, "{\"type\":\"unauthenticated\",\"message\":\"m\"}"))
        .isInstanceOf(ErrorUnauthorized.Unauthenticated.class);
    assertThat(Json.decode(ErrorForbidden.class, "{\"type\":\"forbidden\"}")).isInstanceOf(ErrorForbidden.Forbidden.class);
    ErrorTooManyRequests tooMany = Json.decode(ErrorTooManyRequests.class, "{\"type\":\"too_many_requests\",\"retry_after\":30}");
    assertThat(tooMany).isInstanceOf(ErrorTooManyRequests.TooManyRequests.class);
    assertThat(tooMany.retryAfter()).contains(30L);
    ErrorInternalServerError internal = Json.decode(ErrorInternalServerError.class,
        "{\"type\":\"internal_error\",\"reference_id\":\"ref-1\"}");
    assertThat(internal).isInstanceOf(ErrorInternalServerError.InternalError.class);
    assertThat(internal.referenceId()).contains("ref-1");
    assertThat(Json.decode(ErrorServiceUnavailable.class, "{\"type\":\"service_unavailable\"}"))
        .isInstanceOf(ErrorServiceUnavailable.ServiceUnavailable.class);
  }

  /** Reads the fields every user kind shares without a cast per kind. */
  private static final class UserBaseFields {
    final String email;

    private UserBaseFields(String email) {
      this.email = email;
    }

    static UserBaseFields of(UserSummary user) {
      return user.accept(new UserSummary.Visitor<UserBaseFields>() {
        @Override
        public UserBaseFields visitDevUser(DevUserSummary value) {
          return new UserBaseFields(value.email().orElse(null));
        }

        @Override
        public UserBaseFields visitRevUser(RevUserSummary value) {
          return new UserBaseFields(value.email().orElse(null));
        }

        @Override
        public UserBaseFields visitServiceAccount(ServiceAccountSummary value) {
          return new UserBaseFields(value.email().orElse(null));
        }

        @Override
        public UserBaseFields visitSysUser(SysUserSummary value) {
          return new UserBaseFields(value.email().orElse(null));
        }

        @Override
        public UserBaseFields visitUnknown(UserSummary.Unknown value) {
          return new UserBaseFields(String.valueOf(value.raw().get("email")));
        }
      });
    }
  }

  private static final class LabelVisitor implements UserSummary.Visitor<String> {
    @Override
    public String visitDevUser(DevUserSummary value) {
      return "DevUserSummary";
    }

    @Override
    public String visitRevUser(RevUserSummary value) {
      return "RevUserSummary";
    }

    @Override
    public String visitServiceAccount(ServiceAccountSummary value) {
      return "ServiceAccountSummary";
    }

    @Override
    public String visitSysUser(SysUserSummary value) {
      return "SysUserSummary";
    }

    @Override
    public String visitUnknown(UserSummary.Unknown value) {
      return "Unknown";
    }
  }

  /** Names the visited class by reflection on the argument, so each visit method is really the one called. */
  private static final class AtomLabelVisitor implements AtomSummary.Visitor<String> {
    private static String name(Object value) {
      return value.getClass().getSimpleName();
    }

    @Override public String visitArticle(ArticleSummary value) { return name(value); }
    @Override public String visitAuthToken(AuthTokenSummary value) { return name(value); }
    @Override public String visitCapability(CapabilitySummary value) { return name(value); }
    @Override public String visitConversation(ConversationSummary value) { return name(value); }
    @Override public String visitDevUser(DevUserSummary value) { return name(value); }
    @Override public String visitEnhancement(EnhancementSummary value) { return name(value); }
    @Override public String visitFeature(FeatureSummary value) { return name(value); }
    @Override public String visitGroup(GroupSummary value) { return name(value); }
    @Override public String visitIssue(IssueSummary value) { return name(value); }
    @Override public String visitLink(LinkSummary value) { return name(value); }
    @Override public String visitProduct(ProductSummary value) { return name(value); }
    @Override public String visitRevOrg(RevOrgSummary value) { return name(value); }
    @Override public String visitRevUser(RevUserSummary value) { return name(value); }
    @Override public String visitServiceAccount(ServiceAccountSummary value) { return name(value); }
    @Override public String visitSla(SlaSummary value) { return name(value); }
    @Override public String visitSlaTracker(SlaTrackerSummary value) { return name(value); }
    @Override public String visitSysUser(SysUserSummary value) { return name(value); }
    @Override public String visitTag(TagSummary value) { return name(value); }
    @Override public String visitTicket(TicketSummary value) { return name(value); }
    @Override public String visitTimelineComment(TimelineCommentSummary value) { return name(value); }
    @Override public String visitWebhook(WebhookSummary value) { return name(value); }
    @Override public String visitUnknown(AtomSummary.Unknown value) { return "Unknown"; }
  }

  private static final class BadRequestVisitor implements ErrorBadRequest.Visitor<String> {
    @Override public String visitArtifactAlreadyAttachedToAParent(ErrorBadRequest.ArtifactAlreadyAttachedToAParent v) { return "artifact"; }
    @Override public String visitBadRequest(ErrorBadRequest.BadRequest v) { return "bad"; }
    @Override public String visitCustomizationValidationError(ErrorBadRequest.CustomizationValidationError v) { return "customization"; }
    @Override public String visitInvalidApiVersion(ErrorBadRequest.InvalidApiVersion v) { return "api"; }
    @Override public String visitInvalidEnumValue(ErrorBadRequest.InvalidEnumValue v) { return "enum"; }
    @Override public String visitInvalidField(ErrorBadRequest.InvalidField v) { return "field"; }
    @Override public String visitInvalidId(ErrorBadRequest.InvalidId v) { return "id"; }
    @Override public String visitMergeWorksError(ErrorBadRequest.MergeWorksError v) { return "merge"; }
    @Override public String visitMissingDependency(ErrorBadRequest.MissingDependency v) { return "dependency"; }
    @Override public String visitMissingRequiredField(ErrorBadRequest.MissingRequiredField v) { return "missing"; }
    @Override public String visitParseError(ErrorBadRequest.ParseError v) { return "parse"; }
    @Override public String visitStaleSchemaFragments(ErrorBadRequest.StaleSchemaFragments v) { return "stale"; }
    @Override public String visitUnexpectedIdType(ErrorBadRequest.UnexpectedIdType v) { return "idtype"; }
    @Override public String visitUnexpectedJsonType(ErrorBadRequest.UnexpectedJsonType v) { return "jsontype"; }
    @Override public String visitValueNotPermitted(ErrorBadRequest.ValueNotPermitted v) { return "permitted"; }
    @Override public String visitWorkflowComponentValidationErrors(ErrorBadRequest.WorkflowComponentValidationErrors v) { return "workflow"; }
    @Override public String visitUnknown(ErrorBadRequest.Unknown v) { return "unknown"; }
  }
}
