package ai.devrev.spec.walker;

import io.swagger.v3.oas.models.media.Schema;

/**
 * A schema and the JSON pointer of the object that declares it in its document ({@code null} when the
 * caller did not say where an inline schema came from).
 */
@SuppressWarnings("rawtypes")
public record Located(Schema schema, String pointer) {}
