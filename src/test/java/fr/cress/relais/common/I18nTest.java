package fr.cress.relais.common;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.cress.relais.common.feature.SectionId;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.i18n.Labelled;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text the code asks for exists in French and in English, and every key of the bundles is used.
 * Keys are found as string literals in src/main/java that look like {@code "feature.some.key"}, and as
 * the label keys of every {@link Labelled} enum constant.
 */
class I18nTest {

    private static final Pattern LITERAL = Pattern.compile("\"([a-z]+(?:\\.[A-Za-z0-9_-]+)+)\"");

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        for (String bundle : I18n.BUNDLES) {
            Set<String> fr = keys("/i18n/" + bundle + ".properties");
            Set<String> en = keys("/i18n/" + bundle + "_en.properties");
            assertThat(en).as("English keys of bundle %s", bundle).containsExactlyInAnyOrderElementsOf(fr);
        }
    }

    @Test
    void everyKeyUsedInTheCodeExistsAndEveryKeyIsUsed() throws IOException {
        Set<String> all = new TreeSet<>();
        for (String bundle : I18n.BUNDLES) {
            Set<String> keys = keys("/i18n/" + bundle + ".properties");
            keys.forEach(k -> assertThat(k).as("key %s lives in bundle %s", k, bundle).startsWith(bundle + "."));
            all.addAll(keys);
        }
        Set<String> used = new HashSet<>(literalKeys(all));
        used.addAll(enumKeys());
        for (SectionId section : SectionId.values()) {
            used.add(section.emptyKey());
        }
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(all);
        assertThat(missing).as("keys used in the code but missing from the bundles").isEmpty();
        Set<String> unused = new TreeSet<>(all);
        unused.removeAll(used);
        assertThat(unused).as("keys in the bundles that no code uses").isEmpty();
    }

    @Test
    void frenchTextsUseTypographicApostrophes() throws IOException {
        for (String bundle : I18n.BUNDLES) {
            Properties p = load("/i18n/" + bundle + ".properties");
            p.forEach((k, v) -> assertThat((String) v).as("%s uses ’ rather than '", k).doesNotContain("'"));
        }
    }

    /** Literal strings of the code that are keys of a known bundle prefix. */
    private static Set<String> literalKeys(Set<String> allKeys) throws IOException {
        Set<String> prefixes = new HashSet<>();
        I18n.BUNDLES.forEach(b -> prefixes.add(b + "."));
        Set<String> found = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    String candidate = m.group(1);
                    if (prefixes.stream().anyMatch(candidate::startsWith)) {
                        found.add(candidate);
                    }
                }
            }
        }
        return found;
    }

    private static Set<String> enumKeys() {
        Set<String> keys = new HashSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.cress.relais")) {
            if (c.isEnum() && c.isAssignableTo(Labelled.class)) {
                for (Object constant : c.reflect().getEnumConstants()) {
                    keys.add(((Labelled) constant).labelKey());
                }
            }
        }
        return keys;
    }

    private static Set<String> keys(String resource) throws IOException {
        Set<String> keys = new TreeSet<>();
        load(resource).keySet().forEach(k -> keys.add((String) k));
        return keys;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("bundle %s", resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
