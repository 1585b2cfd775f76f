"""Opening and closing a counter's shift, counting the drawer, the X and Z reports."""
