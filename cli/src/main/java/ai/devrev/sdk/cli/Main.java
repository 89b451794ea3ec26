package ai.devrev.sdk.cli;

/**
 * {@code java -jar cli/target/devrev-cli.jar conversations create --title "Hello"}: the client's main
 * job, creating a DevRev conversation, in one command.
 *
 * <p>Why: trying the API, scripting it and reproducing a support case should not need a Java program.
 * Without a token the command talks to an in-process simulator, so it works on a fresh clone; with
 * {@code DEVREV_TOKEN} (or {@code --token-file}) it talks to DevRev. Exit codes tell a script what failed.
 */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its code (0 created, 2 usage, 3–8 by failure class; see {@code --help}). */
  public static void main(String[] args) {
    System.exit(new DevRevCli(CliContext.system()).run(args));
  }
}
