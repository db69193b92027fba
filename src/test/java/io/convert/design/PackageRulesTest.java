package io.convert.design;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the README's "Design" section, checked on the compiled main classes: a
 * change that breaks one fails here with the offending dependency named.
 */
class PackageRulesTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.convert");
    }

    @Test
    void theModelDependsOnNothingOfOurs() {
        check(noClasses().that().resideInAPackage("io.convert.model..")
                .should().dependOnClassesThat(ours().and(resideOutsideOfPackages("io.convert.model..")))
                .because("every reader and writer shares the model, so it can depend on none of them"));
    }

    @Test
    void thePluginContractSeesOnlyTheModel() {
        check(noClasses().that().resideInAPackage("io.convert.spi..")
                .should().dependOnClassesThat(ours().and(resideOutsideOfPackages("io.convert.spi..",
                        "io.convert.model.."))));
    }

    @Test
    void sharedArticleKnowledgeSeesOnlyTheModel() {
        check(noClasses().that().resideInAPackage("io.convert.lang..")
                .should().dependOnClassesThat(ours().and(resideOutsideOfPackages("io.convert.lang..",
                        "io.convert.model.."))));
    }

    @Test
    void readersAndWritersNeverDependOnEachOther() {
        check(noClasses().that().resideInAPackage("io.convert.reader..")
                .should().dependOnClassesThat().resideInAPackage("io.convert.writer.."));
        check(noClasses().that().resideInAPackage("io.convert.writer..")
                .should().dependOnClassesThat().resideInAPackage("io.convert.reader.."));
        check(slices().matching("io.convert.reader.(*)..").should().notDependOnEachOther());
    }

    @Test
    void writersShareMarkupOnlyThroughTheMarkupPackage() {
        check(slices().matching("io.convert.writer.(*)..").should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAPackage("io.convert.writer.markup..")));
    }

    @Test
    void readersAndWritersSeeOnlyThePluginContractTheModelAndSharedKnowledge() {
        check(noClasses().that().resideInAnyPackage("io.convert.reader..", "io.convert.writer..")
                .should().dependOnClassesThat(ours().and(resideOutsideOfPackages("io.convert.reader..",
                        "io.convert.writer..", "io.convert.spi..", "io.convert.model..", "io.convert.lang..",
                        "io.convert.typeset.."))));
    }

    @Test
    void theTypesettingEngineNeverReachesTheProgramAroundIt() {
        check(noClasses().that().resideInAPackage("io.convert.typeset..")
                .should().dependOnClassesThat().resideInAnyPackage("io.convert.cli..", "io.convert.reader..",
                        "io.convert.writer..", "io.convert.io.."));
    }

    @Test
    void onlyTheEnginesEmissionLayerTouchesPdfDocuments() {
        check(noClasses().that().resideInAPackage("io.convert.typeset..")
                .and().resideOutsideOfPackage("io.convert.typeset.emit..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox.pdmodel..",
                        "org.apache.pdfbox.cos..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        "org.apache.fontbox.ttf.TTFSubsetter")
                .because("layout (fonts per character, bidi, shaping, breaking) holds no PDF document"));
    }

    @Test
    void onlyTheCommandLineKnowsPicocli() {
        check(noClasses().that().resideOutsideOfPackage("io.convert.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli.."));
    }

    @Test
    void nothingButTheCommandLineDependsOnIt() {
        check(noClasses().that().resideOutsideOfPackage("io.convert.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.convert.cli.."));
    }

    private static com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> ours() {
        return resideInAPackage("io.convert..");
    }

    private static void check(ArchRule rule) {
        rule.check(main);
    }
}
