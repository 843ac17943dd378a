package org.mpscommons;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements one thread prepares while {@link #count} runs: the test behind "no query per row".
 * Every test context's DataSource is wrapped (see {@link TestDatabase}); outside {@code count} it only passes through.
 */
public final class SqlStatements {

    private static final ThreadLocal<int[]> COUNTER = new ThreadLocal<>();

    private SqlStatements() {}

    /** Runs the work on this thread and returns how many statements it prepared. */
    public static int count(Callable<?> work) throws Exception {
        int[] counter = new int[1];
        COUNTER.set(counter);
        try {
            work.call();
        } finally {
            COUNTER.remove();
        }
        return counter[0];
    }

    static BeanPostProcessor wrapper() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof Counting)
                        ? new Counting(dataSource)
                        : bean;
            }
        };
    }

    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(super.getConnection(username, password));
        }

        private static Connection counted(Connection connection) {
            InvocationHandler handler = (proxy, method, args) -> {
                String name = method.getName();
                int[] counter = COUNTER.get();
                if (counter != null
                        && (name.equals("prepareStatement")
                                || name.equals("createStatement")
                                || name.equals("prepareCall"))) {
                    counter[0]++;
                }
                try {
                    return method.invoke(connection, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (Connection) Proxy.newProxyInstance(
                    SqlStatements.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
        }
    }
}
