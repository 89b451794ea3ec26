package ai.devrev.sdk.cli;

import ai.devrev.sdk.model.ConversationsCreateRequest;
import ai.devrev.sdk.model.CustomSchemaSpec;
import ai.devrev.sdk.model.SetTagWithValue;
import ai.devrev.sdk.model.StageInit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * A flag for every field of {@code ConversationsCreateRequest}, and {@code --json} for a whole body.
 * Flags given beside {@code --json} override its fields: lists are replaced, custom fields and nested
 * objects are merged key by key. A flag left out leaves its field out of the request.
 */
final class RequestFieldOptions {
  @Option(names = "--json", paramLabel = "FILE|-", order = 1,
      description = "A whole request body as JSON, from FILE or stdin (-); checked against the request type before sending.")
  String json;

  @Option(names = "--title", paramLabel = "TEXT", order = 2, description = "title")
  String title;

  @Option(names = "--description", paramLabel = "TEXT", order = 3, description = "description")
  String description;

  @Option(names = "--member", paramLabel = "ID", order = 4, description = "members[]: a user in the conversation; repeatable.")
  List<String> members;

  @Option(names = "--owner", paramLabel = "ID", order = 5, description = "owned_by[]: a user who owns it; repeatable.")
  List<String> owners;

  @Option(names = "--tag", paramLabel = "ID[=VALUE]", converter = TagConverter.class, order = 7,
      description = "tags[]: a tag, with an optional value; repeatable.")
  List<SetTagWithValue> tags;

  @Option(names = "--custom-field", paramLabel = "KEY=JSON", converter = JsonFieldConverter.class, order = 8,
      description = "custom_fields.KEY, the value as JSON: tnt__count=3, tnt__priority='\"high\"'; repeatable.")
  List<JsonField> customFields;

  @Option(names = "--is-spam", negatable = true, order = 9, description = "is_spam: true, or false with --no-is-spam.")
  Boolean isSpam;

  @Option(names = "--stage", paramLabel = "NAME", order = 10, description = "stage.name: the stage it starts in.")
  String stage;

  @Option(names = "--type", paramLabel = "TYPE", order = 11, description = "type (default: support, the only type today).")
  String type;

  @Option(names = "--brand", paramLabel = "ID", order = 12, description = "brand")
  String brand;

  @Option(names = "--channel", paramLabel = "ID", order = 13, description = "channels[]; repeatable.")
  List<String> channels;

  @Option(names = "--group", paramLabel = "ID", order = 14, description = "group")
  String group;

  @Option(names = "--source-channel", paramLabel = "NAME", order = 15, description = "source_channel")
  String sourceChannel;

  @Option(names = "--source-channel-v2", paramLabel = "ID", order = 16, description = "source_channel_v2")
  String sourceChannelV2;

  @Option(names = "--metadata-url-context", paramLabel = "URL", order = 17, description = "metadata.url_context")
  String metadataUrlContext;

  @Option(names = "--custom-schema-app", paramLabel = "APP", order = 18, description = "custom_schema_spec.apps[]; repeatable.")
  List<String> customSchemaApps;

  @Option(names = "--custom-schema-subtype", paramLabel = "SUBTYPE", order = 19, description = "custom_schema_spec.subtype")
  String customSchemaSubtype;

  @Option(names = "--custom-schema-tenant-fragment", negatable = true, order = 20,
      description = "custom_schema_spec.tenant_fragment: true, or false with --no-…")
  Boolean customSchemaTenantFragment;

  @Option(names = "--custom-schema-validate-required-fields", negatable = true, order = 21,
      description = "custom_schema_spec.validate_required_fields: true, or false with --no-…")
  Boolean customSchemaValidateRequiredFields;

  @Option(names = "--raw-field", paramLabel = "NAME=JSON", converter = JsonFieldConverter.class, order = 22,
      description = "A top-level field this client does not model (one DevRev added later), sent as is; repeatable.")
  List<JsonField> rawFields;

  /** The request these flags, {@code messages} (null when none given) and {@code --json} describe. */
  ConversationsCreateRequest toRequest(List<MessageOptions> messages, CliContext context) {
    ConversationsCreateRequest base = json == null
        ? ConversationsCreateRequest.builder().build()
        : RequestFile.read(json, context);
    ConversationsCreateRequest.Builder request = base.toBuilder();
    if (type != null) {
      request.type(ConversationsCreateRequest.Type.of(type));
    }
    if (title != null) {
      request.title(title);
    }
    if (description != null) {
      request.description(description);
    }
    if (members != null) {
      request.members(members);
    }
    if (owners != null) {
      request.ownedBy(owners);
    }
    if (messages != null) {
      request.messages(messages.stream().map(MessageOptions::toMessage).collect(Collectors.toList()));
    }
    if (tags != null) {
      request.tags(tags);
    }
    if (customFields != null) {
      request.customFields(merge(base.customFields().orElse(Map.of()), customFields));
    }
    if (isSpam != null) {
      request.isSpam(isSpam);
    }
    if (stage != null) {
      request.stage(base.stage().map(StageInit::toBuilder).orElseGet(StageInit::builder).name(stage).build());
    }
    if (brand != null) {
      request.brand(brand);
    }
    if (channels != null) {
      request.channels(channels);
    }
    if (group != null) {
      request.group(group);
    }
    if (sourceChannel != null) {
      request.sourceChannel(sourceChannel);
    }
    if (sourceChannelV2 != null) {
      request.sourceChannelV2(sourceChannelV2);
    }
    if (metadataUrlContext != null) {
      request.metadata(base.metadata().map(ConversationsCreateRequest.Metadata::toBuilder)
          .orElseGet(ConversationsCreateRequest.Metadata::builder).urlContext(metadataUrlContext).build());
    }
    if (customSchemaApps != null || customSchemaSubtype != null || customSchemaTenantFragment != null
        || customSchemaValidateRequiredFields != null) {
      request.customSchemaSpec(customSchemaSpec(base));
    }
    if (rawFields != null) {
      rawFields.forEach(field -> request.putAdditionalProperty(field.name(), field.value()));
    }
    return request.build();
  }

  private CustomSchemaSpec customSchemaSpec(ConversationsCreateRequest base) {
    CustomSchemaSpec.Builder spec = base.customSchemaSpec().map(CustomSchemaSpec::toBuilder).orElseGet(CustomSchemaSpec::builder);
    if (customSchemaApps != null) {
      spec.apps(customSchemaApps);
    }
    if (customSchemaSubtype != null) {
      spec.subtype(customSchemaSubtype);
    }
    if (customSchemaTenantFragment != null) {
      spec.tenantFragment(customSchemaTenantFragment);
    }
    if (customSchemaValidateRequiredFields != null) {
      spec.validateRequiredFields(customSchemaValidateRequiredFields);
    }
    return spec.build();
  }

  private static Map<String, Object> merge(Map<String, Object> base, List<JsonField> fields) {
    Map<String, Object> merged = new LinkedHashMap<>(base);
    fields.forEach(field -> merged.put(field.name(), field.value()));
    return merged;
  }
}
