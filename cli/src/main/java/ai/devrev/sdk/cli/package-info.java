/**
 * The {@code devrev} command line: {@code devrev conversations create}, the client's main job from a
 * shell, against DevRev or a simulator started in-process. Only {@link ai.devrev.sdk.cli.Main} is public
 * (the JVM needs it); the rest is package-private, because this jar is a tool, not an API.
 */
package ai.devrev.sdk.cli;
