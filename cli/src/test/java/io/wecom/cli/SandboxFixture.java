package io.wecom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.wecom.sandbox.RecordedRequest;
import io.wecom.sandbox.WeComSandbox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/** A sandbox shared by the test classes, and the environment that points the command line at it. */
abstract class SandboxFixture {

  static final String CORP_ID = "ww-cli-test";
  static final String SECRET = "cli-test-secret-7f2a91";

  /** One for every test class of the run, reset after each test; its threads are daemons and end with the JVM. */
  static final WeComSandbox sandbox = WeComSandbox.start();

  @AfterEach
  void resetSandbox() {
    sandbox.scenario().clearFaults().resetContacts();
    sandbox.clearRequests();
  }

  static Map<String, String> env() {
    return Map.of("WECOM_BASE_URL", sandbox.baseUrl(), "WECOM_CORP_ID", CORP_ID, "WECOM_SECRET", SECRET,
        "WECOM_AGENT_ID", "1000002");
  }

  static CliRun wecom(String... args) {
    return CliRun.run(env(), args);
  }

  static List<RecordedRequest> requests(String operationId) {
    return sandbox.requests(operationId);
  }

  static JsonNode body(RecordedRequest request) throws Exception {
    return Json.MAPPER.readTree(request.body());
  }
}
