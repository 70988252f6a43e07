package io.wecom.client;

import io.wecom.client.media.MediaLimits;
import io.wecom.client.message.CustomerMessageLimits;
import io.wecom.client.message.MessageLimits;
import io.wecom.client.message.TemplateCardLimits;
import io.wecom.client.testing.LimitCase;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every limit WeCom documents for messages, template cards, customer messages and uploads: a request at the limit
 * builds, one byte, character, item or second past it is refused with a
 * {@link io.wecom.client.error.RequestValidationException} naming the field, its size and the limit.
 */
class DocumentedLimitsTest {

  static Stream<LimitCase> limits() {
    return Stream.of(MessageLimits.cases(), TemplateCardLimits.cases(), CustomerMessageLimits.cases(),
        MediaLimits.cases()).flatMap(cases -> cases);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limits")
  void aRequestAtTheLimitBuilds(LimitCase limit) {
    limit.passesAtTheLimit();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limits")
  void aRequestOnePastTheLimitIsRefusedNamingFieldSizeAndLimit(LimitCase limit) {
    limit.failsOnePastTheLimit();
  }
}
