package ai.devrev.sdk;

import ai.devrev.sdk.errors.DevRevDecodingException;
import ai.devrev.sdk.errors.DevRevException;
import ai.devrev.sdk.errors.DevRevIoException;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import java.io.EOFException;
import java.io.IOException;

/** Maps what a call threw to the client's exceptions, the same for blocking and async calls. */
final class Failures {
  private Failures() {}

  static DevRevException map(Throwable failure, int successStatus) {
    if (failure instanceof DevRevException) {
      return (DevRevException) failure;
    }
    if (failure instanceof JsonDataException || failure instanceof JsonEncodingException
        || (failure instanceof EOFException && String.valueOf(failure.getMessage()).startsWith("End of input"))) {
      return new DevRevDecodingException(successStatus, failure.getMessage(), failure);
    }
    if (failure instanceof SendTracker.NotSentException) {
      return new DevRevIoException("Could not send the request to DevRev: " + failure.getMessage(),
          (IOException) failure.getCause(), false);
    }
    if (failure instanceof IOException) {
      return new DevRevIoException("The exchange with DevRev failed: " + failure.getMessage(), (IOException) failure, true);
    }
    return new DevRevException("Unexpected failure: " + failure, failure);
  }
}
