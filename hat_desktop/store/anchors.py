"""The head of every hash chain, and the hash stored at a given entry of one: what the
printed chain-head code (domain.anchors) is made from and checked against."""

from hat_desktop.domain.anchors import AUDIT, RECORDS, ChainHead
from hat_desktop.store import ledger
from hat_desktop.store.audit import AUDIT_LOG
from hat_desktop.store.connection import Database
from hat_desktop.store.outcomes import LEDGERS as OUTCOME_LEDGERS
from hat_desktop.store.register import REGISTER_ENTRIES
from hat_desktop.store.seals import RECORD_SEALS


def _whole_table_chains() -> list[tuple[str, ledger.LedgerTable]]:
    return [(AUDIT, AUDIT_LOG), *((t.name.upper(), t) for t in OUTCOME_LEDGERS),
            (RECORDS, RECORD_SEALS)]


def _section_codes(db: Database) -> dict[int, str]:
    return {int(r[0]): str(r[1]) for r in db.all("SELECT id, code FROM register_sections")}


def chain_heads(db: Database) -> tuple[ChainHead, ...]:
    """Every register section's newest entry (by code), then the audit log's and the
    clinical records' seals'."""
    codes = _section_codes(db)
    sections = sorted((ChainHead(codes[int(value)], int(seq), str(digest))
                       for value, seq, _id, digest in ledger.chain_heads(db, REGISTER_ENTRIES)),
                      key=lambda h: h.chain)
    others = []
    for name, table in _whole_table_chains():
        found = ledger.chain_heads(db, table)
        if found:
            _value, seq, _id, digest = found[0]
            others.append(ChainHead(name, int(seq), str(digest)))
    return (*sections, *others)


def stored_hash(db: Database, chain: str, seq: int) -> str | None:
    """The hash stored with entry ``seq`` of ``chain``; None if there is no such entry (or
    no such chain)."""
    for name, table in _whole_table_chains():
        if chain == name:
            return ledger.hash_at(db, table, None, seq)
    section_id = next((i for i, code in _section_codes(db).items() if code == chain), None)
    return None if section_id is None else ledger.hash_at(db, REGISTER_ENTRIES, section_id, seq)
