package com.hallqueue.server.central;

import java.util.List;

/** The same two halls with no PostgreSQL: both in schemas of the server's one H2 file. */
class TwoHallsOnH2Test extends TwoHallsTest {

    @Override
    List<String> database() {
        return List.of();
    }
}
