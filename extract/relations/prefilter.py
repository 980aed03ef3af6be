"""Cue words a rule's regex cannot match without: a cheap, exact first test.

`anchor_words(pattern)` reads a `between` regex (the subset the rules use:
literals, groups, alternation, quantifiers, classes, lookarounds) and returns
a set of words such that every text the regex fully matches holds one of them
as a whole word, or None when it cannot tell. The text rules see is
`between_words` output (" w1 w2 ... wn ": lowercase words, single spaces), so
a pair whose words miss every anchor of a rule cannot match that rule, and the
regex need not run.

The analysis follows Russ Cox's "Regular Expression Matching with a Trigram
Index": each node gets the set of strings it can match exactly (when small),
necessary prefixes and suffixes of its non-empty matches, and a set of
substrings one of which every match contains. Lookarounds and anchors match
the empty string here, which only widens what may match, so the result stays
a necessary condition. An alternation in a sequence is also read one branch
at a time between the items around it, so that each branch's cue word keeps
the spaces that bound it ("^ (?:\\S+ )?(?:allied|took (?:\\S+ )?stake) $": "allied"
or "stake"), and sets grown too large are cut at a word before they are cut by chars.

>>> sorted(anchor_words(r"^ (?:\\S+ ){0,3}(?:rolled out|launched) (?:\\S+ ){0,2}$"))
['launched', 'rolled']
>>> anchor_words(r"^ (?:\\S+ ){0,3}$") is None
True
>>> sorted(anchor_words(r"^ (?:\\S+ )?(?:allied|took (?:\\S+ )?stake) $"))
['allied', 'stake']

Notes
-----
Rules are compiled with `re.IGNORECASE` and matched against lowercased text.
Literal chars are lowercased here and must be uncased, or ASCII or Latin
letters that keep their case mapping (`c.upper().lower() == c`); otherwise the
rule gets no anchors. `folds_plainly(words)` says whether a text only holds chars with that
property, the condition for the anchor test to be exact on it (a dotless `ı`
or a long `ſ` matches `i`/`s` under IGNORECASE and would escape the test).
(Both tests live in `extract.folding`.)
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from extract.folding import folds_plainly, plain_char

__all__ = ["anchor_words", "folds_plainly"]

_CAP = 2000  # the most strings a set may hold before it is truncated or given up
_CLASS_ESCAPES = frozenset("sSwWdD")
_EMPTY_ESCAPES = frozenset("bBAZ")
_LITERAL_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}


class _Unsupported(ValueError):
    """A construct the analysis does not model (back-references, odd chars)."""


@dataclass(frozen=True, slots=True)
class _Info:
    empty: bool  # can match ""
    exact: frozenset[str] | None  # every string it can match, when known and small
    pre: frozenset[str]  # every non-empty match starts with one of these
    suf: frozenset[str]  # every non-empty match ends with one of these
    need: frozenset[str]  # every match contains one of these
    branches: tuple[_Info, ...] = ()  # an alternation's branches (when it is not exact)


_NOTHING = frozenset({""})
_ANY_CHAR = _Info(False, None, _NOTHING, _NOTHING, _NOTHING)


def _exact(strings: set[str] | frozenset[str]) -> _Info:
    strings = frozenset(strings)
    nonempty = frozenset(s for s in strings if s) or _NOTHING
    return _Info("" in strings, strings, nonempty, nonempty, strings)


def _cap(strings: set[str], keep_start: bool) -> frozenset[str]:
    """`strings`, truncated (to their starts or their ends) until the set is small.

    The first cut keeps the first (last) word with its space, so that a word
    bounded by spaces stays whole; then come shorter and shorter cuts by chars.
    """
    if len(strings) <= _CAP:
        return frozenset(strings)
    if keep_start:
        words = {s[: s.find(" ", 1) + 1] or s for s in strings}
    else:
        words = {s[max(0, s.rfind(" ", 0, len(s) - 1)) :] for s in strings}
    if len(words) <= _CAP:
        return frozenset(words)
    for k in (12, 8, 6, 4, 3, 2, 1):
        cut = {s[:k] if keep_start else s[-k:] for s in strings}
        if len(cut) <= _CAP:
            return frozenset(cut)
    return _NOTHING


def _product(left: frozenset[str], right: frozenset[str]) -> set[str] | None:
    if len(left) * len(right) > 4 * _CAP:
        return None
    return {a + b for a in left for b in right}


def _bounded(s: str) -> list[str]:
    """Words of `s` with a space on both sides inside `s`."""
    parts = s.split(" ")
    return [w for w in parts[1:-1] if w]


def _score(need: frozenset[str]) -> tuple[int, int, int]:
    """How useful a need set is: all elements hold a whole word, long words, few elements."""
    words = [_bounded(s) for s in need]
    if not need or not all(words):
        return (0, min((len(s) for s in need), default=0), -len(need))
    return (1, min(max(len(w) for w in ws) for ws in words), -len(need))


def _best(*candidates: frozenset[str] | None) -> frozenset[str]:
    usable = [c for c in candidates if c is not None and len(c) <= _CAP]
    return max(usable, key=_score) if usable else _NOTHING


def _concat(a: _Info, b: _Info) -> _Info:
    exact = None
    if a.exact is not None and b.exact is not None:
        both = _product(a.exact, b.exact)
        exact = frozenset(both) if both is not None and len(both) <= _CAP else None
    if exact is not None:
        return _exact(exact)
    if a.exact is not None:
        tails = b.pre | _NOTHING if b.empty else b.pre
        pre = _product(frozenset(x for x in a.exact if x), tails)
        pre = set(_NOTHING) if pre is None else pre
        if a.empty:
            pre |= b.pre
    else:
        pre = set(a.pre | b.pre) if a.empty else set(a.pre)
    if b.exact is not None:
        heads = a.suf | _NOTHING if a.empty else a.suf
        suf = _product(heads, frozenset(x for x in b.exact if x))
        suf = set(_NOTHING) if suf is None else suf
        if b.empty:
            suf |= a.suf
    else:
        suf = set(a.suf | b.suf) if b.empty else set(b.suf)
    cross = _product(a.suf, b.pre)
    if cross is not None:
        cross |= b.pre if a.empty else set()
        cross |= a.suf if b.empty else set()
        cross |= _NOTHING if a.empty and b.empty else set()
    return _Info(
        a.empty and b.empty,
        None,
        _cap(pre, keep_start=True),
        _cap(suf, keep_start=False),
        _best(a.need, b.need, frozenset(cross) if cross is not None else None),
    )


def _alternate(branches: list[_Info]) -> _Info:
    if all(b.exact is not None for b in branches):
        union = frozenset().union(*(b.exact for b in branches))
        if len(union) <= _CAP:
            return _exact(union)
    return _Info(
        any(b.empty for b in branches),
        None,
        _cap(set().union(*(b.pre for b in branches)), keep_start=True),
        _cap(set().union(*(b.suf for b in branches)), keep_start=False),
        _best(frozenset().union(*(b.need for b in branches))),
        tuple(branches),
    )


def _sequence(items: list[_Info]) -> _Info:
    """The concatenation of `items`, its need read branch by branch where that says more.

    A need of an alternation alone lacks the text around it (" partnered" ends
    at the alternation's edge); the items around it give that text. Every match
    of the sequence matches it with the alternation replaced by one of its
    branches, so the union of those sequences' needs is a need too.
    """
    out = _concat_all(items)
    for k, item in enumerate(items):
        if not item.branches:
            continue
        before, after = _concat_all(items[:k]), _concat_all(items[k + 1 :])
        need = frozenset().union(
            *(_concat(_concat(before, branch), after).need for branch in item.branches)
        )
        out = replace(out, need=_best(out.need, need))
    return out


def _concat_all(items: list[_Info]) -> _Info:
    """`_concat` of `items`, left to right (the empty string for none)."""
    out = _exact({""})
    for item in items:
        out = _concat(out, item)
    return out


def _repeat(a: _Info, low: int, high: int | None) -> _Info:
    if a.exact is not None and high is not None and high <= 3:
        out: set[str] = set()
        layer = {""}
        for n in range(high + 1):
            if n >= low:
                out |= layer
            layer = _product(frozenset(layer), a.exact)
            if layer is None or len(out) > _CAP:
                break
        else:
            if len(out) <= _CAP:
                return _exact(out)
    empty = low == 0 or a.empty
    return _Info(empty, None, a.pre, a.suf, a.need if low >= 1 else _NOTHING)


def _char(c: str) -> str:
    """A literal char as lowercase text holds it; only uncased, ASCII and Latin chars."""
    low = plain_char(c)
    if low is None:
        raise _Unsupported(c)
    return low


class _Parser:
    """Recursive descent over the regex subset of the rules."""

    def __init__(self, pattern: str) -> None:
        self.p = pattern
        self.i = 0

    def peek(self) -> str:
        return self.p[self.i] if self.i < len(self.p) else ""

    def alternation(self) -> _Info:
        branches = [self.sequence()]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.sequence())
        return branches[0] if len(branches) == 1 else _alternate(branches)

    def sequence(self) -> _Info:
        items = []
        while self.peek() not in ("", "|", ")"):
            items.append(self.quantified(self.atom()))
        return _sequence(items)

    def quantified(self, atom: _Info) -> _Info:
        c = self.peek()
        if c in ("?", "*", "+"):
            self.i += 1
            low, high = {"?": (0, 1), "*": (0, None), "+": (1, None)}[c]
        elif c == "{" and (bounds := self._bounds()) is not None:
            low, high = bounds
        else:
            return atom
        if self.peek() in ("?", "+"):  # lazy or possessive: the same strings
            self.i += 1
        return _repeat(atom, low, high)

    def _bounds(self) -> tuple[int, int | None] | None:
        end = self.p.find("}", self.i)
        body = self.p[self.i + 1 : end] if end > 0 else ""
        low, comma, high = body.partition(",")
        if not body or not (low.isdigit() or (comma and not low)) or (high and not high.isdigit()):
            return None  # a literal "{"
        self.i = end + 1
        lo = int(low) if low else 0
        return lo, (int(high) if high else None) if comma else lo

    def atom(self) -> _Info:
        c = self.peek()
        self.i += 1
        if c == "(":
            return self._group()
        if c == "[":
            return self._class()
        if c == "\\":
            return self._escape()
        if c in ("^", "$"):
            return _exact({""})
        if c == ".":
            return _ANY_CHAR
        if c in ("*", "+", "?", "{"):
            raise _Unsupported(c)
        return _exact({_char(c)})

    def _group(self) -> _Info:
        lookaround = False
        if self.p.startswith("?", self.i):
            kind = self.p[self.i : self.i + 3]
            if kind.startswith(("?:",)):
                self.i += 2
            elif kind.startswith(("?=", "?!")):
                self.i, lookaround = self.i + 2, True
            elif kind in ("?<=", "?<!"):
                self.i, lookaround = self.i + 3, True
            elif kind.startswith("?P<"):
                self.i = self.p.index(">", self.i) + 1
            else:
                raise _Unsupported(kind)  # flags, conditionals, named back-references
        inner = self.alternation()
        if self.peek() != ")":
            raise _Unsupported("unbalanced")
        self.i += 1
        return _exact({""}) if lookaround else inner

    def _class(self) -> _Info:
        """A `[...]` set: its chars when few and literal, else any char."""
        p, k = self.p, self.i
        chars: set[str] = set()
        opaque = k < len(p) and p[k] == "^"  # a negated set: no literal knowledge
        k += opaque
        first = True
        while True:
            if k >= len(p) or p[k] == "[":
                raise _Unsupported("[")  # unclosed, or a nested set
            c = p[k]
            if c == "]" and not first:
                break
            first = False
            if c == "\\":
                escaped = p[k + 1 : k + 2]
                if not escaped:
                    raise _Unsupported("\\")
                if escaped.isalnum():
                    opaque = True  # \d, \w, \s, \n, \x..: a class or a code, not modelled
                else:
                    chars.add(escaped)
                k += 2
            elif p[k + 1 : k + 2] == "-" and p[k + 2 : k + 3] not in ("]", ""):
                opaque = True  # a range
                k += 3
            else:
                chars.add(c)
                k += 1
        self.i = k + 1
        if opaque or not chars or len(chars) > 16:
            return _ANY_CHAR
        return _exact({_char(c) for c in chars})

    def _escape(self) -> _Info:
        c = self.peek()
        self.i += 1
        if c in _CLASS_ESCAPES:
            return _ANY_CHAR
        if c in _EMPTY_ESCAPES:
            return _exact({""})
        if c in _LITERAL_ESCAPES:
            return _exact({_LITERAL_ESCAPES[c]})
        if not c or c.isalnum():
            raise _Unsupported("\\" + c)  # back-references, \x.., \u.., \N{...}
        return _exact({_char(c)})


def anchor_words(pattern: str) -> frozenset[str] | None:
    """Words one of which every full match of `pattern` holds, space-bounded; None if unknown.

    `pattern` must be anchored at both ends and match lowercase, single-spaced
    text (see the module notes); the anchors are the longest space-bounded word
    of each required substring (the last of the longest: cue words tend to
    follow auxiliaries such as "has" or "the").
    """
    parser = _Parser(pattern)
    try:
        info = parser.alternation()
    except (_Unsupported, ValueError, KeyError):
        return None
    if parser.i != len(pattern):
        return None  # a stray ")"
    out = set()
    for s in info.need:
        words = _bounded(s)
        if not words:
            return None
        out.add(max(reversed(words), key=len))  # the longest, the last on a tie
    return frozenset(out) or None
