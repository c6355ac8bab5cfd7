package org.cppcc.platform.shared.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code @Size} and {@code @NotBlank} on text as a person reads it, for every request record at once: a size
 * counts characters (code points; 50 emoji are 50 characters, not 100), and text of only invisible characters
 * (zero-width, no-break spaces …) is blank. The validators are registered for {@code String}, more specific
 * than the built-in ones for {@code CharSequence}, so Hibernate Validator picks them for every String and keeps
 * its own for collections and the rest.
 */
@Configuration(proxyBeanMethods = false)
class HumanTextConstraints {

    @Bean
    ValidationConfigurationCustomizer humanText() {
        return configuration -> {
            if (configuration instanceof HibernateValidatorConfiguration hibernate) {
                ConstraintMapping mapping = hibernate.createConstraintMapping();
                mapping.constraintDefinition(Size.class)
                        .includeExistingValidators(true)
                        .validatedBy(CodePointSize.class);
                mapping.constraintDefinition(NotBlank.class)
                        .includeExistingValidators(true)
                        .validatedBy(VisibleNotBlank.class);
                hibernate.addMapping(mapping);
            }
        };
    }

    /** {@code @Size} on a String, in code points. */
    public static class CodePointSize implements ConstraintValidator<Size, String> {

        private int min;
        private int max;

        @Override
        public void initialize(Size size) {
            this.min = size.min();
            this.max = size.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int length = Text.length(value);
            return length >= min && length <= max;
        }
    }

    /** {@code @NotBlank} on a String: something a reader can see. */
    public static class VisibleNotBlank implements ConstraintValidator<NotBlank, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return !Text.isBlank(value);
        }
    }
}
