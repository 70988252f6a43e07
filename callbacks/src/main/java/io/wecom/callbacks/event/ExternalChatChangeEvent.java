package io.wecom.callbacks.event;

import java.util.List;

/**
 * A customer group chat was created, updated or dismissed (客户群变更, {@code change_external_chat}); ChangeType is
 * {@code create}, {@code update} or {@code dismiss}. The update fields are {@code null} (empty for the list) on the
 * other change types.
 *
 * @param chatId the ChatId
 * @param updateDetail what an update changed: {@code add_member}, {@code del_member}, {@code change_owner},
 *     {@code change_name}, {@code change_notice}
 * @param joinScene how members joined (0 invited, 3 by QR code)
 * @param quitScene how members left (0 left, 1 removed)
 * @param memChangeCnt how many members joined or left
 * @param memChangeList the ids of the members who joined or left
 * @param lastMemVer the member-list version before the change
 * @param curMemVer the member-list version after the change
 */
public record ExternalChatChangeEvent(CallbackHeader header, String changeType, String chatId, String updateDetail,
    Integer joinScene, Integer quitScene, Integer memChangeCnt, List<String> memChangeList, String lastMemVer,
    String curMemVer, XmlFields fields) implements CallbackEvent {}
