package io.wecom.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OperationCompletenessTest {

  private static final Set<String> TOKEN_ENDPOINTS = Set.of("getToken", "getSuiteToken", "getProviderToken");
  private static final String DOC_PAGE = "https://developer.work.weixin.qq.com/document/path/";

  static Stream<Spec.Op> operations() {
    return Spec.operations(Spec.asWritten().getOpenAPI()).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void hasCamelCaseOperationIdOneDomainTagAndABilingualSummary(Spec.Op op) {
    assertThat(op.id()).as("operationId").isNotBlank().matches("[a-z][A-Za-z0-9]*");
    assertThat(op.operation().getTags()).as("tags").hasSize(1);
    assertThat(Spec.tagNames()).as("tag").contains(op.operation().getTags().get(0));
    assertThat(op.operation().getSummary()).as("summary").matches("[ -~]+ \\(.*\\p{IsHan}.*\\)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void linksItsOfficialPage(Spec.Op op) {
    assertThat(op.operation().getDescription()).as("description").contains(DOC_PAGE);
    assertThat(op.operation().getExternalDocs()).as("externalDocs").isNotNull();
    assertThat(op.operation().getExternalDocs().getUrl()).as("externalDocs.url").startsWith(DOC_PAGE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void statesItsTokenAsExactlyOneSecurityRequirementOrNone(Spec.Op op) {
    var security = op.operation().getSecurity();
    assertThat(security).as("operation-level security").isNotNull();
    if (TOKEN_ENDPOINTS.contains(op.id())) {
      assertThat(security).as("token endpoints need no token").isEmpty();
    } else if (!security.isEmpty()) {
      assertThat(security).hasSize(1);
      assertThat(security.get(0).keySet()).hasSize(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void decidesWhetherRepeatingItIsSafe(Spec.Op op) {
    assertThat(op.operation().getExtensions()).as("extensions").isNotNull();
    assertThat(op.operation().getExtensions().get("x-wecom-idempotent")).as("x-wecom-idempotent")
        .isInstanceOf(Boolean.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void hasASummaryThatNeedsNoEscaping(Spec.Op op) {
    assertThat(op.operation().getSummary()).as("summary (it becomes a Java string)").doesNotContain("\"", "\\");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void hasAJsonResponseWithSchemaAndExample(Spec.Op op) {
    ApiResponse ok = op.operation().getResponses().get("200");
    assertThat(ok).as("200 response").isNotNull();
    MediaType json = ok.getContent().get("application/json");
    assertThat(json).as("application/json response").isNotNull();
    assertThat(json.getSchema()).as("response schema").isNotNull();
    assertThat(Examples.of(json)).as("response example").isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void hasARequestExampleWhenItHasABody(Spec.Op op) {
    if (op.method().equals("GET")) {
      assertThat(op.operation().getRequestBody()).as("GET has no body").isNull();
      return;
    }
    if (op.operation().getRequestBody() == null) {
      return;
    }
    var content = op.operation().getRequestBody().getContent();
    assertThat(content.keySet()).as("request media types (JSON, or a multipart/form-data upload)")
        .hasSize(1).containsAnyOf(Spec.JSON, Spec.MULTIPART);
    MediaType body = content.values().iterator().next();
    assertThat(body.getSchema()).as("request schema").isNotNull();
    assertThat(body.getSchema().get$ref()).as("request schema is a named component").isNotNull();
    assertThat(Examples.of(body)).as("request example").isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void declaresNoTokenQueryParameterOfItsOwn(Spec.Op op) {
    List<String> names = op.operation().getParameters() == null ? List.of()
        : op.operation().getParameters().stream().map(p -> p.getName()).toList();
    assertThat(names).doesNotContain("access_token", "suite_access_token", "provider_access_token", "key",
        "device_access_token", "model_access_token");
  }

  @Test
  void operationIdsAreUnique() {
    Set<String> seen = new HashSet<>();
    operations().forEach(op -> assertThat(seen.add(op.id())).as("duplicate operationId %s", op.id()).isTrue());
  }
}
