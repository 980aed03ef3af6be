"""Text basics: normalisation, name keys, slugs and sentence splitting.

Sentences are found with one compiled regex plus a look at the word before a
full stop (abbreviations, initials), so splitting costs little next to
tokenisation. Line breaks always end a sentence: news pages put headings,
captions and bylines on their own lines.
"""

from __future__ import annotations

import re
import re._constants as _sre
import re._parser as _sre_parse
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

from graph.model import Sentence

__all__ = [
    "ascii_fold",
    "char_led",
    "finditer_at",
    "first_chars",
    "guarded",
    "has_vietnamese",
    "name_key",
    "normalise",
    "slug",
    "split_sentences",
    "vi_syllable",
    "whole_words",
    "word_openers",
]

_KEY_DROP = re.compile(r"[\s\-_’'`]+")


def normalise(text: str) -> str:
    """NFC form with Windows/Mac line ends turned into `\\n` (offsets refer to this text)."""
    return unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")


@lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """The key two spellings of a name share: casefolded, no spaces, hyphens, apostrophes.

    Cached: the same names (catalogue aliases, a document's mentions) are keyed again and again.

    >>> name_key("Qwen 2.5") == name_key("qwen2.5"), name_key("DeepSeek-R1")
    (True, 'deepseekr1')
    """
    return _KEY_DROP.sub("", unicodedata.normalize("NFC", name).casefold())


def ascii_fold(text: str) -> str:
    """Drop diacritics (`đ` becomes `d`).

    >>> ascii_fold("Tập Cận Bình")
    'Tap Can Binh'
    """
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def slug(name: str) -> str:
    """A lowercase id for a name: ASCII letters, digits, dots and hyphens.

    >>> slug("Adina Yakefu"), slug("Qwen 2.5"), slug("Sơn Vân")
    ('adina-yakefu', 'qwen-2.5', 'son-van')
    """
    text = ascii_fold(name).lower()
    text = re.sub(r"[^a-z0-9.]+", "-", text)
    return text.strip("-.") or "entity"


_VI_LOWER = "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
# both cases spelt out: a class without IGNORECASE is scanned for in C (see `char_led`)
VI_LETTERS = f"[{_VI_LOWER}{_VI_LOWER.upper()}]"
_VI_MARKS = re.compile(VI_LETTERS)


def has_vietnamese(text: str) -> bool:
    """Whether `text` holds a letter only Vietnamese writes (ă, ơ, ư, đ, ạ...)."""
    return _VI_MARKS.search(text) is not None


# one Vietnamese syllable written without marks: an initial, one to three vowels, a final
_VI_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)


def vi_syllable(word: str) -> bool:
    """Whether `word` spells one Vietnamese syllable ("Minh", "Giao", "Thanh"), not a
    foreign word ("Spark", "Turing", "Seed").

    >>> vi_syllable("Minh"), vi_syllable("Giao"), vi_syllable("Spark"), vi_syllable("Seed")
    (True, True, False, False)
    """
    return _VI_SYLLABLE.fullmatch(ascii_fold(word).lower()) is not None


def char_led(*alternatives: tuple[str, str]) -> str:
    """A pattern for alternatives that each open with one char of a class, led by one class.

    Each alternative is (chars, rest): one char of `[chars]`, then `rest`. The result,
    `[all chars](?:(?<=[chars])rest|...)`, matches exactly what `[chars]rest|...`
    matches, trying the alternatives in the same order. What it is for: `re` looks for
    a pattern that opens with a char class by skipping in C to the next char of the
    class, while a pattern that opens with a group of alternatives or a lookaround is
    tried in full at every position of the text (several times slower on a long text).
    `chars` is the inside of a class, not negated.

    >>> stop = char_led((".!?", "[.!?]*[ ]+"), ("\\n", "\\n*"))
    >>> stop
    '[.!?\\n](?:(?<=[.!?])[.!?]*[ ]+|(?<=[\\n])\\n*)'
    >>> [m.group() for m in re.finditer(stop, "Hi!! Yes.\\n\\nNo")]
    ['!! ', '\\n\\n']
    """
    first = "".join(chars for chars, _rest in alternatives)
    tails = "|".join(f"(?<=[{chars}]){rest}" for chars, rest in alternatives)
    return f"[{first}](?:{tails})"


def whole_words(words: list[str]) -> str:
    """A pattern for any of `words` (non-empty plain strings) standing as a whole word.

    A match is neither preceded nor followed by a word char or a hyphen: it matches
    what `(?<![\\w\\-])(?:W1|W2|...)(?![\\w\\-])` matches, longer words tried first (in
    the given order on a tie). Each alternative opens with its own first char and checks the
    char before it right after (a look back over two chars), so the pattern opens with
    literal chars, which `re` scans for in C (see `char_led`).

    >>> [m.group() for m in re.finditer(whole_words(["Li", "Li Wei"]), "Li Wei met Lin, Li.")]
    ['Li Wei', 'Li']
    """
    alternatives = [
        re.escape(w[:1]) + r"(?<![\w\-].)" + re.escape(w[1:])
        for w in sorted(words, key=len, reverse=True)
    ]
    return "(?:" + "|".join(alternatives) + r")(?![\w\-])"


# A sentence ends at . ! ? … (plus closing quotes/brackets) followed by space, or at line breaks.
_END = re.compile(char_led((".!?…", r"[.!?…]*[\"”’»)\]]*[ \t]+"), ("\n", r"\n*")))
_ABBREV = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "inc",
        "corp",
        "co",
        "ltd",
        "no",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "u.s",
        "u.k",
        "u.n",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "gen",
        "gov",
        "sen",
        "rep",
        "mt",
        "ft",
        "approx",
        "dept",
        "est",
        "fig",
        "tp",
        "ts",
        "ths",
        "pgs",
    ]
)


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` closes an abbreviation or an initial."""
    start = dot
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    word = text[start:dot].lstrip("(\"“'")
    # an initial is a capital ("J. Smith", "C.C. Wei"); "chú ý." ends a Vietnamese sentence
    return word.lower() in _ABBREV or _INITIALS.fullmatch(word) is not None


_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")


def split_sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences with their character spans.

    >>> [s.text for s in split_sentences("Dr. Li spoke. Then he left!\\nNew line")]
    ['Dr. Li spoke.', 'Then he left!', 'New line']
    """
    out: list[Sentence] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if match.group()[0] != "\n":
            nxt = text[end : end + 1]
            if nxt and not (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘'«([-–"):
                continue
            if match.group()[0] == "." and _is_abbreviation(text, match.start()):
                continue
        _add(out, text, start, match.start() + len(match.group().rstrip()))
        start = end
    _add(out, text, start, len(text))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start, end, text[start:end]))


_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)


def _first(items) -> set[str] | None:
    """First consumed chars of a parsed regex sequence; None when unsure (e.g. may be empty)."""
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the next item decides (a superset is safe)
        if op is _sre.LITERAL:
            return {chr(arg)}
        if op is _sre.IN:
            out: set[str] = set()
            for kind, value in arg:
                if kind is _sre.LITERAL:
                    out.add(chr(value))
                elif kind is _sre.RANGE and value[1] - value[0] < 64:
                    out.update(map(chr, range(value[0], value[1] + 1)))
                else:
                    return None  # negated sets, categories, wide ranges
            return out
        if op is _sre.SUBPATTERN:
            return _first(arg[-1])
        if op is _sre.BRANCH:
            out = set()
            for branch in arg[1]:
                sub = _first(branch)
                if sub is None:
                    return None
                out |= sub
            return out
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and arg[0] >= 1:
            return _first(arg[2])
        return None
    return None  # nothing consumed for sure


def first_chars(pattern: str) -> frozenset[str] | None:
    """Every char a match of `pattern` can start with, both cases; None when not known.

    >>> sorted(first_chars(r"\\b(?:[Hh]e|she)\\b"))
    ['H', 'S', 'h', 's']
    >>> first_chars(r"\\w+") is None
    True
    """
    try:
        chars = _first(_sre_parse.parse(pattern))
    except (re.error, TypeError, ValueError, IndexError):
        return None
    if not chars:
        return None
    return frozenset(chars | {c.lower() for c in chars} | {c.upper() for c in chars})


@lru_cache(maxsize=512)
def guarded(pattern: str) -> str:
    """`pattern` behind a lookahead of its possible first chars, when those are known.

    A scan (`finditer`, `search`) of an alternation of many words tries each
    alternative at every position; one char-class test first rules most positions
    out in C. Matches are exactly those of `pattern`. Cached like `re.compile`
    (parsing the pattern costs more than the scan of a short text).

    >>> guarded(r"\\b(?:it|he)\\b")
    '(?=[HIhi])(?:\\\\b(?:it|he)\\\\b)'
    """
    chars = first_chars(pattern)
    if chars is None:
        return pattern
    cls = "".join(re.escape(c) for c in sorted(chars))
    return f"(?=[{cls}])(?:{pattern})"


def word_openers(words: Iterable[str], digits: bool = False) -> re.Pattern[str]:
    """A pattern matching where a word opens with one of `words` (first letter either case),
    or with a digit if `digits`.

    It may match more (any listed first letter with any listed rest), never less. It
    opens with a char class, so `re` skips in C to the next char that may open one
    (see `char_led`); the char before it must not be a word char, as `\\b` says there.

    >>> [m.start() for m in word_openers(["he", "it"], digits=True).finditer("The 3 hit; It")]
    [4, 11]
    """
    words = list(words)
    firsts = "".join(sorted({c for w in words for c in (w[0], w[0].upper())}))
    rests = "|".join(dict.fromkeys(re.escape(w[1:]) for w in words))
    if digits:
        return re.compile(rf"[\d{firsts}](?<!\w.)(?:(?<=\d)|{rests})")
    return re.compile(rf"[{firsts}](?<!\w.)(?:{rests})")


def finditer_at(rx: re.Pattern[str], openers: re.Pattern[str], text: str) -> Iterator[re.Match]:
    """The matches `rx.finditer(text)` gives, when every match of `rx` starts where
    `openers` matches (`word_openers`).

    `re` tries a pattern that opens with a lookaround or a group of alternatives at
    every position of the text; here it only tries `rx` at the few word starts where
    `openers` matches, which `re` finds by a scan in C.

    >>> rx = re.compile(r"\\b(?:it|he)\\b")
    >>> [m.span() for m in finditer_at(rx, word_openers(["it", "he"]), "The hit; it, he")]
    [(9, 11), (13, 15)]
    """
    end = 0
    for o in openers.finditer(text):
        a = o.start()
        if a >= end and (m := rx.match(text, a)):
            end = m.end()
            yield m
