package ai.devrev.sdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example 201 body from DevRev's reference page decodes field by field. */
class SeedResponseDecodingTest {
  private static final OffsetDateTime EXAMPLE_DATE = OffsetDateTime.of(2023, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);
  private static Conversation conversation;

  @BeforeAll
  static void decode() throws Exception {
    conversation = Json.decode(ConversationsCreateResponse.class, Json.resource("seed-201.json")).conversation();
  }

  private static void assertDevUser(UserSummary user) {
    assertThat(user).isInstanceOf(DevUserSummary.class);
    DevUserSummary dev = (DevUserSummary) user;
    assertThat(dev.type()).isEqualTo("dev_user");
    assertThat(dev.id()).isEqualTo("string");
    assertThat(dev.displayId()).contains("string");
    assertThat(dev.displayName()).contains("string");
    assertThat(dev.email()).contains("string");
    assertThat(dev.fullName()).contains("string");
    assertThat(dev.state()).contains(UserState.ACTIVE);
    ArtifactSummary picture = dev.displayPicture().orElseThrow();
    assertThat(picture.id()).isEqualTo("string");
    assertThat(picture.displayId()).contains("string");
    ArtifactFileSummary file = picture.file().orElseThrow();
    assertThat(file.type()).contains("string");
    assertThat(file.name()).contains("string");
    assertThat(file.size()).contains(0L);
    assertThat(dev.additionalProperties()).isEmpty();
  }

  @Test
  void decodesAtomBaseFields() {
    assertThat(conversation.id()).isEqualTo("string");
    assertThat(conversation.displayId()).contains("string");
    assertThat(conversation.createdDate()).contains(EXAMPLE_DATE);
    assertThat(conversation.modifiedDate()).contains(EXAMPLE_DATE);
    assertDevUser(conversation.createdBy().orElseThrow());
    assertDevUser(conversation.modifiedBy().orElseThrow());
    assertThat(conversation.additionalProperties()).isEmpty();
  }

  @Test
  void decodesConversationFields() {
    assertThat(conversation.title()).contains("string");
    assertThat(conversation.description()).contains("string");
    assertThat(conversation.sourceChannel()).contains("string");
    assertThat(conversation.channels()).singleElement().satisfies(channel -> {
      assertThat(channel.id()).isEqualTo("string");
      assertThat(channel.displayId()).contains("string");
    });
    assertThat(conversation.sourceChannelV2().orElseThrow().id()).isEqualTo("string");
    assertThat(conversation.group().orElseThrow().id()).isEqualTo("string");
    assertThat(conversation.members()).singleElement().satisfies(SeedResponseDecodingTest::assertDevUser);
    assertThat(conversation.ownedBy()).singleElement().satisfies(SeedResponseDecodingTest::assertDevUser);
    assertThat(conversation.metadata().orElseThrow().urlContext()).contains("string");
    assertThat(conversation.stage().orElseThrow().name()).isEqualTo("string");
    assertThat(conversation.tags()).singleElement().satisfies(tag -> {
      assertThat(tag.value()).contains("string");
      assertThat(tag.tag().id()).isEqualTo("string");
      assertThat(tag.tag().name()).isEqualTo("string");
      assertThat(tag.tag().displayId()).contains("string");
    });
    assertThat(conversation.slaTracker().orElseThrow().appliesToType()).contains(SlaTracker.AppliesToType.CONVERSATION);
  }

  @Test
  void decodesTimelineCommentMessage() {
    assertThat(conversation.messages()).singleElement().isInstanceOf(TimelineComment.class);
    TimelineComment comment = (TimelineComment) conversation.messages().get(0);
    assertThat(comment.type()).isEqualTo("timeline_comment");
    assertThat(comment.id()).isEqualTo("string");
    assertThat(comment.object()).isEqualTo("string");
    assertThat(comment.objectDisplayId()).isEqualTo("string");
    assertThat(comment.objectType()).contains(TimelineEntry.ObjectType.ARTICLE);
    assertThat(comment.visibility()).contains(TimelineEntry.Visibility.EXTERNAL);
    assertThat(comment.body()).contains("string");
    assertThat(comment.bodyType()).contains(TimelineComment.BodyType.DATA);
    assertThat(comment.createdDate()).contains(EXAMPLE_DATE);
    assertDevUser(comment.createdBy().orElseThrow());
    assertThat(comment.artifacts()).singleElement().satisfies(artifact ->
        assertThat(artifact.file().orElseThrow().size()).contains(0L));
    assertThat(comment.references()).singleElement().isInstanceOf(ArticleSummary.class);
    ArticleSummary article = (ArticleSummary) comment.references().get(0);
    assertThat(article.type()).isEqualTo("article");
    assertThat(article.articleType()).contains(ArticleType.ARTICLE);
    assertThat(article.title()).contains("string");
    assertThat(article.resource().orElseThrow().url()).contains("string");
    assertThat(article.resource().orElseThrow().artifacts()).hasSize(1);
    TimelineSnapKitBody snapKit = comment.snapKitBody().orElseThrow();
    assertThat(snapKit.body()).contains(java.util.Map.of());
    assertThat(snapKit.snapInActionName()).contains("string");
    assertThat(snapKit.snapInId()).contains("string");
    // The example's widget label is "string", a kind this client does not know: kept, not dropped.
    assertThat(comment.snapWidgetBody()).singleElement().isInstanceOf(SnapWidget.Unknown.class);
    assertThat(comment.snapWidgetBody().get(0).type()).isEqualTo("string");
  }

  @Test
  void decodesSlaSummary() {
    ArchetypeSlaSummary sla = conversation.slaSummary().orElseThrow();
    assertThat(sla.closestToBreachMetric()).contains("string");
    assertThat(sla.remainingTime()).contains(0L);
    assertThat(sla.stage()).contains(SlaSummaryStage.BREACHED);
    assertThat(sla.targetTime()).contains(EXAMPLE_DATE);
    OrgScheduleSummary schedule = sla.orgSchedule().orElseThrow();
    assertThat(schedule.status()).isEqualTo(OrgScheduleStatus.ARCHIVED);
    assertThat(schedule.timezone()).contains("string");
    assertThat(schedule.validUntil()).contains(EXAMPLE_DATE);

    SlaTracker tracker = sla.slaTracker().orElseThrow();
    assertThat(tracker.appliesToId()).contains("string");
    assertThat(tracker.appliesToType()).contains(SlaTracker.AppliesToType.CONVERSATION);
    assertThat(tracker.slaPolicyId()).contains("string");
    assertThat(tracker.stage()).contains("string");
    assertThat(tracker.status()).contains("string");
    assertDevUser(tracker.createdBy().orElseThrow());
    assertThat(tracker.sla().orElseThrow().slaType()).contains(SlaType.EXTERNAL);
    assertThat(tracker.sla().orElseThrow().status()).isEqualTo(SlaStatus.ARCHIVED);
    assertThat(tracker.removedSlaMetricHistory()).singleElement().satisfies(history ->
        assertThat(history.additionalProperties()).isEmpty());
    assertThat(tracker.metricTargetSummaries()).singleElement().satisfies(metric -> {
      assertThat(metric.breachedAt()).contains(EXAMPLE_DATE);
      assertThat(metric.completedAt()).contains(EXAMPLE_DATE);
      assertThat(metric.completedIn()).contains(0L);
      assertThat(metric.inPolicy()).contains(true);
      assertThat(metric.isOutOfSchedule()).contains(true);
      assertThat(metric.metricDefinition().name()).contains("string");
      assertThat(metric.nextScheduleTransition()).contains(EXAMPLE_DATE);
      assertThat(metric.orgSchedule().orElseThrow().status()).isEqualTo(OrgScheduleStatus.ARCHIVED);
      assertThat(metric.remainingTime()).contains(0L);
      assertThat(metric.stage()).isEqualTo("string");
      assertThat(metric.status()).contains("string");
      assertThat(metric.targetTime()).contains(EXAMPLE_DATE);
      assertThat(metric.warningTargetTime()).contains(EXAMPLE_DATE);
    });
  }

  @Test
  void reEncodesToTheSameJson() throws Exception {
    ConversationsCreateResponse response = Json.decode(ConversationsCreateResponse.class, Json.resource("seed-201.json"));
    String encoded = Json.encode(ConversationsCreateResponse.class, response);
    assertThat(Json.tree(encoded)).isEqualTo(Json.tree(Json.resource("seed-201.json")));
  }
}
