package org.aioschedule.gateway;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** A line console over the Gogo shell: type {@code schedule:list}, {@code help}, or {@code exit}. */
final class Console {

    private final Shell shell;

    Console(Shell shell) {
        this.shell = shell;
    }

    void run(InputStream input, PrintStream out) throws java.io.IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        out.print("g! ");
        out.flush();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.trim();
            if (command.equals("exit") || command.equals("shutdown")) {
                return;
            }
            if (command.equals("help")) {
                out.println(Banner.COMMANDS);
            } else if (!command.isEmpty()) {
                out.println(shell.execute(command));
            }
            out.print("g! ");
            out.flush();
        }
    }
}
