package io.wecom.client.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wecom.client.WeComClient;
import io.wecom.client.message.internal.Recipients;
import io.wecom.client.testing.FakeWeCom;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Sends through a real {@link WeComClient} to a {@link FakeWeCom} and compares the JSON that went over the wire with
 * an official example, as trees: field names, nesting and values. Numbers compare by value, and the recipient
 * lists as lists, since WeCom's examples write {@code "TagID1 | TagID2"} with spaces the client does not send.
 * Register it with {@code @RegisterExtension}; it stops the fake after each test.
 */
final class WireFormat implements AfterEachCallback {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> RECIPIENT_FIELDS = List.of("touser", "toparty", "totag");
  private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> {
    if (a.isNumber() && b.isNumber()) {
      return new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText()));
    }
    return a.equals(b) ? 0 : 1;
  };

  final FakeWeCom wecom = new FakeWeCom();
  final WeComClient client = WeComClient.builder().baseUrl(wecom.baseUrl()).corpId("ww-corp").secret("s3cret")
      .build();

  /** The body of the one request that went to {@code path}. */
  JsonNode sentTo(String path) {
    assertThat(wecom.requests(path)).as("requests to %s", path).hasSize(1);
    try {
      return JSON.readTree(wecom.requests(path).get(0).body());
    } catch (Exception e) {
      throw new AssertionError("body sent to " + path + " is not JSON", e);
    }
  }

  static void assertSameJson(JsonNode sent, JsonNode example) {
    JsonNode actual = normalized(sent);
    JsonNode expected = normalized(example);
    assertThat(actual.equals(SAME_VALUE, expected))
        .as("the JSON sent%n  sent:    %s%n  example: %s", actual, expected)
        .isTrue();
  }

  private static JsonNode normalized(JsonNode body) {
    ObjectNode copy = body.deepCopy();
    for (String field : RECIPIENT_FIELDS) {
      if (copy.has(field)) {
        copy.put(field, String.join("|", Recipients.split(copy.get(field).asText())));
      }
    }
    return copy;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    wecom.close();
  }
}
