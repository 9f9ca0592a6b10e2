package uk.gov.education.placements.gateway.identity;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

import uk.gov.education.placements.gateway.GatewayProperties;
import uk.gov.education.placements.gateway.web.FormErrors;

/** The sign-in stand-in's page, and the start page that sends each kind of user to their own pages. */
@Controller
class SignInController {

    static final String CHOOSE_A_USER = "Select who you want to sign in as";

    private final GatewayProperties properties;

    SignInController(GatewayProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error, @RequestParam(name = "signed-out", required = false) String signedOut,
                  Model model, HttpServletResponse response) {
        FormErrors errors = error == null ? FormErrors.none() : FormErrors.of("user", "user", CHOOSE_A_USER);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("errors", errors);
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("schoolUrn", properties.demoSchoolUrn());
        model.addAttribute("providerCode", properties.demoProviderCode());
        return "sign-in";
    }

    @GetMapping("/")
    String start() {
        SignedInUser user = CurrentUser.get();
        if (user.support()) {
            return "redirect:/support";
        }
        if (user.isSchoolUser()) {
            return "redirect:/schools/" + user.schools().get(0);
        }
        if (user.isProviderUser()) {
            return "redirect:/providers/" + user.providers().get(0) + "/placements";
        }
        return "redirect:/sign-in";
    }
}
