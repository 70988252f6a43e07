package io.wecom.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wecom.client.model.GetPermitUserListRequest;
import io.wecom.client.model.UnionIdToExternalUserId3rdRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Bad configuration fails early with a message naming what is wrong. */
class WeComClientBuilderTest {

  @Test
  void blankValuesAreRejectedByName() {
    assertThatThrownBy(() -> WeComClient.builder().corpId(" ")).hasMessage("corpId must not be blank");
    assertThatThrownBy(() -> WeComClient.builder().secret(null)).hasMessage("secret must not be blank");
    assertThatThrownBy(() -> WeComClient.builder().agentId(0)).hasMessageContaining("agentId must be positive");
    assertThatThrownBy(() -> WeComClient.builder().readTimeout(Duration.ZERO)).hasMessageContaining("readTimeout");
    assertThatThrownBy(() -> WeComClient.builder().baseUrl("qyapi.weixin.qq.com"))
        .hasMessageContaining("baseUrl must be an http(s) URL");
  }

  @Test
  void incompleteOrContradictoryCredentialsFailAtBuild() {
    assertThatThrownBy(() -> WeComClient.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no credentials");
    assertThatThrownBy(() -> WeComClient.builder().secret("s").build()).hasMessage("secret is set but corpId is not");
    assertThatThrownBy(() -> WeComClient.builder().corpId("c").build()).hasMessage("corpId is set but secret is not");
    assertThatThrownBy(() -> WeComClient.builder().authorizedCorp("c", "p").build())
        .hasMessageContaining("authorizedCorp(...) needs suite(...)");
    assertThatThrownBy(() -> WeComClient.builder().corpId("c").secret("s").suite("id", "x", () -> "t")
        .authorizedCorp("c2", "p").build()).hasMessageContaining("not both");
  }

  @Test
  void anOperationWhoseTokenWasNotConfiguredSaysWhatToSet() {
    WeComClient client = WeComClient.builder().baseUrl("http://127.0.0.1:9").corpId("c").secret("s").build();

    assertThatThrownBy(() -> client.msgAudit().getPermitUserList(new GetPermitUserListRequest()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("getPermitUserList").hasMessageContaining("msgAuditSecret(");
    assertThatThrownBy(() -> client.accountId().unionIdToExternalUserId3rd(new UnionIdToExternalUserId3rdRequest()))
        .hasMessageContaining("unionIdToExternalUserId3rd needs a suite_access_token").hasMessageContaining("suite(");
  }

  @Test
  void theClientDescribesItselfWithoutSecrets() {
    WeComClient client = WeComClient.builder().corpId("ww-corp").secret("very-secret").agentId(1000002).build();

    assertThat(client.toString()).contains("ww-corp", "1000002", "https://qyapi.weixin.qq.com")
        .doesNotContain("very-secret");
  }
}
