package org.cppcc.platform.shared.transaction;

import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wraps every {@code @Transactional} method of the platform in {@link LockConflictRetry}, ordered just outside
 * Spring's transaction interceptor (which has the lowest precedence), so that each attempt is a transaction
 * of its own. An infrastructure advisor, like the transaction advisor itself, so it needs no AspectJ.
 */
@Configuration(proxyBeanMethods = false)
class LockConflictRetryConfig {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor lockConflictRetryAdvisor(
            @Value("${platform.transaction.lock-conflict-attempts:3}") int attempts,
            @Value("${platform.transaction.lock-conflict-backoff-millis:50}") long backoffMillis) {
        ClassFilter platformClasses = type -> type.getName().startsWith("org.cppcc.platform.");
        ComposablePointcut transactional = new ComposablePointcut(
                        new AnnotationMatchingPointcut(Transactional.class, true))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(Transactional.class))
                .intersection(platformClasses);
        DefaultPointcutAdvisor advisor =
                new DefaultPointcutAdvisor(transactional, new LockConflictRetry(attempts, backoffMillis));
        advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return advisor;
    }
}
