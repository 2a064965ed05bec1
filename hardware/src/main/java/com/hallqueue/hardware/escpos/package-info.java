/**
 * ESC/POS for the ticket dispenser: {@link com.hallqueue.hardware.escpos.EscPosTicket}
 * lays out a {@link com.hallqueue.hardware.escpos.TicketPrint}, and
 * {@link com.hallqueue.hardware.escpos.PrinterStatus} reads the printer's status replies.
 */
package com.hallqueue.hardware.escpos;
