package io.wecom.spring;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a {@link WeComConfigurationException} at start-up: every bad property on a line of its own. */
class WeComConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<WeComConfigurationException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, WeComConfigurationException cause) {
    String problems = cause.problems().stream().map(p -> "    - " + p).collect(Collectors.joining("\n"));
    return new FailureAnalysis("The WeCom client could not be configured from the wecom.* properties:\n\n" + problems,
        "Fix the wecom.* properties named above (in application.yml, application.properties or the environment).",
        cause);
  }
}
