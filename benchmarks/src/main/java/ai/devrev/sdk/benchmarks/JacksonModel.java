package ai.devrev.sdk.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Plain classes equivalent to the generated models for the parts the benchmark bodies use: what most
 * Java SDKs decode into with Jackson databind. Unions are Jackson polymorphic types on {@code type};
 * enums are strings (which favours Jackson slightly).
 */
final class JacksonModel {
  private JacksonModel() {}

  static ObjectMapper mapper() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .setSerializationInclusion(JsonInclude.Include.NON_NULL)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
  }

  public static final class Response {
    public Conversation conversation;
  }

  public static class Summary {
    public String id;
    public String displayId;
  }

  public static final class Conversation extends Summary {
    public User createdBy;
    public OffsetDateTime createdDate;
    public User modifiedBy;
    public OffsetDateTime modifiedDate;
    public String title;
    public String description;
    public List<Summary> channels;
    public Summary group;
    public List<User> members;
    public List<TimelineEntry> messages;
    public Map<String, Object> metadata;
    public List<User> ownedBy;
    public SlaSummary slaSummary;
    public SlaTrackerSummary slaTracker;
    public String sourceChannel;
    public Summary sourceChannelV2;
    public Stage stage;
    public List<TagWithValue> tags;
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type", defaultImpl = UnknownAtom.class)
  @JsonSubTypes({
      @JsonSubTypes.Type(value = User.class, names = {"dev_user", "rev_user", "service_account", "sys_user"}),
      @JsonSubTypes.Type(value = Issue.class, name = "issue"),
      @JsonSubTypes.Type(value = Article.class, name = "article"),
      @JsonSubTypes.Type(value = Tag.class, name = "tag"),
      @JsonSubTypes.Type(value = RevOrg.class, name = "rev_org")})
  public static class Atom extends Summary {
  }

  public static final class UnknownAtom extends Atom {
  }

  public static class User extends Atom {
    public String displayName;
    public String email;
    public String fullName;
    public String state;
    public String externalRef;
    public Artifact displayPicture;
    public RevOrg revOrg;
  }

  public static final class RevOrg extends Atom {
    public String displayName;
  }

  public static final class Issue extends Atom {
    public String title;
    public List<User> ownedBy;
    public Stage stage;
    public String priority;
    public Map<String, Object> priorityV2;
    public Map<String, Object> sprint;
  }

  public static final class Article extends Atom {
    public String title;
    public String articleType;
    public Map<String, Object> resource;
  }

  public static final class Tag extends Atom {
    public String name;
  }

  public static final class Artifact extends Summary {
    public ArtifactFile file;
  }

  public static final class ArtifactFile {
    public String type;
    public String name;
    public Integer size;
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes(@JsonSubTypes.Type(value = TimelineComment.class, name = "timeline_comment"))
  public static class TimelineEntry extends Summary {
  }

  public static final class TimelineComment extends TimelineEntry {
    public User createdBy;
    public OffsetDateTime createdDate;
    public User modifiedBy;
    public OffsetDateTime modifiedDate;
    public String object;
    public String objectDisplayId;
    public String objectType;
    public String visibility;
    public List<Artifact> artifacts;
    public String body;
    public String bodyType;
    public List<Atom> references;
    public Map<String, Object> snapKitBody;
    public List<Map<String, Object>> snapWidgetBody;
  }

  public static final class TagSummary extends Summary {
    public String name;
  }

  public static final class Stage {
    public String name;
  }

  public static final class TagWithValue {
    public TagSummary tag;
    public String value;
  }

  public static final class SlaTrackerSummary extends Summary {
    public String appliesToType;
  }

  public static final class OrgSchedule extends Summary {
    public String name;
    public String status;
    public String timezone;
    public OffsetDateTime validUntil;
  }

  public static final class SlaSummary {
    public String closestToBreachMetric;
    public OrgSchedule orgSchedule;
    public Integer remainingTime;
    public SlaTracker slaTracker;
    public String stage;
    public OffsetDateTime targetTime;
  }

  public static final class SlaTracker extends Summary {
    public User createdBy;
    public OffsetDateTime createdDate;
    public User modifiedBy;
    public OffsetDateTime modifiedDate;
    public String appliesToId;
    public String appliesToType;
    public String slaPolicyId;
    public String stage;
    public String status;
    public Map<String, Object> sla;
    public List<MetricTarget> metricTargetSummaries;
    public List<Map<String, Object>> removedSlaMetricHistory;
  }

  public static final class MetricTarget {
    public Map<String, Object> metricDefinition;
    public String stage;
    public String status;
    public Boolean inPolicy;
    public Boolean isOutOfSchedule;
    public OrgSchedule orgSchedule;
    public OffsetDateTime targetTime;
    public OffsetDateTime warningTargetTime;
    public OffsetDateTime nextScheduleTransition;
    public OffsetDateTime breachedAt;
    public OffsetDateTime completedAt;
    public Integer completedIn;
    public Integer remainingTime;
  }

  public static final class Request {
    public String type;
    public String brand;
    public List<String> channels;
    public Map<String, Object> customFields;
    public Map<String, Object> customSchemaSpec;
    public String description;
    public String group;
    public Boolean isSpam;
    public List<String> members;
    public List<Map<String, Object>> messages;
    public Map<String, Object> metadata;
    public List<String> ownedBy;
    public String sourceChannel;
    public String sourceChannelV2;
    public Stage stage;
    public List<TagRef> tags;
    public String title;
  }

  public static final class TagRef {
    public String id;
    public String value;
  }
}
