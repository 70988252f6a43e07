package io.wecom.client.message.internal;

import io.wecom.client.model.AddMsgTemplateRequest;
import io.wecom.client.model.AddMsgTemplateRequest.ChatTypeEnum;
import io.wecom.client.model.Attachment;
import io.wecom.client.model.ExternalContactMsgText;
import io.wecom.client.model.SendWelcomeMessageRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of the messages to customers: the welcome message (send_welcome_msg, document 92137) and the corp
 * mass message (add_msg_template, 92135). Both carry a text of at most 4000 bytes and at most 9 attachments, and
 * not neither.
 */
public final class CustomerMessageRules {

  static final int TEXT_BYTES = 4000;
  static final int MAX_ATTACHMENTS = 9;
  static final int MAX_CUSTOMERS = 10_000;
  static final int MAX_GROUP_CHATS = 2_000;
  static final int MAX_TAGS_PER_GROUP = 100;

  private CustomerMessageRules() {}

  public static void welcome(SendWelcomeMessageRequest r) {
    Check.required("welcome_code", r.getWelcomeCode());
    content(r.getText(), r.getAttachments());
  }

  public static void massMessage(AddMsgTemplateRequest r) {
    boolean groups = r.getChatType() == ChatTypeEnum.GROUP;
    if (groups) {
      Check.required("sender", r.getSender());
      Check.absent("external_userid", r.getExternalUserid(), "it applies to chat_type single only");
      if (Boolean.TRUE.equals(r.getAllowSelect())) {
        throw Check.fail("allow_select", "must not be set: it applies to chat_type single only");
      }
      Check.items("chat_id_list", r.getChatIdList(), 0, MAX_GROUP_CHATS);
    } else {
      Check.absent("chat_id_list", r.getChatIdList(), "it applies to chat_type group only");
      boolean noCustomers = r.getExternalUserid() == null || r.getExternalUserid().isEmpty();
      if ((r.getSender() == null || r.getSender().isBlank()) && noCustomers && r.getTagFilter() == null) {
        throw Check.fail("sender", "no recipients: sender, external_userid and tag_filter are all empty");
      }
      Check.items("external_userid", r.getExternalUserid(), 0, MAX_CUSTOMERS);
    }
    if (r.getTagFilter() != null) {
      Check.each("tag_filter.group_list", r.getTagFilter().getGroupList(),
          (path, group) -> Check.items(path + ".tag_list", group.getTagList(), 0, MAX_TAGS_PER_GROUP));
    }
    content(r.getText(), r.getAttachments());
  }

  private static void content(ExternalContactMsgText text, List<Attachment> attachments) {
    boolean noText = text == null || text.getContent() == null || text.getContent().isEmpty();
    if (noText && (attachments == null || attachments.isEmpty())) {
      throw Check.fail("text", "text and attachments are both empty; give at least one");
    }
    if (text != null) {
      Check.maxBytes("text.content", text.getContent(), TEXT_BYTES);
    }
    Check.items("attachments", attachments, 0, MAX_ATTACHMENTS);
    Check.each("attachments", attachments, CustomerMessageRules::attachment);
  }

  private static void attachment(String path, Attachment a) {
    Check.required(path + ".msgtype", a.getMsgtype());
    Map<String, Object> parts = new LinkedHashMap<>();
    parts.put("image", a.getImage());
    parts.put("link", a.getLink());
    parts.put("miniprogram", a.getMiniprogram());
    parts.put("video", a.getVideo());
    parts.put("file", a.getFile());
    Check.onlyNamedContent(path + ".", a.getMsgtype().getValue(), parts);
    switch (a.getMsgtype()) {
      case IMAGE -> {
        if (blank(a.getImage().getMediaId()) && blank(a.getImage().getPicUrl())) {
          throw Check.fail(path + ".image", "needs media_id or pic_url");
        }
      }
      case LINK -> {
        var link = a.getLink();
        Check.required(path + ".link.title", link.getTitle());
        Check.required(path + ".link.url", link.getUrl());
        Check.maxBytes(path + ".link.title", link.getTitle(), 128);
        Check.maxBytes(path + ".link.picurl", link.getPicurl(), 2048);
        Check.maxBytes(path + ".link.desc", link.getDesc(), 512);
        Check.maxBytes(path + ".link.url", link.getUrl(), 2048);
      }
      case MINIPROGRAM -> {
        var mp = a.getMiniprogram();
        Check.required(path + ".miniprogram.title", mp.getTitle());
        Check.maxBytes(path + ".miniprogram.title", mp.getTitle(), 64);
        Check.required(path + ".miniprogram.pic_media_id", mp.getPicMediaId());
        Check.required(path + ".miniprogram.appid", mp.getAppid());
        Check.required(path + ".miniprogram.page", mp.getPage());
      }
      case VIDEO -> Check.required(path + ".video.media_id", a.getVideo().getMediaId());
      case FILE -> Check.required(path + ".file.media_id", a.getFile().getMediaId());
      default -> throw Check.fail(path + ".msgtype", "is not an attachment kind WeCom documents");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
