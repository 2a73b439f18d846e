package org.tandem.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.common.Published;

/**
 * The backend's boundaries: {@code org.tandem.<feature>} packages that do not go round in circles, a {@code common}
 * that knows no feature, and features that use each other only through what each one publishes and never write each
 * other's tables. Plain ArchUnit over the compiled classes; no Quarkus boot.
 */
@AnalyzeClasses(packages = "org.tandem", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String COMMON = "org.tandem.common..";
    /** The demo seed loader builds every feature's records on purpose (when tandem.demo-data.enabled); no feature. */
    private static final String DEMO = "org.tandem.demo..";
    private static final String AS_THEME_MERGE_DOES = "as theme's merge fires ThemeMerged, which feedback.FeedbackThemes "
            + "and outcome.OutcomeThemes observe";
    private static final String ONE_BATCH_SIZE = "Hibernate builds a new loader, SQL and all, for every load whose "
            + "batch size differs from the session's: set quarkus.hibernate-orm.fetch.batch-size instead";
    private static final DescribedPredicate<JavaClass> IN_A_FEATURE = resideInAPackage("org.tandem.*..")
            .and(not(resideInAPackage(COMMON))).as("a feature (org.tandem.<feature>)");
    /** Panache's writes; a feature reads another feature's published entity, it never saves or deletes it. */
    private static final Set<String> ENTITY_WRITES = Set.of("persist", "persistAndFlush", "delete", "deleteAll",
            "deleteById", "update");
    private static final Pattern SQL_WRITE = Pattern.compile(
            "(?i)\\b(?:insert\\s+into|update|delete\\s+from|merge\\s+into|truncate(?:\\s+table)?)\\s+([a-z_][a-z0-9_]*)");
    private static final Pattern SQL = Pattern.compile("(?i)\\b(?:insert|update|delete|select|where)\\b");
    private static final Pattern WORD = Pattern.compile("\\b[a-z_][a-z0-9_]*\\b");
    /** A text block or a one-line string literal of Java source. */
    private static final Pattern STRING_LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);

    @ArchTest
    static final ArchRule features_form_no_cycles = slices().matching("org.tandem.(*)..").namingSlices("$1")
            .that(DescribedPredicate.describe("are features", slice -> !slice.getNamePart(1).equals("common")))
            .should().beFreeOfCycles()
            .because("a cycle makes two features one: let one of them depend on the other only, move what both need to "
                    + "org.tandem.common, or have the lower one publish an interface the upper one implements "
                    + "(as common.security.OrganisationCodes does)");

    @ArchTest
    static final ArchRule new_ids_come_from_random_uuids = noClasses().that().doNotHaveFullyQualifiedName(
                    "org.tandem.common.ids.RandomUuids")
            .should().callMethod(java.util.UUID.class, "randomUUID")
            .because("UUID.randomUUID() shares one lock and a read of /dev/urandom per call, and entities call it for "
                    + "every row Hibernate loads: use org.tandem.common.ids.RandomUuids.next()");

    @ArchTest
    static final ArchRule batch_sizes_of_collections_come_from_the_configuration = noFields()
            .should().beAnnotatedWith(org.hibernate.annotations.BatchSize.class).because(ONE_BATCH_SIZE);

    @ArchTest
    static final ArchRule batch_sizes_of_entities_come_from_the_configuration = noClasses()
            .should().beAnnotatedWith(org.hibernate.annotations.BatchSize.class).because(ONE_BATCH_SIZE);

    @ArchTest
    static final ArchRule common_subpackages_form_no_cycles = slices().matching("org.tandem.common.(*)..")
            .namingSlices("common.$1").should().beFreeOfCycles()
            .because("each part of common stands on its own: move what two parts share into one of them");

    @ArchTest
    static final ArchRule common_depends_on_no_feature = noClasses().that().resideInAPackage(COMMON)
            .should().dependOnClassesThat(IN_A_FEATURE)
            .because("common is what every feature builds on: declare an interface in common that the feature "
                    + "implements (see common.security.OrganisationCodes), or move the code into the feature");

    @ArchTest
    static final ArchRule features_use_only_what_other_features_publish = classes().that(IN_A_FEATURE)
            .and().resideOutsideOfPackage(DEMO)
            .should(useOnlyPublishedTypesOfOtherFeatures())
            .because("a feature's internals are its own: reach another feature by id or through a type it marks "
                    + "@org.tandem.common.Published (annotate that type if its feature means to offer it, "
                    + "or add a published service there)");

    @ArchTest
    static final ArchRule features_never_save_or_change_another_features_entities = classes().that(IN_A_FEATURE)
            .and().resideOutsideOfPackage(DEMO)
            .should(notWriteEntitiesOfOtherFeatures())
            .because("a feature owns its tables: ask the owning feature through a published method, or fire an event "
                    + "it observes (" + AS_THEME_MERGE_DOES + ")");

    @ArchTest
    static final ArchRule features_write_only_their_own_tables_in_sql = classes().that(IN_A_FEATURE)
            .and().resideOutsideOfPackage(DEMO).and().areTopLevelClasses()
            .should(writeInSqlOnlyTablesOfTheirOwnFeature())
            .because("a feature owns its tables: move the statement into the owning feature, behind a published "
                    + "method or an observer of an event you fire (" + AS_THEME_MERGE_DOES + ")");

    private static ArchCondition<JavaClass> useOnlyPublishedTypesOfOtherFeatures() {
        return new ArchCondition<>("use only @Published types of other features") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    if (isInAnotherFeature(origin, target) && !isPublished(target)) {
                        events.add(SimpleConditionEvent.violated(dependency,
                                dependency.getDescription() + ": " + target.getName() + " is not @Published"));
                    }
                });
            }
        };
    }

    private static ArchCondition<JavaClass> notWriteEntitiesOfOtherFeatures() {
        return new ArchCondition<>("not persist, delete or set fields of another feature's entities") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (JavaAccess<?> access : origin.getAccessesFromSelf()) {
                    JavaClass owner = access.getTargetOwner();
                    if (isInAnotherFeature(origin, owner) && owner.isAnnotatedWith(Entity.class) && writes(access)) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                    }
                }
            }

            private boolean writes(JavaAccess<?> access) {
                return access instanceof JavaFieldAccess field && field.getAccessType() == JavaFieldAccess.AccessType.SET
                        || access instanceof JavaMethodCall call && ENTITY_WRITES.contains(call.getName());
            }
        };
    }

    /**
     * ArchUnit does not see SQL, so this reads the class's source for the tables that entities of other features map
     * (their tables, collection tables and entity names): a statement that writes one ({@code insert into},
     * {@code update}, {@code delete from}, in native SQL or JPQL), or, in a class that runs bulk writes
     * ({@code executeUpdate}), one named in its SQL or in a string of its own (a statement may build its table name).
     */
    private static ArchCondition<JavaClass> writeInSqlOnlyTablesOfTheirOwnFeature() {
        return new ArchCondition<>("write in SQL only tables mapped by entities of their own feature") {
            private final Map<String, String> featureByTable = new HashMap<>();

            @Override
            public void init(Collection<JavaClass> allObjectsToTest) {
                for (JavaClass javaClass : allObjectsToTest) {
                    tablesOf(javaClass).forEach(table -> featureByTable.put(table, featureOf(javaClass)));
                }
            }

            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                boolean runsBulkWrites = runsBulkWrites(origin);
                for (String literal : stringLiteralsOf(origin)) {
                    Matcher statement = SQL_WRITE.matcher(literal);
                    while (statement.find()) {
                        reportIfForeign(origin, statement.group(1), "writes it: \"" + statement.group() + "\"", events);
                    }
                    if (runsBulkWrites && (SQL.matcher(literal).find() || WORD.matcher(literal).matches())) {
                        Matcher word = WORD.matcher(literal);
                        while (word.find()) {
                            reportIfForeign(origin, word.group(), "runs executeUpdate and names it in \"" + shortened(literal) + "\"",
                                    events);
                        }
                    }
                }
            }

            private void reportIfForeign(JavaClass origin, String table, String how, ConditionEvents events) {
                String owner = featureByTable.get(table.toLowerCase());
                if (owner != null && !owner.equals(featureOf(origin))) {
                    events.add(SimpleConditionEvent.violated(origin, "%s (%s.java) %s, a table of feature %s"
                            .formatted(origin.getName(), origin.getSimpleName(), how, owner)));
                }
            }
        };
    }

    private static String shortened(String literal) {
        String oneLine = literal.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 100 ? oneLine : oneLine.substring(0, 100) + "...";
    }

    private static boolean runsBulkWrites(JavaClass javaClass) {
        return javaClass.getMethodCallsFromSelf().stream().anyMatch(call -> call.getName().equals("executeUpdate"));
    }

    private static Set<String> tablesOf(JavaClass javaClass) {
        if (!javaClass.isAnnotatedWith(Entity.class)) {
            return Set.of();
        }
        var tables = new HashSet<String>();
        tables.add(javaClass.tryGetAnnotationOfType(Table.class).map(Table::name).filter(name -> !name.isEmpty())
                .orElse(snakeCase(javaClass.getSimpleName())));
        for (JavaField field : javaClass.getFields()) {
            field.tryGetAnnotationOfType(CollectionTable.class).ifPresent(table -> tables.add(table.name()));
            field.tryGetAnnotationOfType(JoinTable.class).ifPresent(table -> tables.add(table.name()));
        }
        tables.add(javaClass.getSimpleName().toLowerCase()); // the entity's name in JPQL
        tables.remove("");
        return tables;
    }

    private static List<String> stringLiteralsOf(JavaClass javaClass) {
        Path file = Path.of("src/main/java", javaClass.getPackageName().replace('.', '/'), javaClass.getSimpleName() + ".java");
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return STRING_LITERAL.matcher(Files.readString(file)).results()
                    .map(literal -> literal.group(1) != null ? literal.group(1) : literal.group(2)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isInAnotherFeature(JavaClass origin, JavaClass target) {
        return IN_A_FEATURE.test(target) && !featureOf(target).equals(featureOf(origin));
    }

    /** A type is published when it, or a type it is nested in, is marked {@link Published}. */
    private static boolean isPublished(JavaClass type) {
        for (Optional<JavaClass> t = Optional.of(type); t.isPresent(); t = t.get().getEnclosingClass()) {
            if (t.get().isAnnotatedWith(Published.class)) {
                return true;
            }
        }
        return false;
    }

    private static String featureOf(JavaClass javaClass) {
        String rest = javaClass.getPackageName().substring("org.tandem.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static String snakeCase(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }
}
