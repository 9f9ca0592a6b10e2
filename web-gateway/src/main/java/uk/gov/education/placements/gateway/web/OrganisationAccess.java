package uk.gov.education.placements.gateway.web;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import uk.gov.education.placements.gateway.identity.CurrentUser;
import uk.gov.education.placements.gateway.identity.SignedInUser;

/**
 * A user's pages are their own organisation's: the school pages of another school, or another
 * provider's pages, are refused before any service is asked. The services check the same again
 * on every call (they are the authority); this only spares the user a page of errors.
 */
@Component
class OrganisationAccess implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        SignedInUser user = CurrentUser.find().orElse(null);
        if (variables == null || user == null) {
            return true;
        }
        String path = request.getRequestURI();
        if (path.startsWith("/schools/") && variables.containsKey("urn") && !user.actsForSchool(variables.get("urn"))) {
            throw new NotYourOrganisation();
        }
        if (path.startsWith("/providers/") && variables.containsKey("code") && !user.actsForProvider(variables.get("code"))) {
            throw new NotYourOrganisation();
        }
        return true;
    }

    static class NotYourOrganisation extends RuntimeException {
        NotYourOrganisation() {
            super("Not the user's organisation");
        }
    }
}
