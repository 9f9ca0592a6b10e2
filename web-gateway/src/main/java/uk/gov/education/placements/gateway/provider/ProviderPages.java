package uk.gov.education.placements.gateway.provider;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.gov.education.placements.gateway.client.PlacementPage;
import uk.gov.education.placements.gateway.client.ProviderView;
import uk.gov.education.placements.gateway.client.Subject;
import uk.gov.education.placements.gateway.client.SubjectCatalogue;
import uk.gov.education.placements.gateway.web.Display;

/**
 * What a provider reads: find placements (by subject, year group, partner schools only, and
 * available / assigned to them), a placement with the school's placement contact at the top,
 * and a school. {@code code} is the provider whose pages these are: provider-view-service
 * answers "assigned to you" for it.
 */
@Controller
class ProviderPages {

    static final int PAGE_SIZE = 20;
    private static final Set<String> SHOW = Set.of("available", "assigned_to_you", "all");

    private final ProviderView providerView;
    private final SubjectCatalogue subjects;

    ProviderPages(ProviderView providerView, SubjectCatalogue subjects) {
        this.providerView = providerView;
        this.subjects = subjects;
    }

    /** Filters come from a GET form: a value the form does not offer is treated as no filter. */
    @GetMapping("/providers/{code}/placements")
    String find(@PathVariable String code, @RequestParam(required = false) String subject,
                @RequestParam(required = false) String yearGroup,
                @RequestParam(required = false) String partnerSchools,
                @RequestParam(required = false) String show,
                @RequestParam(required = false) String page, Model model) {
        List<Subject> all = subjects.all();
        String subjectFilter = all.stream().anyMatch(s -> s.code().equals(subject)) ? subject : null;
        String yearGroupFilter = Display.YEAR_GROUPS.stream().anyMatch(group -> group.getKey().equals(yearGroup)) ? yearGroup : null;
        String showFilter = show != null && SHOW.contains(show) ? show : "all";
        boolean partnersOnly = "yes".equals(partnerSchools);
        int pageNumber = pageNumber(page);

        PlacementPage results = providerView.placements(code, new ProviderView.Search(subjectFilter, yearGroupFilter,
                "all".equals(showFilter) ? null : showFilter, partnersOnly ? code : null, pageNumber, PAGE_SIZE));

        model.addAttribute("code", code);
        model.addAttribute("subjects", all);
        model.addAttribute("subject", subjectFilter);
        model.addAttribute("yearGroup", yearGroupFilter);
        model.addAttribute("show", showFilter);
        model.addAttribute("partnersOnly", partnersOnly);
        model.addAttribute("results", results);
        model.addAttribute("previousPage", pageNumber > 0 ? link(code, subjectFilter, yearGroupFilter, partnersOnly, showFilter, pageNumber - 1) : null);
        model.addAttribute("nextPage", pageNumber + 1 < results.totalPages()
                ? link(code, subjectFilter, yearGroupFilter, partnersOnly, showFilter, pageNumber + 1) : null);
        return "provider/find-placements";
    }

    @GetMapping("/providers/{code}/placements/{id}")
    String placement(@PathVariable String code, @PathVariable UUID id, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("placement", providerView.placement(id, code));
        return "provider/placement";
    }

    @GetMapping("/providers/{code}/schools/{urn}")
    String school(@PathVariable String code, @PathVariable String urn, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("school", providerView.school(urn));
        return "provider/school";
    }

    private static int pageNumber(String page) {
        try {
            return page == null ? 0 : Math.max(0, Math.min(100_000, Integer.parseInt(page)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String link(String code, String subject, String yearGroup, boolean partnersOnly, String show, int page) {
        StringBuilder link = new StringBuilder("/providers/" + code + "/placements?show=" + show + "&page=" + page);
        if (subject != null) {
            link.append("&subject=").append(subject);
        }
        if (yearGroup != null) {
            link.append("&yearGroup=").append(yearGroup);
        }
        if (partnersOnly) {
            link.append("&partnerSchools=yes");
        }
        return link.toString();
    }
}
