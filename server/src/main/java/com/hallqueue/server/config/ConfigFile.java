package com.hallqueue.server.config;

import java.util.List;
import java.util.Map;

/**
 * The YAML file as written, before validation: every field may be missing. {@link
 * ConfigReader} turns it into a {@link HallConfig} or names the first bad field.
 */
record ConfigFile(
        Hall hall,
        List<Service> services,
        List<Counter> counters,
        List<Staff> staff,
        DevicesFile devices,
        Hours hours,
        Priority priority,
        NoShow noShow,
        Stats stats,
        Alerts alerts,
        Screens screens,
        Appointments appointments,
        AppraisalFile appraisal,
        Notify notifier) {

    record Hall(String name, String nameEn, String timeZone, String hotline, String complaintPhone, String dutyManager,
                String dutyPhone) {
    }

    record Service(String code, String name, String nameEn, Double handleMinutes, Integer dailyCap,
                   List<String> materials, Integer timeLimitDays, Boolean afterVisit) {
    }

    record Counter(Integer number, String name, List<String> services, String opens, List<List<String>> breaks) {
    }

    record Staff(String badge, String name, String role, String passwordHash) {
    }

    record DevicesFile(List<Kiosk> kiosks, List<Display> displays) {
    }

    record Kiosk(String id, String token, String printerToken, Integer ticketsPerMinute) {
    }

    /** {@code counters}: the counters whose call pads and evaluators this device (a gateway) drives. */
    record Display(String id, String token, List<Integer> counters) {
    }

    /** Weekday names (monday…sunday) to hours; a weekday left out is closed. */
    record Hours(Map<String, Day> week, List<String> holidays, List<String> workdays) {
    }

    record Day(String open, String lastTicket, String close, List<List<String>> breaks) {
    }

    record Priority(Integer maxConsecutive, List<String> kinds) {
    }

    record NoShow(Integer returnBehind) {
    }

    record Stats(Double waitTargetMinutes, Double serviceLevel, Rubric rubric, Integer followUpWorkingDays) {
    }

    /** The old invented score's keys: still read, so an old file loads; see {@link AppraisalReader}. */
    record Rubric(Map<String, Integer> weights, Double pauseAllowanceMinutes, Map<String, Integer> grades) {
    }

    /** The hall's 考核评分细则: parts with items, and grades by lower bound. */
    /** {@code survey: true} switches on the 窗口部门服务态度评价表 questionnaire. */
    record AppraisalFile(List<PartFile> parts, List<GradeFile> grades, Boolean survey) {
    }

    record PartFile(String name, Integer points, List<ItemFile> items) {
    }

    /** {@code measure}: efficiency, ratings, feedback or complaints; without it the item is assessed. */
    record ItemFile(String id, String name, Integer points, String measure) {
    }

    record GradeFile(String name, Integer from) {
    }

    /** Hall-wide thresholds, and per service letter the ones that differ. */
    record Alerts(Double waitMinutes, Integer waiting, Map<String, Threshold> services) {
    }

    record Threshold(Double waitMinutes, Integer waiting) {
    }

    record Screens(String publicUrl, String voiceClips, Integer kioskReturnSeconds, List<String> servers) {
    }

    /** Slot length and capacity for the whole hall, and per service letter where they differ. */
    record Appointments(Integer slotMinutes, Integer capacity, Integer daysAhead, Integer perPhonePerDay,
                        CheckIn checkIn, Integer bookingsPerMinute, Map<String, SlotSize> services,
                        RemoteTickets remoteTickets, AppointmentOnly appointmentOnly) {
    }

    /** 预约通关: spans each night (["17:30", "08:30"] crosses midnight) and hours on holidays, for the booked only. */
    record AppointmentOnly(List<List<String>> night, Span holidays, List<String> services, List<Integer> counters) {
    }

    record Span(String open, String close) {
    }

    record SlotSize(Integer slotMinutes, Integer capacity) {
    }

    record CheckIn(Integer earlyMinutes, Integer lateMinutes) {
    }

    record RemoteTickets(Integer perPhonePerDay, Integer perMinute) {
    }

    /** {@code notifier}, 短信提醒: see {@link NotifyRules}. */
    record Notify(String adapter, Integer aheadAt, String aheadText, String calledText, SmsGateway sms,
                  WebhookFile webhook, Integer maxAttempts, Integer firstRetryMillis, Integer pollMillis) {
    }

    record SmsGateway(String url, String apiKey, String apiKeyHeader, String body, String contentType,
                      Integer perPhonePerHour, Integer perMinute, Integer timeoutMillis) {
    }

    record WebhookFile(String url, String secret, Integer timeoutMillis) {
    }
}
