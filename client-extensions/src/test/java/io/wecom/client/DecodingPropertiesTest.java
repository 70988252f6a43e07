package io.wecom.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.wecom.client.error.WeComException;
import io.wecom.client.resilience.ResilienceConfig;
import io.wecom.client.testing.FakeWeCom;
import io.wecom.client.testing.FakeWeCom.Answer;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever body comes back, random or a mutated WeCom answer, a call ends with a model or a {@link WeComException}
 * subtype: never a NullPointerException, a Jackson or Feign exception, or a hang.
 */
class DecodingPropertiesTest {

  private static final String VALID = "{\"errcode\":0,\"errmsg\":\"ok\",\"userid\":\"zhangsan\",\"name\":\"张三\","
      + "\"department\":[1,2],\"gender\":\"1\",\"extattr\":{\"attrs\":[{\"type\":0,\"name\":\"n\",\"text\":{\"value\":\"v\"}}]}}";

  private static FakeWeCom wecom;
  private static WeComClient client;

  @BeforeContainer
  static void start() {
    wecom = new FakeWeCom();
    client = WeComClient.builder().baseUrl(wecom.baseUrl()).corpId("ww-corp").secret("s3cret")
        .readTimeout(Duration.ofSeconds(5)).resilience(ResilienceConfig.disabled()).build();
  }

  @AfterContainer
  static void stop() {
    wecom.close();
  }

  @Property(tries = 300)
  void randomBodiesEndInAModelOrAWeComException(@ForAll("bodies") String body, @ForAll("statuses") int status) {
    wecom.enqueue("/cgi-bin/user/get", new Answer(status, "application/json", body));

    Throwable thrown = catchThrowable(() -> client.user().getUser("zhangsan"));

    assertThat(thrown == null || thrown instanceof WeComException).as("thrown: %s", thrown).isTrue();
  }

  @Property(tries = 500)
  void mutatedAnswersEndInAModelOrAWeComException(@ForAll("mutations") String body) {
    wecom.enqueue("/cgi-bin/user/get", Answer.json(body));

    Throwable thrown = catchThrowable(() -> client.user().getUser("zhangsan"));

    assertThat(thrown == null || thrown instanceof WeComException).as("thrown: %s", thrown).isTrue();
  }

  @Provide
  Arbitrary<String> bodies() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(200),
        Arbitraries.strings().withChars("{}[]\":,0123456789-.eEtrufalsn errcodemsg").ofMaxLength(120),
        Arbitraries.of("", "null", "[]", "{}", "0", "\"x\"", "{\"errcode\":null}", "{\"errcode\":1e400}",
            "{\"errcode\":99999999999999999999}", "{\"errcode\":-1.5}", "{\"errcode\":\"0\"}", "{\"errcode\":0,\"userid\":[]}",
            "{\"errcode\":0,\"department\":\"x\"}", "{\"errcode\":0,\"gender\":{}}", "<html>502</html>"));
  }

  @Provide
  Arbitrary<Integer> statuses() {
    return Arbitraries.of(200, 200, 200, 204, 301, 404, 500, 502);
  }

  @Provide
  Arbitrary<String> mutations() {
    Arbitrary<Integer> position = Arbitraries.integers().between(0, VALID.length() - 1);
    Arbitrary<Character> character = Arbitraries.chars().with("{}[]\":,0123456789abc\\ \u0000\u00e9");
    return Arbitraries.oneOf(
        position.map(p -> VALID.substring(0, p)),
        position.map(p -> VALID.substring(0, p) + VALID.substring(p + 1)),
        net.jqwik.api.Combinators.combine(position, character).as((p, c) -> VALID.substring(0, p) + c + VALID.substring(p)),
        net.jqwik.api.Combinators.combine(position, character).as((p, c) -> VALID.substring(0, p) + c + VALID.substring(p + 1)));
  }
}
