"""The pair-rule engine: cue regexes between two mentions of one sentence.

Rules are compiled once and indexed by (language, left type, right type), so a
pair of mentions only meets the rules whose argument types fit. Mentions joined
by "và"/"and"/"," form a group and share the relation ("GPT-4o và o1 của
OpenAI" gives two DEVELOPED facts).

Notes
-----
Cost is O(pairs x rules that fit the pair's types) per sentence; pairs are at
most `MAX_SPAN` mentions apart and `MAX_CHARS` characters apart. Each set of
rules that can meet a pair (a `PairPlan`, cached by the candidates' types) also
has one combined regex, the alternation of its rules' `between` patterns: most
pairs match no rule, and one C-level match rules them out before the per-rule
loop. A pair passes the combined regex iff at least one rule's own regex
matches, so the output is the same as trying every rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from extract.relations.lexicon import PAIR_RULES, PairRule
from extract.spans import Found
from graph.ontology import ENTITY_TYPES, RELATION_TYPES

__all__ = [
    "CompiledRule",
    "Match",
    "PairPlan",
    "between_words",
    "groups",
    "match_pairs",
    "pair_plan",
    "rules_for",
]

MAX_SPAN = 4  # at most this many mentions apart
MAX_CHARS = 160
_PUNCT_CHARS = '(),;:"“”‘[]–—'
# str.translate does `_PUNCT.sub(r" \1 ", text.replace("’", "'"))` in one C pass
_SPACED = str.maketrans({**{c: f" {c} " for c in _PUNCT_CHARS}, "’": "'"})
_CONJ = re.compile(
    r"^\s*\)?\s*(?:,|và|and|or|hoặc|&|cùng|cùng với|lẫn|as well as|along with|, and|, và)\s*$",
    re.IGNORECASE,
)
_POSSESSIVE = ("'s", "’s")
_PRONOUNS = frozenset({"its", "their", "it", "they", "nó", "họ"})
_AGENT = re.compile(r"(?:\bbị|\bby(?: the)?)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class CompiledRule:
    rule: PairRule
    max_words: int  # the most words `between` can span (a cheap first test)
    between: re.Pattern[str]
    tail: re.Pattern[str] | None
    head: re.Pattern[str] | None
    left: re.Pattern[str] | None
    left_types: frozenset[str]  # types the left mention may have (after `sources`/`targets`)
    right_types: frozenset[str]


def _compile(pattern: str, lang: str) -> re.Pattern[str]:
    """`{wN}` becomes "up to N words"; Vietnamese words are syllables, so N grows by half."""

    def filler(m: re.Match[str]) -> str:
        n = int(m[1])
        return rf"(?:\S+ ){{0,{n + n // 2 if lang == 'vi' else n}}}"

    body = re.sub(r"\{w(\d+)\}", filler, pattern)
    return re.compile("^ " + body + "$", re.IGNORECASE)


def _max_words(rule: PairRule) -> int:
    """An upper bound on the words a rule's `between` matches: fillers plus literal words."""
    fillers = sum(int(n) for n in re.findall(r"\{w(\d+)\}", rule.between))
    if rule.lang == "vi":
        fillers += fillers // 2
    literal = re.sub(r"\{w\d+\}|\(\?:\\S\+ \)\{0,(\d+)\}", " ", rule.between)
    extra = sum(int(n) for n in re.findall(r"\{0,(\d+)\}", rule.between))
    return fillers + extra + len(literal.split()) + 4


def _side_types(rule: PairRule) -> tuple[frozenset[str], frozenset[str]]:
    """Types allowed for the left and the right mention of `rule`."""
    rt = RELATION_TYPES[rule.type]
    left_types = rt.targets if rule.reverse else rt.sources
    right_types = rt.sources if rule.reverse else rt.targets
    if rule.reverse and rule.targets:
        left_types = frozenset(rule.targets)
    if not rule.reverse and rule.sources:
        left_types = frozenset(rule.sources)
    if rule.reverse and rule.sources:
        right_types = frozenset(rule.sources)
    if not rule.reverse and rule.targets:
        right_types = frozenset(rule.targets)
    return frozenset(left_types), frozenset(right_types)


def _fits(rule: PairRule, src: str, tgt: str) -> bool:
    rt = RELATION_TYPES[rule.type]
    if rule.sources and src not in rule.sources or rule.targets and tgt not in rule.targets:
        return False
    if rt.symmetric and rule.type != "PARTNERS_WITH":
        return src == tgt
    return src in rt.sources and tgt in rt.targets


@lru_cache(maxsize=1)
def _index() -> dict[tuple[str, str, str], tuple[CompiledRule, ...]]:
    index: dict[tuple[str, str, str], list[CompiledRule]] = {}
    for rule in PAIR_RULES:
        compiled = CompiledRule(
            rule,
            _max_words(rule),
            _compile(rule.between, rule.lang),
            re.compile(rule.tail, re.IGNORECASE) if rule.tail else None,
            re.compile(rule.head, re.IGNORECASE) if rule.head else None,
            re.compile(rule.left, re.IGNORECASE) if rule.left else None,
            *_side_types(rule),
        )
        langs = ("en", "vi") if rule.lang == "*" else (rule.lang,)
        for lang, left, right in product(langs, ENTITY_TYPES, ENTITY_TYPES):
            src, tgt = (right, left) if rule.reverse else (left, right)
            if _fits(rule, src, tgt):
                index.setdefault((lang, left, right), []).append(compiled)
    return {k: tuple(v) for k, v in index.items()}


def rules_for(lang: str, left: str, right: str) -> tuple[CompiledRule, ...]:
    """Rules that may join a `left`-typed mention to a following `right`-typed one."""
    return _index().get((lang, left, right), ())


@dataclass(frozen=True, slots=True)
class PairPlan:
    """The rules that may join a pair, given its mentions' candidate types.

    `todo` lists (left candidate, right candidate, rule); `any_between` is the
    alternation of those rules' `between` regexes (None when it cannot be built),
    a necessary condition for any of them to match.
    """

    todo: tuple[tuple[int, int, CompiledRule], ...]
    any_between: re.Pattern[str] | None


_PLANS: dict[tuple[str, tuple[str, ...], tuple[str, ...]], PairPlan] = {}


def _combined(rules: list[CompiledRule]) -> re.Pattern[str] | None:
    """One regex matching where at least one of `rules` matches (each stays anchored)."""
    patterns = list(dict.fromkeys(cr.between.pattern for cr in rules))
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    except re.error:  # e.g. clashing group names: fall back to the per-rule loop
        return None


def pair_plan(lang: str, left: tuple[str, ...], right: tuple[str, ...]) -> PairPlan:
    """The cached `PairPlan` for candidate types `left` x `right` in `lang`.

    >>> plan = pair_plan("en", ("Organization",), ("AIModel",))
    >>> all(cr.rule.type for _, _, cr in plan.todo)
    True
    """
    key = (lang, left, right)
    plan = _PLANS.get(key)
    if plan is None:
        todo = tuple(
            (li, ri, cr)
            for li, lt in enumerate(left)
            for ri, rt in enumerate(right)
            for cr in rules_for(lang, lt, rt)
        )
        plan = PairPlan(todo, _combined([cr for _, _, cr in todo]) if todo else None)
        _PLANS[key] = plan
    return plan


def between_words(text: str) -> str:
    """The text between two mentions as rules see it: lowercase words, punctuation apart.

    >>> between_words(" (chủ sở hữu ")
    ' ( chủ sở hữu '
    """
    return " " + " ".join(text.translate(_SPACED).lower().split()) + " "


def groups(text: str, mentions: list[Found]) -> list[int]:
    """Group number of each mention; coordinated mentions ("A, B và C") share one."""
    out, g = [0], 0
    prev = mentions[0] if mentions else None
    for m in mentions[1:]:
        between = text[prev.end : m.start]
        if (
            m.candidates[m.chosen].type != prev.candidates[prev.chosen].type
            or m.text.lower() in _PRONOUNS
            or not (_CONJ.match(between) or (between == " (" and m.best.id == prev.best.id))
        ):
            g += 1
        out.append(g)
        prev = m
    return out if mentions else []


@dataclass(slots=True)
class Match:
    """A rule that fired on a pair: source/target mentions and candidate indexes."""

    rule: PairRule
    source: Found
    target: Found
    source_cand: int
    target_cand: int
    start: int
    end: int
    words: int


def _type_index(found: Found, type_: str) -> int | None:
    """Index of the first candidate of `found` with type `type_`."""
    for k, c in enumerate(found.candidates):
        if c.type == type_:
            return k
    return None


def match_pairs(text: str, lang: str, mentions: list[Found]) -> list[Match]:
    """Every rule match among `mentions` (one sentence, text order), groups expanded."""
    out: list[Match] = []
    n = len(mentions)
    if n < 2:
        return out
    grp = groups(text, mentions)
    types = [tuple(c.type for c in m.candidates) for m in mentions]
    # where a group ends, past a closing parenthesis: "do A (A') và B (B') sáng lập"
    group_end = {g: m.end + (text[m.end : m.end + 1] == ")") for g, m in zip(grp, mentions)}
    for i in range(n):
        left = mentions[i]
        if i + 1 < n and grp[i + 1] == grp[i]:
            continue  # only a group's edge members pair up; the rest share by expansion
        # "Musk's xAI released Grok 3": a possessor only qualifies the next name
        possessor = i + 1 < n and _is_possessive(text, left, mentions[i + 1])
        for j in range(i + 1, min(n, i + 1 + MAX_SPAN)):
            right = mentions[j]
            if right.start - left.end > MAX_CHARS or (possessor and j > i + 1):
                break
            if grp[j - 1] == grp[j]:
                continue
            plan = pair_plan(lang, types[i], types[j])
            if not plan.todo or (j > i + 1 and _nearer_argument(text, mentions, grp, i, j)):
                continue
            words = between_words(text[left.end : right.start])
            if plan.any_between is not None and plan.any_between.match(words) is None:
                continue  # no rule's `between` fits: nothing below can match
            count = words.count(" ") - 1
            for li, ri, cr in plan.todo:
                if count > cr.max_words or (cr.rule.adjacent and j > i + 1):
                    continue
                if cr.left is not None and not cr.left.fullmatch(left.text):
                    continue
                if not cr.between.match(words):
                    continue
                end = right.end
                if cr.tail is not None:
                    t = cr.tail.match(text, right.end, min(len(text), right.end + 80))
                    last = group_end[grp[j]]
                    if t is None and last > right.end:
                        t = cr.tail.match(text, last, min(len(text), last + 80))
                    if t is None:
                        continue
                    end = t.end()
                if cr.head is not None and not cr.head.search(
                    text, max(0, left.start - 80), left.start
                ):
                    continue
                out.extend(_expand(cr, text, mentions, grp, i, j, li, ri, end, count))
    return out


def _is_possessive(text: str, owner: Found, owned: Found) -> bool:
    """Whether `owner` directly possesses `owned` ("OpenAI's GPT-4o")."""
    return text[owner.end : owned.start].strip() in _POSSESSIVE


def _owned_list(text: str, mentions: list[Found], i: int) -> bool:
    """Whether owner `i` continues a list of owned items ("A's X, B's Y")."""
    return (
        i >= 2
        and _is_possessive(text, mentions[i - 2], mentions[i - 1])
        and _CONJ.match(text[mentions[i - 1].end : mentions[i].start]) is not None
    )


def _list_after(
    text: str, mentions: list[Found], grp: list[int], j: int, source_type: str
) -> list[int]:
    """Members of the list `j` opens, including possessed items ("A, B's C and D's E").

    Items of the same group follow directly; an item written with its owner
    ("Google's Gemini") joins when a list separator precedes the owner and the
    owner is not of `source_type` (else the owner, not the rule's source, is
    the item's own source: "built on Alibaba's Qwen and Meta's Llama").
    """
    out = []
    k, last = j + 1, j
    n = len(mentions)
    while k < n:
        if grp[k] == grp[j]:
            out.append(k)
            last, k = k, k + 1
            continue
        if (
            k + 1 < n
            and mentions[k + 1].type == mentions[j].type
            and mentions[k].type != source_type
            and _is_possessive(text, mentions[k], mentions[k + 1])
            and _CONJ.match(text[mentions[last].end : mentions[k].start])
        ):
            out.append(k + 1)
            last, k = k + 1, k + 2
            continue
        if grp[k] == grp[last]:  # coordinated with the item just taken
            out.append(k)
            last, k = k, k + 1
            continue
        break
    return out


def _nearer_argument(text: str, mentions: list[Found], grp: list[int], i: int, j: int) -> bool:
    """Whether a mention between i and j (outside their groups) has i's or j's type.

    Such a mention is the nearer argument ("A là đối thủ của B (chủ sở hữu C)": not A-C).
    A possessor right before j ("Microsoft's Azure") only qualifies j and does not count.
    """
    types = {c.type for c in mentions[i].candidates} | {c.type for c in mentions[j].candidates}
    for k in range(i + 1, j):
        if grp[k] == grp[i] or grp[k] == grp[j] or mentions[k].type not in types:
            continue
        if mentions[k].type != "Location" and _AGENT.search(
            text, mentions[k - 1].end, mentions[k].start
        ):
            continue  # the agent of a passive ("bị Bộ Thương mại Mỹ đưa vào") is no argument
        if k == j - 1 and text[mentions[k].end : mentions[j].start].strip() in ("'s", "’s"):
            continue
        return True
    return False


def _expand(
    cr: CompiledRule,
    text: str,
    mentions: list[Found],
    grp: list[int],
    i: int,
    j: int,
    li: int,
    ri: int,
    end: int,
    words: int,
) -> list[Match]:
    """The match for (i, j), plus the members coordinated with i (before) and j (after)."""
    rule = cr.rule
    lefts = [(i, li)]
    rights = [(j, ri)]
    if rule.expand == "none":
        pass
    elif i + 1 >= len(grp) or grp[i + 1] != grp[i]:  # i closes its group
        for k in range(i - 1, -1, -1):
            if grp[k] != grp[i]:
                break
            lefts.append((k, None))
    if rule.expand != "both" or (rule.adjacent and _owned_list(text, mentions, i)):
        pass  # "A's X, B's Y and Z": Z's owner is not B
    elif j == 0 or grp[j - 1] != grp[j]:  # j opens its group
        source_type = mentions[i].candidates[li].type
        rights.extend((k, None) for k in _list_after(text, mentions, grp, j, source_type))
    lt = mentions[i].candidates[li].type
    rtp = mentions[j].candidates[ri].type
    left_ok = lt in cr.left_types
    right_ok = rtp in cr.right_types
    out = []
    for a, ai in lefts:
        if ai is None:
            ai = _type_index(mentions[a], lt) if left_ok else None
            if ai is None:
                continue
        la = mentions[a]
        for b, bi in rights:
            if bi is None:
                bi = _type_index(mentions[b], rtp) if right_ok else None
                if bi is None:
                    continue
            rb = mentions[b]
            start = min(la.start, rb.start)
            stop = max(la.end, rb.end, end)
            src, tgt, si, ti = (rb, la, bi, ai) if rule.reverse else (la, rb, ai, bi)
            out.append(Match(rule, src, tgt, si, ti, start, stop, words))
    return out
