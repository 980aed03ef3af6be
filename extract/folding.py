"""Case folding: when a case-sensitive test on lowercase text stands in for IGNORECASE.

Rules and date patterns are compiled with `re.IGNORECASE`. Lowercasing a text
once and testing it case-sensitively is cheaper, and gives the same answer on
text whose chars each lowercase to one char that folds plainly
(`c.upper().lower() == c`): there a char matches a letter of a pattern under
IGNORECASE exactly when its lowercase is that letter's lowercase, provided the
letter is uncased or an ASCII or Latin letter that folds plainly too
(`plain_char`). Elsewhere the callers keep the IGNORECASE regex: a dotless `ı`
or a long `ſ` matches `i` or `s` under IGNORECASE, a dotted `İ` lowercases to
two chars, and Greek sigma lowercases by context.

Notes
-----
Checked for every code point of Python 3.11's Unicode data: a char that
folds plainly is its own simple lowercase (what `re` compares under
IGNORECASE), no two chars that fold plainly are IGNORECASE variants of each
other, and a char and its plain lowercase agree on `\\w`, `\\d` and `\\s`.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["caseless_twin", "folds_plainly", "may_hold", "plain_char", "plain_lower"]

# escapes whose meaning does not depend on case (classes, anchors, escaped punctuation)
_CLASS_ESCAPES = frozenset("sSwWdDbBAZ")
# group openers other than a plain "(": non-capturing, lookarounds, named groups
_GROUP_OPENERS = ("(?:", "(?=", "(?!", "(?<=", "(?<!", "(?P<", "(?P=")


def folds_plainly(words: str) -> bool:
    """Whether every char of lowercase `words` keeps its case mapping (see module notes)."""
    return words.isascii() or words.upper().lower() == words


def plain_lower(text: str) -> str | None:
    """`text` lowercased, when that stands in for `text` under IGNORECASE; else None.

    >>> plain_lower("Nvidia H20"), plain_lower("Sıgned") is None
    ('nvidia h20', True)
    """
    low = text.lower()
    if len(low) != len(text) or not folds_plainly(low):
        return None
    return low


def plain_char(c: str) -> str | None:
    """`c` lowercased if it is uncased, or an ASCII or Latin letter that folds plainly; else None.

    >>> plain_char("Ấ"), plain_char("-"), plain_char("σ")
    ('ấ', '-', None)
    """
    low = c.lower()
    if len(low) == 1 and low == low.upper():
        return low  # uncased (punctuation, digits, dashes): no other char matches it
    if len(low) != 1 or low.upper().lower() != low:
        return None
    if not (low.isascii() or "LATIN" in unicodedata.name(low, "")):
        return None
    return low


def may_hold(text: str, literals: tuple[str, ...]) -> bool:
    """Whether `re.IGNORECASE` search for one of `literals` might find one in `text`.

    False only when no search for any of them (alone, or in an alternation
    without anchors or lookarounds) can match in `text` or in any slice of it.
    The literals must be lowercase and made of `plain_char` chars. On text that
    `plain_lower` cannot lowercase the answer is True: it cannot tell.

    >>> may_hold("Now AVAILABLE on the Hub", ("download", "available"))
    True
    >>> may_hold("A chatbot on the hub", ("download", "available"))
    False
    """
    low = plain_lower(text)
    return low is None or any(map(low.__contains__, literals))


def _copy_escape(pattern: str, i: int, out: list[str]) -> int | None:
    """Copy the escape at `i` if its meaning ignores case; the index past it, or None."""
    escaped = pattern[i + 1 : i + 2]
    if escaped in _CLASS_ESCAPES or (
        escaped and not escaped.isalnum() and plain_char(escaped) == escaped
    ):
        out.append(pattern[i : i + 2])
        return i + 2
    return None  # back-references, \x.., \u.., \N{...}, marks that fold: not modelled


def _copy_set(pattern: str, i: int, out: list[str]) -> int | None:
    """Copy the set `[...]` at `i`, its chars lowercased; the index past it, or None."""
    j = i + 2 if pattern.startswith("[^", i) else i + 1
    out.append(pattern[i:j])
    first = True
    while j < len(pattern):
        c = pattern[j]
        if c == "]" and not first:
            out.append(c)
            return j + 1
        first = False
        if c == "[":
            return None  # a nested set
        if c == "\\":
            j = _copy_escape(pattern, j, out)
            if j is None:
                return None
            continue
        if pattern[j + 1 : j + 2] == "-" and pattern[j + 2 : j + 3] not in ("]", ""):
            if not (c in "0123456789" and pattern[j + 2] in "0123456789"):
                return None  # a range of letters folds by rules of its own
            out.append(pattern[j : j + 3])
            j += 3
            continue
        low = plain_char(c)
        if low is None:
            return None
        out.append(low)
        j += 1
    return None  # unclosed


def caseless_twin(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """IGNORECASE `rx` with its letters lowercased, compiled case-sensitively; None if not modelled.

    On lowercase text that folds plainly (`folds_plainly`, `plain_lower`) the
    twin matches exactly where `rx` matches on the text before lowercasing: the
    same matches and groups at the same offsets. `rx` must have no flag but IGNORECASE,
    and its pattern stay in the subset: literal chars `plain_char` accepts;
    escapes of punctuation or of `\\s \\S \\w \\W \\d \\D \\b \\B \\A \\Z`; groups
    plain, non-capturing, lookaround or named in lowercase; set ranges only
    between ASCII digits.

    >>> caseless_twin(re.compile(r"(?P<mon>May|June)\\s+[0-3]\\d", re.IGNORECASE)).pattern
    '(?P<mon>may|june)\\\\s+[0-3]\\\\d'
    >>> caseless_twin(re.compile(r"[A-Z]+", re.IGNORECASE)), caseless_twin(re.compile(r"x"))
    (None, None)
    """
    if rx.flags != re.IGNORECASE | re.UNICODE:
        return None
    pattern = rx.pattern
    out: list[str] = []
    i: int | None = 0
    while i is not None and i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i = _copy_escape(pattern, i, out)
        elif c == "[":
            i = _copy_set(pattern, i, out)
        elif pattern.startswith("(?", i):
            opener = next((g for g in _GROUP_OPENERS if pattern.startswith(g, i)), None)
            if opener is None:
                return None  # inline flags, conditionals, comments, atomic groups
            out.append(opener)
            i += len(opener)
        else:
            low = plain_char(c)
            if low is None:
                return None
            out.append(low)
            i += 1
    if i is None:
        return None
    try:
        twin = re.compile("".join(out))
    except re.error:
        return None
    if twin.groupindex != rx.groupindex or twin.groups != rx.groups:
        return None  # a group name with capitals
    return twin
