package io.wecom.client.message;

import static io.wecom.client.testing.LimitCase.bytes;
import static io.wecom.client.testing.LimitCase.ids;
import static io.wecom.client.testing.LimitCase.items;
import static io.wecom.client.testing.LimitCase.max;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.wecom.client.error.RequestValidationException;
import io.wecom.client.model.Attachment;
import io.wecom.client.model.AttachmentImage;
import io.wecom.client.model.AttachmentLink;
import io.wecom.client.model.AttachmentVideo;
import io.wecom.client.testing.LimitCase;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The limits and rules of welcome messages (92137) and mass messages (92135) to customers. */
class CustomerMessageRulesTest {

  static Stream<LimitCase> limits() {
    return Stream.of(
        max("text.content", 4000, "bytes", n -> welcome().text(bytes(n)).build()),
        max("attachments", 9, "items", n -> welcome().attachments(attachments(n)).build()),
        max("attachments[0].link.title", 128, "bytes", n -> withAttachment(Attachments.link(bytes(n), "https://a.b"))),
        max("attachments[0].link.desc", 512, "bytes", n -> withAttachment(Attachments.link(link().desc(bytes(n))))),
        max("attachments[0].link.url", 2048, "bytes", n -> withAttachment(Attachments.link("t", bytes(n)))),
        max("attachments[0].link.picurl", 2048, "bytes", n -> withAttachment(Attachments.link(link().picurl(bytes(n))))),
        max("attachments[0].miniprogram.title", 64, "bytes",
            n -> withAttachment(Attachments.miniprogram(bytes(n), "MEDIA_ID", "wx1", "/index"))),
        max("text.content", 4000, "bytes", n -> MassMessage.toCustomers().sender("zhangsan").text(bytes(n)).build()),
        max("attachments", 9, "items", n -> MassMessage.toCustomers().sender("zhangsan").attachments(attachments(n))
            .build()),
        max("external_userid", 10_000, "items", n -> MassMessage.toCustomers().customers(ids(n, "wm")).text("x")
            .build()),
        max("chat_id_list", 2_000, "items", n -> MassMessage.toGroupChats("zhangsan")
            .chats(ids(n, "wr").toArray(String[]::new)).text("x").build()),
        max("tag_filter.group_list[0].tag_list", 100, "items", n -> MassMessage.toCustomers()
            .tagFilter(List.of(ids(n, "et"))).text("x").build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limits")
  void aMessageAtTheLimitBuilds(LimitCase limit) {
    limit.passesAtTheLimit();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limits")
  void aMessageOnePastTheLimitIsRefusedNamingFieldSizeAndLimit(LimitCase limit) {
    limit.failsOnePastTheLimit();
  }

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
    RequestValidationException e = catchThrowableOfType(RequestValidationException.class, message::get);

    assertThat(e).as(what).isNotNull();
    assertThat(e.field()).isEqualTo(field);
  }

  private static WelcomeMessage welcome() {
    return WelcomeMessage.forCode("CALLBACK_CODE");
  }

  private static Object withAttachment(Attachment attachment) {
    return welcome().attachments(attachment).build();
  }

  private static AttachmentLink link() {
    return new AttachmentLink().title("t").url("https://a.b");
  }

  private static Attachment[] attachments(long n) {
    return items(n, Attachments.file("MEDIA_ID")).toArray(Attachment[]::new);
  }

  private static Arguments broken(String what, String field, Supplier<Object> message) {
    return Arguments.of(what, field, message);
  }
}
