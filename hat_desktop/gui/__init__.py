"""Qt windows and models. Each screen is one form from ui/ plus one controller;
controllers call services only (never SQL)."""
