"""PDF and CSV output. Reports take plain data from services; they never open the store."""
