package org.constellation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ConstellationApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConstellationApplication.class, args);
    }
}
