package ai.devrev.sdk.cli;

import picocli.CommandLine;

/**
 * Assembles the command tree ({@code devrev conversations create}) around one {@link CliContext} and runs
 * it: usage problems and failures each end as one line on stderr and an exit code from {@link ExitCodes}.
 */
final class DevRevCli {
  private final CliContext context;

  DevRevCli(CliContext context) {
    this.context = context;
  }

  /** Parses {@code args}, runs the command, and returns the exit code. */
  int run(String... args) {
    return commandLine().execute(args);
  }

  CommandLine commandLine() {
    CommandLine conversations = new CommandLine(new ConversationsCommand())
        .addSubcommand("create", new CreateCommand(context));
    CommandLine root = new CommandLine(new RootCommand())
        .addSubcommand("conversations", conversations);
    UsageErrors usageErrors = new UsageErrors(context.console());
    root.setOut(context.console().outWriter())
        .setErr(context.console().errWriter())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(usageErrors)
        .setExecutionExceptionHandler(usageErrors);
    return root;
  }
}
