package io.wecom.callbacks.event;

/**
 * A customer tag or tag group was created, updated, deleted or re-ordered (企业客户标签变更,
 * {@code change_external_tag}); ChangeType is {@code create}, {@code update}, {@code delete} or {@code shuffle}.
 *
 * @param id the tag or tag group Id (for {@code shuffle}, the group, or {@code null} for the whole library)
 * @param tagType {@code tag} or {@code tag_group}
 * @param strategyId the StrategyId of a rule-group tag, when given
 */
public record ExternalTagChangeEvent(CallbackHeader header, String changeType, String id, String tagType,
    Long strategyId, XmlFields fields) implements CallbackEvent {}
