package io.wecom.callbacks.event;

/**
 * A customer (外部联系人) relation changed (客户变更, {@code change_external_contact}). ChangeType is one of
 * {@code add_external_contact}, {@code add_half_external_contact}, {@code edit_external_contact},
 * {@code del_external_contact}, {@code del_follow_user} or {@code transfer_fail}; fields a change type does not
 * carry are {@code null}.
 *
 * @param userId the member's UserID
 * @param externalUserId the customer's ExternalUserID
 * @param state the State of the 联系我 channel the customer came through
 * @param welcomeCode the WelcomeCode for sending a welcome message (valid for 20 seconds)
 * @param source the Source of a deletion, e.g. {@code DELETE_BY_TRANSFER}
 * @param failReason the FailReason of a failed transfer: {@code customer_refused} or {@code customer_limit_exceed}
 */
public record ExternalContactChangeEvent(CallbackHeader header, String changeType, String userId,
    String externalUserId, String state, String welcomeCode, String source, String failReason, XmlFields fields)
    implements CallbackEvent {}
