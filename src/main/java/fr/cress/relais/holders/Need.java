package fr.cress.relais.holders;

import fr.cress.relais.common.i18n.Labelled;
import fr.cress.relais.territory.ServiceFamily;
import fr.cress.relais.territory.ServiceKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a holder asks for, stored as a key in {@code holder_need.need_key}. A need is either a family of the
 * offer ({@code financement}: any of its services answers it), one service ({@code statuts},
 * {@code pret-honneur}...), or {@code mise-en-reseau}: meeting the network. The offer has no service of that
 * name; the partners that welcome and inform ({@code accueil}) are the doors into the network, so
 * suggestions for « mise en réseau » look for {@link ServiceKind#ACCUEIL} offers.
 */
public record Need(String key) implements Labelled {

    public static final String NETWORKING = "mise-en-reseau";

    /** The need a key stands for, if it is one. Keys are trimmed and lower-cased. */
    public static Optional<Need> of(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        String k = key.strip().toLowerCase(Locale.ROOT);
        if (k.equals(NETWORKING) || !ServiceKind.resolve(k).isEmpty()) {
            return Optional.of(new Need(k));
        }
        return Optional.empty();
    }

    /** Every need a holder can have: the four families, « mise en réseau », then each service. */
    public static List<Need> catalogue() {
        List<Need> needs = new ArrayList<>();
        for (ServiceFamily family : ServiceFamily.values()) {
            needs.add(new Need(family.key()));
        }
        needs.add(new Need(NETWORKING));
        for (ServiceKind service : ServiceKind.values()) {
            if (family(service.key()).isEmpty()) {
                needs.add(new Need(service.key()));
            }
        }
        return needs;
    }

    /** The services of the offer that answer this need. */
    public Set<ServiceKind> services() {
        if (NETWORKING.equals(key)) {
            return EnumSet.of(ServiceKind.ACCUEIL);
        }
        return ServiceKind.resolve(key);
    }

    /** True when this need is {@code other} or one of its services (« garantie » is within « financement »). */
    public boolean within(Need other) {
        if (key.equals(other.key)) {
            return true;
        }
        return !NETWORKING.equals(key) && !NETWORKING.equals(other.key) && other.services().containsAll(services());
    }

    @Override
    public String labelKey() {
        if (NETWORKING.equals(key)) {
            return "holders.need.mise-en-reseau";
        }
        return family(key).map(ServiceFamily::labelKey)
                .orElseGet(() -> ServiceKind.byKey(key).map(ServiceKind::labelKey).orElse("holders.need.unknown"));
    }

    private static Optional<ServiceFamily> family(String key) {
        return Arrays.stream(ServiceFamily.values()).filter(f -> f.key().equals(key)).findFirst();
    }
}
