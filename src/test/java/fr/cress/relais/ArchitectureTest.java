package fr.cress.relais;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layers of Relais, as rules that fail the build when broken. */
@AnalyzeClasses(packages = "fr.cress.relais", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURES = {"..partners..", "..meetings..", "..actions..", "..territory..",
            "..holders..", "..safety..", "..exchange.."};

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices()
            .matching("fr.cress.relais.(*)..")
            .should().beFreeOfCycles()
            .because("a feature may use an earlier one, never the other way round");

    @ArchTest
    static final ArchRule featuresDoNotReachTheShell = noClasses()
            .that().resideInAnyPackage(FEATURES).or().resideInAnyPackage("..common..", "..db..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.cress.relais.app..", "fr.cress.relais.cli..")
            .because("the window and the command line are built on the features, not the reverse");

    @ArchTest
    static void featureUiIsUsedOnlyByItsFeature(JavaClasses classes) {
        for (String feature : new String[]{"partners", "meetings", "actions", "territory", "holders", "safety"}) {
            classes().that().resideInAPackage("fr.cress.relais." + feature + ".ui..")
                    .should().onlyHaveDependentClassesThat().resideInAPackage("fr.cress.relais." + feature + "..")
                    .allowEmptyShould(true)
                    .because("a feature never reaches into another feature's views")
                    .check(classes);
        }
    }

    @ArchTest
    static final ArchRule generatedJooqStaysInRepositories = noClasses()
            .that().resideInAPackage("..ui..")
            .or().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("fr.cress.relais.db.generated..", "org.jooq..")
            .because("views and view models talk to services, never to the database");

    @ArchTest
    static final ArchRule servicesHaveNoJavaFx = noClasses()
            .that().haveSimpleNameEndingWith("Repository").or().haveSimpleNameEndingWith("Service")
            .or().resideInAPackage("..exchange..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("repositories, services and file formats run without a window (command line, tests)");

    @ArchTest
    static final ArchRule noSingletons = noMethods()
            .should().haveName("getInstance")
            .because("services are built at the composition root, never fetched from a static singleton");
}
