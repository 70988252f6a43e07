package io.wecom.client.token.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.wecom.client.WeComClient;
import io.wecom.client.testing.FakeWeCom;
import io.wecom.client.token.TokenKind;
import io.wecom.client.token.redis.RedisTokenStoreConfig.WhenUnavailable;
import io.wecom.client.token.redis.testing.RedisServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * With the client's and the stores' loggers at TRACE, through fetches, rejections and an outage, no secret, token
 * or ticket shows up in a log line, an exception message or a toString(). Lettuce's own loggers stay at INFO: at
 * DEBUG and TRACE Lettuce prints command replies and raw bytes, as the README says.
 */
class SecretsStaySecretWithRedisTest {

  @RegisterExtension
  static final RedisServer redis = new RedisServer();

  private static final List<String> SECRETS = List.of("corp-s3cret", "suite-s3cret", "ticket-0001", "TOKEN-");

  private final FakeWeCom wecom = new FakeWeCom();
  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private final List<String> texts = new ArrayList<>();
  private final Logger wecomLogs = (Logger) LoggerFactory.getLogger("io.wecom");
  private Logger root;

  @BeforeEach
  void captureEverything() {
    root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    wecomLogs.setLevel(Level.TRACE);
    captured.start();
    root.addAppender(captured);
  }

  @AfterEach
  void restore() {
    root.detachAppender(captured);
    wecomLogs.setLevel(null);
    wecom.close();
  }

  @Test
  void noSecretTokenOrTicketAppearsInLogsExceptionsOrToString() {
    RedisTokenStoreConfig fallback = RedisTokenStoreConfig.custom().whenUnavailable(WhenUnavailable.LOCAL_FALLBACK)
        .build();
    try (RedisTokenStore tokens = RedisTokenStore.create(redis.uri(), fallback);
        RedisTokenStore failing = RedisTokenStore.create(redis.uri(), RedisTokenStoreConfig.ofDefaults());
        RedisSuiteTicketStore tickets = RedisSuiteTicketStore.create(redis.uri(), "suite-1", fallback)) {
      WeComClient client = WeComClient.builder().baseUrl(wecom.baseUrl()).corpId("ww-corp").secret("corp-s3cret")
          .suite("suite-1", "suite-s3cret", tickets).tokenStore(tokens).build();
      WeComClient strict = WeComClient.builder().baseUrl(wecom.baseUrl()).corpId("ww-corp").secret("corp-s3cret")
          .tokenStore(failing).build();
      tickets.store("ticket-0001");
      client.contacts().getUser("zhangsan");
      client.tokenProvider(TokenKind.SUITE_ACCESS_TOKEN).orElseThrow().token();
      wecom.expireAllTokens();
      client.contacts().getUser("zhangsan");

      redis.stop();
      client.contacts().getUser("zhangsan");
      tickets.currentTicket();
      collect(catchThrowable(() -> strict.contacts().getUser("zhangsan")));
      texts.add(tokens.toString());
      texts.add(tickets.toString());
      texts.add(client.toString());
    }

    captured.list.forEach(e -> {
      texts.add(e.getFormattedMessage());
      for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
        texts.add(t.getMessage());
      }
    });
    assertThat(texts).as("texts checked").hasSizeGreaterThan(5)
        .anySatisfy(t -> assertThat(t).contains("is unavailable"))
        .anySatisfy(t -> assertThat(t).contains("fetched a new access_token"))
        .anySatisfy(t -> assertThat(t).startsWith("Redis failed get"));
    for (String secret : SECRETS) {
      assertThat(texts).noneMatch(t -> t != null && t.contains(secret));
    }
  }

  private void collect(Throwable thrown) {
    assertThat(thrown).isNotNull();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      texts.add(t.getMessage());
      texts.add(t.toString());
    }
  }
}
