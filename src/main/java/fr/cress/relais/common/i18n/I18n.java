package fr.cress.relais.common.i18n;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The application's texts. Each feature keeps its own bundle ({@code i18n/<feature>_fr.properties} and
 * {@code _en}); they are merged into one {@link ResourceBundle} here. French is the default.
 * Keys are namespaced by feature: {@code partners.list.empty}.
 */
public final class I18n {

    /** Bundle base names, one per feature; the i18n test reads the same list. */
    public static final List<String> BUNDLES = List.of(
            "app", "common", "partners", "meetings", "actions", "territory", "holders", "safety", "team");

    private final Locale locale;
    private final Map<String, String> texts;
    private final ResourceBundle bundle;

    private I18n(Locale locale) {
        this.locale = locale;
        Map<String, String> merged = new LinkedHashMap<>();
        for (String name : BUNDLES) {
            ResourceBundle part = ResourceBundle.getBundle("i18n." + name, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : Collections.list(part.getKeys())) {
                if (merged.put(key, part.getString(key)) != null) {
                    throw new IllegalStateException("Duplicate i18n key " + key + " in bundle " + name);
                }
            }
        }
        this.texts = Map.copyOf(merged);
        this.bundle = new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return texts.get(key);
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.enumeration(texts.keySet());
            }
        };
    }

    /**
     * French unless English was asked for: the system property {@code relais.language=en} or the
     * environment variable {@code RELAIS_LANG=en}. The interface is French first, whatever the system's locale.
     */
    public static I18n fromSettings() {
        String language = System.getProperty("relais.language", System.getenv().getOrDefault("RELAIS_LANG", "fr"));
        return "en".equalsIgnoreCase(language) ? new I18n(Locale.ENGLISH) : french();
    }

    public static I18n english() {
        return new I18n(Locale.ENGLISH);
    }

    public static I18n french() {
        return new I18n(Locale.FRANCE);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The text of {@code key}, formatted with {@link MessageFormat} when arguments are given. */
    public String t(String key, Object... args) {
        String pattern = texts.get(key);
        if (pattern == null) {
            throw new MissingResourceException("Missing i18n key " + key, I18n.class.getName(), key);
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    public String label(Labelled value) {
        return value == null ? "" : t(value.labelKey());
    }
}
