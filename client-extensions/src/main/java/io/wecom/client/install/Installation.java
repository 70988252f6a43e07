package io.wecom.client.install;

/**
 * A corp's installation of a third-party app (suite): who installed it, the app's agent id in that corp, and the
 * permanent code (永久授权码) that mints the corp's access_token. The permanent code is a secret for as long as the
 * installation lasts; {@link #toString()} never shows it.
 *
 * @param suiteId the suite installed
 * @param authCorpId the installing corp's id (as the suite sees it)
 * @param corpName the corp's name, or {@code null} when WeCom did not say
 * @param agentId the app's agent id in the corp, or {@code null} when the answer named none
 * @param permanentCode the permanent code
 */
public record Installation(String suiteId, String authCorpId, String corpName, Long agentId, String permanentCode) {

  public Installation {
    suiteId = nonBlank(suiteId, "suiteId");
    authCorpId = nonBlank(authCorpId, "authCorpId");
    permanentCode = nonBlank(permanentCode, "permanentCode");
  }

  private static String nonBlank(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value.strip();
  }

  @Override
  public String toString() {
    return "Installation[suiteId=" + suiteId + ", authCorpId=" + authCorpId + ", corpName=" + corpName
        + ", agentId=" + agentId + ", permanentCode=***]";
  }
}
