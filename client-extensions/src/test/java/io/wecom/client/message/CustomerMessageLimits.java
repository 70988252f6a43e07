package io.wecom.client.message;

import static io.wecom.client.testing.LimitCase.bytes;
import static io.wecom.client.testing.LimitCase.ids;
import static io.wecom.client.testing.LimitCase.items;
import static io.wecom.client.testing.LimitCase.max;

import io.wecom.client.model.Attachment;
import io.wecom.client.model.AttachmentLink;
import io.wecom.client.testing.LimitCase;
import java.util.List;
import java.util.stream.Stream;

/**
 * The limits of welcome messages (92137) and mass messages (92135) to customers, as cases for
 * {@link io.wecom.client.DocumentedLimitsTest}.
 */
public final class CustomerMessageLimits {

  private CustomerMessageLimits() {}

  public static Stream<LimitCase> cases() {
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

  static WelcomeMessage welcome() {
    return WelcomeMessage.forCode("CALLBACK_CODE");
  }

  static Object withAttachment(Attachment attachment) {
    return welcome().attachments(attachment).build();
  }

  private static AttachmentLink link() {
    return new AttachmentLink().title("t").url("https://a.b");
  }

  private static Attachment[] attachments(long n) {
    return items(n, Attachments.file("MEDIA_ID")).toArray(Attachment[]::new);
  }
}
