"""The pair-rule engine: cue regexes between two mentions of one sentence.

Rules are compiled once and indexed by (language, left type, right type), so a
pair of mentions only meets the rules whose argument types fit. Mentions joined
by "và"/"and"/"," form a group and share the relation ("GPT-4o và o1 của
OpenAI" gives two DEVELOPED facts).

Notes
-----
Cost is O(pairs x rules that fit the pair's types) per sentence; pairs are at
most `MAX_SPAN` mentions apart and `MAX_CHARS` characters apart. The rules a
pair may meet come from its `PairPlan` (`plans.py`); of those, only the rules
one of whose anchor words (`prefilter.py`) stands between the two mentions run
their regex, the others cannot match; they run it as its case-sensitive twin
(`CompiledRule.twin`, the words being lowercase already). On text whose letters
fold unusually under IGNORECASE (a dotless `ı`), every rule runs its own
IGNORECASE regex behind the plan's combined regex instead. Either way the output
is the same as trying every rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.relations.lexicon import PairRule
from extract.relations.plans import (  # noqa: F401  (_index: the rule index, for tests)
    _PLANS,
    CompiledRule,
    PairPlan,
    _index,
    pair_plan,
    rules_for,
)
from extract.relations.prefilter import folds_plainly
from extract.relations.reported import FRAME_OPENERS, unframed
from extract.spans import Found

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
_PUNCT = re.compile("([" + re.escape(_PUNCT_CHARS) + "])")  # a group: `split` keeps the marks
_CONJ = re.compile(
    # "Scale AI and the Center for AI Safety": an article may open the next item
    r"^\s*\)?\s*(?:,|và|and|or|hoặc|hay|&|cùng|cùng với|lẫn|as well as|along with|, and|, và)"
    r"(?:\s+the(?=\s))?\s*$",
    re.IGNORECASE,
)
# a comma before "and" after the first of two names opens a clause; lists of three have it
_CLAUSE_AND = re.compile(r"^\s*,\s*(?:and|và)\s*$", re.IGNORECASE)
# a name set aside before the clause ("Ngoài Landing AI, FPT còn ...", "Like Nvidia, AMD ..."):
# the comma after it closes no list
_SET_ASIDE = re.compile(
    r"(?:^|\W)(?:besides|apart from|aside from|unlike|like|ngoài|ngoài ra|bên cạnh|khác với|"
    r"giống như)\s+$",
    re.IGNORECASE,
)
_POSSESSIVE = ("'s", "’s")
_PRONOUNS = frozenset({"its", "their", "it", "they", "nó", "họ"})
_AGENT = re.compile(r"(?:\bbị|\bby(?: the)?)\s*$", re.IGNORECASE)
# a list's last item followed by a singular verb of its own is the subject of a new clause
# ("built on Llama 3, and Gemma 2 was tested beside it"); a plural verb may be the list's
# ("which Baidu and Tencent have begun buying")
_OWN_CLAUSE = re.compile(r"\s+(?:was|is|has|does)\s", re.IGNORECASE)


def between_words(text: str) -> str:
    """The text between two mentions as rules see it: lowercase words, punctuation apart.

    >>> between_words(" (chủ sở hữu ")
    ' ( chủ sở hữu '
    """
    return " " + " ".join(_words(text)) + " "


def _words(text: str) -> list[str]:
    """The words of `between_words(text)`, as a list."""
    if "’" in text:
        text = text.replace("’", "'")
    if _PUNCT.search(text) is not None:
        text = " ".join(_PUNCT.split(text))  # each mark with a space on each side
    # lowercased after the punctuation is spaced off, as it always was (a final sigma
    # before ":" lowercases differently once a space stands between them)
    return text.lower().split()


def groups(text: str, mentions: list[Found]) -> list[int]:
    """Group number of each mention; coordinated mentions ("A, B và C") share one."""
    out, g = [0], 0
    prev = mentions[0] if mentions else None
    prev_type = prev.candidates[prev.chosen].type if prev else None
    first = prev  # the first member of the current group
    for m in mentions[1:]:
        m_type = m.candidates[m.chosen].type
        if m_type != prev_type or m.text.lower() in _PRONOUNS:
            g += 1
        elif m.ref and m.best.id == prev.best.id:
            g += 1  # "Nvidia, the maker of ...": an apposition, not a list item
        else:
            between = text[prev.end : m.start]
            if not (_CONJ.match(between) or (between == " (" and m.best.id == prev.best.id)):
                g += 1
            elif _CLAUSE_AND.match(between) and (len(out) < 2 or out[-2] != out[-1]):
                g += 1  # "a deal with A, and B said ...": two names only, a new clause
            elif between.strip() == "," and prev.ref and any(map(str.islower, prev.text.split())):
                g += 1  # "invest in the company, AMD agreed ...": a description lists nothing
            elif between.strip() == "," and _SET_ASIDE.search(
                text, max(0, first.start - 20), first.start
            ):
                g += 1  # "Ngoài A, B còn ...": A is set aside, B the subject
        if g != out[-1]:
            first = m
        out.append(g)
        prev, prev_type = m, m_type
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
    chosen = [m.candidates[m.chosen].type for m in mentions]
    kinds = [frozenset(t) for t in types]
    plans = _PLANS
    group_end: dict[int, int] | None = None  # built when a rule with a `tail` needs it
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
            plan = plans.get((lang, types[i], types[j])) or pair_plan(lang, types[i], types[j])
            if not plan.todo or (
                j > i + 1 and _nearer_argument(text, mentions, grp, i, j, chosen, kinds)
            ):
                continue
            split = _words(text[left.end : right.start])
            words = " " + " ".join(split) + " "  # `between_words`, its list kept
            plain = folds_plainly(words)
            # "X said it would use Y": the rules also read the words without the frame
            bare, bare_count = None, 0
            if split and split[0] in FRAME_OPENERS:
                bare = unframed(words, lang, chosen[i] == "Person")
                bare_count = bare.count(" ") - 1 if bare is not None else 0
            if plain:  # the anchor test is exact: only rules it lets through
                todo = plan.reachable(split)
                if not todo:
                    continue  # no rule's `between` can match: no cue word between
            elif (
                plan.any_between is not None
                and plan.any_between.match(words) is None
                and (bare is None or plan.any_between.match(bare) is None)
            ):
                continue  # no rule's `between` fits: nothing below can match
            else:
                todo = plan.todo
            count = words.count(" ") - 1
            for li, ri, cr in todo:
                if cr.rule.adjacent and j > i + 1:
                    continue
                if cr.left is not None and not cr.left.fullmatch(left.text):
                    continue
                rx = cr.twin if plain else cr.between  # (the twin: case-sensitive, plain words)
                if not (count <= cr.max_words and rx.match(words)) and not (
                    bare is not None and bare_count <= cr.max_words and rx.match(bare)
                ):
                    continue
                end = right.end
                if cr.tail is not None:
                    t = cr.tail.match(text, right.end, min(len(text), right.end + 80))
                    if group_end is None:
                        # where a group ends, past a closing parenthesis: "do A (A') và B (B')"
                        group_end = {
                            g: m.end + (text[m.end : m.end + 1] == ")")
                            for g, m in zip(grp, mentions)
                        }
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
    if out and _OWN_CLAUSE.match(text, mentions[out[-1]].end):
        out.pop()
    return out


def _nearer_argument(
    text: str,
    mentions: list[Found],
    grp: list[int],
    i: int,
    j: int,
    chosen: list[str] | None = None,
    kinds: list[frozenset[str]] | None = None,
) -> bool:
    """Whether a mention between i and j (outside their groups) has i's or j's type.

    Such a mention is the nearer argument ("A là đối thủ của B (chủ sở hữu C)": not A-C).
    A possessor right before j ("Microsoft's Azure") only qualifies j and does not count.
    `chosen` may give each mention's type (`Found.type`) and `kinds` the types of
    its candidates, computed once by the caller.
    """
    if chosen is None:
        chosen = [m.type for m in mentions]
    if kinds is None:
        kinds = [frozenset(c.type for c in m.candidates) for m in mentions]
    types = kinds[i] | kinds[j]
    for k in range(i + 1, j):
        if grp[k] == grp[i] or grp[k] == grp[j] or chosen[k] not in types:
            continue
        if chosen[k] != "Location" and _AGENT.search(text, mentions[k - 1].end, mentions[k].start):
            continue  # the agent of a passive ("bị Bộ Thương mại Mỹ đưa vào") is no argument
        if k == j - 1 and text[mentions[k].end : mentions[j].start].strip() in ("'s", "’s"):
            continue
        if mentions[k].ref and mentions[k].best.id == mentions[i].best.id:
            continue  # "Nvidia, the maker of the A100": the apposition is Nvidia again
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
    if rule.expand in ("none", "right"):
        pass
    elif i + 1 >= len(grp) or grp[i + 1] != grp[i]:  # i closes its group
        for k in range(i - 1, -1, -1):
            if grp[k] != grp[i]:
                break
            lefts.append((k, None))
    if rule.expand not in ("both", "right") or (rule.adjacent and _owned_list(text, mentions, i)):
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
