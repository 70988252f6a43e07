package io.wecom.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Smart-sheet records added through the sandbox (add_records), per document and sheet: get_records of such a sheet
 * pages through them by offset and limit, as WeCom does; sheets never written to answer the spec's example.
 */
public final class Smartsheets {

  private final AtomicLong ids = new AtomicLong();
  private final Map<String, List<ObjectNode>> sheets = new ConcurrentHashMap<>();

  /** add_records: keeps the records, each with a new record_id, and answers them. */
  public JsonNode add(JsonNode body) {
    List<ObjectNode> sheet = sheets.computeIfAbsent(key(body), k -> new CopyOnWriteArrayList<>());
    ObjectNode answer = Answers.MAPPER.createObjectNode().put("errcode", 0).put("errmsg", "ok");
    ArrayNode added = answer.putArray("records");
    for (JsonNode record : body.path("records")) {
      ObjectNode kept = Answers.MAPPER.createObjectNode().put("record_id", "sandbox-r" + ids.incrementAndGet());
      kept.set("values", record.path("values").deepCopy());
      sheet.add(kept);
      added.add(kept.deepCopy());
    }
    return answer;
  }

  /** get_records: a page of a sheet written to, or {@code null} for the spec's example. */
  public JsonNode list(JsonNode body) {
    List<ObjectNode> sheet = sheets.get(key(body));
    if (sheet == null) {
      return null;
    }
    int offset = Math.max(0, body.path("offset").asInt(0));
    int limit = body.path("limit").asInt(100) <= 0 ? 100 : Math.min(body.path("limit").asInt(100), 1000);
    int end = Math.min(sheet.size(), offset + limit);
    ObjectNode answer = Answers.MAPPER.createObjectNode().put("errcode", 0).put("errmsg", "ok")
        .put("total", sheet.size()).put("has_more", end < sheet.size()).put("next", end);
    ArrayNode records = answer.putArray("records");
    for (int i = offset; i < end; i++) {
      records.add(sheet.get(i).deepCopy());
    }
    return answer;
  }

  private static String key(JsonNode body) {
    return body.path("docid").asText("") + "/" + body.path("sheet_id").asText("");
  }
}
