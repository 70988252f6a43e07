package io.wecom.callbacks.event;

import java.time.Instant;

/**
 * What every callback says about where it comes from. App callbacks (自建应用 and the data callbacks of third-party
 * apps) carry ToUserName, FromUserName, CreateTime and AgentID; suite callbacks (指令回调) carry SuiteId, AuthCorpId
 * and TimeStamp. Fields a callback does not carry are {@code null}.
 *
 * @param corpId the corp the callback is about: ToUserName of app callbacks, AuthCorpId of suite callbacks
 * @param suiteId the SuiteId of suite callbacks
 * @param fromUser FromUserName of app callbacks: a member's UserID, or {@code sys} for system events
 * @param time CreateTime of app callbacks, TimeStamp of suite callbacks
 * @param agentId the AgentID of app callbacks
 */
public record CallbackHeader(String corpId, String suiteId, String fromUser, Instant time, Integer agentId) {}
