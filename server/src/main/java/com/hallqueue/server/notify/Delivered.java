package com.hallqueue.server.notify;

/** What a gateway's HTTP answer means for the message. */
final class Delivered {

    private Delivered() {
    }

    static Outcome judge(int status) {
        if (status >= 200 && status < 300) {
            return new Outcome.Sent();
        }
        boolean retry = status >= 500 || status == 429 || status == 408;
        return new Outcome.Failed("网关答复 / gateway answered " + status, retry);
    }
}
