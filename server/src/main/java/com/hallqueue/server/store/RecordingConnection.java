package com.hallqueue.server.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A connection that notes every statement a settings change writes through it, with its
 * parameters, so that the change can be journaled and written again after a crash. Only
 * prepared statements are allowed: the settings' rows use nothing else, and a statement
 * whose text carries its values could not be told apart from one that reads. A statement is
 * noted once it has run without error; reads ({@code executeQuery}) are not noted.
 */
final class RecordingConnection {

    private RecordingConnection() {
    }

    /** {@code real}, noting into {@code written} in the order the statements ran. */
    static Connection of(Connection real, List<SettingsChange.Written> written) {
        return proxy(Connection.class, (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("prepareStatement")) {
                PreparedStatement p = (PreparedStatement) call(real, method, args);
                return statement(p, (String) args[0], written);
            }
            if (name.equals("createStatement") || name.equals("prepareCall")) {
                throw new UnsupportedOperationException("a settings change writes through prepared statements only");
            }
            return call(real, method, args);
        });
    }

    private static PreparedStatement statement(PreparedStatement real, String sql, List<SettingsChange.Written> written) {
        Map<Integer, SettingsChange.Value> params = new TreeMap<>();
        List<List<SettingsChange.Value>> batch = new ArrayList<>();
        return proxy(PreparedStatement.class, (proxy, method, args) -> {
            String name = method.getName();
            boolean plain = args == null || args.length == 0;
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer i) {
                params.put(i, SettingsChange.Value.of(name, args));
            } else if (name.equals("clearParameters")) {
                params.clear();
            } else if (name.equals("addBatch") && plain) {
                batch.add(List.copyOf(params.values()));
            } else if (plain && (name.equals("executeUpdate") || name.equals("execute")
                    || name.equals("executeLargeUpdate"))) {
                Object result = call(real, method, args);
                written.add(new SettingsChange.Written(sql, List.copyOf(params.values())));
                return result;
            } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                Object result = call(real, method, args);
                batch.forEach(values -> written.add(new SettingsChange.Written(sql, values)));
                batch.clear();
                return result;
            } else if (name.startsWith("execute") && !name.equals("executeQuery")) {
                throw new UnsupportedOperationException("a settings change cannot note " + name + " with text");
            }
            return call(real, method, args);
        });
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(RecordingConnection.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
