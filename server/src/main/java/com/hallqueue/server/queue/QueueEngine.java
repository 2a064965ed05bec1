package com.hallqueue.server.queue;

import com.hallqueue.server.appointments.Booking;
import com.hallqueue.server.appointments.Citizen;
import com.hallqueue.server.appraisal.Complaint;
import com.hallqueue.server.appraisal.Mark;
import com.hallqueue.server.config.HallConfig;
import com.hallqueue.server.followup.FollowUp;
import com.hallqueue.server.matters.Matter;
import com.hallqueue.server.matters.Notice;
import com.hallqueue.server.matters.NoticeCodes;
import com.hallqueue.server.matters.VisitEnd;
import com.hallqueue.server.printing.PrintJob;
import com.hallqueue.server.printing.PrinterState;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The hall's queue: issues tickets and runs every counter action by the hall's rules.
 * Plain Java with an injected clock, so the live server, the tests and the simulator run
 * the same rules. Not thread-safe: one thread drives it. Each change is recorded as a
 * {@link HallEvent}; the caller commits them ({@link #drainEvents()}) before telling anyone.
 * A refused action ({@link Refusal}) changes nothing.
 */
public final class QueueEngine {

    private final HallState hall;
    private final TicketActions tickets;
    private final CounterActions counters;
    private final PrintActions prints;
    private final FollowUpActions followUps;
    private final AppointmentActions appointments;
    private final MatterActions matters;
    private final CounterServices services;
    private final Replay replay;
    private final DayEnd dayEnd;
    private final BreakActions breaks;

    public QueueEngine(HallConfig config, Clock clock, Supplier<String> ids, HallRecord record) {
        this(config, clock, ids, record, new PlainForecast());
    }

    public QueueEngine(HallConfig config, Clock clock, Supplier<String> ids, HallRecord record,
                       WaitForecast forecast) {
        this.hall = new HallState(config, clock, ids, forecast);
        this.followUps = new FollowUpActions(hall);
        this.tickets = new TicketActions(hall, followUps);
        this.matters = new MatterActions(hall, NoticeCodes.secure());
        this.breaks = new BreakActions(hall);
        this.counters = new CounterActions(hall, matters, breaks);
        this.prints = new PrintActions(hall);
        this.appointments = new AppointmentActions(hall, tickets);
        this.services = new CounterServices(hall);
        this.replay = new Replay(hall);
        this.dayEnd = new DayEnd(hall);
        new Restorer(hall).restore(record);
    }

    /**
     * Takes in what other servers of this hall committed after {@link #lastSeq()}, and
     * returns those events as this server's screens are to be told them.
     */
    public List<HallEvent> takeIn(List<HallEvent> committedElsewhere) {
        return replay.takeIn(committedElsewhere);
    }

    /** Events already taken in (by a rebuild from the store), with views of the hall as it is now. */
    public List<HallEvent> describe(List<HallEvent> committed) {
        return committed.stream().map(replay::withViews).toList();
    }

    // ---- tickets

    /**
     * Ends the hall days that are over: every ticket of an earlier day still waiting or
     * called expires. Cheap when the day has not changed; the hall's writer runs it before
     * every batch, so no request ever sees yesterday's queue.
     */
    public List<TicketView> expireEndedDays() {
        return dayEnd.expireEndedDays();
    }

    /** Whether a hall day ended since {@link #expireEndedDays} last ran. */
    public boolean dayHasEnded() {
        return dayEnd.due();
    }

    public TicketView issue(String service, boolean priority, String kiosk) {
        return tickets.issue(service, priority, kiosk);
    }

    public TicketView cancel(String ticketId) {
        return tickets.cancel(ticketId);
    }

    /** A rating of 1 to 5, once per ticket, only after it was served; 1 or 2 opens a follow-up case. */
    public TicketView rate(String ticketId, int score, RatingChannel channel) {
        return rate(ticketId, Evaluation.overall(score), channel);
    }

    /** An evaluation with its indicators and opinion, from the ticket's page or the kiosk. */
    public TicketView rate(String ticketId, Evaluation evaluation, RatingChannel channel) {
        return tickets.rate(ticketId, evaluation, channel, null);
    }

    /** A rating from the evaluator pad of one of {@code padCounters}: only for a ticket one of them served. */
    public TicketView rateAtPad(String ticketId, int score, java.util.List<Integer> padCounters) {
        return tickets.rate(ticketId, Evaluation.overall(score), RatingChannel.EVALUATOR, padCounters);
    }

    /**
     * Finished tickets of the days before yesterday leave memory (the store keeps them). Issuing
     * does this too; a server that never issues (another server of the hall does) needs it called.
     */
    public void forgetOldDays() {
        tickets.forgetOldDays();
    }

    // ---- matters: 首问负责, 一次性告知, 限时办结

    /** The return visit of a citizen holding a 告知单: a ticket of its service linked to the first visit. */
    public TicketView issueReturn(String service, String noticeCode, String kiosk) {
        Notice n = matters.redeemable(service, noticeCode);
        TicketView issued = tickets.issue(service, false, kiosk, Matter.returnAfter(n));
        matters.redeemed(n, hall.tickets.get(issued.id()));
        return issued;
    }

    /** An open notice by its code (as typed); closed ones are in the store only. */
    public Optional<Notice> openNotice(String code) {
        return Optional.ofNullable(NoticeCodes.normalize(code)).map(hall.openNotices::get);
    }

    /**
     * Closes a matter whose work went on after its DONE visit (后台办理), done now; by a manager or
     * a member of staff. A 告知单 is refused (409): it closes with the citizen's return visit.
     */
    public Notice closeMatter(String code, String badge) {
        return matters.closeAfterVisit(code, badge);
    }

    /** Every open notice: the matters waiting for the citizen to come back. */
    public List<Notice> openNotices() {
        return List.copyOf(hall.openNotices.values());
    }

    /** The matter of the ticket counter {@code number} holds, for the staff member working there. */
    public CounterMatter counterMatter(int number, String badge) {
        return CounterMatter.of(hall, hall.staffed(number, badge));
    }

    // ---- follow-up cases of bad ratings

    /** The open cases, the soonest due first. */
    public List<FollowUp> openCases() {
        return followUps.open();
    }

    /** A manager records the call-back (回访) of a case, with what the citizen said. */
    public FollowUp callBack(long id, String badge, String note) {
        return followUps.calledBack(id, badge, note);
    }

    /** Escalates each open case past a deadline, once; the hall's chores run it every minute. */
    public int escalateOverdueCases() {
        return followUps.escalateOverdue();
    }

    /** A manager closes a case with a note of what was done. */
    public FollowUp closeCase(long id, String badge, String note) {
        return followUps.close(id, badge, note);
    }

    // ---- appraisal marks and the complaints register (checked by the appraisal package before they come here)

    /** Records a manager's score of an assessed item; kept with the batch, so a retry gets the same answer. */
    public Mark appraise(Mark mark) {
        hall.emitFiling(EventType.APPRAISAL_MARKED, mark, null, mark.markedBy());
        return mark;
    }

    /** Keeps one returned 窗口部门服务态度评价表 (checked by the appraisal package), entered by {@code badge}. */
    public String recordSurvey(String detail, String badge) {
        hall.emit(EventType.SURVEY_ANSWERED, null, null, badge, detail);
        return detail;
    }

    /** Writes a complaint into the register; its number is that of the event recording it. */
    public Complaint recordComplaint(Complaint draft) {
        Complaint c = draft.withId(hall.lastSeq + 1);
        hall.emitFiling(EventType.COMPLAINT_RECORDED, null, c, c.recordedBy());
        return c;
    }

    /** A complaint as it is now: handled further ({@code COMPLAINT_UPDATED}) or closed. */
    public Complaint changeComplaint(Complaint c, EventType type, String badge) {
        hall.emitFiling(type, null, c, badge);
        return c;
    }

    /**
     * Escalates each of {@code overdue} (read from the register by the hall's chores) as of now;
     * one escalated already, or no longer overdue by now, is left alone. Returns how many.
     */
    public int escalateComplaints(java.util.List<Complaint> overdue) {
        java.time.Instant now = hall.now();
        java.util.List<Complaint> late = overdue.stream().filter(c -> c.needsEscalation(now)).toList();
        late.forEach(c -> hall.emitFiling(EventType.COMPLAINT_ESCALATED, null, c.escalated(now), null));
        return late.size();
    }

    // ---- the emergency broadcast (kept by the broadcast package before it comes here)

    /**
     * Tells every screen of the hall of a broadcast sent or cleared; {@code detail} is the
     * broadcast. Who did it is in the settings' audit trail, kept with the broadcast itself, so
     * the event names nobody and the audit log lists it once.
     */
    public void tellBroadcast(EventType type, String detail) {
        if (type != EventType.BROADCAST_STARTED && type != EventType.BROADCAST_CLEARED) {
            throw new IllegalArgumentException("not a broadcast event: " + type);
        }
        hall.emit(type, null, null, null, detail);
    }

    // ---- a counter's day

    /** Staff start work at a counter; an idle counter they held elsewhere is closed first. */
    public CounterView open(int number, StaffRef staff) {
        return counters.open(number, staff);
    }

    /** The longest-waiting ticket this counter may serve, or empty when nobody waits for it. */
    public Optional<TicketView> callNext(int number, String badge) {
        return counters.callNext(number, badge);
    }

    public TicketView recall(int number, String badge) {
        return counters.recall(number, badge);
    }

    public TicketView start(int number, String badge) {
        return counters.start(number, badge);
    }

    /** From CALLED or SERVING; when start was skipped, handle time counts from the call. */
    public TicketView finish(int number, String badge) {
        return counters.finish(number, badge, VisitEnd.DONE);
    }

    /** Finishes the visit as {@code how} says: DONE, NOTICE with its 告知单, or REFUSED with the reason. */
    public TicketView finish(int number, String badge, VisitEnd how) {
        return counters.finish(number, badge, how);
    }

    public TicketView noShow(int number, String badge) {
        return counters.noShow(number, badge);
    }

    /** Hands the current ticket to another service or counter; it keeps its place by arrival. */
    public TicketView transfer(int number, String badge, String toService, Integer toCounter) {
        return counters.transfer(number, badge, toService, toCounter, null);
    }

    /** The same, with a note the next counter sees (内部流转: the file moves, not the citizen). */
    public TicketView transfer(int number, String badge, String toService, Integer toCounter, String note) {
        return counters.transfer(number, badge, toService, toCounter, note);
    }

    /** A citizen who missed the call came back: a few places behind the head of their line. */
    public TicketView returnNoShow(int number, String badge, String ticketNumber) {
        return counters.returnNoShow(number, badge, ticketNumber);
    }

    public CounterView pause(int number, String badge, String reason) {
        return counters.pause(number, badge, reason);
    }

    public CounterView resume(int number, String badge) {
        return counters.resume(number, badge);
    }

    /**
     * Pauses each free counter whose scheduled break (午休) has begun and resumes each one
     * whose break paused it and is over; the hall's chores run it every few seconds. Returns
     * how many counters changed.
     */
    public int keepBreaks() {
        return breaks.keepAll();
    }

    /**
     * Closes the counter, as it always has. Before closing time, leaving citizens nobody else
     * can serve, the early close (不提前结束营业) is recorded and reported, without a reason.
     */
    public CounterView close(int number, String badge) {
        return counters.close(number, badge, null, false);
    }

    /** The same with the reason for closing early, recorded and reported to the manager. */
    public CounterView close(int number, String badge, String reason) {
        return counters.close(number, badge, reason, false);
    }

    /**
     * A close that asks first, as the counter page does: one that would close early without a
     * reason is refused ({@code 409}, reason {@code early-close}) so that the page can ask why.
     */
    public CounterView closeAsking(int number, String badge, String reason) {
        return counters.close(number, badge, reason, true);
    }

    /**
     * A manager's change of the services counter {@code number} calls, from now on; a ticket it
     * holds finishes as usual. Unchanged services change nothing and record nothing.
     */
    public CounterView changeServices(int number, List<String> services, String badge) {
        return this.services.change(number, services, badge);
    }

    // ---- the kiosks' ticket printers

    /** One more paper copy of a ticket still in play, at {@code kiosk} (null: where it was printed). */
    public PrintJob reprint(String ticketId, String kiosk) {
        return prints.reprint(ticketId, kiosk);
    }

    /** The kiosk's agent printed copy {@code copy} (null: the pending one) of the ticket. */
    public PrintJob printed(String kiosk, String ticketId, Integer copy) {
        return prints.printed(kiosk, ticketId, copy);
    }

    /** What the kiosk's agent has still to print, in issue order. */
    public List<PendingPrint> pendingPrints(String kiosk) {
        return prints.pending(kiosk);
    }

    /** Records the printer's state; true when it changed and printer.status was emitted. */
    public boolean printerReport(String kiosk, PrinterState state) {
        return prints.report(kiosk, state);
    }

    /**
     * Whether {@link #markSilentPrinters} would mark any printer now. The hall's chores look
     * first and write only then: on a shared database every write takes the hall's lock.
     */
    public boolean hasSilentPrinters(java.time.Duration silence) {
        return prints.anySilent(silence);
    }

    /**
     * Whether a round of the hall's timed chores has anything to do now: a booking to close,
     * an overdue case to escalate, a counter to pause or resume for its break.
     */
    public boolean choresDue() {
        return appointments.anyToClose() || followUps.anyOverdue() || breaks.anyDue();
    }

    /** Marks OFFLINE the printers whose agents went quiet for {@code silence}; returns their kiosks. */
    public List<String> markSilentPrinters(java.time.Duration silence) {
        return prints.markSilent(silence);
    }

    /** Each kiosk printer's last known state, by kiosk. */
    public Map<String, PrinterState> printers() {
        return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(hall.printers));
    }

    // ---- appointments (预约)

    /** The service's slots on {@code date} with their places booked; none on a closed day. */
    public List<SlotView> slots(String service, java.time.LocalDate date) {
        return appointments.slots(service, date);
    }

    public Booking book(String service, java.time.LocalDate date, java.time.LocalTime start, Citizen who) {
        return appointments.book(service, date, start, who);
    }

    /** Frees the booking's place; only while it is still booked. */
    public Booking cancelBooking(String code) {
        return appointments.cancel(code);
    }

    public Booking booking(String code) {
        return appointments.booking(code);
    }

    /** A priority ticket for the booking, inside its check-in window, issued at {@code kiosk}. */
    public CheckIn checkIn(String code, String kiosk) {
        return appointments.checkIn(code, kiosk);
    }

    /** Marks missed (a no-show) every booking whose check-in window closed unused; returns how many. */
    public int closeMissedBookings() {
        return appointments.closeMissed();
    }

    // ---- messages to citizens (the notify package decides; the hall records)

    /**
     * Records a consent to be told by message, its withdrawal, or a message decided, about a
     * ticket (or, with none, a booking not yet checked in): it changes nothing else, and is
     * committed with the change that led to it.
     */
    public void noteMessage(EventType type, String ticketId, String detail) {
        if (type != EventType.NOTIFY_CONSENTED && type != EventType.NOTIFY_WITHDRAWN && type != EventType.NOTIFY_QUEUED) {
            throw new IllegalArgumentException(type + " is not about messages");
        }
        Ticket t = ticketId == null ? null : hall.tickets.get(ticketId);
        if (ticketId != null && t == null) {
            throw Refusal.notFound("没有此号 / No ticket " + ticketId);
        }
        hall.emit(type, t, null, null, detail);
    }

    /** A ticket as it stands, without a forecast: cheap enough to look at after every change. */
    public Optional<Ticket> ticketNow(String ticketId) {
        return Optional.ofNullable(hall.tickets.get(ticketId));
    }

    /** How many will be called before {@code t} (0 once it is no longer waiting); no forecast. */
    public int aheadOf(Ticket t) {
        return t.status() == TicketStatus.WAITING ? hall.lines.ahead(t) : 0;
    }

    // ---- what clients read

    public Optional<TicketView> ticket(String ticketId) {
        return Optional.ofNullable(hall.tickets.get(ticketId)).map(t -> hall.views.moment(t).ticket(t));
    }

    public Optional<CounterView> counterView(int number) {
        return Optional.ofNullable(hall.counters.get(number)).map(c -> hall.views.now().counter(c));
    }

    /** Which counter this staff member works at, if any. */
    public Optional<Integer> counterOfStaff(String badge) {
        return hall.counterOf(badge).map(Counter::number);
    }

    public List<CounterView> counters() {
        return hall.views.now().counters();
    }

    /** The next {@code limit} tickets counter {@code number} would call, in that order, and how many wait for it. */
    public CounterQueue waitingFor(int number, int limit) {
        return hall.views.waitingFor(hall.counter(number), limit);
    }

    public QueueView queue() {
        return hall.views.now().queue();
    }

    /** The latest calls, newest first, so a screen that (re)connects can show them. */
    public List<TicketView> recentCalls() {
        return List.copyOf(hall.recentCalls);
    }

    /** The hall's present moment in its own time zone, by the engine's clock. */
    public java.time.ZonedDateTime hallTime() {
        return hall.now().atZone(hall.config.zone());
    }

    public long lastSeq() {
        return hall.lastSeq;
    }

    /** The changes made since the last drain, in order; the caller commits them. */
    public List<HallEvent> drainEvents() {
        List<HallEvent> out = List.copyOf(hall.pending);
        hall.pending.clear();
        return out;
    }
}
