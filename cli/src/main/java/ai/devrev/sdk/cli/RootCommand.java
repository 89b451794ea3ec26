package ai.devrev.sdk.cli;

import picocli.CommandLine.Command;

/** {@code devrev}: the top of the command tree; it only holds subcommands, help and the version. */
@Command(name = "devrev", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {
        "DevRev from the command line.",
        "Without DEVREV_TOKEN or --token-file it talks to a local simulator started in-process; nothing reaches DevRev."},
    synopsisSubcommandLabel = "COMMAND",
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.LIST_0, ExitCodes.LIST_2, ExitCodes.LIST_3, ExitCodes.LIST_4, ExitCodes.LIST_5,
        ExitCodes.LIST_6, ExitCodes.LIST_7, ExitCodes.LIST_8})
final class RootCommand {
}
