package org.aioschedule.gateway;

import java.io.PrintStream;

/** What a newcomer needs to know once the gateway is up. */
final class Banner {

    static final String COMMANDS = String.join(System.lineSeparator(),
            "  schedule:list [tag]      the jobs, their state, last and next run",
            "  schedule:info ID         one job in full",
            "  schedule:run ID          run a job now",
            "  schedule:pause ID / schedule:resume ID",
            "  schedule:next            when the next job is due",
            "  schedule:tasks           the task services and their PIDs",
            "  schedule:store           where job state is kept",
            "  schedule:problems        bad configurations and unreadable records",
            "  kura:services            the configurable components (the web UI's Services page)",
            "  kura:add FACTORY NAME key=value...   add a factory instance, as the web UI's + dialog does",
            "  kura:apply PID key=value...          change a component's values, as Apply does",
            "  kura:delete PID          delete a factory instance (a job)",
            "  kura:ntpsync             post Kura's clock event, as after an NTP sync (after you stepped the clock)",
            "  exit                     stop the gateway (a clean shutdown)");

    private Banner() {
    }

    static void print(GatewayLayout layout, Shell shell, boolean firstBoot, HttpAddress http) {
        PrintStream out = System.out;
        String rule = "------------------------------------------------------------------------------";
        out.println(rule);
        out.println("aioschedule local gateway is up (" + (firstBoot ? "first boot: example jobs configured"
                : "reboot: configuration restored from the last snapshot, packages reinstalled") + ")");
        out.println("Data:   " + layout.root + " (kura.data " + layout.data + ", snapshots " + layout.snapshots
                + ", packages " + layout.packages + ")");
        out.println(shell.execute("schedule:store").trim());
        out.println("Jobs:");
        out.println(shell.execute("schedule:list").trim());
        out.println("Add a job as the Kura web UI's + dialog does (a factory configuration of "
                + FirstConfiguration.JOB_FACTORY + "), for example:");
        out.println("  kura:add " + FirstConfiguration.JOB_FACTORY + " my-job task.pid=org.aioschedule.examples.job "
                + "\"schedule=every 30 seconds\"");
        out.println(http.describe());
        out.println("Commands (type them at the g! prompt, unless --headless):");
        out.println(COMMANDS);
        out.println(rule);
    }
}
