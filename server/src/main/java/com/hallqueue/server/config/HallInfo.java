package com.hallqueue.server.config;

import java.time.ZoneId;

/**
 * The hall's name, time zone and the numbers it must publish (服务热线、投诉电话), and the duty
 * manager (值班主任) the hall display shows until a manager names today's (empty: none).
 */
public record HallInfo(String name, String nameEn, ZoneId timeZone, String hotline, String complaintPhone,
                       String dutyManager, String dutyPhone) {

    public HallInfo(String name, String nameEn, ZoneId timeZone, String hotline, String complaintPhone) {
        this(name, nameEn, timeZone, hotline, complaintPhone, "", "");
    }
}
