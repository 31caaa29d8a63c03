package fr.cress.relais.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cress.relais.territory.ServiceKind;
import fr.cress.relais.territory.TerritoryCoverage;
import fr.cress.relais.territory.TerritoryLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code relais gaps --service SERVICE [--level epci]}: the territories where no structure offers the service
 * (or any service of the family), most populated first, as a JSON array of {@code {code, name, population}}.
 */
@Command(name = "gaps", description = "Affiche en JSON les territoires sans aucune offre d'un service (zones blanches), les plus peuplés d'abord.")
final class GapsCommand implements Callable<Integer> {

    @ParentCommand
    private Cli cli;

    @Spec
    CommandSpec spec;

    @Option(names = "--service", required = true, paramLabel = "SERVICE",
            description = "Clé d'un service ou d'une famille (voir relais services), par exemple financement.")
    String service;

    @Option(names = "--level", paramLabel = "NIVEAU", defaultValue = "epci",
            description = "commune, epci, zone ou departement (par défaut : ${DEFAULT-VALUE}).")
    String level;

    @Override
    public Integer call() throws Exception {
        Set<ServiceKind> services = ServiceKind.resolve(service);
        if (services.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "Service inconnu : « " + service + " ». La commande relais services liste les clés possibles.");
        }
        TerritoryLevel chosen = TerritoryLevel.byKey(level).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Niveau inconnu : « " + level + " ». Niveaux possibles : commune, epci, zone, departement."));
        List<TerritoryCoverage> gaps = cli.context().relais().territory().coverage().gaps(chosen, services);
        List<Map<String, Object>> json = gaps.stream().map(GapsCommand::asJson).toList();
        cli.context().out().println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
        return ExitCodes.OK;
    }

    private static Map<String, Object> asJson(TerritoryCoverage gap) {
        Map<String, Object> territory = new LinkedHashMap<>();
        territory.put("code", gap.territory().code());
        territory.put("name", gap.territory().name());
        territory.put("population", gap.territory().population());
        return territory;
    }
}
