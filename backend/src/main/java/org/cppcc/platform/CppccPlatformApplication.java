package org.cppcc.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

@Modulithic(systemName = "政协提案与协商平台", sharedModules = "shared")
@SpringBootApplication
@ConfigurationPropertiesScan
public class CppccPlatformApplication {

    public static void main(String[] args) {
        SpringApplication.run(CppccPlatformApplication.class, args);
    }
}
