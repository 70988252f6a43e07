package io.wecom.bench;

import feign.Client;
import io.wecom.client.WeComClient;
import io.wecom.client.WeComClientBuilder;
import io.wecom.client.message.SendResult;
import io.wecom.client.model.GetUserResponse;
import java.util.List;
import java.util.function.UnaryOperator;

/** This client, on the transport it is given, with its defaults otherwise (resilience on, in-memory tokens). */
final class WeComClientDriver implements Driver {

  private static final List<String> RECIPIENTS = List.of(Workload.USER_ID);

  private final String name;
  private final WeComClient client;

  private WeComClientDriver(String name, WeComClient client) {
    this.name = name;
    this.client = client;
  }

  /** The client as {@code WeComClient.builder()} makes it, with its default transport. */
  static WeComClientDriver withDefaults(String baseUrl) {
    return new WeComClientDriver("wecom-java, default (OkHttp)", build(baseUrl, b -> b));
  }

  /** The client on {@code transport}. */
  static WeComClientDriver on(String transportName, Client transport, String baseUrl) {
    return new WeComClientDriver("wecom-java, " + transportName, build(baseUrl, b -> b.httpClient(transport)));
  }

  private static WeComClient build(String baseUrl, UnaryOperator<WeComClientBuilder> transport) {
    return transport.apply(WeComClient.builder()
        .baseUrl(baseUrl)
        .corpId(Workload.CORP_ID)
        .secret(Workload.SECRET)
        .agentId(Workload.AGENT_ID)).build();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Session open() {
    return workload -> {
      switch (workload) {
        case SEND_TEXT -> {
          SendResult sent = client.messages().sendText(RECIPIENTS, Workload.TEXT);
          if (sent.msgId() == null) {
            throw new IllegalStateException("message/send answered without msgid");
          }
        }
        case GET_USER -> {
          GetUserResponse user = client.contacts().getUser(Workload.USER_ID);
          if (!Workload.USER_ID.equals(user.getUserid())) {
            throw new IllegalStateException("user/get answered " + user.getUserid());
          }
        }
      }
    };
  }
}
