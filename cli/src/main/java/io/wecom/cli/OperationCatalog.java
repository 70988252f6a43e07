package io.wecom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operations of the spec bundled in wecom-client-generated ({@value #BUNDLED_SPEC}), by operationId and by tag
 * in the spec's order.
 */
final class OperationCatalog {

  static final String BUNDLED_SPEC = "/io/wecom/spec/bundled/openapi.yaml";

  private final List<String> tags;
  private final Map<String, OperationSpec> byId;

  private OperationCatalog(List<String> tags, Map<String, OperationSpec> byId) {
    this.tags = List.copyOf(tags);
    this.byId = byId;
  }

  /** The bundled spec's operations, read once. */
  static OperationCatalog bundled() {
    return Bundled.CATALOG;
  }

  private static final class Bundled {
    static final OperationCatalog CATALOG = read();
  }

  private static OperationCatalog read() {
    try (InputStream in = OperationCatalog.class.getResourceAsStream(BUNDLED_SPEC)) {
      if (in == null) {
        throw new IllegalStateException(BUNDLED_SPEC + " is not on the classpath (it ships in wecom-client-generated)");
      }
      return of(new ObjectMapper(new YAMLFactory()).readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled spec", e);
    }
  }

  private static OperationCatalog of(JsonNode spec) {
    List<String> tags = new ArrayList<>();
    spec.path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
    String defaultToken = firstScheme(spec.path("security"));
    Map<String, OperationSpec> byId = new LinkedHashMap<>();
    spec.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
      JsonNode op = method.getValue();
      List<OperationSpec.QueryParam> query = new ArrayList<>();
      op.path("parameters").forEach(p -> {
        if ("query".equals(p.path("in").asText())) {
          query.add(new OperationSpec.QueryParam(p.path("name").asText(), p.path("required").asBoolean(false)));
        }
      });
      String token = op.has("security") ? firstScheme(op.get("security")) : defaultToken;
      String id = op.path("operationId").asText();
      byId.put(id, new OperationSpec(id, method.getKey().toUpperCase(), path.getKey(), op.path("tags").path(0).asText(),
          op.path("summary").asText(), token, op.path("x-wecom-token-app").textValue(), List.copyOf(query)));
    }));
    return new OperationCatalog(tags, byId);
  }

  private static String firstScheme(JsonNode security) {
    return security.size() == 0 || security.get(0).size() == 0 ? null : security.get(0).fieldNames().next();
  }

  Optional<OperationSpec> find(String operationId) {
    return Optional.ofNullable(byId.get(operationId));
  }

  /** The tags in the spec's order. */
  List<String> tags() {
    return tags;
  }

  /** The operations of {@code tag}, by operationId. */
  List<OperationSpec> byTag(String tag) {
    return byId.values().stream().filter(op -> op.tag().equals(tag))
        .sorted((a, b) -> a.id().compareTo(b.id())).toList();
  }
}
