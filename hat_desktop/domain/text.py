"""Checks for free text typed by a user: names, addresses, reasons, references, batches.

One function (clean_text) for every field, so that what is printed in the register, on
a label or in an export is exactly what the user saw: the text is NFKC-normalised
(full-width letters and digits, ligatures and other compatibility forms become their
ordinary characters, so two spellings that look the same are stored the same) and
refused when it holds a character that prints nothing or changes how the rest prints.
"""

import unicodedata

from hat_desktop.domain.errors import InvalidInput

# Letters that draw nothing (Hangul fillers, the blank Braille pattern): text made only of
# these (and spaces) looks empty on screen and on paper.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def _refused(ch: str, multiline: bool) -> bool:
    """Control characters (a pasted binary), format characters (bidirectional overrides
    and isolates, zero-width spaces and joiners, the byte-order mark, soft hyphens),
    surrogates, private-use and unassigned code points, and line or paragraph separators
    (line breaks only in multi-line fields)."""
    if ch == "\n":
        return not multiline
    return unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") or ch in "\u2028\u2029"


def _visible(ch: str) -> bool:
    return unicodedata.category(ch)[0] not in "ZCM" and ch not in _BLANK_LETTERS


def clean_text(
    value: str | None,
    field: str,
    *,
    max_length: int = 200,
    required: bool = True,
    multiline: bool = False,
) -> str:
    """The normalised, trimmed text, or a refusal that names the field in the user's words.

    Refused: characters that cannot be printed or that hide or reorder text (control,
    bidirectional-override, zero-width), and text with nothing visible in it.
    """
    text = unicodedata.normalize("NFKC", value or "").replace("\r\n", "\n").strip()
    if not text:
        if required:
            raise InvalidInput(f"Enter the {field}.")
        return ""
    if len(text) > max_length:
        raise InvalidInput(
            f"The {field} is too long: at most {max_length} characters ({len(text)} given)."
        )
    if any(_refused(ch, multiline) for ch in text):
        raise InvalidInput(f"The {field} contains a character that cannot be printed, or an "
                           "invisible one: type it again without pasting.")
    if not any(_visible(ch) for ch in text):
        if required:
            raise InvalidInput(f"Enter the {field}: it holds nothing visible.")
        raise InvalidInput(f"The {field} holds nothing visible: type it again, or leave it "
                           "empty.")
    return text


def ascii_digits(value: str) -> str:
    """``value`` with every decimal digit of any script (Arabic-Indic, full-width...) as
    its ASCII digit; other characters unchanged."""
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in value)
