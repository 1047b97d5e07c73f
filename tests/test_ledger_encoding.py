"""The fast row encoder used by verify gives exactly the canonical bytes appended rows
were hashed with: otherwise verify would call an intact register damaged (or worse)."""

from hypothesis import given
from hypothesis import strategies as st

from hat_desktop.domain.ledger import RowEncoder, canonical, chain_hash

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
VALUES = st.one_of(st.none(), st.integers(min_value=-(2**63), max_value=2**63 - 1), TEXT)
ROWS = st.dictionaries(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1,
                               max_size=12), VALUES, min_size=1, max_size=15)


@given(row=ROWS, prev=st.text("0123456789abcdef", min_size=64, max_size=64))
def test_row_encoder_matches_canonical_json(row, prev):
    columns = sorted(row)
    encoder = RowEncoder(columns)
    values = [row[c] for c in columns]
    assert encoder.encode(values) == canonical(row)
    assert encoder.chain_hash(prev, values) == chain_hash(prev, row)


def test_a_foreign_type_never_matches():
    encoder = RowEncoder(["a", "b"])
    assert encoder.encode([1, 2.0]) != canonical({"a": 1, "b": 2})
    assert encoder.encode([1, b"2"]) != canonical({"a": 1, "b": "2"})
