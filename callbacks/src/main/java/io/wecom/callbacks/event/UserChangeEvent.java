package io.wecom.callbacks.event;

import java.util.List;

/**
 * A member was created, updated or deleted (新增/更新/删除成员事件). An update carries only what changed, so absent
 * fields are {@code null} (empty for lists); many fields reach only apps with the matching permission. Fields not
 * typed here (ExtAttr, Telephone, Address, ...) are in {@link #fields()}.
 *
 * @param userId the member's UserID (before a rename)
 * @param newUserId NewUserID, when the UserID changed
 * @param departments the Department ids
 * @param mainDepartment the MainDepartment id
 * @param status 1 active, 2 disabled, 4 not yet active, 5 left the corp
 */
public record UserChangeEvent(CallbackHeader header, ContactChangeType changeType, String userId, String newUserId,
    String name, List<Long> departments, Long mainDepartment, String position, String mobile, String email,
    Integer gender, Integer status, String avatar, String alias, XmlFields fields) implements ContactChangeEvent {}
