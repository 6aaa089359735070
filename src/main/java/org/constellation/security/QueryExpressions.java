package org.constellation.security;

import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;

/**
 * Which expressions a task query may carry (SEC-14, CVE-2026-109432). Expressions are evaluated with the engine's full
 * expression language, so a query that carries one runs code on the server. A query sent by a user (REST, webapps, the
 * query that extends a filter) carries none at all: the engine refuses them at the top level, this refuses them in
 * or-queries. A stored filter may carry only the handful of fixed forms Tasklist's filters need ("my tasks", "my
 * groups' tasks", "due before in two days"), wherever they sit in the query.
 */
final class QueryExpressions {

    private static final Pattern STORED = Pattern.compile(
            "\\$\\{(currentUser\\(\\)|currentUserGroups\\(\\)|now\\(\\)"
                    + "|dateTime\\(\\)(\\.(plus|minus)(Years|Months|Weeks|Days|Hours|Minutes)\\(\\d{1,4}\\))*(\\.toDate\\(\\))?)}");

    private QueryExpressions() {}

    /** A query sent by a user: no expression in any of its or-queries. */
    static void refuseInOrQueries(TaskQueryImpl query) {
        for (TaskQueryImpl orQuery : query.getQueries()) {
            if (orQuery != query && !orQuery.getExpressions().isEmpty()) {
                throw new BadUserRequestException("Expressions are forbidden in or-queries of task queries");
            }
        }
    }

    /** A stored filter's query: every expression, at the top level and in or-queries, is one of the fixed forms. */
    static void requireStoredForms(TaskQueryImpl query) {
        for (TaskQueryImpl part : query.getQueries()) {
            for (Map.Entry<String, String> expression : part.getExpressions().entrySet()) {
                if (!isStoredForm(expression.getValue())) {
                    throw new BadUserRequestException(
                            "Expression not allowed in a stored filter: " + expression.getKey()
                                    + " (allowed: ${currentUser()}, ${currentUserGroups()}, ${now()}, ${dateTime().plusDays(n)})");
                }
            }
        }
    }

    static boolean isStoredForm(String expression) {
        return expression != null && STORED.matcher(expression.replace(" ", "")).matches();
    }
}
