"""Use cases: each takes the open clinic and the acting user, checks permission,
runs in one transaction and returns a result or raises a Refused."""
