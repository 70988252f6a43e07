package io.wecom.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

class SpecParsesTest {

  @Test
  void specParsesWithNoErrorsAndNoWarnings() {
    SwaggerParseResult result = Spec.asWritten();

    assertThat(result.getMessages()).as("swagger-parser messages").isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.0.3");
  }

  @Test
  void declaresEveryCredentialOfTheDocsAsAQueryApiKey() {
    var schemes = Spec.asWritten().getOpenAPI().getComponents().getSecuritySchemes();

    assertThat(schemes).containsOnlyKeys("access_token", "suite_access_token", "provider_access_token",
        "device_access_token", "model_access_token", "webhook_key");
    schemes.forEach((name, scheme) -> {
      assertThat(scheme.getType().toString()).as(name).isEqualTo("apiKey");
      assertThat(scheme.getIn().toString()).as(name).isEqualTo("query");
      assertThat(scheme.getName()).as(name).isEqualTo(name.equals("webhook_key") ? "key" : name);
    });
  }
}
