package com.hallqueue.server.desk;

import com.hallqueue.server.queue.Refusal;
import com.hallqueue.server.store.StoreException;
import java.sql.SQLException;

/** Tells what a failed batch says: a store that cannot be reached, or a fault of one request. */
final class Faults {

    private Faults() {
    }

    /**
     * A store fault that is not about the data written: a failed disk, a full disk, a lost
     * connection. A data exception (SQL state class 22) or a broken constraint (23) is about
     * what one request asked, and so is any fault of the engine's own code.
     */
    static boolean storeUnreachable(Throwable t) {
        if (!(t instanceof StoreException)) {
            return false;
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                return false;
            }
        }
        return true;
    }

    /** The answer for a request that failed: a text too long is the request's, the rest is 503. */
    static RuntimeException answerFor(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql && "22001".equals(sql.getSQLState())) {
                return Refusal.badInput("body", "内容过长，无法保存 / A text is longer than the hall can keep");
            }
        }
        return new DeskUnavailable("the change could not be saved, try again");
    }

    static String describe(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.length() > 200 ? message.substring(0, 200) : message;
    }
}
