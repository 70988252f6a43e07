package io.wecom.spring;

import io.wecom.client.WeComClient;
import java.util.List;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers one {@link WeComClient} bean per entry of {@code wecom.apps}, named after it, the primary app marked
 * primary, after checking every {@code wecom.*} property: a bad configuration stops the start with
 * {@link WeComConfigurationException} before any bean is made.
 */
class WeComClientsRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware, BeanClassLoaderAware {

  private Environment environment;
  private ClassLoader classLoader;

  @Override
  public void setBeanClassLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
    WeComProperties properties = Binder.get(environment).bind("wecom", WeComProperties.class)
        .orElseGet(WeComProperties::new);
    List<String> problems = PropertiesCheck.problems(properties, classLoader);
    if (!problems.isEmpty()) {
      throw new WeComConfigurationException(problems);
    }
    BeanFactory beans = (BeanFactory) registry;
    for (String app : properties.getApps().keySet()) {
      RootBeanDefinition client = new RootBeanDefinition(WeComClient.class);
      client.setInstanceSupplier(() -> beans.getBean(WeComClientFactory.class).create(app));
      client.setPrimary(app.equals(properties.primaryApp()));
      client.setDescription("WeCom client of the app wecom.apps." + app);
      registry.registerBeanDefinition(app, client);
    }
  }
}
