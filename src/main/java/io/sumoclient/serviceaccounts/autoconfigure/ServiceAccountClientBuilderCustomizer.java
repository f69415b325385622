package io.sumoclient.serviceaccounts.autoconfigure;

import io.sumoclient.serviceaccounts.ServiceAccountClientBuilder;

/**
 * Adjusts the builder of the auto-configured client after the {@code sumologic.*} properties have
 * been applied. Beans of this type run in {@link org.springframework.core.Ordered} order.
 */
@FunctionalInterface
public interface ServiceAccountClientBuilderCustomizer {
  /**
   * Customizes the builder.
   *
   * @param builder the builder, already configured from the properties
   */
  void customize(ServiceAccountClientBuilder builder);
}
