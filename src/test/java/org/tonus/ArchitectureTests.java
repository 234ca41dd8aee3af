package org.tonus;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** House rules from STYLE.md that the compiler cannot check. */
class ArchitectureTests {

	private static final JavaClasses TONUS = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.tonus");

	@Test
	void noFieldInjection() {
		ArchRule rule = fields().should().notBeAnnotatedWith(Autowired.class)
			.because("collaborators come through the constructor");
		rule.check(TONUS);
	}

	@Test
	void noLegacyDateTypes() {
		ArchRule rule = noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.Date")
			.orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Calendar")
			.because("time is java.time with an injected Clock");
		rule.check(TONUS);
	}

	@Test
	void controllersLiveInWebPackagesAndArePackagePrivate() {
		ArchRule rule = classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
			.should().resideInAPackage("..web..").andShould().notBePublic()
			.because("a module's web layer is not part of its API");
		rule.check(TONUS);
	}

	@Test
	void knowledgeAndReferralStayFreeOfSpringAndDatabases() {
		ArchRule rule = noClasses().that().resideInAnyPackage("org.tonus.knowledge..", "org.tonus.referral..")
			.should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
				// the module declaration in package-info.java is the one allowed mention of Spring
				.and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("org.springframework.modulith.."))))
			.allowEmptyShould(true)
			.because("the knowledge base and the engine are plain Java (DESIGN.md)");
		rule.check(TONUS);
	}

	@Test
	void noLayerPackages() {
		ArchRule rule = noClasses().should().resideInAnyPackage("..controller..", "..service..", "..repository..",
				"..dto..", "..impl..")
			.because("packages are by feature (STYLE.md)");
		rule.check(TONUS);
	}

}
