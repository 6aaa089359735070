package org.constellation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/**
 * Packages follow the lifecycle (call, proposal, eligibility, label, accompaniment, matching, forum, programme, report,
 * obligation, subsidy, renewal) with notification, privacy and the outer layers (demo, portal, coordination) around
 * them, and workflow (engine plumbing), security and funding (the money rules a call's setup already reads) underneath.
 * docs/architecture.md draws the same order.
 */
@AnalyzeClasses(packages = "org.constellation", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    /** Each layer uses only the layers below it (or its own): no arrow goes back up the lifecycle. */
    @ArchTest
    static final ArchRule dependenciesPointDownTheLifecycle = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Workflow")
            .definedBy("org.constellation.workflow..")
            .layer("Security")
            .definedBy("org.constellation.security..")
            .layer("Funding")
            .definedBy("org.constellation.funding..")
            .layer("Call")
            .definedBy("org.constellation.call..")
            .layer("Proposal")
            .definedBy("org.constellation.proposal..")
            .layer("Steps")
            .definedBy(
                    "org.constellation.eligibility..",
                    "org.constellation.label..",
                    "org.constellation.accompaniment..",
                    "org.constellation.matching..",
                    "org.constellation.forum..",
                    "org.constellation.programme..",
                    "org.constellation.report..",
                    "org.constellation.obligation..",
                    "org.constellation.subsidy..")
            .layer("Renewal")
            .definedBy("org.constellation.renewal..")
            .layer("Notification")
            .definedBy("org.constellation.notification..")
            .layer("Privacy")
            .definedBy("org.constellation.privacy..")
            .layer("Outer")
            .definedBy("org.constellation.demo..", "org.constellation.portal..", "org.constellation.coordination..")
            .whereLayer("Outer")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Privacy")
            .mayOnlyBeAccessedByLayers("Outer")
            .whereLayer("Notification")
            .mayOnlyBeAccessedByLayers("Privacy", "Outer")
            .whereLayer("Renewal")
            .mayOnlyBeAccessedByLayers("Notification", "Privacy", "Outer")
            .whereLayer("Steps")
            .mayOnlyBeAccessedByLayers("Renewal", "Notification", "Privacy", "Outer")
            .whereLayer("Proposal")
            .mayOnlyBeAccessedByLayers("Steps", "Renewal", "Notification", "Privacy", "Outer")
            .whereLayer("Call")
            .mayOnlyBeAccessedByLayers("Proposal", "Steps", "Renewal", "Notification", "Privacy", "Outer")
            .whereLayer("Funding")
            .mayOnlyBeAccessedByLayers("Call", "Proposal", "Steps", "Renewal", "Notification", "Privacy", "Outer")
            .whereLayer("Security")
            .mayOnlyBeAccessedByLayers("Call", "Proposal", "Steps", "Renewal", "Notification", "Privacy", "Outer");

    @ArchTest
    static final ArchRule capabilitiesDoNotDependOnEachOtherInCircles =
            slices().matching("org.constellation.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule lifecycleStepsDoNotSendMailThemselves = noClasses()
            .that()
            .resideInAnyPackage(
                    "..call..",
                    "..proposal..",
                    "..eligibility..",
                    "..label..",
                    "..accompaniment..",
                    "..matching..",
                    "..forum..",
                    "..programme..",
                    "..report..",
                    "..obligation..",
                    "..renewal..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..notification..", "org.springframework.mail..");

    @ArchTest
    static final ArchRule nothingDependsOnDemoData = noClasses()
            .that()
            .resideOutsideOfPackage("..demo..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..demo..");

    @ArchTest
    static final ArchRule workflowPlumbingKnowsNoCapability = noClasses()
            .that()
            .resideInAPackage("..workflow..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "..call..",
                    "..proposal..",
                    "..eligibility..",
                    "..label..",
                    "..accompaniment..",
                    "..matching..",
                    "..forum..",
                    "..programme..",
                    "..report..",
                    "..obligation..",
                    "..funding..",
                    "..subsidy..",
                    "..notification..");

    @ArchTest
    static final ArchRule theCallKnowsNothingOfItsProposals = noClasses()
            .that()
            .resideInAPackage("..call..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..proposal..", "..eligibility..", "..matching..", "..programme..");

    /** The matching engine and the forum planner are plain Java: the process, tests and benchmark run the same code. */
    @ArchTest
    static final ArchRule theMatchingEngineNeedsNoFramework = noClasses()
            .that()
            .resideInAPackage("..matching.engine..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("java..", "..matching.engine..");

    /**
     * The money rules of a call that funds (amounts, SIRETs, a forecast budget's totals and limits) are plain Java: the
     * call's form, the submission's check and the pages read the same rules, and unit tests run them alone.
     */
    @ArchTest
    static final ArchRule theFundingRulesNeedNoFramework = noClasses()
            .that()
            .resideInAPackage("..funding..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("java..", "..funding..");

    @ArchTest
    static final ArchRule theMeetingPlannerNeedsNoFramework = noClasses()
            .that()
            .resideInAPackage("..forum.plan..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("java..", "..forum.plan..");

    @ArchTest
    static final ArchRule thePortalIsTheOutermostLayer = noClasses()
            .that()
            .resideOutsideOfPackage("..portal..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..portal..");

    @ArchTest
    static final ArchRule theCoordinatorsPagesAreAnOuterLayerToo = noClasses()
            .that()
            .resideOutsideOfPackage("..coordination..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..coordination..");

    @ArchTest
    static final ArchRule thePortalLeavesMailToTheProcesses = noClasses()
            .that()
            .resideInAPackage("..portal..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..notification..", "org.springframework.mail..");

    /** A reader who sees a step in Cockpit finds its Java by the kind of adapter: `…Delegate` runs a service task. */
    @ArchTest
    static final ArchRule delegatesAreNamedSo =
            classes().that().implement(JavaDelegate.class).should().haveSimpleNameEndingWith("Delegate");

    /** `…Listener` is called by a task or an execution event. */
    @ArchTest
    static final ArchRule listenersAreNamedSo = classes()
            .that()
            .implement(ExecutionListener.class)
            .or()
            .implement(TaskListener.class)
            .should()
            .haveSimpleNameEndingWith("Listener");

    /**
     * Engine adapters stay thin: a delegate or listener reads and writes its own capability's tables, and reaches
     * another capability through that capability's beans, never its repositories.
     */
    @ArchTest
    static final ArchRule engineAdaptersUseOnlyTheirOwnRepositories = classes()
            .that()
            .implement(JavaDelegate.class)
            .or()
            .implement(ExecutionListener.class)
            .or()
            .implement(TaskListener.class)
            .should(useOnlyRepositoriesOfTheirOwnCapability());

    /**
     * A bean that needs more than eight collaborators does more than one thing: split it by what it does (records and
     * entities carry their data in their constructors; they are not beans).
     */
    @ArchTest
    static final ArchRule beansTakeAtMostEightCollaborators = classes()
            .that()
            .areMetaAnnotatedWith(Component.class)
            .should(new ArchCondition<>("take at most eight constructor parameters") {
                @Override
                public void check(JavaClass bean, ConditionEvents events) {
                    bean.getConstructors().stream()
                            .filter(constructor ->
                                    constructor.getRawParameterTypes().size() > 8)
                            .forEach(constructor -> events.add(SimpleConditionEvent.violated(
                                    bean,
                                    bean.getName() + " takes "
                                            + constructor.getRawParameterTypes().size() + " constructor parameters")));
                }
            });

    private static ArchCondition<JavaClass> useOnlyRepositoriesOfTheirOwnCapability() {
        return new ArchCondition<>("use only repositories of their own capability") {
            @Override
            public void check(JavaClass adapter, ConditionEvents events) {
                String capability = capabilityOf(adapter);
                adapter.getDirectDependenciesFromSelf().stream()
                        .map(dependency -> dependency.getTargetClass())
                        .filter(target -> target.isAssignableTo(Repository.class))
                        .filter(target -> !capabilityOf(target).equals(capability))
                        .distinct()
                        .forEach(target -> events.add(SimpleConditionEvent.violated(
                                adapter, adapter.getName() + " uses " + target.getName() + " of another capability")));
            }
        };
    }

    private static String capabilityOf(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }
}
