package io.wecom.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Applications submitted to the sandbox (oa/applyevent): each gets an sp_no, and getapprovaldetail of that number
 * answers the form as it was submitted, in the shape of the spec's example, so that a submit-then-read round trip runs
 * locally. Numbers the sandbox never issued answer the spec's example.
 */
public final class Approvals {

  private record Submitted(JsonNode request, long at) {}

  private final Clock clock;
  private final AtomicLong sequence = new AtomicLong();
  private final Map<String, Submitted> submitted = new ConcurrentHashMap<>();

  public Approvals(Clock clock) {
    this.clock = clock;
  }

  /** applyevent: keeps the application and answers its new sp_no. */
  public JsonNode apply(JsonNode request) {
    String spNo = LocalDate.ofInstant(clock.instant(), ZoneOffset.ofHours(8)).toString().replace("-", "")
        + String.format("%04d", sequence.incrementAndGet());
    submitted.put(spNo, new Submitted(request, clock.instant().getEpochSecond()));
    return Answers.MAPPER.createObjectNode().put("errcode", 0).put("errmsg", "ok").put("sp_no", spNo);
  }

  /** getapprovaldetail: the submitted application of {@code sp_no}, or {@code null} for the spec's example. */
  public JsonNode detail(JsonNode body, JsonNode example) {
    Submitted application = submitted.get(body.path("sp_no").asText(""));
    if (application == null) {
      return null;
    }
    ObjectNode answer = example.deepCopy();
    ObjectNode info = answer.withObjectProperty("info");
    info.put("sp_no", body.path("sp_no").asText()).put("sp_status", 1)
        .put("template_id", application.request().path("template_id").asText())
        .put("apply_time", application.at());
    info.withObjectProperty("applyer").put("userid", application.request().path("creator_userid").asText());
    info.set("apply_data", application.request().path("apply_data").deepCopy());
    return answer;
  }
}
