package io.wecom.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The example answers of the bundled spec, which ships inside wecom-client-generated. */
final class SpecExamples {

  private static final String BUNDLED = "/io/wecom/spec/bundled/openapi.json";

  private final JsonNode paths;

  private SpecExamples(JsonNode paths) {
    this.paths = paths;
  }

  static SpecExamples load() {
    try (InputStream in = SpecExamples.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException(BUNDLED + " is not on the classpath; is wecom-client-generated there?");
      }
      return new SpecExamples(new ObjectMapper().readTree(in).path("paths"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON of the 200 answer's example of {@code method path}. */
  String answer(String path, String method) {
    JsonNode example = paths.path(path).path(method).path("responses").path("200").path("content")
        .path("application/json").path("example");
    if (example.isMissingNode()) {
      throw new IllegalStateException("the spec has no example answer for " + method + " " + path);
    }
    return example.toString();
  }
}
