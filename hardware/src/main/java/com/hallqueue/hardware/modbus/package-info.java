/**
 * The RS-485 bus of call pads and evaluators as Modbus RTU.
 * {@link com.hallqueue.hardware.modbus.CallPadBus} polls the pads and reports
 * {@link com.hallqueue.hardware.modbus.PadKey} and
 * {@link com.hallqueue.hardware.modbus.EvaluatorScore} values; the register map is in
 * hardware/REGISTERS.md.
 */
package com.hallqueue.hardware.modbus;
