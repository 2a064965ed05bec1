package com.hallqueue.display;

/** Where a clip is played: the sound card in the hall, a recorder in tests. */
interface Speaker {

    /** Plays a WAV file to the end; false when it could not be played. */
    boolean play(byte[] wav);
}
