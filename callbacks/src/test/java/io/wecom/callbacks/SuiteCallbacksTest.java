package io.wecom.callbacks;

import static org.assertj.core.api.Assertions.assertThat;

import io.wecom.callbacks.event.CancelAuthEvent;
import io.wecom.callbacks.event.ChangeAuthEvent;
import io.wecom.callbacks.event.CreateAuthEvent;
import io.wecom.callbacks.event.SuiteTicketEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Suite notices as the official pages show them (推送suite_ticket 90628, 授权通知事件 100964), pushed encrypted and
 * signed for the suite id and read back as typed events; the ticket lands in the handler's store.
 */
class SuiteCallbacksTest {

  private static final Instant CREATED = Instant.ofEpochSecond(1403610513);

  private final TestApp.Receiver app = new TestApp.Receiver();

  @Test
  void aSuiteTicketIsReadAndStored() {
    SuiteTicketEvent event = (SuiteTicketEvent) app.fromSuite("suite_ticket");

    assertThat(event.suiteTicket()).isEqualTo("asdfasfdasdfasdf");
    assertThat(event.header().suiteId()).isEqualTo("ww4asffe99e54c0fxxxx");
    assertThat(event.header().time()).isEqualTo(CREATED);
    assertThat(event.header().corpId()).isNull();
    assertThat(app.handler.suiteTicketStore().currentTicket()).isEqualTo("asdfasfdasdfasdf");
    assertThat(event.toString()).contains("suiteTicket=***").doesNotContain("asdfasfdasdfasdf");
  }

  @Test
  void authorizationNoticesCarryTheCorpTheCodeAndTheState() {
    CreateAuthEvent created = (CreateAuthEvent) app.fromSuite("create_auth");
    ChangeAuthEvent changed = (ChangeAuthEvent) app.fromSuite("change_auth");
    CancelAuthEvent cancelled = (CancelAuthEvent) app.fromSuite("cancel_auth");

    assertThat(created.authCode()).isEqualTo("AUTHCODE");
    assertThat(created.toString()).contains("authCode=***").doesNotContain("AUTHCODE");
    assertThat(created.state()).isEqualTo("123");
    assertThat(created.extraInfo()).isNull();
    assertThat(created.header().suiteId()).isEqualTo("ww4asffe9xxx4c0f4c");
    assertThat(changed.header().corpId()).isEqualTo("wxf8b4f85f3a794e77");
    assertThat(changed.state()).isEqualTo("abc");
    assertThat(cancelled.header().corpId()).isEqualTo("wxf8b4f85fxx794xxx");
    assertThat(cancelled.header().time()).isEqualTo(CREATED);
  }
}
