package io.wecom.client.internal;

import feign.Contract;
import feign.MethodMetadata;
import java.util.List;

/**
 * Feign's default contract, less the generator's marker headers: {@link OperationInfo} reads them from the method's
 * annotations, so they are dropped from each method's request template once, when the interface is parsed, and
 * never resolved, sent or stripped again on a call.
 */
final class MarkerStrippingContract implements Contract {

  private final Contract feign = new Contract.Default();

  @Override
  public List<MethodMetadata> parseAndValidateMetadata(Class<?> targetType) {
    List<MethodMetadata> methods = feign.parseAndValidateMetadata(targetType);
    methods.forEach(method -> OperationInfo.stripMarkers(method.template()));
    return methods;
  }
}
