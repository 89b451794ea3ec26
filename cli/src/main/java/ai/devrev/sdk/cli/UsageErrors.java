package ai.devrev.sdk.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns what stops a command into one line on stderr and an exit code: picocli's parse errors and our
 * {@link UsageException} are usage errors (2), with a pointer to {@code --help} instead of the whole
 * usage text; anything else the command throws is mapped by {@link ExitCodes} and {@link ErrorLine}.
 */
final class UsageErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {
  private final Console console;

  UsageErrors(Console console) {
    this.console = console;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    // Some of picocli's messages start with "Error: ", which our "error: " prefix already says.
    StringBuilder line = new StringBuilder(String.valueOf(ex.getMessage()).replaceFirst("^Error: ", ""));
    if (ex instanceof UnmatchedArgumentException) {
      List<String> suggestions = ((UnmatchedArgumentException) ex).getSuggestions();
      if (!suggestions.isEmpty()) {
        line.append("; did you mean ").append(String.join(" or ", suggestions)).append('?');
      }
    }
    return usage(line.toString(), ex.getCommandLine());
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
    if (ex instanceof UsageException) {
      return usage(ex.getMessage(), commandLine);
    }
    console.err(ErrorLine.of(ex));
    return ExitCodes.of(ex);
  }

  private int usage(String message, CommandLine commandLine) {
    console.err(ErrorLine.oneLine("error: " + message + " (see '" + commandLine.getCommandSpec().qualifiedName()
        + " --help')"));
    return ExitCodes.USAGE;
  }
}
