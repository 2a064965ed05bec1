package com.hallqueue.server.broadcast;

/**
 * The kinds of emergency a manager may broadcast, each with its heading and the sentence the
 * voice says (recorded, so the gateway needs no speech synthesis: the free text a manager adds
 * is shown on the screens and strips, and the voice asks everyone to read them).
 */
public enum BroadcastKind {
    EVACUATION("紧急疏散", "Evacuation", "紧急情况，请听从工作人员指挥，从最近的安全出口有序撤离",
            "Emergency. Please follow the staff and leave calmly by the nearest exit."),
    FIRE_DRILL("消防演练", "Fire drill", "消防演练，请听从工作人员指挥，有序撤离",
            "Fire drill. Please follow the staff and leave calmly."),
    SYSTEM_FAILURE("系统故障", "System failure", "系统故障，业务暂停办理，对不起，请稍候",
            "System failure. Service is paused. We are sorry, please wait."),
    NOTICE("紧急通知", "Urgent notice", "请注意，紧急通知，请看大厅屏幕",
            "Attention please. An urgent notice is on the hall screens.");

    private final String title;
    private final String titleEn;
    private final String says;
    private final String saysEn;

    BroadcastKind(String title, String titleEn, String says, String saysEn) {
        this.title = title;
        this.titleEn = titleEn;
        this.says = says;
        this.saysEn = saysEn;
    }

    public String title() {
        return title;
    }

    public String titleEn() {
        return titleEn;
    }

    /** What the voice says, in Chinese; shown under the heading too. */
    public String says() {
        return says;
    }

    public String saysEn() {
        return saysEn;
    }
}
