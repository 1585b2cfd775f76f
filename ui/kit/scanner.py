"""Barcode scanners at the checkout: the keyboard wedge and the serial scanner.

- ``ui.kit.scanner_wedge.WedgeScanner``: a USB or Bluetooth scanner in keyboard mode. Its codes
  come as key presses a few milliseconds apart, ended by Enter or Tab; the scanner tells them
  from a person typing, on whichever widget of the screen has the focus, and keeps Chinese input
  methods off the screen's fields.
- ``ui.kit.scanner_serial.SerialScanner``: a scanner on a serial port (``scanner_port`` in the
  settings), read on a worker thread, reconnecting when it is unplugged.

Both say ``scanned(code)`` on the GUI thread, the code cleaned by the one rule for scanner input
(``pos.barcodes.clean_scan``), so a screen takes a code from either the same way: the checkout
rings it up, the stock count counts it.

What the shop sets on a scanner: a suffix of Enter (CR) or Tab after every code (the factory
default of most scanners) and, for a wedge, no inter-character delay above 40 ms.
"""

from __future__ import annotations

from ui.kit.scanner_serial import OpenPort, ScannerLink, SerialScanner, split_codes
from ui.kit.scanner_wedge import KEEP_INPUT_METHOD, WedgeScanner

__all__ = ["KEEP_INPUT_METHOD", "OpenPort", "ScannerLink", "SerialScanner", "WedgeScanner", "split_codes"]
