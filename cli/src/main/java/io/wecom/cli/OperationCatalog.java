package io.wecom.cli;

import io.wecom.client.api.WeComOperation;
import io.wecom.client.api.WeComOperations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The operations of the generated catalog ({@link WeComOperations}), by operationId and by tag. */
final class OperationCatalog {

  private final List<String> tags;
  private final Map<String, OperationSpec> byId;

  private OperationCatalog(List<String> tags, Map<String, OperationSpec> byId) {
    this.tags = List.copyOf(tags);
    this.byId = byId;
  }

  /** The catalog's operations. */
  static OperationCatalog bundled() {
    return Bundled.CATALOG;
  }

  private static final class Bundled {
    static final OperationCatalog CATALOG = read();
  }

  private static OperationCatalog read() {
    List<String> tags = new ArrayList<>();
    Map<String, OperationSpec> byId = new LinkedHashMap<>();
    for (WeComOperation op : WeComOperations.all()) {
      if (!tags.contains(op.tag())) {
        tags.add(op.tag());
      }
      List<OperationSpec.QueryParam> query = op.queryParams().stream()
          .map(p -> new OperationSpec.QueryParam(p.name(), p.required())).toList();
      byId.put(op.id(), new OperationSpec(op.id(), op.httpMethod(), op.path(), op.tag(), op.summary(),
          op.tokenScheme(), op.tokenApp(), query));
    }
    return new OperationCatalog(tags, byId);
  }

  Optional<OperationSpec> find(String operationId) {
    return Optional.ofNullable(byId.get(operationId));
  }

  /** The tags, by name. */
  List<String> tags() {
    return tags;
  }

  /** The operations of {@code tag}, by operationId. */
  List<OperationSpec> byTag(String tag) {
    return byId.values().stream().filter(op -> op.tag().equals(tag))
        .sorted((a, b) -> a.id().compareTo(b.id())).toList();
  }
}
