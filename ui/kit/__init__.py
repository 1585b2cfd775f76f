"""The shared kit every screen uses: the operation helper, tables and widgets, language, files, the scanner and the counter's devices. It imports no area."""
