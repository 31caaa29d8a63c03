package fr.cress.relais.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.holders.HoldersFeature;
import fr.cress.relais.holders.Need;
import fr.cress.relais.holders.NeedSuggestions;
import fr.cress.relais.holders.Suggestion;
import fr.cress.relais.territory.ServiceKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code relais suggest --commune 61145 --need financement}: the partners whose offer covers the commune for
 * the need, narrowest territory first, as a JSON list; when none covers it, a French message on the error
 * stream and the nearest offers (coverage {@code nearby}). Exit 3 for an unknown commune or need.
 */
@Command(name = "suggest", sortOptions = false,
        description = "Affiche en JSON les partenaires dont l’offre couvre une commune pour un besoin (code 3 si la commune ou le besoin est inconnu).")
final class SuggestCommand implements Callable<Integer> {

    @ParentCommand
    private Cli cli;

    @Option(names = "--commune", required = true, paramLabel = "INSEE", description = "Code INSEE de la commune (5 caractères).")
    String commune;

    @Option(names = "--need", required = true, split = ",", paramLabel = "BESOIN",
            description = "Besoin : clé d’un service (statuts, garantie…), d’une famille (financement, accompagnement…) ou mise-en-reseau. Répétable.")
    List<String> needs;

    @Override
    public Integer call() throws Exception {
        CliContext ctx = cli.context();
        HoldersFeature holders = ctx.relais().holders();
        String code = commune.strip();
        if (holders.holders().commune(code).isEmpty()) {
            throw new BadInputException("holders.cli.unknownCommune", code);
        }
        List<Need> asked = new ArrayList<>();
        for (String key : needs) {
            asked.add(Need.of(key).orElseThrow(() -> new BadInputException("holders.cli.unknownNeed", key,
                    Need.catalogue().stream().map(Need::key).collect(Collectors.joining(", ")))));
        }
        List<Map<String, Object>> json = new ArrayList<>();
        for (NeedSuggestions s : holders.suggestions().suggest(code, asked)) {
            if (!s.isCovered()) {
                ctx.err().println(s.message());
            }
            (s.isCovered() ? s.covering() : s.nearest()).forEach(g -> json.add(toJson(s, g)));
        }
        ctx.out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
        return ExitCodes.OK;
    }

    private static Map<String, Object> toJson(NeedSuggestions s, Suggestion g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("need", s.need().key());
        m.put("commune", s.communeCode());
        m.put("covered", !g.isNearby());
        m.put("partner", g.partner());
        m.put("organisation", g.organisationName());
        m.put("organisationId", g.organisationId());
        m.put("services", g.services().stream().map(ServiceKind::key).toList());
        m.put("reach", g.reach().key());
        if (g.isNearby()) {
            m.put("distanceKm", Math.round(g.distanceKm() * 10) / 10.0);
            m.put("nearCommune", g.viaCommune());
        } else {
            m.put("territory", g.territoryName());
        }
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", g.contactName());
        contact.put("phone", g.contactPhone());
        contact.put("email", g.contactEmail());
        m.put("contact", contact);
        return m;
    }
}
