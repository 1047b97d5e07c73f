"""Pure rules and value types: no Qt, no SQL, no clock, no I/O."""
