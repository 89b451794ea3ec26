package ai.devrev.sdk.cli;

import picocli.CommandLine.Command;

/** {@code devrev conversations}: groups the conversation commands; run alone it is a usage error. */
@Command(name = "conversations", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "DevRev conversations.", synopsisSubcommandLabel = "COMMAND")
final class ConversationsCommand {
}
