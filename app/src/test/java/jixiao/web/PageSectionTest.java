package jixiao.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The section the navigation marks for a page's address (PageContext.sectionOf). */
class PageSectionTest {

    @ParameterizedTest
    @CsvSource({
            "/, /",
            "/projects, /projects",
            "/projects/12, /projects",
            "/projects/12/evaluation, /evaluations",
            "/projects/12/evaluation/report, /evaluations",
            "/evaluations, /evaluations",
            "/monitoring, /monitoring",
            "/monitoring/export/B001/2030-06, /monitoring",
            "/admin/users, /admin/users",
            "/admin/users/5/edit, /admin/users",
            "/admin, /admin",
            "/reports/projects/3/2030-06, /reports",
    })
    void theSectionIsTheFirstPartOfTheAddressTwoUnderAdmin(String path, String section) {
        assertEquals(section, PageContext.sectionOf(path));
    }
}
