package io.wecom.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.swagger.v3.core.util.Json;
import io.wecom.client.api.WeComOperation;
import io.wecom.client.api.WeComOperations;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operations the sandbox serves, indexed by method and path: each operation of the generated catalog
 * ({@link WeComOperations}: id, route, token) with what only the spec's documents hold, read from the bundled spec
 * that ships in wecom-client-generated (request schema, query parameter types, example answer).
 */
public final class SpecCatalog {

  public static final String BUNDLED_SPEC = "/io/wecom/spec/bundled/openapi.json";

  private final String specText;
  private final Map<String, SpecOperation> byRoute;
  private final Map<String, SpecOperation> byId;

  private SpecCatalog(String specText, Map<String, SpecOperation> byRoute) {
    this.specText = specText;
    this.byRoute = byRoute;
    Map<String, SpecOperation> ids = new LinkedHashMap<>();
    byRoute.values().forEach(op -> ids.put(op.id(), op));
    this.byId = ids;
  }

  /** Loads and compiles the bundled spec; fails loudly when it does not parse cleanly. */
  public static SpecCatalog load() {
    String text = readBundledSpec();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
    if (result.getOpenAPI() == null || (result.getMessages() != null && !result.getMessages().isEmpty())) {
      throw new IllegalStateException("the bundled spec does not parse: " + result.getMessages());
    }
    return new SpecCatalog(text, index(result.getOpenAPI()));
  }

  /** The spec as shipped, for Swagger UI. */
  public String specText() {
    return specText;
  }

  public Optional<SpecOperation> find(String method, String path) {
    return Optional.ofNullable(byRoute.get(method + " " + path));
  }

  public Optional<SpecOperation> byId(String operationId) {
    return Optional.ofNullable(byId.get(operationId));
  }

  /** Whether some operation lives at {@code path}, whatever its method. */
  public boolean hasPath(String path) {
    return byRoute.values().stream().anyMatch(op -> op.path().equals(path));
  }

  public Collection<SpecOperation> operations() {
    return byId.values();
  }

  private static Map<String, SpecOperation> index(OpenAPI api) {
    SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getOpenApi30());
    Map<String, Operation> documented = new LinkedHashMap<>();
    api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) ->
        documented.put(method.name() + " " + path, op)));
    Map<String, SpecOperation> routes = new LinkedHashMap<>();
    for (WeComOperation operation : WeComOperations.all()) {
      String route = operation.httpMethod() + " " + operation.path();
      Operation op = documented.get(route);
      if (op == null) {
        throw new IllegalStateException("the bundled spec lacks " + route + " (" + operation.id() + ") of the catalog");
      }
      routes.put(route, describe(operation, op, registry));
    }
    return Map.copyOf(routes);
  }

  private static SpecOperation describe(WeComOperation operation, Operation op, SchemaRegistry registry) {
    List<SpecOperation.QueryParam> params = new ArrayList<>();
    if (op.getParameters() != null) {
      for (Parameter p : op.getParameters()) {
        if ("query".equals(p.getIn())) {
          List<String> allowed = p.getSchema() == null || p.getSchema().getEnum() == null ? List.of()
              : p.getSchema().getEnum().stream().map(String::valueOf).toList();
          params.add(new SpecOperation.QueryParam(p.getName(), Boolean.TRUE.equals(p.getRequired()),
              p.getSchema() == null ? "string" : p.getSchema().getType(), allowed));
        }
      }
    }
    Schema requestSchema = null;
    List<String> formParts = null;
    if (op.getRequestBody() != null) {
      MediaType json = op.getRequestBody().getContent().get("application/json");
      MediaType form = op.getRequestBody().getContent().get("multipart/form-data");
      if (json != null && json.getSchema() != null) {
        requestSchema = registry.getSchema(toJson(json.getSchema()), InputFormat.JSON);
      } else if (form != null && form.getSchema() != null) {
        formParts = form.getSchema().getRequired() == null ? List.of() : List.copyOf(form.getSchema().getRequired());
      }
    }
    MediaType answer = op.getResponses().get("200").getContent().get("application/json");
    return new SpecOperation(operation.id(), operation.httpMethod(), operation.path(), operation.tag(),
        operation.tokenScheme(), operation.tokenApp(), List.copyOf(params), requestSchema, formParts,
        firstExample(answer), operation.download());
  }

  private static JsonNode firstExample(MediaType media) {
    Object value = media.getExample();
    if (value == null && media.getExamples() != null && !media.getExamples().isEmpty()) {
      value = media.getExamples().values().iterator().next().getValue();
    }
    return Json.mapper().valueToTree(value);
  }

  private static String toJson(Object schema) {
    try {
      return Json.mapper().writeValueAsString(schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String readBundledSpec() {
    try (InputStream in = SpecCatalog.class.getResourceAsStream(BUNDLED_SPEC)) {
      if (in == null) {
        throw new IllegalStateException(BUNDLED_SPEC + " is not on the classpath (it ships in wecom-client-generated)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
