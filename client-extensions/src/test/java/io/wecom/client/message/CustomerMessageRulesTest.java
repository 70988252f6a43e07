package io.wecom.client.message;

import static io.wecom.client.message.CustomerMessageLimits.welcome;
import static io.wecom.client.message.CustomerMessageLimits.withAttachment;

import io.wecom.client.model.AttachmentImage;
import io.wecom.client.model.AttachmentVideo;
import io.wecom.client.testing.Refusals;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules of welcome messages (92137) and mass messages (92135) to customers besides sizes. */
class CustomerMessageRulesTest {

  static Stream<Arguments> brokenMessages() {
    return Stream.of(
        broken("a welcome message with neither text nor attachments", "text", () -> welcome().build()),
        broken("a welcome message without welcome code", "welcome_code",
            () -> WelcomeMessage.forCode(null).text("hi").build()),
        broken("an image attachment with neither media_id nor pic_url", "attachments[0].image",
            () -> withAttachment(Attachments.image(new AttachmentImage()))),
        broken("an attachment whose object is not the one msgtype names", "attachments[0].video",
            () -> withAttachment(Attachments.link("t", "https://a.b").video(new AttachmentVideo().mediaId("M")))),
        broken("a link without url", "attachments[0].link.url", () -> withAttachment(Attachments.link("t", null))),
        broken("a mini-program card without cover", "attachments[0].miniprogram.pic_media_id",
            () -> withAttachment(Attachments.miniprogram("t", null, "wx1", "/index"))),
        broken("a mass message to customers chosen by nothing", "sender",
            () -> MassMessage.toCustomers().text("x").build()),
        broken("group chats in a mass message to customers", "chat_id_list",
            () -> MassMessage.toCustomers().sender("zhangsan").chats("wr1").text("x").build()),
        broken("customers in a mass message to group chats", "external_userid",
            () -> MassMessage.toGroupChats("zhangsan").customers("wm1").text("x").build()),
        broken("re-selection in a mass message to group chats", "allow_select",
            () -> MassMessage.toGroupChats("zhangsan").allowSelect(true).text("x").build()),
        broken("a mass message to group chats without sender", "sender",
            () -> MassMessage.toGroupChats(null).text("x").build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenMessages")
  void aMessageBreakingARuleIsRefusedNamingTheField(String what, String field, Supplier<Object> message) {
    Refusals.assertRefused(what, field, message::get);
  }

  private static Arguments broken(String what, String field, Supplier<Object> message) {
    return Arguments.of(what, field, message);
  }
}
