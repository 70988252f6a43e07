package io.wecom.client.internal;

import feign.InvocationHandlerFactory;
import feign.Target;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.Map;

/** Puts every call of a generated interface inside its operation's {@link OperationGuards}. */
public final class GuardedInvocationHandlerFactory implements InvocationHandlerFactory {

  private final InvocationHandlerFactory delegate;
  private final OperationGuards guards;

  public GuardedInvocationHandlerFactory(InvocationHandlerFactory delegate, OperationGuards guards) {
    this.delegate = delegate;
    this.guards = guards;
  }

  @Override
  public InvocationHandler create(Target target, Map<Method, MethodHandler> dispatch) {
    InvocationHandler inner = delegate.create(target, dispatch);
    return (proxy, method, args) -> method.getDeclaringClass() == Object.class
        ? inner.invoke(proxy, method, args)
        : guards.call(OperationInfo.of(method), args, () -> inner.invoke(proxy, method, args));
  }
}
