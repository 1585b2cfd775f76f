"""The composition root: the one place in ``ui`` that wires ``db`` and ``receipts`` into ``pos``'s ports.

One module per part, each imported only when its part is needed (a command loads what it uses,
and the counter app starts without the PDF, spreadsheet and import code):

- :mod:`ui.wiring.shop`: the shop opened (settings, database, units of work), its schema, backups;
- :mod:`ui.wiring.lease`: the counter app's hold on its counter id;
- :mod:`ui.wiring.printing`: the print queue, receipts, the test page, a printer used directly;
- :mod:`ui.wiring.counter`: the counter's devices for the screens (printer, drawer, pole display,
  serial scanner);
- :mod:`ui.wiring.documents`: PDFs and spreadsheets: statements, labels, price cards, stock
  paperwork, shift reports, e-receipts, import files read;
- :mod:`ui.wiring.context`: what the screens work with (``app_context``).

The command line (:mod:`ui.cli`) and the GUI both start here; neither touches SQLAlchemy, the
printers or the PDF libraries itself.
"""
