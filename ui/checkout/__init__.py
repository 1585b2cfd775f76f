"""The counter: the cart, payment, refunds and the day's recent sales."""
