package org.exampath.dist;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The .deb's menu entry: jpackage writes {@code --linux-menu-group} as the desktop entry's {@code Categories=}. A menu
 * files an entry by a main category of the freedesktop menu specification; one with none (the old {@code Medical}, which
 * the specification does not know) lands in the desktop's catch-all ("Other", "Lost &amp; Found"). The README must name
 * the section the entry really appears under.
 */
class DebMenuCategoryTest {
    /** The main categories every conforming desktop must support (menu specification, appendix A.1). */
    private static final List<String> MAIN = List.of("AudioVideo", "Audio", "Video", "Development", "Education", "Game",
            "Graphics", "Network", "Office", "Science", "Settings", "System", "Utility");

    @Test
    void theDesktopEntryNamesAMainCategoryOfTheMenuSpecification() throws Exception {
        String script = Files.readString(Path.of("src/dist/build-image.sh"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("--linux-menu-group\\s+(\"[^\"]*\"|'[^']*'|\\S+)").matcher(script);
        assertTrue(m.find(), "the .deb is built with no --linux-menu-group");
        String group = m.group(1).replaceAll("^[\"']|[\"']$", "");
        List<String> categories = Arrays.stream(group.split(";")).filter(c -> !c.isBlank()).toList();
        assertTrue(categories.stream().anyMatch(MAIN::contains), "the desktop entry's Categories=" + group + " holds no main "
                + "category of the freedesktop menu specification " + MAIN + ", so desktops put ExamPath under their catch-all "
                + "menu, not under Medical as the README says (the registered medical category is MedicalSoftware, with Science)");
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String main = categories.stream().filter(MAIN::contains).findFirst().orElseThrow();
        assertTrue(readme.contains("in the menu under " + main), "the README does not say the menu section the entry is under ("
                + main + ")");
    }
}
