package io.wecom.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.wecom.client.api.WeComOperation;
import io.wecom.client.api.WeComOperations;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every cursor-paged operation says so with {@code x-wecom-pagination}, naming real fields, and the generated
 * operation catalog carries it to run time, where the client's pager reads it. Offset-paged lists may say so too.
 */
class PaginationExtensionTest {

  private static final String EXTENSION = "x-wecom-pagination";

  static Stream<Spec.Op> operations() {
    return Spec.operations(Spec.resolved()).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void anOperationWithACursorInAndANextCursorOutIsMarkedPaged(Spec.Op op) {
    boolean cursorIn = queryParameters(op).containsKey("cursor") || requestProperties(op).containsKey("cursor");
    boolean cursorOut = responseProperties(op).containsKey("next_cursor");
    if (cursorIn && cursorOut) {
      assertThat(pagination(op)).as("%s of %s", EXTENSION, op).isNotNull();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void thePaginationExtensionNamesRealFields(Spec.Op op) {
    Map<String, Object> paging = pagination(op);
    if (paging == null) {
      return;
    }
    Map<String, Schema> answer = responseProperties(op);
    if (paging.containsKey("itemsField") || "offset".equals(paging.get("style"))) {
      Schema<?> items = path(answer, (String) paging.get("itemsField"));
      assertThat(items).as("itemsField '%s' in the answer of %s", paging.get("itemsField"), op).isNotNull();
      assertThat(items.getType()).as("type of itemsField").isEqualTo("array");
    }
    if ("offset".equals(paging.get("style"))) {
      assertThat(paging).as(EXTENSION).containsKeys("offsetParam", "limitParam", "itemsField");
      assertThat(paging.keySet()).as(EXTENSION)
          .isSubsetOf("style", "offsetParam", "limitParam", "itemsField", "hasMoreField", "nextOffsetField",
              "lastPageField");
      for (String key : List.of("offsetParam", "limitParam")) {
        assertThat(requestField(op, (String) paging.get(key))).as("%s '%s' of %s", key, paging.get(key), op).isNotNull();
      }
      for (String key : List.of("hasMoreField", "nextOffsetField", "lastPageField")) {
        if (paging.containsKey(key)) {
          assertThat(path(answer, (String) paging.get(key))).as("%s '%s' in the answer of %s", key, paging.get(key),
              op).isNotNull();
        }
      }
      return;
    }
    assertThat(paging).as(EXTENSION).containsKeys("cursorParam", "nextCursorField");
    assertThat(paging.keySet()).as(EXTENSION)
        .isSubsetOf("style", "cursorParam", "nextCursorField", "itemsField", "hasMoreField", "lastPageField");
    for (String key : List.of("hasMoreField", "lastPageField")) {
      if (paging.containsKey(key)) {
        assertThat(path(answer, (String) paging.get(key))).as("%s '%s' in the answer of %s", key, paging.get(key), op)
            .isNotNull();
      }
    }
    assertThat(paging.getOrDefault("style", "cursor")).as("style").isEqualTo("cursor");
    String cursor = (String) paging.get("cursorParam");
    Schema<?> cursorSchema = requestField(op, cursor);
    assertThat(cursorSchema).as("cursorParam '%s': a %s of %s", cursor,
        op.method().equals("GET") ? "query parameter" : "request body field", op).isNotNull();
    assertThat(cursorSchema.getType()).as("type of cursorParam").isIn("string", "integer");

    Schema<?> next = answer.get((String) paging.get("nextCursorField"));
    assertThat(next).as("nextCursorField '%s' in the answer of %s", paging.get("nextCursorField"), op).isNotNull();
    assertThat(next.getType()).as("type of nextCursorField").isEqualTo(cursorSchema.getType());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void theGeneratedCatalogCarriesThePagination(Spec.Op op) {
    Map<String, Object> paging = pagination(op);
    WeComOperation.Pagination generated = WeComOperations.byId(op.id()).orElseThrow().pagination();
    if (paging == null) {
      assertThat(generated).as("pagination of %s in the catalog", op).isNull();
      return;
    }
    boolean offset = "offset".equals(paging.get("style"));
    assertThat(generated).as("pagination of %s in the catalog", op).isEqualTo(new WeComOperation.Pagination(
        offset ? "offset" : "cursor",
        (String) paging.get(offset ? "offsetParam" : "cursorParam"),
        (String) paging.get(offset ? "nextOffsetField" : "nextCursorField"),
        (String) paging.get("itemsField"),
        (String) paging.get("limitParam"),
        (String) paging.get("hasMoreField"),
        (String) paging.get("lastPageField")));
  }

  private static Schema<?> requestField(Spec.Op op, String name) {
    return op.method().equals("GET") ? schemaOf(queryParameters(op).get(name)) : requestProperties(op).get(name);
  }

  @Test
  void theKnownCursorPagedOperationsAreMarked() {
    assertThat(operations().filter(op -> pagination(op) != null).map(Spec.Op::id)).contains("listUserIds",
        "batchGetExternalContactsByUser", "listGroupChats", "getGroupMsgListV2", "getExternalContact");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> pagination(Spec.Op op) {
    Map<String, Object> extensions = op.operation().getExtensions();
    return extensions == null ? null : (Map<String, Object>) extensions.get(EXTENSION);
  }

  private static Map<String, Parameter> queryParameters(Spec.Op op) {
    Map<String, Parameter> query = new HashMap<>();
    if (op.operation().getParameters() != null) {
      op.operation().getParameters().stream().filter(p -> "query".equals(p.getIn()))
          .forEach(p -> query.put(p.getName(), p));
    }
    return query;
  }

  private static Schema<?> schemaOf(Parameter parameter) {
    return parameter == null ? null : parameter.getSchema();
  }

  private static Map<String, Schema> requestProperties(Spec.Op op) {
    if (op.operation().getRequestBody() == null) {
      return Map.of();
    }
    return properties(op.operation().getRequestBody().getContent().get("application/json"));
  }

  private static Map<String, Schema> responseProperties(Spec.Op op) {
    return properties(op.operation().getResponses().get("200").getContent().get("application/json"));
  }

  /** The field at a dotted path ({@code file_list.item}) of the answer's properties, or {@code null}. */
  private static Schema<?> path(Map<String, Schema> answer, String dotted) {
    String[] names = dotted.split("\\.");
    Schema<?> field = answer.get(names[0]);
    for (int i = 1; i < names.length && field != null; i++) {
      Map<String, Schema> nested = new HashMap<>();
      collect(field, nested);
      field = nested.get(names[i]);
    }
    return field;
  }

  private static Map<String, Schema> properties(MediaType json) {
    Map<String, Schema> all = new HashMap<>();
    if (json != null) {
      collect(json.getSchema(), all);
    }
    return all;
  }

  private static void collect(Schema<?> schema, Map<String, Schema> into) {
    if (schema == null) {
      return;
    }
    if (schema.getProperties() != null) {
      into.putAll(schema.getProperties());
    }
    if (schema.getAllOf() != null) {
      schema.getAllOf().forEach(part -> collect(part, into));
    }
  }
}
