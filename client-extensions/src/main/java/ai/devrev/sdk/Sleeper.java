package ai.devrev.sdk;

import java.time.Duration;

/** How the client waits between retries; tests substitute one that records instead of sleeping. */
interface Sleeper {
  Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
