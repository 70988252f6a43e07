package io.wecom.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.wecom.client.error.WeComException;
import io.wecom.client.resilience.ResilienceConfig;
import io.wecom.client.testing.FakeWeCom;
import io.wecom.client.testing.FakeWeCom.Answer;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Property tests of decoding: whatever body comes back, random or a mutated WeCom answer, a call ends with a model
 * or a {@link WeComException} subtype, never a NullPointerException, a Jackson or Feign exception, or a hang. Each
 * case is generated from its own seed, which its name shows, so a failure can be replayed.
 */
class DecodingPropertiesTest {

  private static final String VALID = "{\"errcode\":0,\"errmsg\":\"ok\",\"userid\":\"zhangsan\",\"name\":\"张三\","
      + "\"department\":[1,2],\"gender\":\"1\",\"extattr\":{\"attrs\":[{\"type\":0,\"name\":\"n\",\"text\":{\"value\":\"v\"}}]}}";
  private static final List<String> EDGE_CASES = List.of("", "null", "[]", "{}", "0", "\"x\"", "{\"errcode\":null}",
      "{\"errcode\":1e400}", "{\"errcode\":99999999999999999999}", "{\"errcode\":-1.5}", "{\"errcode\":\"0\"}",
      "{\"errcode\":0,\"userid\":[]}", "{\"errcode\":0,\"department\":\"x\"}", "{\"errcode\":0,\"gender\":{}}",
      "<html>502</html>", "{\"errcode\":0,\"errmsg\":\"ok\"", "\uFEFF{\"errcode\":0}");
  private static final String JSON_CHARS = "{}[]\":,0123456789-.eEtrufalsn errcodemsg\\\u0000é";
  private static final int[] STATUSES = {200, 200, 200, 204, 301, 404, 500, 502};

  private static FakeWeCom wecom;
  private static WeComClient client;

  @BeforeAll
  static void start() {
    wecom = new FakeWeCom();
    client = WeComClient.builder().baseUrl(wecom.baseUrl()).corpId("ww-corp").secret("s3cret")
        .readTimeout(Duration.ofSeconds(5)).resilience(ResilienceConfig.disabled()).build();
  }

  @AfterAll
  static void stop() {
    wecom.close();
  }

  @TestFactory
  Stream<DynamicTest> randomBodiesAndStatusesEndInAModelOrAWeComException() {
    return IntStream.range(0, 300).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Random random = new Random(seed);
      String body = switch (random.nextInt(3)) {
        case 0 -> EDGE_CASES.get(random.nextInt(EDGE_CASES.size()));
        case 1 -> randomString(random, JSON_CHARS, 120);
        default -> randomString(random, null, 200);
      };
      assertEndsWell(new Answer(STATUSES[random.nextInt(STATUSES.length)], "application/json", body));
    }));
  }

  @TestFactory
  Stream<DynamicTest> mutatedAnswersEndInAModelOrAWeComException() {
    return IntStream.range(0, 500).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
      Random random = new Random(1_000_000L + seed);
      int at = random.nextInt(VALID.length());
      char c = JSON_CHARS.charAt(random.nextInt(JSON_CHARS.length()));
      String body = switch (random.nextInt(4)) {
        case 0 -> VALID.substring(0, at);
        case 1 -> VALID.substring(0, at) + VALID.substring(at + 1);
        case 2 -> VALID.substring(0, at) + c + VALID.substring(at);
        default -> VALID.substring(0, at) + c + VALID.substring(at + 1);
      };
      assertEndsWell(Answer.json(body));
    }));
  }

  private static void assertEndsWell(Answer answer) {
    wecom.enqueue("/cgi-bin/user/get", answer);

    Throwable thrown = catchThrowable(() -> client.contacts().getUser("zhangsan"));

    assertThat(thrown == null || thrown instanceof WeComException).as("body %s gave %s", answer.body(), thrown).isTrue();
  }

  private static String randomString(Random random, String alphabet, int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(alphabet == null ? (char) random.nextInt(0x3000) : alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }
}
