package dev.crm.gateway.spa;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** Serves the app's entry page at "/" (and, through the fallback filter, at every app path). */
@Configuration(proxyBeanMethods = false)
class IndexPage {

    @Bean
    RouterFunction<ServerResponse> indexRoute() {
        ClassPathResource index = new ClassPathResource("static/index.html");
        return RouterFunctions.route()
                .GET("/", request -> index.exists()
                        ? ServerResponse.ok().contentType(MediaType.TEXT_HTML).header("Cache-Control", "no-cache").bodyValue(index)
                        : ServerResponse.ok().contentType(MediaType.TEXT_PLAIN).bodyValue("The web app is not built into this gateway."))
                .build();
    }
}
