package io.wecom.callbacks.event;

/**
 * A department was created, updated or deleted (新增/更新/删除部门事件). An update carries only what changed; the
 * name reaches only apps allowed to read it.
 *
 * @param id the department Id
 * @param parentId the ParentId, when given
 * @param order the Order (sort key), when given
 */
public record DepartmentChangeEvent(CallbackHeader header, ContactChangeType changeType, long id, String name,
    Long parentId, Long order, XmlFields fields) implements ContactChangeEvent {}
