package io.wecom.callbacks.event;

/**
 * WeCom's suite_ticket push (推送suite_ticket, InfoType {@code suite_ticket}), every 10 minutes to a third-party
 * app's command callback URL; a ticket stays valid for 30 minutes. The handler has already written it to its
 * {@code SuiteTicketStore} when this event is returned. {@link #toString()} masks the ticket.
 *
 * @param suiteTicket the SuiteTicket, needed to fetch the suite_access_token
 */
public record SuiteTicketEvent(CallbackHeader header, String suiteTicket, XmlFields fields)
    implements CallbackEvent {

  @Override
  public String toString() {
    return "SuiteTicketEvent[header=" + header + ", suiteTicket=***, fields=" + fields + "]";
  }
}
