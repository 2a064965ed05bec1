package com.hallqueue.server.config;

import java.time.ZoneId;

/** The hall's name, time zone and the numbers it must publish (服务热线、投诉电话). */
public record HallInfo(String name, String nameEn, ZoneId timeZone, String hotline, String complaintPhone) {
}
