package org.tandem.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tandem.access.AccessTable.Relation;
import org.tandem.access.AccessTable.Row;
import org.tandem.support.Tokens;

/**
 * Every operation of openapi.yaml, sent as every role of the owner, a participating and an unrelated organisation,
 * as a platform administrator and anonymously, against the expected statuses of docs/access-matrix.md.
 * A write expected to succeed runs in a fresh world of its own; all other cells share one, reads first.
 */
@QuarkusTest
class AccessMatrixTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Path CONTRACT = Path.of("..", "openapi.yaml");

    private final AccessTable table = AccessTable.read();
    private final Operations operations = new Operations();

    @Test
    void everyOperationOfTheContractHasARowAndEveryRowAnOperation() throws IOException {
        Map<String, String> contract = contractOperations();
        Set<String> withoutRow = new TreeSet<>(contract.keySet());
        withoutRow.removeAll(table.rows().keySet());
        Set<String> notInContract = new TreeSet<>(table.rows().keySet());
        notInContract.removeAll(contract.keySet());
        assertTrue(withoutRow.isEmpty() && notInContract.isEmpty(), AccessTable.FILE + ": operations without a row "
                + withoutRow + "; rows naming no operation of openapi.yaml " + notInContract);
        table.rows().values().forEach(row -> assertEquals(contract.get(row.operationId()), row.method() + " " + row.path(),
                "the method and path of " + row.operationId() + " in " + AccessTable.FILE));
    }

    @Test
    void everyRowCanBeSentAndEveryRequestHasARow() {
        Set<String> unsendable = new TreeSet<>(table.rows().keySet());
        unsendable.removeAll(operations.all().keySet());
        Set<String> stale = new TreeSet<>(operations.all().keySet());
        stale.removeAll(table.rows().keySet());
        assertTrue(unsendable.isEmpty() && stale.isEmpty(), "Operations has no request for " + unsendable
                + "; it has requests for operations without a row " + stale);
    }

    @TestFactory
    Stream<DynamicTest> everyCellAnswersAsTheTableSays() {
        List<Cell> cells = new ArrayList<>();
        table.rows().values().forEach(row -> cells.addAll(cellsOf(row)));
        // Reads before refused writes, so that a write that wrongly succeeds cannot spoil a read; fresh worlds last.
        cells.sort(Comparator.comparingInt(Cell::order));
        SharedWorld shared = new SharedWorld();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        long[] nanosByOrder = new long[3];
        Stream<DynamicTest> tests = cells.stream().map(cell -> DynamicTest.dynamicTest(cell.name(), () -> {
            long cellStarted = System.nanoTime();
            String failure;
            try {
                World world = cell.needsFreshWorld() ? new World() : shared.get();
                failure = cell.check(world, operations.all().get(cell.row().operationId()));
            } catch (RuntimeException | AssertionError setup) {
                failure = cell.name() + ": could not be sent, as making its world failed: " + setup.getMessage();
            }
            nanosByOrder[cell.order()] += System.nanoTime() - cellStarted;
            if (failure != null) {
                failures.add(failure);
                fail(failure);
            }
        }));
        DynamicTest summary = DynamicTest.dynamicTest("summary", () -> {
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("Access matrix: %d cells of %d operations in %.1f s (reads %.1f s, refused writes %.1f s, "
                    + "%d successful writes in fresh worlds %.1f s), %d failing%n", cells.size(), table.rows().size(), seconds,
                    nanosByOrder[0] / 1e9, nanosByOrder[1] / 1e9, cells.stream().filter(Cell::needsFreshWorld).count(),
                    nanosByOrder[2] / 1e9, failures.size());
            failures.forEach(f -> System.out.println("  " + f));
            assertTrue(failures.isEmpty(), failures.size() + " cells answer otherwise than " + AccessTable.FILE
                    + " says:\n" + String.join("\n", failures));
        });
        return Stream.concat(tests, Stream.of(summary));
    }

    private static List<Cell> cellsOf(Row row) {
        List<Cell> cells = new ArrayList<>();
        row.byRole().forEach((role, byRelation) -> byRelation.forEach((relation, status) ->
                cells.add(new Cell(row, role, relation, status))));
        cells.add(new Cell(row, AccessTable.PLATFORM_ADMIN, null, row.platformAdmin()));
        cells.add(new Cell(row, AccessTable.ANONYMOUS, null, row.anonymous()));
        return cells;
    }

    /** One caller of one operation and the status it must get. */
    record Cell(Row row, String role, Relation relation, int expected) {
        String name() {
            return row.operationId() + " " + role + (relation == null ? "" : " " + relation.label());
        }

        boolean isWrite() {
            return !row.method().equals("GET");
        }

        boolean needsFreshWorld() {
            return isWrite() && expected >= 200 && expected < 300;
        }

        int order() {
            return needsFreshWorld() ? 2 : isWrite() ? 1 : 0;
        }

        String token(World world) {
            return switch (role) {
                case AccessTable.ANONYMOUS -> null;
                case AccessTable.PLATFORM_ADMIN -> Tokens.platformAdmin();
                default -> world.token(role, relation);
            };
        }

        /** @return null when the answer is the expected one, otherwise what was expected and observed */
        String check(World world, Operations.Request request) {
            Call call = request.in(world, role);
            Response response = call.send(token(world));
            int status = response.statusCode();
            String contentType = response.contentType();
            String observed = status + " " + call.method() + " " + call.path();
            if (status != expected) {
                return name() + ": expected " + expected + ", observed " + observed + " " + brief(response);
            }
            if ((status < 200 || status >= 300) && (contentType == null || !contentType.startsWith("application/problem+json"))) {
                return name() + ": " + observed + " answered " + contentType + " instead of application/problem+json";
            }
            return null;
        }

        private static String brief(Response response) {
            String type = response.contentType() == null ? "" : response.contentType();
            if (!type.contains("json") && !type.startsWith("text/")) {
                return "(" + response.asByteArray().length + " bytes of " + type + ")";
            }
            String oneLine = response.asString().replaceAll("\\s+", " ");
            return oneLine.length() > 240 ? oneLine.substring(0, 240) + "..." : oneLine;
        }
    }

    /** The world all cells but successful writes share, made on first use. */
    private static final class SharedWorld implements Supplier<World> {
        private World world;

        @Override
        public World get() {
            if (world == null) {
                world = new World();
            }
            return world;
        }
    }

    /** operationId to "METHOD path", as openapi.yaml states them. */
    private static Map<String, String> contractOperations() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile()).path("paths");
        Map<String, String> operations = new TreeMap<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (METHODS.contains(method.getKey())) {
                operations.put(method.getValue().path("operationId").asText(),
                        method.getKey().toUpperCase() + " " + path.getKey());
            }
        }));
        return operations;
    }
}
