package io.wecom.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.swagger.v3.core.util.Json;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every request and response example validates against its schema, checked by a real JSON Schema validator. */
class ExamplesMatchSchemasTest {

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDialect(Dialects.getOpenApi30());

  @TestFactory
  Stream<DynamicTest> everyExampleValidatesAgainstItsSchema() {
    return ExampleCase.all().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
      var schema = REGISTRY.getSchema(Json.mapper().writeValueAsString(c.schema()), InputFormat.JSON);
      var errors = schema.validate(Examples.json(c.value()), InputFormat.JSON);
      assertThat(errors).as("schema errors of %s", c).isEmpty();
    }));
  }

  @TestFactory
  Stream<DynamicTest> theValidatorRejectsAWrongType() {
    return ExampleCase.all().stream()
        .filter(c -> c.direction().equals("response"))
        .limit(1)
        .map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
          var schema = REGISTRY.getSchema(Json.mapper().writeValueAsString(c.schema()), InputFormat.JSON);
          assertThat(schema.validate("{\"errcode\":\"zero\"}", InputFormat.JSON)).isNotEmpty();
        }));
  }
}
