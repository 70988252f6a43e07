package io.wecom.callbacks.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import io.wecom.callbacks.CallbackVerificationException;
import io.wecom.callbacks.CallbackVerificationException.Reason;
import javax.xml.stream.XMLInputFactory;

/**
 * Reads callback XML into a tree, with DTDs and external entities off, and writes the two envelopes WeCom uses: the
 * pushed one ({@code ToUserName}, {@code Encrypt}) and the passive reply ({@code Encrypt},
 * {@code MsgSignature}, {@code TimeStamp}, {@code Nonce}).
 */
public final class CallbackXml {

  private static final XmlMapper MAPPER = hardenedMapper();

  private CallbackXml() {}

  /**
   * The children of the root element; repeated elements become arrays, text stays text.
   *
   * @throws CallbackVerificationException MALFORMED_XML naming {@code what} when it is not a well-formed element
   */
  public static ObjectNode read(String xml, String what) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(xml);
    } catch (JacksonException e) {
      throw new CallbackVerificationException(Reason.MALFORMED_XML, what + " is not well-formed XML");
    }
    if (!(tree instanceof ObjectNode object)) {
      throw new CallbackVerificationException(Reason.MALFORMED_XML, what + " has no XML elements");
    }
    return object;
  }

  /** The {@code Encrypt} text of a pushed callback body. */
  public static String encryptOf(String body) {
    JsonNode encrypt = read(body, "the callback body").get("Encrypt");
    if (encrypt == null || !encrypt.isValueNode() || encrypt.asText().isEmpty()) {
      throw new CallbackVerificationException(Reason.MALFORMED_XML, "the callback body has no Encrypt element");
    }
    return encrypt.asText();
  }

  /** The body WeCom POSTs to a callback URL. */
  public static String pushEnvelope(String toUserName, String encrypted) {
    return "<xml><ToUserName>" + cdata(toUserName) + "</ToUserName><Encrypt>" + cdata(encrypted)
        + "</Encrypt></xml>";
  }

  /** The encrypted passive reply a callback URL answers with. */
  public static String replyEnvelope(String encrypted, String signature, String timestamp, String nonce) {
    return "<xml><Encrypt>" + cdata(encrypted) + "</Encrypt><MsgSignature>" + cdata(signature)
        + "</MsgSignature><TimeStamp>" + timestamp + "</TimeStamp><Nonce>" + cdata(nonce) + "</Nonce></xml>";
  }

  private static String cdata(String text) {
    if (text.contains("]]>")) {
      throw new IllegalArgumentException("a callback envelope value must not contain ]]>");
    }
    return "<![CDATA[" + text + "]]>";
  }

  private static XmlMapper hardenedMapper() {
    XMLInputFactory input = XMLInputFactory.newFactory();
    input.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    input.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    return new XmlMapper(XmlFactory.builder().xmlInputFactory(input).build());
  }
}
