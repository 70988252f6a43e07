package io.wecom.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.wecom.sandbox.internal.SpecCatalog;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation of the spec: a valid request (the spec's own example) gets an answer that fits the spec, a file
 * for a download.
 */
class EveryOperationTest {

  /** Values for required query parameters that point at the sandbox's seed data. */
  private static final Map<String, String> QUERY_VALUES = Map.ofEntries(Map.entry("userid", "zhangsan"),
      Map.entry("id", "3"), Map.entry("tagid", "1"), Map.entry("department_id", "1"), Map.entry("agentid", "1000002"),
      Map.entry("corpid", "ww-sandbox"), Map.entry("corpsecret", "any"), Map.entry("code", "CODE"),
      Map.entry("external_userid", "woAJ2GCAAAXtWyujaWJHDDGi0mACHAAA"), Map.entry("size_type", "1"));

  /**
   * The seed holds the corp of the spec's examples, so the create examples meet what they create and are refused
   * as WeCom refuses duplicates; the addtagusers example names only members and a department that corp lacks.
   */
  private static final Map<String, Integer> EXPECTED_REFUSALS = Map.of("createDepartment", 60008,
      "createUser", 60102, "createTag", 40071, "addTagUsers", 40070);

  private static WeComSandbox sandbox;
  private static SandboxHttp http;
  private static OpenAPI spec;

  @BeforeAll
  static void start() throws Exception {
    sandbox = WeComSandbox.start();
    http = new SandboxHttp(sandbox.baseUrl());
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    String text = new String(SpecCatalog.class.getResourceAsStream(SpecCatalog.BUNDLED_SPEC).readAllBytes(),
        StandardCharsets.UTF_8);
    spec = new OpenAPIV3Parser().readContents(text, null, options).getOpenAPI();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @TestFactory
  Stream<DynamicTest> aValidRequestGetsAnAnswerThatValidatesAgainstTheResponseSchema() {
    List<DynamicTest> tests = new ArrayList<>();
    SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getOpenApi30());
    spec.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) ->
        tests.add(DynamicTest.dynamicTest(op.getOperationId(), () -> {
          sandbox.scenario().resetContacts();
          if (Boolean.TRUE.equals(extension(op, "x-wecom-download"))) {
            var file = http.send(method.name(), path, query(op), body(op));
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
            assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment; filename="));
            assertThat(file.body()).isNotEmpty();
            return;
          }
          JsonNode answer = op.getRequestBody() != null
              && op.getRequestBody().getContent().containsKey("multipart/form-data")
              ? http.upload(path, query(op), "media", "wework.txt", "mytext")
              : http.call(method.name(), path, query(op), body(op));

          var schema = op.getResponses().get("200").getContent().get("application/json").getSchema();
          var validator = registry.getSchema(Json.mapper().writeValueAsString(schema), InputFormat.JSON);
          assertThat(validator.validate(answer.toString(), InputFormat.JSON)).as("answer %s", answer).isEmpty();
          int expected = EXPECTED_REFUSALS.getOrDefault(op.getOperationId(), 0);
          assertThat(answer.path("errcode").asInt()).as("errcode of %s", answer).isEqualTo(expected);
        }))));
    return tests.stream();
  }

  private static Map<String, String> query(Operation op) throws Exception {
    Map<String, String> query = new LinkedHashMap<>();
    if (op.getParameters() != null) {
      op.getParameters().stream().filter(p -> Boolean.TRUE.equals(p.getRequired()))
          .forEach(p -> query.put(p.getName(), valueOf(p)));
    }
    if (op.getSecurity() != null && !op.getSecurity().isEmpty()) {
      String kind = op.getSecurity().get(0).keySet().iterator().next();
      switch (kind) {
        case "suite_access_token" -> query.put(kind, http.suiteToken());
        case "provider_access_token" -> query.put(kind, http.providerToken());
        case "webhook_key" -> query.put("key", "ROBOT-KEY");
        case "device_access_token", "model_access_token" -> query.put(kind, "SOME-TOKEN");
        default -> query.put(kind, http.accessToken());
      }
    }
    return query;
  }

  /** A value the parameter accepts: the seed's, else the first of its enum, else its example, else "x". */
  private static String valueOf(io.swagger.v3.oas.models.parameters.Parameter parameter) {
    var schema = parameter.getSchema();
    if (schema != null && schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      return String.valueOf(schema.getEnum().get(0));
    }
    if (QUERY_VALUES.containsKey(parameter.getName())) {
      return QUERY_VALUES.get(parameter.getName());
    }
    Object example = parameter.getExample() != null ? parameter.getExample()
        : schema == null ? null : schema.getExample();
    if (example != null) {
      return String.valueOf(example);
    }
    return schema != null && "integer".equals(schema.getType()) ? "1" : "x";
  }

  private static Object extension(Operation op, String name) {
    return op.getExtensions() == null ? null : op.getExtensions().get(name);
  }

  private static String body(Operation op) throws Exception {
    if (op.getRequestBody() == null) {
      return null;
    }
    MediaType json = op.getRequestBody().getContent().get("application/json");
    Object example = json.getExample() != null ? json.getExample()
        : json.getExamples().values().iterator().next().getValue();
    return Json.mapper().writeValueAsString(example);
  }
}
