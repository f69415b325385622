package io.sumoclient.serviceaccounts;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.all;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.base.HasDescription;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.AbstractClassesTransformer;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.NullMarked;

@AnalyzeClasses(
    packages = ArchitectureTest.ROOT,
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  static final String ROOT = "io.sumoclient.serviceaccounts";
  private static final String MODEL = ROOT + ".model..";
  private static final String INTERNAL = ROOT + ".internal..";
  private static final String[] CORE = {ROOT, MODEL, INTERNAL};
  private static final String[] ADAPTERS = {
    ROOT + ".autoconfigure..", ROOT + ".testing..", ROOT + ".cli.."
  };

  @ArchTest
  static final ArchRule everyPackageDeclaresNullMarkedInItsPackageInfo =
      all(packages()).should(beNullMarked());

  @ArchTest
  static final ArchRule coreNeverDependsOnSpringMicrometerOrJunit =
      noClasses()
          .that()
          .resideInAnyPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework..", "io.micrometer..", "org.junit..");

  @ArchTest
  static final ArchRule coreNeverDependsOnAutoconfigureTestingOrCli =
      noClasses()
          .that()
          .resideInAnyPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(ADAPTERS);

  @ArchTest
  static final ArchRule publicSignaturesOutsideInternalNeverMentionInternalTypes =
      classes().that().resideOutsideOfPackage(INTERNAL).should(notExposeTypesFrom(INTERNAL));

  @ArchTest
  static final ArchRule modelDependsOnNoOtherPackageOfOurs =
      noClasses()
          .that()
          .resideInAPackage(MODEL)
          .should()
          .dependOnClassesThat(resideInAPackage(ROOT + "..").and(not(resideInAPackage(MODEL))));

  @ArchTest
  static final ArchRule onlyAdaptersDependOnTheRootPackage =
      noClasses()
          .that()
          .resideInAPackage(ROOT + "..")
          .and()
          .resideOutsideOfPackage(ROOT)
          .and()
          .resideOutsideOfPackages(ADAPTERS)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(ROOT)
          .because("model and internal sit below the root package, which builds on them");

  @ArchTest
  static final ArchRule subpackagesAreFreeOfCycles =
      slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

  private static AbstractClassesTransformer<JavaPackage> packages() {
    return new AbstractClassesTransformer<>("packages") {
      @Override
      public Iterable<JavaPackage> doTransform(JavaClasses classes) {
        return classes.stream().map(JavaClass::getPackage).collect(Collectors.toSet());
      }
    };
  }

  private static ArchCondition<JavaPackage> beNullMarked() {
    return new ArchCondition<>("have a package-info annotated @" + NullMarked.class.getName()) {
      @Override
      public void check(JavaPackage javaPackage, ConditionEvents events) {
        boolean marked =
            javaPackage.tryGetPackageInfo().isPresent()
                && javaPackage.isAnnotatedWith(NullMarked.class);
        String message =
            "package " + javaPackage.getName() + (marked ? " is" : " is not") + " @NullMarked";
        events.add(new SimpleConditionEvent(javaPackage, marked, message));
      }
    };
  }

  /**
   * Passes a class unless it is visible outside its package and names a type from {@code
   * packageIdentifier} in its superclass, interfaces, type parameters, or in the type of a public
   * or protected field, or a public or protected constructor or method (parameters, return type,
   * throws clause, type parameters, type arguments included).
   */
  private static ArchCondition<JavaClass> notExposeTypesFrom(String packageIdentifier) {
    DescribedPredicate<JavaClass> hidden = resideInAPackage(packageIdentifier);
    return new ArchCondition<>("not expose types from " + packageIdentifier + " in public API") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        if (!isExposed(type)) {
          return;
        }
        Set<String> leaks = new TreeSet<>();
        type.getSuperclass().ifPresent(s -> collect(type, "extends", s, leaks));
        type.getInterfaces().forEach(i -> collect(type, "implements", i, leaks));
        type.getTypeParameters().forEach(p -> collect(type, "declares", p, leaks));
        for (JavaField field : type.getFields()) {
          if (isExposed(field)) {
            collect(field, "has type", field.getType(), leaks);
          }
        }
        for (JavaCodeUnit codeUnit : type.getCodeUnits()) {
          if (isExposed(codeUnit)) {
            collectSignature(codeUnit, leaks);
          }
        }
        leaks.forEach(leak -> events.add(SimpleConditionEvent.violated(type, leak)));
      }

      private void collectSignature(JavaCodeUnit codeUnit, Set<String> leaks) {
        collect(codeUnit, "returns", codeUnit.getReturnType(), leaks);
        codeUnit.getParameterTypes().forEach(p -> collect(codeUnit, "takes", p, leaks));
        codeUnit.getTypeParameters().forEach(p -> collect(codeUnit, "declares", p, leaks));
        codeUnit.getExceptionTypes().forEach(e -> collect(codeUnit, "throws", e, leaks));
      }

      private void collect(HasDescription owner, String how, JavaType used, Set<String> leaks) {
        for (JavaClass involved : used.getAllInvolvedRawTypes()) {
          if (hidden.test(involved)) {
            leaks.add(owner.getDescription() + " " + how + " " + involved.getName());
          }
        }
      }
    };
  }

  private static boolean isExposed(JavaClass type) {
    boolean visible =
        type.getModifiers().contains(JavaModifier.PUBLIC)
            || (type.isNestedClass() && type.getModifiers().contains(JavaModifier.PROTECTED));
    return visible && type.getEnclosingClass().map(ArchitectureTest::isExposed).orElse(true);
  }

  private static boolean isExposed(JavaMember member) {
    Collection<JavaModifier> modifiers = member.getModifiers();
    boolean visible =
        modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    return visible
        && !modifiers.contains(JavaModifier.SYNTHETIC)
        && !modifiers.contains(JavaModifier.BRIDGE);
  }
}
