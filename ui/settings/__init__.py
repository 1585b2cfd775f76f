"""The counter's devices: printer, drawer, scanner, pole display."""
