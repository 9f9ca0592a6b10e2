package uk.gov.education.placements.gateway.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import uk.gov.education.placements.gateway.GatewayProperties;
import uk.gov.education.placements.gateway.identity.CurrentUser;

/**
 * One {@link RestClient} per service, from Spring Boot's builder (its Jackson setup), each with
 * its base URL, timeouts, the signed-in user's bearer token on every request (token relay, as
 * OAuth2's client support would do it), and one translation of failures: a problem detail
 * becomes a {@link ServiceProblem} the page can show, and anything the user cannot fix (no
 * answer, a timeout, a 5xx) a {@link ServiceUnavailable}.
 */
@Configuration(proxyBeanMethods = false)
class ServiceClients {

    static final String SCHOOL_SERVICE = "school-service";
    static final String PLACEMENT_SERVICE = "placement-service";
    static final String PROVIDER_VIEW_SERVICE = "provider-view-service";

    @Bean
    SchoolService schoolService(RestClient.Builder builder, GatewayProperties properties, ObjectMapper json) {
        return new SchoolService(client(builder, properties, properties.schoolServiceUrl(), SCHOOL_SERVICE, json));
    }

    @Bean
    PlacementService placementService(RestClient.Builder builder, GatewayProperties properties, ObjectMapper json) {
        return new PlacementService(client(builder, properties, properties.placementServiceUrl(), PLACEMENT_SERVICE, json));
    }

    @Bean
    ProviderView providerView(RestClient.Builder builder, GatewayProperties properties, ObjectMapper json) {
        return new ProviderView(client(builder, properties, properties.providerViewServiceUrl(), PROVIDER_VIEW_SERVICE, json));
    }

    private static ServiceClient client(RestClient.Builder builder, GatewayProperties properties, URI baseUrl, String service,
                                        ObjectMapper json) {
        ClientHttpRequestFactory requests = ClientHttpRequestFactoryBuilder.jdk().build(ClientHttpRequestFactorySettings.defaults()
                .withConnectTimeout(properties.connectTimeout())
                .withReadTimeout(properties.readTimeout()));
        RestClient client = builder.clone()
                .baseUrl(baseUrl.toString())
                .requestFactory(requests)
                .requestInterceptor(bearerTokenOfTheSignedInUser())
                .requestInterceptor(unavailableWhenUnreachable(service))
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw failure(service, response, json);
                })
                .build();
        return new ServiceClient(service, client);
    }

    private static ClientHttpRequestInterceptor bearerTokenOfTheSignedInUser() {
        return (request, body, execution) -> {
            request.getHeaders().setBearerAuth(CurrentUser.get().bearerToken());
            return execution.execute(request, body);
        };
    }

    private static ClientHttpRequestInterceptor unavailableWhenUnreachable(String service) {
        return (request, body, execution) -> {
            try {
                return execution.execute(request, body);
            } catch (IOException e) {
                throw new ServiceUnavailable(service, "no answer to " + request.getMethod() + " " + request.getURI().getPath(), e);
            }
        };
    }

    static RuntimeException failure(String service, ClientHttpResponse response, ObjectMapper json) throws IOException {
        int status = response.getStatusCode().value();
        JsonNode body = problem(response, json);
        String type = body.path("type").asText("");
        String slug = type.substring(type.lastIndexOf('/') + 1);
        // The one 5xx that is an answer: "not caught up yet, ask again" (read-your-writes).
        if (status >= 500 && !"school-version-not-reached".equals(slug)) {
            return new ServiceUnavailable(service, "answered " + status + " " + slug, null);
        }
        List<FieldMessage> errors = new ArrayList<>();
        body.path("errors").forEach(error -> errors.add(new FieldMessage(error.path("field").asText(), error.path("message").asText())));
        return new ServiceProblem(service, status, slug, body.path("detail").asText(null), errors, body);
    }

    private static JsonNode problem(ClientHttpResponse response, ObjectMapper json) {
        try (InputStream in = response.getBody()) {
            JsonNode node = json.readTree(in);
            return node == null ? MissingNode.getInstance() : node;
        } catch (IOException | RuntimeException notJson) {
            return MissingNode.getInstance();
        }
    }

    /** A service's client with its name, for the messages of {@link ServiceUnavailable}. */
    record ServiceClient(String service, RestClient rest) {
    }
}
