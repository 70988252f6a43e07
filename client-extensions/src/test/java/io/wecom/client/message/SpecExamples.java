package io.wecom.client.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The official request examples of the spec, read from the copy of {@code spec/} the generated client's jar
 * carries: {@code request("message.yaml", "sendMessage", "SendMessageTextExample")}.
 */
final class SpecExamples {

  private static final ObjectMapper YAML = new YAMLMapper();
  private static final Map<String, JsonNode> DOCUMENTS = new ConcurrentHashMap<>();

  private SpecExamples() {}

  /** The named example of an operation's JSON request body; {@code null} names its single {@code example}. */
  static JsonNode request(String file, String operationId, String name) {
    JsonNode body = document(file).at("/paths/" + operationId + "/post/requestBody/content/application~1json");
    JsonNode example = name == null ? body.path("example") : body.at("/examples/" + name + "/value");
    assertThat(example.isObject()).as("example %s of %s in %s", name, operationId, file).isTrue();
    return example.deepCopy();
  }

  private static JsonNode document(String file) {
    return DOCUMENTS.computeIfAbsent(file, f -> {
      try (InputStream in = SpecExamples.class.getResourceAsStream("/io/wecom/spec/" + f)) {
        assertThat(in).as("spec file %s on the class path", f).isNotNull();
        return YAML.readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
