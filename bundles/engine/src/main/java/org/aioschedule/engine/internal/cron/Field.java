package org.aioschedule.engine.internal.cron;

import java.util.Arrays;
import java.util.List;

enum Field {
    SECOND("second", 0, 59, 59, "\"30 * * * * ?\" runs at second 30 of every minute", ""),
    MINUTE("minute", 0, 59, 59, "\"0 0/5 * * * ?\" runs every 5 minutes", ""),
    HOUR("hour", 0, 23, 23, "\"0 0 8-18 * * ?\" runs every hour from 08:00 to 18:00", ""),
    DAY_OF_MONTH("day-of-month", 1, 31, 31, "\"0 0 12 L * ?\" runs at noon on the last day of every month",
            "; or L (last day), L-n, LW (last weekday), nW (weekday nearest day n) or ?"),
    MONTH("month", 1, 12, 12, "\"0 0 12 1 JAN,JUL ?\" runs at noon on 1 January and 1 July", "; or names JAN-DEC"),
    DAY_OF_WEEK("day-of-week", 1, 7, 7, "\"0 0 9 ? * MON-FRI\" runs at 09:00 Monday to Friday",
            "; or names SUN-SAT (1 = SUN), nL (last day n of the month), n#k (k-th day n of the month) or ?"),
    YEAR("year", 1970, 2099, 129, "\"0 0 0 1 1 ? 2030\" runs at midnight on 1 January 2030", "");

    private static final List<String> MONTHS =
            Arrays.asList("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
    private static final List<String> DAYS = Arrays.asList("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    final String label;
    final int min;
    final int max;
    final int maxStep;
    final String example;
    private final String extraSyntax;

    Field(String label, int min, int max, int maxStep, String example, String extraSyntax) {
        this.label = label;
        this.min = min;
        this.max = max;
        this.maxStep = maxStep;
        this.example = example;
        this.extraSyntax = extraSyntax;
    }

    boolean hasNames() {
        return this == MONTH || this == DAY_OF_WEEK;
    }

    /** The value of a three-letter name, or -1 when the field has no such name. */
    int nameValue(String name) {
        if (this == MONTH) {
            return MONTHS.indexOf(name) + 1;
        }
        return this == DAY_OF_WEEK ? DAYS.indexOf(name) + 1 : -1;
    }

    String range() {
        String range = "between " + min + " and " + max;
        if (this == MONTH) {
            return range + " or a name JAN-DEC";
        }
        return this == DAY_OF_WEEK ? range + " (1 = SUN) or a name SUN-SAT" : range;
    }

    String syntax() {
        return "use a number, *, a list (a,b), a range (a-b) or a step (*/n, a/n, a-b/n)" + extraSyntax;
    }
}
