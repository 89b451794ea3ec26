/**
 * The {@code devrev} command line: {@code devrev conversations create}, the client's main job from a
 * shell, against DevRev or a simulator started in-process. Only {@link ai.devrev.sdk.cli.Main} and the
 * SLF4J provider {@link ai.devrev.sdk.cli.CliLoggingProvider} are public (the JVM and SLF4J's service
 * loader need them); the rest is package-private, because this jar is a tool, not an API.
 */
package ai.devrev.sdk.cli;
