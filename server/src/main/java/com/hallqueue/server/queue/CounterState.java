package com.hallqueue.server.queue;

/** What a counter is doing: closed, open and free, calling a number, serving, or paused (暂停服务). */
public enum CounterState {
    CLOSED, IDLE, CALLING, SERVING, PAUSED
}
