package io.wecom.spec;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Headers;
import feign.Param;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A multipart/form-data upload is held to what the JSON bodies get from the round trip: every part is a described
 * property of the form schema (a file part a binary string, other parts plain values), every example names only
 * those parts, and the generated method sends each part as a {@code @Param} of that name, with the multipart
 * content type.
 */
class MultipartBodiesTest {

  static Stream<Spec.Op> multipartOperations() {
    return Spec.operations(Spec.resolved()).stream().filter(op -> Spec.MULTIPART.equals(op.requestMediaType()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("multipartOperations")
  void everyPartIsADescribedPropertyAndAFilePartIsBinary(Spec.Op op) {
    Map<String, Schema<?>> parts = parts(op);
    assertThat(parts).as("form parts").isNotEmpty();
    parts.forEach((name, part) -> {
      assertThat(part.getDescription()).as("description of part %s", name).isNotBlank();
      assertThat(part.getType()).as("type of part %s (files are binary strings)", name)
          .isIn("string", "integer", "boolean");
      if ("string".equals(part.getType()) && part.getFormat() != null) {
        assertThat(part.getFormat()).as("format of part %s", name).isIn("binary", "int64");
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("multipartOperations")
  void examplesNameOnlyDeclaredParts(Spec.Op op) {
    Map<String, Schema<?>> parts = parts(op);
    ExampleCase.all().stream()
        .filter(c -> c.op().id().equals(op.id()) && c.direction().equals("request"))
        .forEach(c -> assertThat(((Map<?, ?>) c.value()).keySet().stream().map(String::valueOf).toList())
            .as("parts of example %s", c)
            .isSubsetOf(parts.keySet())
            .containsAll(c.schema().getRequired() == null ? List.of() : c.schema().getRequired()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("multipartOperations")
  void theGeneratedMethodSendsEachPartAsAParamWithTheMultipartContentType(Spec.Op op) {
    Method method = ExampleCase.javaMethod(op);
    assertThat(method.getAnnotation(Headers.class).value()).as("headers of %s", method.getName())
        .contains("Content-Type: multipart/form-data");
    Map<String, Class<?>> params = new LinkedHashMap<>();
    for (Parameter p : method.getParameters()) {
      assertThat(p.isAnnotationPresent(Param.class)).as("%s of %s is a @Param", p, method.getName()).isTrue();
      params.put(p.getAnnotation(Param.class).value(), p.getType());
    }
    parts(op).forEach((name, part) -> {
      assertThat(params).as("parameters of %s", method.getName()).containsKey(name);
      if ("binary".equals(part.getFormat())) {
        assertThat(params.get(name)).as("type of file part %s", name).isEqualTo(feign.form.FormData.class);
      }
    });
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Map<String, Schema<?>> parts(Spec.Op op) {
    Schema<?> form = op.operation().getRequestBody().getContent().get(Spec.MULTIPART).getSchema();
    assertThat(form.getType()).as("form schema type").isEqualTo("object");
    return form.getProperties() == null ? Map.of() : (Map) new LinkedHashMap<>(form.getProperties());
  }
}
