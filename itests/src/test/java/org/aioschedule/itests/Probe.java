package org.aioschedule.itests;

import static org.junit.Assert.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.function.BooleanSupplier;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;

/** What the in-framework tests share: a bounded wait and the shell as Gogo runs it. */
final class Probe {

    static final long WAIT_MILLIS = 15_000;

    private Probe() {
    }

    /** Polls {@code condition} until it holds, failing after {@code millis} with {@code what}. */
    static void await(BooleanSupplier condition, String what, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Not within " + millis + " ms: " + what);
            }
            Thread.sleep(20);
        }
    }

    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        await(condition, what, WAIT_MILLIS);
    }

    /** What a shell command returns; a command that fails or returns nothing fails the test with its output. */
    static String shell(CommandProcessor commands, String command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true);
        CommandSession session = commands.createSession(new ByteArrayInputStream(new byte[0]), print, print);
        try {
            Object value = session.execute(command);
            assertNotNull(command + " returned nothing", value);
            return value.toString();
        } catch (Exception e) {
            throw new AssertionError(command + " failed: " + out, e);
        } finally {
            session.close();
        }
    }
}
