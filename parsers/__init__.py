"""Email bytes to a Letter, and a Letter to an Extraction (an Order with evidence)."""
