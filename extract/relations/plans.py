"""Compiled pair rules, indexed by argument types, and the plan for one pair of types.

Rules are compiled once and indexed by (language, left type, right type), so a
pair of mentions only meets the rules whose argument types fit. Each set of
rules that can meet a pair (a `PairPlan`, cached by the candidates' types)
knows its rules' anchor words (`prefilter.anchor_words`): a rule none of whose
anchors is among the words between a pair cannot match, so most pairs meet no
regex at all. The alternation of the rules' `between` regexes (`any_between`)
stays as the test for texts the anchor test is not exact on. Each rule also
keeps a case-sensitive twin of its `between` regex (`extract.folding`), which
matches lowercase words that fold plainly about twice as fast.

Notes
-----
Building the index is O(rules x types^2) once; a plan is built once per
(language, left candidate types, right candidate types), and remembers each
narrowing of its `todo` it has handed out (at most one per set of its rules).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product

from extract.folding import caseless_twin
from extract.relations.lexicon import PAIR_RULES, PairRule
from extract.relations.prefilter import anchor_words
from graph.ontology import ENTITY_TYPES, RELATION_TYPES

__all__ = ["CompiledRule", "PairPlan", "pair_plan", "rules_for"]


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
    anchors: frozenset[str] | None = None  # one of these words is in every match (prefilter)
    # `between` as a case-sensitive regex for words that fold plainly (`extract.folding`);
    # `between` itself when it has no such twin
    twin: re.Pattern[str] | None = None


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
        between = _compile(rule.between, rule.lang)
        compiled = CompiledRule(
            rule,
            _max_words(rule),
            between,
            re.compile(rule.tail, re.IGNORECASE) if rule.tail else None,
            re.compile(rule.head, re.IGNORECASE) if rule.head else None,
            re.compile(rule.left, re.IGNORECASE) if rule.left else None,
            *_side_types(rule),
            anchor_words(between.pattern),
            caseless_twin(between) or between,
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
    a necessary condition for any of them to match. `by_word` maps each anchor
    word to the set of positions in `todo` of the rules it anchors (a bit mask),
    and `bare` is the mask of rules without anchors: a rule at none of the
    positions the pair's words reach cannot match (see `prefilter`).
    """

    todo: tuple[tuple[int, int, CompiledRule], ...]
    any_between: re.Pattern[str] | None
    by_word: dict[str, int] = field(default_factory=dict)
    bare: int = 0
    words: frozenset[str] = frozenset()  # the keys of `by_word`
    _reached: dict[int, tuple] = field(default_factory=dict)  # `todo` narrowed, by mask

    def reachable(self, words: list[str]) -> tuple[tuple[int, int, CompiledRule], ...]:
        """The entries of `todo`, in order, whose rules may match between `words`.

        `words` is the split `between_words` text, which must fold plainly for
        the answer to be exact (`folds_plainly`): a rule none of whose anchors
        is among them cannot match.
        """
        mask = self.bare
        for word in self.words.intersection(words):
            mask |= self.by_word[word]
        reached = self._reached.get(mask)
        if reached is None:
            reached = tuple(x for k, x in enumerate(self.todo) if mask >> k & 1)
            self._reached[mask] = reached
        return reached


_PLANS: dict[tuple[str, tuple[str, ...], tuple[str, ...]], PairPlan] = {}


def _combined(rules: list[CompiledRule]) -> re.Pattern[str] | None:
    """One regex matching where at least one of `rules` matches (each stays anchored)."""
    patterns = list(dict.fromkeys(cr.between.pattern for cr in rules))
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    except re.error:  # e.g. clashing group names: fall back to the per-rule loop
        return None


def _plan(todo: tuple[tuple[int, int, CompiledRule], ...]) -> PairPlan:
    """The plan of `todo`: its combined regex and the index from anchor words to rules."""
    if not todo:
        return PairPlan(todo, None)
    by_word: dict[str, int] = {}
    bare = 0
    for k, (_, _, cr) in enumerate(todo):
        if cr.anchors is None:
            bare |= 1 << k
        for word in cr.anchors or ():
            by_word[word] = by_word.get(word, 0) | 1 << k
    return PairPlan(todo, _combined([cr for _, _, cr in todo]), by_word, bare, frozenset(by_word))


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
        plan = _plan(todo)
        _PLANS[key] = plan
    return plan
