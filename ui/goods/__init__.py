"""The catalogue: goods, their cost breakdown, tags, labels and price cards."""
