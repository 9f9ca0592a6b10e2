package uk.gov.education.placements.gateway.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import uk.gov.education.placements.gateway.GatewayProperties;

/**
 * GOV.UK Frontend from its webjar, served by the gateway itself: its compiled CSS asks for fonts
 * and images under {@code /assets/}, so that is where they are; the CSS and JavaScript are under
 * {@code /govuk-frontend/}. The version comes from the pom (filtered into application.yml), so
 * upgrading the webjar is one edit.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final GatewayProperties properties;
    private final OrganisationAccess organisationAccess;

    WebConfiguration(GatewayProperties properties, OrganisationAccess organisationAccess) {
        this.properties = properties;
        this.organisationAccess = organisationAccess;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String dist = "classpath:/META-INF/resources/webjars/govuk-frontend/" + properties.govukFrontendVersion() + "/dist/govuk/";
        CacheControl aDay = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
        registry.addResourceHandler("/assets/**").addResourceLocations(dist + "assets/").setCacheControl(aDay);
        registry.addResourceHandler("/govuk-frontend/**").addResourceLocations(dist).setCacheControl(aDay);
        registry.addResourceHandler("/favicon.ico").addResourceLocations(dist + "assets/images/").setCacheControl(aDay);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(organisationAccess).addPathPatterns("/schools/**", "/providers/**");
    }
}
