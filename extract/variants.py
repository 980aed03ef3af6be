"""Variants of catalogue names: a known model, chip or product with a version or variant word.

"Kimi-K2-Base", "GLM-4.5-Air", "Llama 4 Maverick", "Qwen3-235B-A22B", "iPhone 16 Pro": the
catalogue knows the family, not the variant, and the variant is an entity of its own, of the
family's type. Its name is the family's canonical name plus the tail ("Kimi K2 Base"), its id
the slug of that name (`kimi-k2-base`), the way the catalogue's own version entries are named
(`glm-4.5`, `ernie-4.5-turbo`). A spelling the catalogue gives another entry ("Hunyuan Turbo
S" is "Hunyuan TurboS") resolves to that entry. The family mention stays in the variant's
`inner` list; `variant_links` gives the variant the family's developer when the sentence
names it.

Two more readings lean on the catalogue:

- short forms: the code after a family or maker name in an alias ("V3.1" of "DeepSeek V3.1",
  "T1" of "Hunyuan-T1") names that entry where the document names the family or the maker;
  a code name a variant added ("Maverick" of "Llama 4 Maverick") names the variant later on;
- family codes: a word the catalogue uses before several codes ("Kirin 9000S", "Kirin 9010")
  followed by a new code ("Kirin X90") names a sibling of the same type.
"""

from __future__ import annotations

import re

from extract.catalogue import Catalogue, CatalogueEntry
from extract.spans import Candidate, Found, overlaps
from extract.text import name_key, slug

__all__ = ["CODE_NAMES", "VARIANT_WORDS", "base_developer", "tail_tokens", "with_variants"]

# Words that make a version of a model, chip or device ("GLM-4.5-Air", "Gemini 2.5 Flash").
VARIANT_WORDS = frozenset(
    [
        "Instruct",
        "Base",
        "Chat",
        "Turbo",
        "Air",
        "Pro",
        "Max",
        "Mini",
        "Nano",
        "Flash",
        "Lite",
        "Plus",
        "Ultra",
        "Thinking",
        "Reasoner",
        "Preview",
        "Exp",
        "Experimental",
        "Coder",
        "Vision",
        "VL",
        "Omni",
        "Fast",
        "Heavy",
        "Large",
        "Medium",
        "Small",
        "Edge",
        "Long",
        "Math",
        "Audio",
        "Speech",
        "Video",
        "Image",
        "Embedding",
        "Distill",
        "Zero",
        "Next",
        "Premier",
        "Master",
        "Fold",
        "Flip",
        "Deluxe",
        "Standard",
        "Extreme",
    ]
)
# Code names that, once a variant used them, stand alone for it ("Maverick beat GPT-4o").
CODE_NAMES = frozenset(["Scout", "Maverick", "Behemoth", "Sonnet", "Opus", "Haiku"])
_TYPES = frozenset(["AIModel", "Hardware", "Product", "Benchmark"])
_WORDS = "|".join(sorted(VARIANT_WORDS | CODE_NAMES, key=len, reverse=True))
# one token of a tail, after its separator: a version or size, a code, a variant word
_END = r"(?!\w|\.\w)"  # a token ends at a space, a hyphen or punctuation ("Air.", "2.5,")
_NUMBER = re.compile(rf"[vV]?\d+(?:\.\d+)*(?:[A-Za-z]\d*)?{_END}")
_CODE = re.compile(rf"[A-Z]{{1,2}}\d+(?:\.\d+)?[A-Za-z]?\d*{_END}")
_WORD = re.compile(rf"(?:{_WORDS}){_END}")
_LOWER_WORD = re.compile(rf"(?:{_WORDS.lower()}){_END}")
_LETTER = re.compile(rf"[A-Z]{_END}")  # "Turbo S": a letter after a variant word
_UNIT = re.compile(r"\d(?:GB|TB|MB|nm|mm|W|kW|MW|GW|x|X|M|K|k)$")  # sizes of other things
# tokens that only preview or date a release, or give the active size of a mixture of experts:
# the variant is the family without them; a parameter count stays ("Qwen2.5-14B" is a model of
# its own, as news and model cards name it)
_FOLDED = re.compile(r"A\d+(?:\.\d+)?B|[Pp]review|[Ee]xp(?:erimental)?|\d{2,}")
_YEAR = re.compile(r"(?:19|20)\d\d$")
# what a number after a space must not be followed by ("Kling 2 times", "H20 1.5 million")
_COUNTED = re.compile(
    r"(?:\s+(?:billion|million|trillion|thousand|percent|per|times|years?|months?|weeks?|days?|"
    r"hours?|points?|units?|people|tỷ|triệu|nghìn|lần|năm|tháng|tuần|ngày|giờ|điểm|người|"
    r"chiếc)\b|\s*%|[.,]\d)",
    re.IGNORECASE,
)
# "Kirin 9000S", "Ascend 910B": a family word and a code with a digit
_FAMILY_ALIAS = re.compile(r"([A-Z][A-Za-z]{2,})[ -]([A-Z]{0,2}\d[\w.]*)")
# the word opens with its capital, then looks back for the word start: led by a char
# class, the pattern is scanned for in C (see `text.char_led`)
_FAMILY_WORD = re.compile(
    r"(?P<word>[A-Z](?<![\w\-].)[A-Za-z]{2,}) (?P<code>[A-Z]{0,2}\d+(?:\.\d+)?[A-Z]{0,2}\d*)(?![\w\-])"
)
# a word that may be a bare code ("V3.1", "K2", "v5e"): letters, a digit, more. It opens
# with one of the letters `{first}`, then looks back for the word start: led by a char
# class, the pattern is scanned for in C (see `text.char_led` and `_code_words`)
_CODE_WORD = r"[{first}](?<![\w.\-].)[A-Za-z]?\d+(?:\.\d+)*[A-Za-z]?\d*(?!\w|\.\w)"
_COMMON_WORDS = frozenset(["Step", "Spark", "Atlas", "Gen", "Phase", "Stage", "Level", "Type"])
_CODE_TAIL = re.compile(r"[A-Za-z]{1,2}\d+(?:\.\d+)*[A-Za-z]?")  # "V3.1", "T1", "K2", "X1"


def tail_tokens(text: str, at: int) -> list[tuple[str, str]]:
    """(separator, token) pairs of the variant tail starting at `at` ("-Base", " 2.5 Pro").

    >>> tail_tokens("Kimi-K2-Instruct, a chat model", 7)
    [('-', 'Instruct')]
    >>> tail_tokens("Gemini 2 times faster", 6), tail_tokens("Hunyuan Turbo S today", 7)
    ([], [(' ', 'Turbo'), (' ', 'S')])
    """
    out: list[tuple[str, str]] = []
    while at < len(text) and text[at] in " -":
        sep, pos = text[at], at + 1
        tok = _token(text, pos, sep, bool(out))
        if tok is None:
            break
        out.append((sep, tok))
        at = pos + len(tok)
    while out and out[-1][1].isdigit() and out[-1][0] == " " and len(out[-1][1]) > 2:
        out.pop()  # a bare number of 3+ digits after a space is a count, not a version
    return out


def _token(text: str, pos: int, sep: str, later: bool) -> str | None:
    m = _WORD.match(text, pos) or _CODE.match(text, pos)
    if m is None and sep == "-":
        m = _LOWER_WORD.match(text, pos)
    if m is None and later and text[pos - 2 : pos - 1].isalpha():
        m = _LETTER.match(text, pos)  # "Turbo S", not "H20 S"
    if m is None:
        m = _NUMBER.match(text, pos)
        if m is None or _UNIT.search(m.group()):
            return None
        if sep == " " and (_YEAR.match(m.group()) or _COUNTED.match(text, m.end())):
            return None
    return m.group()


_CACHE: dict[tuple[str, int], tuple[Catalogue, object]] = {}


def _cached(fn):
    """`fn(catalogue)` computed once per catalogue (catalogues are loaded once and kept)."""

    def wrapper(catalogue: Catalogue):
        key = (fn.__name__, id(catalogue))
        hit = _CACHE.get(key)
        if hit is None or hit[0] is not catalogue:
            hit = _CACHE[key] = (catalogue, fn(catalogue))
        return hit[1]

    wrapper.__doc__ = fn.__doc__
    return wrapper


@_cached
def _families(catalogue: Catalogue) -> dict[str, tuple[str, str | None, bool]]:
    """Family words used before two or more codes -> (type, developer, bare numbers allowed).

    "Kirin" (Kirin 9000S, Kirin 9010) takes "Kirin X90" and "Kirin 9100"; "Nvidia" (Nvidia
    A100, Nvidia H20) only codes with letters, so "Nvidia 10" is no chip. Everyday words
    ("Step 3", "Gen-4") make no family: "Step 4 of the plan" is no model.
    """
    kinds: dict[str, set[tuple[str, str | None]]] = {}
    codes: dict[str, set[str]] = {}
    for entry in catalogue.entries.values():
        if entry.type not in _TYPES:
            continue
        for alias in entry.aliases:
            m = _FAMILY_ALIAS.fullmatch(alias)
            if m and m[1] not in _COMMON_WORDS:
                kinds.setdefault(m[1], set()).add((entry.type, entry.developer))
                codes.setdefault(m[1], set()).add(m[2])
    return {
        fam: (*next(iter(kinds[fam])), any(c.replace(".", "").isdigit() for c in codes[fam]))
        for fam in kinds
        if len(codes[fam]) >= 2 and len(kinds[fam]) == 1
    }


@_cached
def _code_aliases(catalogue: Catalogue) -> dict[str, list[tuple[str, str]]]:
    """Codes that end an alias after a family or maker name -> [(prefix key, entry id)]."""
    out: dict[str, list[tuple[str, str]]] = {}
    for entry in catalogue.entries.values():
        if entry.type not in _TYPES:
            continue
        for alias in entry.aliases:
            head, sep, code = alias.rpartition("-" if "-" in alias else " ")
            if sep and head and " " not in code and _CODE_TAIL.fullmatch(code):
                pair = (name_key(head), entry.id)
                if pair not in out.setdefault(code, []):
                    out[code].append(pair)
    return out


@_cached
def _code_words(catalogue: Catalogue) -> re.Pattern[str] | None:
    """The scan for words that may be codes of `_code_aliases`: those opening with the
    first letter of one (a code is looked up whole, so other words can be passed by)."""
    first = {code[0] for code in _code_aliases(catalogue)}
    if not first:
        return None
    return re.compile(_CODE_WORD.format(first=re.escape("".join(sorted(first)))))


def _base_entry(catalogue: Catalogue, name: str) -> CatalogueEntry | None:
    """The catalogue entry a variant name extends ("Kimi K2 Base" -> Kimi K2)."""
    words = re.split(r"(?<=\S)[ -](?=\S)", name)
    for k in range(len(words) - 1, 0, -1):
        ids = catalogue.lookup(" ".join(words[:k]))
        if len(ids) == 1:
            return catalogue.entries[ids[0]]
    return None


def _candidate(catalogue: Catalogue, name: str, type_: str, conf: float) -> Candidate:
    """The catalogue entry spelt `name`, or a new entity named `name`."""
    ids = catalogue.lookup(name)
    entry = catalogue.entries.get(ids[0] if len(ids) == 1 else slug(name))
    if entry is not None:
        return Candidate(entry.id, entry.name, entry.type, "catalogue", 0.9)
    return Candidate(slug(name), name, type_, "variant", conf)


def _extend(text: str, f: Found, catalogue: Catalogue) -> Found | None:
    """`f` with its variant tail, or None when no tail follows."""
    c = f.best
    if c.source != "catalogue" or c.type not in _TYPES or f.ref:
        return None
    tail = tail_tokens(text, f.end)
    if not tail:
        return None
    end = f.end + sum(len(s) + len(t) for s, t in tail)
    if text[end : end + 1] == "-" and text[end + 1 : end + 2].isalnum():
        return None  # "Qwen3-235B-A22B-based" or a tail that breaks off inside a word
    surface = text[f.start : end]
    ids = catalogue.lookup(surface)
    if len(ids) == 1:  # another spelling of an entry ("Hunyuan Turbo S" is "Hunyuan TurboS")
        e = catalogue.entries[ids[0]]
        cand = Candidate(e.id, e.name, e.type, "catalogue", 0.9)
        return Found(f.start, end, surface, [cand], f.sentence, inner=[f])
    other = _named_tail(catalogue, f, tail, c.id)
    if other is not None:  # "chip Nvidia H100": the H100, not a variant of Nvidia's chips
        cand = Candidate(other.id, other.name, other.type, "catalogue", 0.9)
        return Found(f.start, end, surface, [cand], f.sentence, inner=[f])
    while tail and _FOLDED.fullmatch(tail[-1][1]):
        tail = tail[:-1]
    entry = catalogue.entries[c.id]
    if not tail or _restates(catalogue, entry, " ".join(t for _, t in tail)):
        # "QwQ-32B-Preview": the family itself, spelt in full;
        # "Grace Blackwell GB200": two of its own names, one after the other
        return Found(f.start, end, surface, f.candidates, f.sentence, chosen=f.chosen, inner=[f])
    if name_key(f.text) == name_key(entry.name):
        name = text[f.start : f.end + sum(len(s) + len(t) for s, t in tail)]
    else:
        name = entry.name + " " + " ".join(t for _, t in tail)
    cand = _candidate(catalogue, name, c.type, 0.85)
    return Found(f.start, end, surface, [cand], f.sentence, inner=[f])


def _named_tail(
    catalogue: Catalogue, f: Found, tail: list[tuple[str, str]], own: str
) -> CatalogueEntry | None:
    """Another catalogue entry a coded tail names, alone or after the mention's last word
    ("H100" or "Nvidia H100" after "chip Nvidia"), when that entry is of a variant type."""
    code = "".join(s + t for s, t in tail).lstrip(" -")
    if not any(ch.isdigit() for ch in code):
        return None
    for name in (code, f.text.split()[-1] + " " + code):
        ids = catalogue.lookup(name)
        if len(ids) == 1 and ids[0] != own and catalogue.entries[ids[0]].type in _TYPES:
            return catalogue.entries[ids[0]]
    return None


def _restates(catalogue: Catalogue, entry: CatalogueEntry, tail: str) -> bool:
    """Whether a tail is another name of `entry` itself, not a variant word ("GB200" after
    "Grace Blackwell", both names of the Nvidia GB200)."""
    key = name_key(tail)
    return entry.id in catalogue.lookup(tail) or name_key(entry.name).endswith(key)


def _free(mentions: list[Found]):
    """A test whether [a, b) overlaps none of `mentions` (sorted by start)."""
    near = overlaps(mentions)
    return lambda a, b: not near(a, b)


def with_variants(st, catalogue: Catalogue) -> list[Found]:
    """The mentions of `st` with variants, family codes and short forms read (see module doc)."""
    text = st.text
    mentions = sorted(st.mentions, key=lambda f: f.start)
    mentions = _place(mentions, _short_codes(st, mentions, catalogue))
    mentions = _place(mentions, _family_codes(st, mentions, catalogue))
    out = []
    for f in mentions:
        v = _extend(text, f, catalogue)
        out.append(v if v is not None else f)
    out = _place(out, _code_names(st, out))
    return out


def _place(mentions: list[Found], new: list[Found]) -> list[Found]:
    """`mentions` and `new` in text order; a mention inside a new one becomes its `inner`."""
    if not new:
        return mentions
    kept = []
    for f in mentions:
        outer = next((n for n in new if n.start <= f.start and f.end <= n.end), None)
        if outer is None:
            kept.append(f)
        else:
            outer.inner.append(f)
    return sorted(kept + new, key=lambda f: f.start)


def _words(text: str, words: list[str]):
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.finditer(rf"(?<![\w.\-])(?:{alt})(?![\w])", text)


def _short_codes(st, mentions: list[Found], catalogue: Catalogue) -> list[Found]:
    """Bare codes ("V3.1") of aliases whose family or maker the document names."""
    codes, scan = _code_aliases(catalogue), _code_words(catalogue)
    text = st.text
    hits = [m for m in scan.finditer(text) if m.group() in codes] if scan else []
    if not hits:
        return []
    named = {c.id for f in mentions for c in f.candidates}
    texts = {name_key(f.text) for f in mentions}
    by_key, entries = catalogue.by_key, catalogue.entries
    free = _free(mentions)
    out = []
    for m in hits:
        a, b = m.span()
        if not free(a, b) or st.skipped(a, b):
            continue
        ids = {
            i
            for head, i in codes[m.group()]
            if i in named
            or entries[i].developer in named
            or head in texts
            or any(h in named for h in by_key.get(head, ()))
        }
        if len(ids) != 1:
            continue
        entry = entries[ids.pop()]
        cand = Candidate(entry.id, entry.name, entry.type, "catalogue", 0.8)
        out.append(Found(a, b, m.group(), [cand], st.sentence_of(a)))
    return out


def _family_codes(st, mentions: list[Found], catalogue: Catalogue) -> list[Found]:
    """ "Kirin X90" after the catalogue's "Kirin 9000S" and "Kirin 9010": a sibling."""
    families = _families(catalogue)
    hits = [m for m in _FAMILY_WORD.finditer(st.text) if m["word"] in families]
    if not hits:
        return []
    near = overlaps(mentions)
    out = []
    for m in hits:
        a, b = m.span()
        word, code = m["word"], m["code"]
        type_, _dev, numbers = families[word]
        if _YEAR.match(code) or not (numbers or not code.isdigit()):
            continue
        if _COUNTED.match(st.text, b) or st.skipped(a, b):
            continue
        if any(f.start < a or f.end > a + len(word) for f in near(a, b)):
            continue  # only the family word itself ("Ascend") may be a mention already
        cand = _candidate(catalogue, m.group(), type_, 0.8)
        out.append(Found(a, b, m.group(), [cand], st.sentence_of(a)))
    return out


def _code_names(st, mentions: list[Found]) -> list[Found]:
    """A code name a variant added ("Maverick"), standing alone later in the document."""
    first: dict[str, Found] = {}
    for f in mentions:
        if f.best.source == "variant" and f.text.split()[-1] in CODE_NAMES:
            first.setdefault(f.text.split()[-1], f)
    if not first:
        return []
    free = _free(mentions)
    out = []
    for m in _words(st.text, list(first)):
        a, b = m.span()
        var = first[m.group()]
        if a <= var.start or not free(a, b) or st.text[b : b + 1] == "-":
            continue
        c = var.best
        cand = Candidate(c.id, c.name, c.type, c.source, c.confidence * 0.95)
        out.append(Found(a, b, m.group(), [cand], st.sentence_of(a)))
    return out


def base_developer(catalogue: Catalogue, name: str) -> str | None:
    """The developer of the family a variant name extends ("Kimi K2 Base" -> moonshot-ai)."""
    entry = _base_entry(catalogue, name)
    if entry is not None:
        return entry.developer
    return _families(catalogue).get(name.split()[0], (None, None, False))[1]
