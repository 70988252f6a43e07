package io.wecom.client.message.internal;

import io.wecom.client.model.SendAppChatMessageRequest;
import io.wecom.client.model.SendAppChatMessageRequest.MsgtypeEnum;
import java.util.Map;

/** The rules of an appchat/send body (document 90248): the chat, and the one content object {@code msgtype} names. */
public final class AppChatRules {

  private AppChatRules() {}

  public static void check(SendAppChatMessageRequest r) {
    Check.required("chatid", r.getChatid());
    Check.required("msgtype", r.getMsgtype());
    if (r.getMsgtype() == MsgtypeEnum.UNKNOWN_DEFAULT_OPEN_API) {
      throw Check.fail("msgtype", "is not a kind appchat/send accepts");
    }
    if (r.getSafe() == SendAppChatMessageRequest.SafeEnum.NUMBER_unknown_default_open_api) {
      throw Check.fail("safe", "must be 0 or 1 in a group chat");
    }
    Map<String, Object> contents = ContentRules.sharedContents(r.getText(), r.getImage(), r.getVoice(),
        r.getVideo(), r.getFile(), r.getTextcard(), r.getMpnews(), r.getMarkdown());
    contents.put("news", r.getNews());
    String type = r.getMsgtype().getValue();
    Check.onlyNamedContent("", type, contents);
    if (r.getMsgtype() == MsgtypeEnum.NEWS) {
      ContentRules.appChatNews(r.getNews());
    } else {
      ContentRules.checkShared(type, contents.get(type), true);
    }
  }
}
