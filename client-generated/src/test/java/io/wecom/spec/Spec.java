package io.wecom.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The project's spec, parsed once per test run: as written (refs kept) and fully resolved (refs inlined). */
final class Spec {

  static final Path ENTRY = locate();
  static final String JSON = "application/json";
  static final String MULTIPART = "multipart/form-data";

  private static SwaggerParseResult asWritten;
  private static OpenAPI resolved;

  private Spec() {}

  /** One operation of the spec, with where it lives. */
  record Op(String method, String path, Operation operation) {
    String id() {
      return operation.getOperationId();
    }

    /** The media type of the request body ({@link #JSON} or {@link #MULTIPART}), or {@code null} without a body. */
    String requestMediaType() {
      return operation.getRequestBody() == null ? null
          : operation.getRequestBody().getContent().keySet().iterator().next();
    }

    @Override
    public String toString() {
      return method + " " + path + " (" + id() + ")";
    }
  }

  static synchronized SwaggerParseResult asWritten() {
    if (asWritten == null) {
      ParseOptions options = new ParseOptions();
      options.setResolve(true);
      asWritten = new OpenAPIV3Parser().readLocation(ENTRY.toUri().toString(), null, options);
    }
    return asWritten;
  }

  static synchronized OpenAPI resolved() {
    if (resolved == null) {
      ParseOptions options = new ParseOptions();
      options.setResolve(true);
      options.setResolveFully(true);
      resolved = new OpenAPIV3Parser().readLocation(ENTRY.toUri().toString(), null, options).getOpenAPI();
    }
    return resolved;
  }

  static List<Op> operations(OpenAPI api) {
    List<Op> ops = new ArrayList<>();
    for (Map.Entry<String, PathItem> e : api.getPaths().entrySet()) {
      e.getValue().readOperationsMap().forEach((method, op) -> ops.add(new Op(method.name(), e.getKey(), op)));
    }
    return ops;
  }

  private static Path locate() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("spec/openapi.yaml");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("spec/openapi.yaml not found above " + Path.of("").toAbsolutePath());
  }
}
