package io.wecom.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example deserializes into the generated Java type of its operation and serializes back to the same JSON
 * tree: a field the schema lacks, or a field with the wrong type, makes the trees differ. (Multipart uploads have
 * no body model; {@link MultipartBodiesTest} checks their parts against the generated method.)
 */
class ExamplesRoundTripTest {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .build();

  /** Numbers compare by value, so 1 (int) equals 1 (long); everything else compares exactly. */
  private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> {
    if (a.isNumber() && b.isNumber()) {
      return new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText()));
    }
    return a.equals(b) ? 0 : 1;
  };

  @TestFactory
  Stream<DynamicTest> everyExampleSurvivesARoundTripThroughItsGeneratedModel() {
    return ExampleCase.all().stream().filter(ExampleCase::isJson).map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
      JsonNode original = MAPPER.readTree(Examples.json(c.value()));
      Object model = MAPPER.readValue(original.toString(), MAPPER.constructType(c.javaType()));
      JsonNode back = MAPPER.valueToTree(model);

      assertThat(back.equals(SAME_VALUE, original))
          .as("%s%n  example: %s%n  model:   %s", c, original, back)
          .isTrue();
    }));
  }
}
