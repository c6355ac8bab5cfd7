package org.cppcc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The modules only use each other's published API (no reach into another module's internal package), form no
 * cycle, and depend on exactly the modules their {@code package-info.java} allows: each declares its allowed
 * dependencies, and an allowance the code no longer uses is removed, so the declarations stay a true map.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(CppccPlatformApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void everyModuleDeclaresExactlyTheModulesItUses() {
        MODULES.forEach(module -> {
            String[] declared = declaration(module.getBasePackage().getName(), module.getName())
                    .allowedDependencies();
            assertThat(declared)
                    .as("module %s must declare allowedDependencies in its package-info.java", module.getName())
                    .doesNotContain(ApplicationModule.OPEN_TOKEN);
            Set<String> allowed = Arrays.stream(declared)
                    .map(target -> target.split("::")[0].strip())
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> used = MODULES.stream()
                    .filter(other -> !other.equals(module))
                    .filter(other -> module.getDirectDependencies(MODULES).contains(other))
                    .map(other -> other.getName())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(allowed)
                    .as("allowedDependencies of module %s against what its code uses", module.getName())
                    .isEqualTo(used);
        });
    }

    private static ApplicationModule declaration(String basePackage, String name) {
        try {
            ApplicationModule declaration =
                    Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
            assertThat(declaration)
                    .as("module %s has no @ApplicationModule", name)
                    .isNotNull();
            return declaration;
        } catch (ClassNotFoundException e) {
            throw new AssertionError("module " + name + " has no package-info.java", e);
        }
    }
}
