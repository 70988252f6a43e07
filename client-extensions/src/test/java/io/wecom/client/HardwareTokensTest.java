package io.wecom.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wecom.client.model.UpdateDeviceStatusRequest;
import io.wecom.client.testing.FakeWeCom;
import io.wecom.client.testing.FakeWeCom.Answer;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A smart-hardware device's calls carry its device_access_token, fetched with the model's model_access_token, which
 * is fetched with the latest model_ticket; both are cached and refreshed on their expiry codes like any other token.
 */
class HardwareTokensTest {

  private static final String MODEL_TOKEN = "/cgi-bin/openhw/get_model_token";
  private static final String DEVICE_TOKEN = "/cgi-bin/openhw/get_device_token";
  private static final String DEVICE_STATUS = "/cgi-bin/openhw/device/report_device_status";

  private final FakeWeCom wecom = new FakeWeCom();
  private final AtomicReference<String> ticket = new AtomicReference<>("model-ticket-1");

  @AfterEach
  void stop() {
    wecom.close();
  }

  private WeComClient device() {
    wecom.on(DEVICE_STATUS, call -> {
      Answer refused = wecom.checkToken(call, "device_access_token");
      return refused != null ? refused : Answer.json("{\"errcode\":0,\"errmsg\":\"ok\"}");
    });
    return WeComClient.builder().baseUrl(wecom.baseUrl())
        .hardwareModel("model-1", "model-s3cret", ticket::get)
        .hardwareDevice("SN0001", "device-s3cret")
        .build();
  }

  private static UpdateDeviceStatusRequest online() {
    return new UpdateDeviceStatusRequest().onlineStatus(UpdateDeviceStatusRequest.OnlineStatusEnum.NUMBER_1)
        .curVersion("1.0.0");
  }

  @Test
  void aDeviceCallCarriesTheDeviceTokenFetchedOnceWithTheModelToken() {
    WeComClient client = device();

    for (int i = 0; i < 20; i++) {
      client.hardware().updateDeviceStatus(online());
    }

    assertThat(wecom.requests(MODEL_TOKEN)).singleElement().satisfies(call -> assertThat(call.body())
        .contains("\"model_id\":\"model-1\"", "\"model_secret\":\"model-s3cret\"", "\"model_ticket\":\"model-ticket-1\""));
    assertThat(wecom.requests(DEVICE_TOKEN)).singleElement().satisfies(call -> {
      assertThat(call.body()).contains("\"device_sn\":\"SN0001\"", "\"device_secret\":\"device-s3cret\"");
      assertThat(call.query("model_access_token")).singleElement().asString().startsWith("TOKEN-model_access_token");
    });
    assertThat(wecom.requests(DEVICE_STATUS)).hasSize(20).allSatisfy(call -> {
      assertThat(call.query("device_access_token")).singleElement().asString()
          .startsWith("TOKEN-device_access_token");
      assertThat(call.query("access_token")).isEmpty();
    });
  }

  @Test
  void expiredDeviceAndModelTokensAreFetchedAgainAndTheCallSucceeds() {
    WeComClient client = device();
    client.hardware().updateDeviceStatus(online());
    ticket.set("model-ticket-2");

    wecom.expireAllTokens();
    client.hardware().updateDeviceStatus(online());

    assertThat(wecom.requests(DEVICE_STATUS)).hasSize(3);
    assertThat(wecom.requests(DEVICE_TOKEN)).hasSize(3);
    assertThat(wecom.requests(MODEL_TOKEN)).hasSize(2);
    assertThat(wecom.requests(MODEL_TOKEN).get(1).body()).contains("\"model_ticket\":\"model-ticket-2\"");
  }

  @Test
  void withoutAModelTicketTheErrorSaysWhereItComesFrom() {
    ticket.set(null);

    assertThatThrownBy(() -> device().hardware().updateDeviceStatus(online()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no model_ticket yet for device model model-1");
    assertThat(wecom.requests(MODEL_TOKEN)).isEmpty();
  }

  @Test
  void aDeviceWithoutItsModelIsRefusedWhenTheClientIsBuilt() {
    assertThatThrownBy(() -> WeComClient.builder().baseUrl(wecom.baseUrl()).hardwareDevice("SN0001", "s").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("hardwareDevice(...) needs hardwareModel(...)");
  }

  @Test
  void theSecretsOfModelAndDeviceNeverShowInTheClient() {
    WeComClient client = device();

    assertThat(client.toString()).contains("modelId=model-1", "deviceSn=SN0001")
        .doesNotContain("model-s3cret", "device-s3cret", "model-ticket-1");
  }
}
