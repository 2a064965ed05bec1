package com.hallqueue.hardware.modbus;

/** The holding-register map of a call pad or evaluator; see REGISTERS.md. */
final class PadRegisters {

    /** Oldest unacknowledged key (0 = none), its sequence, oldest rating, its sequence. */
    static final int KEY = 0;
    static final int SCORE = 2;
    static final int KEY_ACK = 4;
    static final int SCORE_ACK = 5;
    /** State, waiting, four ticket registers, rating prompt. */
    static final int DISPLAY = 8;
    static final int DISPLAY_COUNT = 7;
    /** People waiting, the one display register that changes without the counter doing anything. */
    static final int WAITING = 9;
    static final int TICKET_CHARS = 8;

    private PadRegisters() {
    }

    /** Up to eight ASCII characters, two per register, first character in the high byte. */
    static int[] ticketRegisters(String ticket) {
        int[] registers = new int[TICKET_CHARS / 2];
        for (int i = 0; i < Math.min(ticket.length(), TICKET_CHARS); i++) {
            char c = ticket.charAt(i);
            int ascii = c >= 0x20 && c <= 0x7E ? c : '?';
            registers[i / 2] |= i % 2 == 0 ? ascii << 8 : ascii;
        }
        return registers;
    }
}
