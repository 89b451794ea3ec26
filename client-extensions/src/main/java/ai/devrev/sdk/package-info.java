/**
 * DevRev's Java client. Start with {@link ai.devrev.sdk.DevRevClient#builder()} or
 * {@link ai.devrev.sdk.DevRevClient#fromEnv()}; every failure is a {@link ai.devrev.sdk.DevRevException}.
 *
 * <p>Nothing in this package returns or accepts {@code null} unless marked {@code @Nullable}: absent values
 * are {@code Optional}s.
 */
@NullMarked
package ai.devrev.sdk;

import org.jspecify.annotations.NullMarked;
