package io.wecom.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** spec/errcodes.yaml is well-formed data, and classes the codes the client acts on as the client expects. */
class ErrorCodeTableTest {

  private static final Set<String> CLASSES = Set.of("ok", "token_invalid", "invalid_credential", "system_busy",
      "rate_limited", "permission_denied", "bad_request", "other");
  private static final Set<String> TOKEN_KINDS = Set.of("access_token", "suite_access_token", "provider_access_token",
      "device_access_token", "model_access_token");

  private static JsonNode codes;

  @BeforeAll
  static void load() throws Exception {
    codes = new ObjectMapper(new YAMLFactory()).readTree(Spec.ENTRY.resolveSibling("errcodes.yaml").toFile()).get("codes");
  }

  @Test
  void everyRowHasAUniqueCodeAUniqueNameAMeaningAndAKnownClass() {
    Set<Integer> seen = new HashSet<>();
    Set<String> names = new HashSet<>();
    assertThat(codes.size()).isGreaterThan(1000);
    for (JsonNode row : codes) {
      assertThat(row.get("code").isInt()).as("code of %s", row).isTrue();
      assertThat(seen.add(row.get("code").asInt())).as("duplicate code %s", row.get("code")).isTrue();
      assertThat(row.path("name").asText()).as("name of %s", row.get("code")).matches("[a-z0-9_]+");
      assertThat(names.add(row.get("name").asText())).as("duplicate name %s", row.get("name")).isTrue();
      assertThat(row.path("message").asText()).as("message of %s", row.get("code")).isNotBlank();
      assertThat(row.path("meaning").asText()).as("meaning of %s", row.get("code")).isNotBlank();
      assertThat(CLASSES).as("class of %s", row.get("code")).contains(row.path("class").asText());
      boolean tokenInvalid = row.path("class").asText().equals("token_invalid");
      assertThat(row.has("token_kinds")).as("token_kinds of %s", row.get("code")).isEqualTo(tokenInvalid);
      row.path("token_kinds").forEach(k -> assertThat(TOKEN_KINDS).contains(k.asText()));
    }
  }

  @Test
  void classesTheCodesTheClientActsOn() {
    assertThat(classOf(0)).isEqualTo("ok");
    assertThat(classOf(42001)).isEqualTo("token_invalid");
    assertThat(classOf(40014)).isEqualTo("token_invalid");
    assertThat(classOf(41001)).isEqualTo("token_invalid");
    assertThat(classOf(42009)).isEqualTo("token_invalid");
    assertThat(classOf(40082)).isEqualTo("token_invalid");
    assertThat(classOf(40001)).as("a bad secret is not an expired token").isEqualTo("invalid_credential");
    assertThat(classOf(-1)).isEqualTo("system_busy");
    assertThat(classOf(45009)).isEqualTo("rate_limited");
    assertThat(classOf(45033)).isEqualTo("rate_limited");
    assertThat(classOf(60020)).isEqualTo("permission_denied");
    assertThat(classOf(48002)).isEqualTo("permission_denied");
  }

  private static String classOf(int code) {
    for (JsonNode row : codes) {
      if (row.get("code").asInt() == code) {
        return row.get("class").asText();
      }
    }
    return "missing";
  }
}
