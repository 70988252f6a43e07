package io.wecom.spring;

import java.util.List;

/**
 * The {@code wecom.*} properties cannot work: each problem names the property and what is wrong with it, never a
 * secret's value. Thrown at start-up; Spring Boot's failure analysis prints the list.
 */
public class WeComConfigurationException extends RuntimeException {

  private final List<String> problems;

  public WeComConfigurationException(List<String> problems) {
    super("invalid WeCom configuration: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public WeComConfigurationException(String problem) {
    this(List.of(problem));
  }

  /** What is wrong, one line per property. */
  public List<String> problems() {
    return problems;
  }
}
