"""Checks for free text typed by a user: names, addresses, reasons, references."""

import unicodedata

from hat_desktop.domain.errors import InvalidInput


def clean_text(
    value: str | None,
    field: str,
    *,
    max_length: int = 200,
    required: bool = True,
    multiline: bool = False,
) -> str:
    """The trimmed text, or a refusal that names the field in the user's words.

    Control characters (other than line breaks in multi-line fields) are refused:
    they cannot be printed in a register and are a sign of a pasted binary.
    """
    text = unicodedata.normalize("NFC", value or "").replace("\r\n", "\n").strip()
    if not text:
        if required:
            raise InvalidInput(f"Enter the {field}.")
        return ""
    if len(text) > max_length:
        raise InvalidInput(
            f"The {field} is too long: at most {max_length} characters ({len(text)} given)."
        )
    allowed = {"\n"} if multiline else set()
    for ch in text:
        if ch in allowed:
            continue
        if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") or ch in "\u2028\u2029":
            raise InvalidInput(f"The {field} contains a character that cannot be printed.")
    return text
