package io.wecom.client.message.internal;

import io.wecom.client.model.SendAppChatMessageRequest;
import io.wecom.client.model.SendAppChatMessageRequest.MsgtypeEnum;
import java.util.LinkedHashMap;
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
    Map<String, Object> contents = new LinkedHashMap<>();
    contents.put("text", r.getText());
    contents.put("image", r.getImage());
    contents.put("voice", r.getVoice());
    contents.put("video", r.getVideo());
    contents.put("file", r.getFile());
    contents.put("textcard", r.getTextcard());
    contents.put("news", r.getNews());
    contents.put("mpnews", r.getMpnews());
    contents.put("markdown", r.getMarkdown());
    Check.onlyNamedContent("", r.getMsgtype().getValue(), contents);
    switch (r.getMsgtype()) {
      case TEXT -> ContentRules.text(r.getText());
      case IMAGE -> ContentRules.media("image", r.getImage().getMediaId());
      case VOICE -> ContentRules.media("voice", r.getVoice().getMediaId());
      case VIDEO -> ContentRules.video(r.getVideo());
      case FILE -> ContentRules.media("file", r.getFile().getMediaId());
      case TEXTCARD -> ContentRules.textCard(r.getTextcard(), true);
      case NEWS -> ContentRules.appChatNews(r.getNews());
      case MPNEWS -> ContentRules.mpNews(r.getMpnews());
      case MARKDOWN -> ContentRules.markdown(r.getMarkdown());
      default -> throw Check.fail("msgtype", "is not a kind appchat/send accepts");
    }
  }
}
