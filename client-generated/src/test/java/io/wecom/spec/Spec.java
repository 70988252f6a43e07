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

  /** The tags of the entry document, in its order. */
  static List<String> tagNames() {
    return asWritten().getOpenAPI().getTags().stream().map(io.swagger.v3.oas.models.tags.Tag::getName).toList();
  }

  /** The file of spec/ that holds {@code op}'s path item, as the entry document refers to it. */
  static String fileOf(Op op) {
    return entryRefs().get(op.path());
  }

  private static Map<String, String> entryRefs;

  private static synchronized Map<String, String> entryRefs() {
    if (entryRefs == null) {
      try {
        Map<String, String> refs = new java.util.HashMap<>();
        java.util.List<String> lines = Files.readAllLines(ENTRY);
        for (int i = 0; i + 1 < lines.size(); i++) {
          var ref = java.util.regex.Pattern.compile("\\$ref: '([^#']+)#").matcher(lines.get(i + 1));
          if (lines.get(i).startsWith("  /") && ref.find()) {
            refs.put(lines.get(i).strip().replaceAll(":$", ""), ref.group(1));
          }
        }
        entryRefs = refs;
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return entryRefs;
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
