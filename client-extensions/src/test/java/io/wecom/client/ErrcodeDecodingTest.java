package io.wecom.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.wecom.client.error.BadRequestException;
import io.wecom.client.error.PermissionDeniedException;
import io.wecom.client.error.RateLimitedException;
import io.wecom.client.error.SystemBusyException;
import io.wecom.client.error.WeComApiException;
import io.wecom.client.error.WeComException;
import io.wecom.client.error.WeComTransportException;
import io.wecom.client.testing.FakeWeCom;
import io.wecom.client.testing.FakeWeCom.Answer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.stream.Stream;
import io.wecom.client.resilience.ResilienceConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Given a WeCom answer, when a call is made, then the caller gets the model or the right exception. */
class ErrcodeDecodingTest {

  private static final String USER_GET = "/cgi-bin/user/get";

  private final FakeWeCom wecom = new FakeWeCom();

  @AfterEach
  void stop() {
    wecom.close();
  }

  private WeComClient client() {
    return WeComClient.builder().baseUrl(wecom.baseUrl()).corpId("ww-corp").secret("s3cret")
        .resilience(ResilienceConfig.disabled()).build();
  }

  static Stream<Arguments> errcodes() {
    return Stream.of(
        Arguments.of(-1, SystemBusyException.class),
        Arguments.of(6000, SystemBusyException.class),
        Arguments.of(45009, RateLimitedException.class),
        Arguments.of(45033, RateLimitedException.class),
        Arguments.of(60020, PermissionDeniedException.class),
        Arguments.of(48002, PermissionDeniedException.class),
        Arguments.of(40003, BadRequestException.class),
        Arguments.of(60111, BadRequestException.class),
        Arguments.of(987654321, WeComApiException.class));
  }

  @ParameterizedTest(name = "errcode {0} -> {1}")
  @MethodSource("errcodes")
  void eachErrcodeBecomesTheExceptionOfItsClass(int errcode, Class<? extends WeComException> expected) {
    WeComClient client = client();
    wecom.enqueue(USER_GET, FakeWeCom.error(errcode, "some error"));

    Throwable thrown = catchThrowable(() -> client.contacts().getUser("zhangsan"));

    assertThat(thrown).isExactlyInstanceOf(expected);
    WeComException e = (WeComException) thrown;
    assertThat(e.errcode()).isEqualTo(errcode);
    assertThat(e.operation()).isEqualTo("getUser");
    assertThat(e.httpStatus()).isEqualTo(200);
    assertThat(e.hint()).isEqualTo("1700000000_12_abcdef");
    assertThat(e.fromIp()).isEqualTo("203.0.113.7");
    assertThat(e.errmsg()).startsWith("some error");
    assertThat(e.getMessage()).contains("getUser", String.valueOf(errcode));
    assertThat(wecom.count(USER_GET)).as("no retry inside the client").isEqualTo(1);
  }

  @Test
  void theIpErrorSaysWhatToFix() {
    WeComClient client = client();
    wecom.enqueue(USER_GET, FakeWeCom.error(60020, "not allow to access from your ip"));

    PermissionDeniedException e =
        catchThrowableOfType(PermissionDeniedException.class, () -> client.contacts().getUser("x"));

    assertThat(e.getMessage()).contains("203.0.113.7", "企业可信IP", "IP白名单");
  }

  @Test
  void errcodeZeroGivesTheTypedModel() {
    WeComClient client = client();
    wecom.enqueue(USER_GET, Answer.json(
        "{\"errcode\":0,\"errmsg\":\"ok\",\"userid\":\"zhangsan\",\"name\":\"张三\",\"department\":[1,2],"
            + "\"gender\":\"1\",\"some_new_field\":{\"x\":1}}"));

    var user = client.contacts().getUser("zhangsan");

    assertThat(user.getUserid()).isEqualTo("zhangsan");
    assertThat(user.getName()).isEqualTo("张三");
    assertThat(user.getDepartment()).containsExactly(1L, 2L);
    assertThat(user.getGender()).hasToString("1");
  }

  @Test
  void anUnknownEnumValueDoesNotBreakDecoding() {
    WeComClient client = client();
    wecom.enqueue(USER_GET, Answer.json("{\"errcode\":0,\"errmsg\":\"ok\",\"userid\":\"u\",\"gender\":\"9\"}"));

    var user = client.contacts().getUser("u");

    assertThat(user.getUserid()).isEqualTo("u");
    assertThat(user.getGender()).isEqualTo(io.wecom.client.model.GetUserResponse.GenderEnum.UNKNOWN_DEFAULT_OPEN_API);
  }

  static Stream<Arguments> badAnswers() {
    return Stream.of(
        Arguments.of("an HTML 502 page", new Answer(502, "text/html",
            "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"), 502, "502 Bad Gateway"),
        Arguments.of("an HTML page with status 200", new Answer(200, "text/html", "<html>maintenance</html>"), 200,
            "maintenance"),
        Arguments.of("an empty body", new Answer(200, "application/json", ""), 200, ""),
        Arguments.of("a truncated body", Answer.json("{\"errcode\":0,\"errmsg\":\"ok\",\"userid\":\"zha"), 200,
            "userid"),
        Arguments.of("a JSON array", Answer.json("[1,2]"), 200, "[1,2]"),
        Arguments.of("a non-integer errcode", Answer.json("{\"errcode\":\"x\"}"), 200, "errcode"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badAnswers")
  void anAnswerThatIsNotAWeComAnswerIsATransportError(String what, Answer answer, int status, String excerpt) {
    WeComClient client = client();
    wecom.enqueue(USER_GET, answer);

    WeComTransportException e = catchThrowableOfType(WeComTransportException.class, () -> client.contacts().getUser("x"));

    assertThat(e.httpStatus()).isEqualTo(status);
    assertThat(e.bodyExcerpt()).contains(excerpt);
    assertThat(e.errcode()).isNull();
    assertThat(e.operation()).isEqualTo("getUser");
    assertThat(e.requestSent()).isTrue();
  }

  @Test
  void aConnectionClosedMidAnswerIsATransportErrorThatMayHaveBeenSent() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread acceptor = new Thread(() -> {
        try (Socket s = server.accept()) {
          s.getInputStream().read(new byte[1024]);
          s.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"errcode\":0".getBytes());
        } catch (Exception ignored) {
          // the client sees the cut
        }
      });
      acceptor.start();
      WeComClient client = WeComClient.builder().baseUrl("http://127.0.0.1:" + server.getLocalPort())
          .tokenProvider(new FixedTokenProvider()).resilience(ResilienceConfig.disabled()).build();

      WeComTransportException e = catchThrowableOfType(WeComTransportException.class,
          () -> client.contacts().getUser("x"));

      assertThat(e.requestSent()).isTrue();
      assertThat(e.operation()).isEqualTo("getUser");
      acceptor.join(5000);
    }
  }

  @Test
  void aRefusedConnectionIsATransportErrorThatSentNothing() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    WeComClient client = WeComClient.builder().baseUrl("http://127.0.0.1:" + port)
        .connectTimeout(Duration.ofSeconds(2)).tokenProvider(new FixedTokenProvider())
        .resilience(ResilienceConfig.disabled()).build();

    WeComTransportException e = catchThrowableOfType(WeComTransportException.class, () -> client.contacts().getUser("x"));

    assertThat(e.requestSent()).isFalse();
    assertThat(e.getMessage()).contains("nothing was sent");
  }

  @Test
  void aReadTimeoutIsATransportErrorThatMayHaveBeenSent() {
    wecom.on(USER_GET, r -> {
      try {
        Thread.sleep(1500);
      } catch (InterruptedException ignored) {
        Thread.currentThread().interrupt();
      }
      return Answer.json("{\"errcode\":0}");
    });
    WeComClient client = WeComClient.builder().baseUrl(wecom.baseUrl()).corpId("ww-corp").secret("s3cret")
        .readTimeout(Duration.ofMillis(300)).resilience(ResilienceConfig.disabled()).build();

    WeComTransportException e = catchThrowableOfType(WeComTransportException.class, () -> client.contacts().getUser("x"));

    assertThat(e.requestSent()).isTrue();
  }

  /** A provider with a fixed token, for tests that need no token endpoint. */
  static final class FixedTokenProvider implements io.wecom.client.token.TokenProvider {
    @Override
    public io.wecom.client.token.TokenKind kind() {
      return io.wecom.client.token.TokenKind.ACCESS_TOKEN;
    }

    @Override
    public String token() {
      return "FIXED";
    }

    @Override
    public void invalidate(String staleToken) {}
  }
}
