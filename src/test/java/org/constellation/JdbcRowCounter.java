package org.constellation;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Counts the rows the application reads from the database on the current thread, at the JDBC level: whatever the ORM
 * makes of a mapping, this is what the database sends. Tests bound the rows of a hot read with it, so that a mapping
 * that multiplies rows (eager collections joined together) fails a test instead of a server.
 */
@TestConfiguration(proxyBeanMethods = false)
public class JdbcRowCounter implements BeanPostProcessor {

    private static final ThreadLocal<long[]> ROWS = ThreadLocal.withInitial(() -> new long[1]);

    /** Rows read on this thread by {@code work}. */
    public static long rowsReadBy(Runnable work) {
        long before = ROWS.get()[0];
        work.run();
        return ROWS.get()[0] - before;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof DataSource dataSource && "dataSource".equals(name)
                ? proxy(DataSource.class, dataSource)
                : bean;
    }

    private static <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (self, method, args) -> {
            Object result = invoke(method, target, args);
            if (type == ResultSet.class && method.getName().equals("next") && Boolean.TRUE.equals(result)) {
                ROWS.get()[0]++;
            }
            return wrap(result);
        };
        return type.cast(Proxy.newProxyInstance(JdbcRowCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Connections, statements and result sets are followed down to the rows; anything else goes back as it is. */
    private static Object wrap(Object result) {
        if (result instanceof Connection connection && !(result instanceof Proxy)) {
            return proxy(Connection.class, connection);
        }
        if (result instanceof CallableStatement statement) {
            return proxy(CallableStatement.class, statement);
        }
        if (result instanceof PreparedStatement statement) {
            return proxy(PreparedStatement.class, statement);
        }
        if (result instanceof Statement statement) {
            return proxy(Statement.class, statement);
        }
        if (result instanceof ResultSet resultSet) {
            return proxy(ResultSet.class, resultSet);
        }
        return result;
    }
}
