package io.wecom.client.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.wecom.client.error.RequestValidationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that the client refused a request for breaking a rule, and named the field it broke. */
public final class Refusals {

  private Refusals() {}

  /** {@code call} throws a {@link RequestValidationException} naming {@code field}; {@code what} says what it did. */
  public static RequestValidationException assertRefused(String what, String field, ThrowingCallable call) {
    RequestValidationException e = catchThrowableOfType(RequestValidationException.class, call);
    assertThat(e).as("refusal of %s", what).isNotNull();
    assertThat(e.field()).as("field named for %s", what).isEqualTo(field);
    return e;
  }
}
