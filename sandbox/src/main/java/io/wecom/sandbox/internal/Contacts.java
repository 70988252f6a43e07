package io.wecom.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The contacts domain (departments, members, tags) kept in memory, so that create-then-get returns what was created,
 * delete removes it and lists reflect the changes. Answers carry WeCom's errcodes for missing or clashing entities.
 * One lock guards it all: the sandbox is for tests and demos, not for contacts throughput.
 */
public final class Contacts {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Set<String> USER_INPUT_ONLY = Set.of("to_invite", "avatar_mediaid", "new_userid");

  private final Map<Long, ObjectNode> departments = new TreeMap<>();
  private final Map<String, ObjectNode> users = new TreeMap<>();
  private final Map<Long, ObjectNode> tags = new TreeMap<>();
  private final Map<String, Function<Call, ObjectNode>> handlers = Map.ofEntries(
      Map.entry("createDepartment", this::createDepartment), Map.entry("updateDepartment", this::updateDepartment),
      Map.entry("deleteDepartment", this::deleteDepartment), Map.entry("getDepartment", this::getDepartment),
      Map.entry("listDepartments", this::listDepartments), Map.entry("listDepartmentIds", this::listDepartmentIds),
      Map.entry("createUser", this::createUser), Map.entry("updateUser", this::updateUser),
      Map.entry("deleteUser", this::deleteUser), Map.entry("batchDeleteUsers", this::batchDeleteUsers),
      Map.entry("getUser", this::getUser), Map.entry("listUsers", this::listUsers),
      Map.entry("listSimpleUsers", this::listSimpleUsers), Map.entry("listUserIds", this::listUserIds),
      Map.entry("getUserIdByMobile", c -> findUserId(c, "mobile")),
      Map.entry("getUserIdByEmail", c -> findUserId(c, "email")),
      Map.entry("createTag", this::createTag), Map.entry("updateTag", this::updateTag),
      Map.entry("deleteTag", this::deleteTag), Map.entry("getTagUsers", this::getTagUsers),
      Map.entry("addTagUsers", c -> changeTagUsers(c, true)), Map.entry("deleteTagUsers", c -> changeTagUsers(c, false)),
      Map.entry("listTags", this::listTags));

  /** One call: its query parameters (first values) and JSON body. */
  public record Call(Map<String, String> query, JsonNode body) {
    String param(String name) {
      return query.get(name);
    }
  }

  private final JsonNode seed;

  /**
   * Starts from {@code seed}: {@code {"departments": [...], "users": [...], "tags": [{"tagid", "tagname"}]}}, in
   * the shapes department/list, user/get and tag/list answer.
   */
  public Contacts(JsonNode seed) {
    this.seed = seed;
    reset();
  }

  /** Whether the operation belongs to the stateful contacts domain. */
  public boolean handles(String operationId) {
    return handlers.containsKey(operationId);
  }

  public synchronized ObjectNode answer(String operationId, Call call) {
    return handlers.get(operationId).apply(call);
  }

  /**
   * WeCom's answer to message/send for these recipients: the members, departments and tags that do not exist are
   * listed as invalid, as WeCom lists them; everything else is delivered.
   */
  public synchronized ObjectNode sendMessage(JsonNode body, String msgid) {
    ObjectNode answer = ok().put("msgid", msgid);
    String invalidUsers = unknown(body.path("touser").asText(""), id -> id.equals("@all") || users.containsKey(id));
    String invalidParties = unknown(body.path("toparty").asText(""),
        id -> id.matches("\\d+") && departments.containsKey(Long.parseLong(id)));
    String invalidTags = unknown(body.path("totag").asText(""),
        id -> id.matches("\\d+") && tags.containsKey(Long.parseLong(id)));
    if (!invalidUsers.isEmpty()) {
      answer.put("invaliduser", invalidUsers);
    }
    if (!invalidParties.isEmpty()) {
      answer.put("invalidparty", invalidParties);
    }
    if (!invalidTags.isEmpty()) {
      answer.put("invalidtag", invalidTags);
    }
    return answer;
  }

  private static String unknown(String joined, java.util.function.Predicate<String> known) {
    return java.util.Arrays.stream(joined.split("\\|")).filter(id -> !id.isBlank() && !known.test(id))
        .collect(java.util.stream.Collectors.joining("|"));
  }

  /** Back to the seed. */
  public synchronized void reset() {
    departments.clear();
    users.clear();
    tags.clear();
    seed.path("departments").forEach(d -> departments.put(d.path("id").asLong(), (ObjectNode) d.deepCopy()));
    seed.path("users").forEach(u -> users.put(u.path("userid").asText(), (ObjectNode) u.deepCopy()));
    seed.path("tags").forEach(t -> tags.put(t.path("tagid").asLong(), tag(t.path("tagid").asLong(), t.path("tagname").asText())));
  }

  // departments

  private ObjectNode createDepartment(Call c) {
    long parent = c.body().path("parentid").asLong();
    if (!departments.containsKey(parent)) {
      return error(60004, "parent department " + parent + " not found");
    }
    long id = c.body().hasNonNull("id") ? c.body().get("id").asLong() : nextId(departments) ;
    if (departments.containsKey(id)) {
      return error(60008, "department " + id + " already exists");
    }
    ObjectNode d = ((ObjectNode) c.body().deepCopy()).put("id", id);
    if (!d.has("order")) {
      d.put("order", 0);
    }
    departments.put(id, d);
    return ok().put("id", id);
  }

  private ObjectNode updateDepartment(Call c) {
    long id = c.body().path("id").asLong();
    ObjectNode d = departments.get(id);
    if (d == null) {
      return error(60003, "department " + id + " not found");
    }
    d.setAll((ObjectNode) c.body());
    return ok();
  }

  private ObjectNode deleteDepartment(Call c) {
    long id = parseLong(c.param("id"));
    if (!departments.containsKey(id)) {
      return error(60003, "department " + id + " not found");
    }
    if (departments.values().stream().anyMatch(d -> d.path("parentid").asLong() == id)) {
      return error(60006, "department " + id + " has sub-departments");
    }
    if (users.values().stream().anyMatch(u -> inDepartment(u, id))) {
      return error(60005, "department " + id + " has members");
    }
    departments.remove(id);
    return ok();
  }

  private ObjectNode getDepartment(Call c) {
    long id = parseLong(c.param("id"));
    ObjectNode d = departments.get(id);
    return d == null ? error(60003, "department " + id + " not found") : ok().set("department", d.deepCopy());
  }

  private ObjectNode listDepartments(Call c) {
    return subtree(c).map(list -> {
      ArrayNode out = JSON.arrayNode();
      list.forEach(id -> out.add(departments.get(id).deepCopy()));
      return ok().<ObjectNode>set("department", out);
    }).orElseGet(() -> error(60003, "department " + c.param("id") + " not found"));
  }

  private ObjectNode listDepartmentIds(Call c) {
    return subtree(c).map(list -> {
      ArrayNode out = JSON.arrayNode();
      list.forEach(id -> out.addObject().put("id", id).put("parentid", departments.get(id).path("parentid").asLong())
          .put("order", departments.get(id).path("order").asLong()));
      return ok().<ObjectNode>set("department_id", out);
    }).orElseGet(() -> error(60003, "department " + c.param("id") + " not found"));
  }

  private Optional<List<Long>> subtree(Call c) {
    long root = c.param("id") == null ? 1L : parseLong(c.param("id"));
    if (!departments.containsKey(root)) {
      return Optional.empty();
    }
    List<Long> ids = new ArrayList<>(List.of(root));
    for (int i = 0; i < ids.size(); i++) {
      long parent = ids.get(i);
      departments.forEach((id, d) -> {
        if (d.path("parentid").asLong() == parent && id != parent) {
          ids.add(id);
        }
      });
    }
    return Optional.of(ids);
  }

  // members

  private ObjectNode createUser(Call c) {
    String userid = c.body().path("userid").asText();
    if (users.containsKey(userid)) {
      return error(60102, "userid " + userid + " already exists");
    }
    ObjectNode refused = checkDepartments(c.body());
    if (refused != null) {
      return refused;
    }
    ObjectNode u = (ObjectNode) c.body().deepCopy();
    u.remove(USER_INPUT_ONLY);
    u.put("status", 1);
    users.put(userid, u);
    return ok();
  }

  private ObjectNode updateUser(Call c) {
    String userid = c.body().path("userid").asText();
    ObjectNode u = users.get(userid);
    if (u == null) {
      return error(60111, "userid " + userid + " not found");
    }
    ObjectNode refused = checkDepartments(c.body());
    if (refused != null) {
      return refused;
    }
    ObjectNode changes = (ObjectNode) c.body().deepCopy();
    String renamed = changes.path("new_userid").asText(null);
    changes.remove(USER_INPUT_ONLY);
    u.setAll(changes);
    if (renamed != null) {
      users.remove(userid);
      users.put(renamed, u.put("userid", renamed));
    }
    return ok();
  }

  private ObjectNode deleteUser(Call c) {
    String userid = c.param("userid");
    return users.remove(userid) == null ? error(60111, "userid " + userid + " not found") : ok();
  }

  private ObjectNode batchDeleteUsers(Call c) {
    List<String> ids = new ArrayList<>();
    c.body().path("useridlist").forEach(n -> ids.add(n.asText()));
    for (String id : ids) {
      if (!users.containsKey(id)) {
        return error(60111, "userid " + id + " not found");
      }
    }
    ids.forEach(users::remove);
    return ok();
  }

  private ObjectNode getUser(Call c) {
    ObjectNode u = users.get(c.param("userid"));
    return u == null ? error(60111, "userid " + c.param("userid") + " not found") : ok().setAll(u.deepCopy());
  }

  private ObjectNode listUsers(Call c) {
    return members(c, u -> u.deepCopy());
  }

  private ObjectNode listSimpleUsers(Call c) {
    return members(c, u -> {
      ObjectNode s = JSON.objectNode();
      for (String field : List.of("userid", "name", "department", "open_userid")) {
        if (u.has(field)) {
          s.set(field, u.get(field).deepCopy());
        }
      }
      return s;
    });
  }

  private ObjectNode members(Call c, Function<ObjectNode, ObjectNode> view) {
    long dept = parseLong(c.param("department_id"));
    if (!departments.containsKey(dept)) {
      return error(60123, "department " + dept + " not found");
    }
    Set<Long> scope = new LinkedHashSet<>(List.of(dept));
    if ("1".equals(c.param("fetch_child"))) {
      scope.addAll(subtree(new Call(Map.of("id", String.valueOf(dept)), JSON.objectNode())).orElse(List.of()));
    }
    ArrayNode out = JSON.arrayNode();
    users.values().stream().filter(u -> scope.stream().anyMatch(d -> inDepartment(u, d))).map(view).forEach(out::add);
    return ok().set("userlist", out);
  }

  private ObjectNode listUserIds(Call c) {
    int limit = c.body().path("limit").asInt(10000);
    int start = c.body().path("cursor").asText("").matches("\\d+") ? Integer.parseInt(c.body().get("cursor").asText()) : 0;
    List<ObjectNode> all = new ArrayList<>(users.values());
    ArrayNode out = JSON.arrayNode();
    for (int i = start; i < Math.min(all.size(), start + limit); i++) {
      ObjectNode u = all.get(i);
      u.path("department").forEach(d -> out.addObject().put("userid", u.path("userid").asText()).put("department", d.asLong()));
    }
    ObjectNode answer = ok().set("dept_user", out);
    return start + limit < all.size() ? answer.put("next_cursor", String.valueOf(start + limit)) : answer.put("next_cursor", "");
  }

  private ObjectNode findUserId(Call c, String field) {
    String wanted = c.body().path(field).asText();
    return users.values().stream().filter(u -> wanted.equals(u.path(field).asText(null))).findFirst()
        .map(u -> ok().put("userid", u.path("userid").asText()))
        .orElseGet(() -> error(46004, "no member with this " + field));
  }

  private ObjectNode checkDepartments(JsonNode body) {
    for (JsonNode d : body.path("department")) {
      if (!departments.containsKey(d.asLong())) {
        return error(60123, "department " + d.asLong() + " not found");
      }
    }
    return null;
  }

  private static boolean inDepartment(JsonNode user, long dept) {
    for (JsonNode d : user.path("department")) {
      if (d.asLong() == dept) {
        return true;
      }
    }
    return false;
  }

  // tags

  private ObjectNode createTag(Call c) {
    String name = c.body().path("tagname").asText();
    if (tags.values().stream().anyMatch(t -> t.path("tagname").asText().equals(name))) {
      return error(40071, "tag name " + name + " already exists");
    }
    long id = c.body().hasNonNull("tagid") ? c.body().get("tagid").asLong() : nextId(tags);
    if (tags.containsKey(id)) {
      return error(40068, "tagid " + id + " already exists");
    }
    tags.put(id, tag(id, name));
    return ok().put("tagid", id);
  }

  private ObjectNode updateTag(Call c) {
    ObjectNode t = tags.get(c.body().path("tagid").asLong());
    if (t == null) {
      return error(40068, "tagid " + c.body().path("tagid").asLong() + " not found");
    }
    t.put("tagname", c.body().path("tagname").asText());
    return ok();
  }

  private ObjectNode deleteTag(Call c) {
    return tags.remove(parseLong(c.param("tagid"))) == null ? error(40068, "tagid " + c.param("tagid") + " not found") : ok();
  }

  private ObjectNode getTagUsers(Call c) {
    ObjectNode t = tags.get(parseLong(c.param("tagid")));
    if (t == null) {
      return error(40068, "tagid " + c.param("tagid") + " not found");
    }
    ArrayNode list = JSON.arrayNode();
    t.path("users").forEach(id -> list.addObject().put("userid", id.asText())
        .put("name", users.containsKey(id.asText()) ? users.get(id.asText()).path("name").asText() : ""));
    return ok().put("tagname", t.path("tagname").asText()).<ObjectNode>set("userlist", list)
        .set("partylist", t.path("parties").deepCopy());
  }

  private ObjectNode changeTagUsers(Call c, boolean add) {
    ObjectNode t = tags.get(c.body().path("tagid").asLong());
    if (t == null) {
      return error(40068, "tagid " + c.body().path("tagid").asLong() + " not found");
    }
    List<String> invalidUsers = new ArrayList<>();
    ArrayNode invalidParties = JSON.arrayNode();
    int valid = 0;
    for (JsonNode u : c.body().path("userlist")) {
      if (users.containsKey(u.asText())) {
        valid++;
        edit((ArrayNode) t.get("users"), u, add);
      } else {
        invalidUsers.add(u.asText());
      }
    }
    for (JsonNode p : c.body().path("partylist")) {
      if (departments.containsKey(p.asLong())) {
        valid++;
        edit((ArrayNode) t.get("parties"), p, add);
      } else {
        invalidParties.add(p.asLong());
      }
    }
    if (valid == 0) {
      return add ? error(40070, "no valid user or department given") : error(40031, "no valid user or department given");
    }
    ObjectNode answer = ok();
    if (!invalidUsers.isEmpty()) {
      answer.put("invalidlist", String.join("|", invalidUsers));
    }
    return invalidParties.isEmpty() ? answer : answer.set("invalidparty", invalidParties);
  }

  private static void edit(ArrayNode list, JsonNode value, boolean add) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).asText().equals(value.asText())) {
        if (!add) {
          list.remove(i);
        }
        return;
      }
    }
    if (add) {
      list.add(value.deepCopy());
    }
  }

  private ObjectNode listTags(Call c) {
    ArrayNode list = JSON.arrayNode();
    tags.values().forEach(t -> list.addObject().put("tagid", t.path("tagid").asLong()).put("tagname", t.path("tagname").asText()));
    return ok().set("taglist", list);
  }

  private static ObjectNode tag(long id, String name) {
    ObjectNode t = JSON.objectNode().put("tagid", id).put("tagname", name);
    t.putArray("users");
    t.putArray("parties");
    return t;
  }

  private static long nextId(Map<Long, ObjectNode> map) {
    return map.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
  }

  private static long parseLong(String value) {
    return value == null ? -1 : Long.parseLong(value);
  }

  private static ObjectNode ok() {
    return JSON.objectNode().put("errcode", 0).put("errmsg", "ok");
  }

  static ObjectNode error(int errcode, String errmsg) {
    return JSON.objectNode().put("errcode", errcode).put("errmsg", errmsg);
  }
}
