"""Who is at the counter: the PIN pad, the first administrator, a manager's approval, a PIN change."""
