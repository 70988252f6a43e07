package io.wecom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.wecom.sandbox.RecordedRequest;
import io.wecom.sandbox.WeComSandbox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** A sandbox shared by one test class, and the environment that points the command line at it. */
abstract class SandboxFixture {

  static final String CORP_ID = "ww-cli-test";
  static final String SECRET = "cli-test-secret-7f2a91";

  static WeComSandbox sandbox;

  @BeforeAll
  static void startSandbox() {
    sandbox = WeComSandbox.start();
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }

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
