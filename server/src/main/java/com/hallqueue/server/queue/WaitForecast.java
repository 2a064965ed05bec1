package com.hallqueue.server.queue;

import java.util.Collection;

/**
 * Forecasts how long tickets will wait. It learns from every committed change the engine
 * records ({@link #observe}) and looks only at what the live hall knows now.
 */
public interface WaitForecast {

    void observe(HallEvent e);

    Forecast forecast(HallView hall, Collection<Ticket> targets);
}
