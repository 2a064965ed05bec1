package com.hallqueue.server.appointments;

import com.hallqueue.server.queue.SlotView;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bookings and slots as the API answers them: name and phone only ever masked, the phone's key never. */
final class BookingJson {

    private final CheckInWindow window;

    BookingJson(CheckInWindow window) {
        this.window = window;
    }

    Map<String, Object> booking(Booking b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", b.code());
        m.put("shownCode", BookingCode.shown(b.code()));
        m.put("service", b.service());
        m.put("date", b.slot().date().toString());
        m.put("start", b.slot().startText());
        m.put("end", b.slot().endText());
        m.put("status", b.status());
        m.put("name", b.maskedName());
        m.put("phone", b.maskedPhone());
        m.put("checkInFrom", window.opens(b.slot()));
        m.put("checkInUntil", window.closes(b.slot()));
        return m;
    }

    Map<String, Object> slots(String service, LocalDate date, List<SlotView> slots) {
        return Map.of("service", service, "date", date.toString(), "slots", slots.stream().map(BookingJson::slot).toList());
    }

    private static Map<String, Object> slot(SlotView s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", s.slot().startText());
        m.put("end", s.slot().endText());
        m.put("capacity", s.capacity());
        m.put("booked", s.booked());
        m.put("free", s.free());
        m.put("bookable", s.bookable() && s.free() > 0);
        m.put("appointmentOnly", s.appointmentOnly());
        return m;
    }
}
