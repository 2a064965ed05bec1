package com.hallqueue.server.config;

/** A citizen who missed their call and comes back is put this many places behind the head. */
public record NoShowRules(int returnBehind) {

    /**
     * The one wording of the missed-call rule, for the kiosk, the ticket's page, the printout
     * and the screens alike, so none contradicts another (文明用语: 请).
     */
    public String wording() {
        return "过号请到窗口说明，将为您排在前" + returnBehind + "位等候者之后";
    }

    public String wordingEn() {
        return "Missed your call? Please tell a counter: you will be placed behind the first " + returnBehind
                + " people waiting";
    }
}
