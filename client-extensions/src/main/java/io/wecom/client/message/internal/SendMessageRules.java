package io.wecom.client.message.internal;

import io.wecom.client.model.SendMessageRequest;
import io.wecom.client.model.SendMessageRequest.MsgtypeEnum;
import java.util.List;
import java.util.Map;

/**
 * The rules of a message/send body (document 90236): recipients, agentid, options, and the one content object
 * that {@code msgtype} names, with its limits.
 */
public final class SendMessageRules {

  static final int MAX_USERS = 1000;
  static final int MAX_PARTIES = 100;
  static final int MAX_TAGS = 100;
  static final int MAX_DUPLICATE_CHECK_SECONDS = 4 * 60 * 60;

  private SendMessageRules() {}

  public static void check(SendMessageRequest r) {
    Check.required("msgtype", r.getMsgtype());
    if (r.getMsgtype() == MsgtypeEnum.UNKNOWN_DEFAULT_OPEN_API) {
      throw Check.fail("msgtype", "is not a kind message/send accepts");
    }
    recipients(r);
    agentId(r);
    options(r);
    content(r);
  }

  private static void recipients(SendMessageRequest r) {
    List<String> users = Recipients.split(r.getTouser());
    List<String> parties = Recipients.split(r.getToparty());
    List<String> tags = Recipients.split(r.getTotag());
    if (users.isEmpty() && parties.isEmpty() && tags.isEmpty()) {
      throw Check.fail("touser", "no recipients: touser, toparty and totag are all empty");
    }
    if (Recipients.ALL.equals(r.getTouser()) && !(parties.isEmpty() && tags.isEmpty())) {
      throw Check.fail(parties.isEmpty() ? "totag" : "toparty", "is ignored when touser is @all; leave it empty");
    }
    Check.items("touser", users, 0, MAX_USERS);
    Check.items("toparty", parties, 0, MAX_PARTIES);
    Check.items("totag", tags, 0, MAX_TAGS);
  }

  private static void agentId(SendMessageRequest r) {
    if (r.getMsgtype() == MsgtypeEnum.MINIPROGRAM_NOTICE) {
      Check.absent("agentid", r.getAgentid(), "a miniprogram_notice is sent without agentid");
    } else {
      Check.required("agentid", r.getAgentid());
      if (r.getAgentid() <= 0) {
        throw Check.fail("agentid", "must be positive, was " + r.getAgentid());
      }
    }
  }

  private static void options(SendMessageRequest r) {
    if (r.getSafe() == SendMessageRequest.SafeEnum.NUMBER_2 && r.getMsgtype() != MsgtypeEnum.MPNEWS) {
      throw Check.fail("safe", "2 (share inside the corp only) is accepted for mpnews only, not " + r.getMsgtype());
    }
    if (r.getDuplicateCheckInterval() != null) {
      Check.range("duplicate_check_interval", r.getDuplicateCheckInterval(), 1, MAX_DUPLICATE_CHECK_SECONDS,
          "seconds");
    }
  }

  private static void content(SendMessageRequest r) {
    Map<String, Object> contents = ContentRules.sharedContents(r.getText(), r.getImage(), r.getVoice(),
        r.getVideo(), r.getFile(), r.getTextcard(), r.getMpnews(), r.getMarkdown());
    contents.put("news", r.getNews());
    contents.put("miniprogram_notice", r.getMiniprogramNotice());
    contents.put("template_card", r.getTemplateCard());
    String type = r.getMsgtype().getValue();
    Check.onlyNamedContent("", type, contents);
    switch (r.getMsgtype()) {
      case NEWS -> ContentRules.news(r.getNews());
      case MINIPROGRAM_NOTICE -> ContentRules.miniprogramNotice(r.getMiniprogramNotice());
      case TEMPLATE_CARD -> TemplateCardRules.check(r.getTemplateCard());
      default -> ContentRules.checkShared(type, contents.get(type), false);
    }
  }
}
