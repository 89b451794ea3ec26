package ai.devrev.sdk.cli;

/** {@code --output}: what stdout holds on success. */
enum Output {
  /** The created conversation as indented JSON, for {@code jq} and scripts. */
  JSON,
  /** A few lines for a person: display ID, ID, title, stage, people, tags. */
  SUMMARY
}
