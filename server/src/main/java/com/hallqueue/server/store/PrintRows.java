package com.hallqueue.server.store;

import com.hallqueue.server.printing.PrintJob;
import com.hallqueue.server.printing.PrinterState;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Print jobs and printer states: written on printing events, read back at start. */
final class PrintRows {

    private static final String UPDATE_JOB = "UPDATE print_job SET kiosk=?, copies=?, printed=?, changed_at=?"
            + " WHERE ticket_id=?";
    private static final String INSERT_JOB = "INSERT INTO print_job (kiosk, copies, printed, changed_at, ticket_id)"
            + " VALUES (?,?,?,?,?)";
    private static final String UPDATE_STATE = "UPDATE printer_state SET status=?, since=? WHERE kiosk=?";
    private static final String INSERT_STATE = "INSERT INTO printer_state (status, since, kiosk) VALUES (?,?,?)";

    /** Jobs of tickets issued in this batch are new rows, written in one go; others are updated. */
    void saveJobs(Connection c, Collection<PrintJob> jobs, Set<String> issued, Instant at) throws SQLException {
        List<Object[]> fresh = new ArrayList<>();
        List<Object[]> changed = new ArrayList<>();
        for (PrintJob j : jobs) {
            Object[] row = {j.kiosk(), j.copies(), j.printed(), at.toEpochMilli(), j.ticketId()};
            (issued.contains(j.ticketId()) ? fresh : changed).add(row);
        }
        insert(c, INSERT_JOB, fresh);
        upsert(c, UPDATE_JOB, INSERT_JOB, changed);
    }

    private static void insert(Connection c, String insert, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement i = c.prepareStatement(insert)) {
            for (Object[] row : rows) {
                bind(i, row).addBatch();
            }
            i.executeBatch();
        }
    }

    void saveStates(Connection c, Map<String, PrinterState> states, Instant at) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        states.forEach((kiosk, s) -> rows.add(new Object[] {s.name(), at.toEpochMilli(), kiosk}));
        upsert(c, UPDATE_STATE, INSERT_STATE, rows);
    }

    /** Both statements take the same parameters in the same order, the key last. */
    private static void upsert(Connection c, String update, String insert, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement u = c.prepareStatement(update); PreparedStatement i = c.prepareStatement(insert)) {
            for (Object[] row : rows) {
                if (bind(u, row).executeUpdate() == 0) {
                    bind(i, row).executeUpdate();
                }
            }
        }
    }

    private static PreparedStatement bind(PreparedStatement p, Object[] row) throws SQLException {
        for (int n = 0; n < row.length; n++) {
            p.setObject(n + 1, row[n]);
        }
        return p;
    }

    /** Jobs of the tickets the engine keeps: those in play and those of the days from {@code since}. */
    List<PrintJob> live(Connection c, LocalDate since) throws SQLException {
        String sql = "SELECT p.ticket_id, p.kiosk, p.copies, p.printed FROM print_job p JOIN ticket t"
                + " ON t.id = p.ticket_id WHERE t.status IN ('WAITING','CALLED','SERVING') OR t.hall_day >= ?";
        List<PrintJob> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setDate(1, Date.valueOf(since));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new PrintJob(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
                }
            }
        }
        return out;
    }

    Map<String, PrinterState> states(Connection c) throws SQLException {
        Map<String, PrinterState> out = new TreeMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT kiosk, status FROM printer_state");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                String kiosk = rs.getString(1);
                PrinterState.parse(rs.getString(2)).ifPresent(s -> out.put(kiosk, s));
            }
        }
        return out;
    }
}
