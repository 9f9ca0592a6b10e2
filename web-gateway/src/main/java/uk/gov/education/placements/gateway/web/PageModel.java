package uk.gov.education.placements.gateway.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

import uk.gov.education.placements.gateway.identity.CurrentUser;
import uk.gov.education.placements.gateway.identity.SignedInUser;

/** What the layout of every page needs: who is signed in and the navigation of the section the page is in. */
@ControllerAdvice
class PageModel {

    private static final Pattern SCHOOL_PAGE = Pattern.compile("^/schools/([^/]+)(/[^/]+)?.*");
    private static final Pattern PROVIDER_PAGE = Pattern.compile("^/providers/([^/]+)(/.*)?");

    @ModelAttribute("user")
    SignedInUser user() {
        return CurrentUser.find().orElse(null);
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(HttpServletRequest request) {
        String path = request.getRequestURI();
        Matcher school = SCHOOL_PAGE.matcher(path);
        if (school.matches()) {
            String base = "/schools/" + school.group(1);
            String section = school.group(2) == null ? "" : school.group(2);
            return List.of(
                    new NavigationItem("Placements", base + "/placements", section.equals("/placements")),
                    new NavigationItem("Partner providers", base + "/partner-providers", section.equals("/partner-providers")),
                    new NavigationItem("Organisation details", base, section.isEmpty() || section.equals("/placement-contact")));
        }
        Matcher provider = PROVIDER_PAGE.matcher(path);
        if (provider.matches()) {
            return List.of(new NavigationItem("Find placements", "/providers/" + provider.group(1) + "/placements", true));
        }
        return CurrentUser.find().filter(SignedInUser::support)
                .map(user -> List.of(new NavigationItem("Support", "/support", path.startsWith("/support"))))
                .orElse(List.of());
    }
}
