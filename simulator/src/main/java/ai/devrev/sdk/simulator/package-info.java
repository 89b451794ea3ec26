/**
 * A local simulator of DevRev's {@code POST /conversations.create}, for tests: the way stripe-mock serves
 * stripe-java's users. It checks every request against the spec, answers from the spec's examples and
 * records what it received.
 *
 * <p>Start it with {@link ai.devrev.sdk.simulator.DevRevSimulator#start()}, register
 * {@link ai.devrev.sdk.simulator.DevRevSimulatorExtension} in a JUnit 5 test, or run
 * {@link ai.devrev.sdk.simulator.Main} from the command line. Nothing in its API is {@code null}.
 */
@NullMarked
package ai.devrev.sdk.simulator;

import org.jspecify.annotations.NullMarked;
