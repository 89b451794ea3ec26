package ai.devrev.sdk.cli;

import ai.devrev.sdk.DevRevClient;
import ai.devrev.sdk.DevRevResponse;
import ai.devrev.sdk.DevRevException;
import ai.devrev.sdk.model.ConversationsCreateRequest;
import ai.devrev.sdk.model.ConversationsCreateResponse;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;

/**
 * {@code devrev conversations create}: builds the request from the flags, sends it to the {@link Target},
 * prints what was sent and what came back, and turns a failure into one line and its exit code.
 */
@Command(name = "create", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    sortOptions = false,
    customSynopsis = "devrev conversations create [OPTIONS]",
    description = {
        "Creates a conversation (POST /conversations.create) and prints it on stdout.",
        "What was sent, the HTTP status and the request id go to stderr.",
        "Target: with DEVREV_TOKEN or --token-file, DevRev (or --base-url); with neither, a local simulator"
            + " started in-process, and a line on stderr says so."},
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.LIST_0, ExitCodes.LIST_2, ExitCodes.LIST_3, ExitCodes.LIST_4, ExitCodes.LIST_5,
        ExitCodes.LIST_6, ExitCodes.LIST_7, ExitCodes.LIST_8},
    footerHeading = "%nExamples:%n",
    footer = {
        "  devrev conversations create --title \"Printer on fire\" --member DEVU-1",
        "  devrev conversations create --message Smoke --artifact ARTIFACT-1 --message Fire",
        "  devrev conversations create --json request.json --output summary",
        "  devrev conversations create --tag TAG-1=urgent --custom-field tnt__count=3",
        "  DEVREV_TOKEN=... devrev conversations create --title Hello -v"})
final class CreateCommand implements Callable<Integer> {
  @ArgGroup(validate = false, order = 1,
      heading = "%nRequest body (each flag sets the field it names; beside --json, flags override the file):%n")
  RequestFieldOptions fields;

  @ArgGroup(exclusive = false, multiplicity = "0..*", order = 2,
      heading = "%nMessages (messages[]; repeat --message, each followed by its --artifact IDs):%n")
  List<MessageOptions> messages;

  @ArgGroup(validate = false, order = 3, heading = "%nTarget and output:%n")
  TargetOptions target;

  private final CliContext context;

  CreateCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    RequestFieldOptions fields = this.fields != null ? this.fields : new RequestFieldOptions();
    TargetOptions target = this.target != null ? this.target : new TargetOptions();
    ConversationsCreateRequest request = fields.toRequest(messages, context);
    Clients.check(target);
    Console console = context.console();
    ResultPrinter printer = new ResultPrinter(console, target.output);
    try (Target destination = Target.open(target, context);
        DevRevClient client = Clients.build(destination, target, console)) {
      printer.sent(client.baseUrl() + "conversations.create", request);
      DevRevResponse<ConversationsCreateResponse> response = client.conversations().createRaw(request);
      printer.created(response);
      return ExitCodes.CREATED;
    } catch (DevRevException e) {
      console.err(ErrorLine.of(e));
      return ExitCodes.of(e);
    }
  }
}
