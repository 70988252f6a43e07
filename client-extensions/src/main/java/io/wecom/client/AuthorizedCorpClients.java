package io.wecom.client;

/** Makes clients for corps that installed a suite, from the settings and suite token of the suite's client. */
@FunctionalInterface
interface AuthorizedCorpClients {

  /** A client for {@code authCorpId}, its token from get_corp_token with {@code permanentCode}. */
  WeComClient create(String authCorpId, String permanentCode, Integer agentId);
}
