package ai.devrev.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The line for a slot: first come, first let in; a call that gives up leaves no slot taken. */
class AdmissionTest {
  @Test
  void letsInUpToItsLimitThenQueuesInOrder() {
    Admission admission = new Admission(2);
    assertThat(admission.enter()).isCompleted();
    assertThat(admission.enter()).isCompleted();
    CompletableFuture<Void> third = admission.enter();
    CompletableFuture<Void> fourth = admission.enter();
    assertThat(third).isNotDone();
    admission.leave();
    assertThat(third).isCompleted();
    assertThat(fourth).isNotDone();
    admission.leave();
    assertThat(fourth).isCompleted();
  }

  @Test
  void aCallThatGivesUpWhileWaitingHoldsNoSlot() {
    Admission admission = new Admission(1);
    admission.enter();
    CompletableFuture<Void> waiting = admission.enter();
    assertThat(admission.abandon(waiting)).as("it had not been let in").isTrue();
    admission.leave();
    assertThat(admission.enter()).as("the slot went back, not to the one that left the line").isCompleted();
  }

  @Test
  void aCallLetInBeforeItGaveUpHoldsItsSlot() {
    Admission admission = new Admission(1);
    CompletableFuture<Void> first = admission.enter();
    assertThat(admission.abandon(first)).as("let in: it must leave").isFalse();
    assertThat(admission.enter()).isNotDone();
  }

  @Test
  void closingFailsTheLineAndRefusesNewcomers() {
    Admission admission = new Admission(1);
    admission.enter();
    CompletableFuture<Void> waiting = admission.enter();
    admission.close();
    assertThat(waiting).isCompletedExceptionally();
    assertThat(admission.abandon(waiting)).isTrue();
    assertThat(admission.enter()).isCompletedExceptionally();
  }
}
