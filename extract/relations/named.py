"""Facts a thing's name tells, once the text has said the rest.

- `named_makers`: a model or chip whose name holds its maker's name
  ("DeepSeek-R1", "ứng dụng DeepSeek") was not made by another organisation a
  list shared a fact with: in "vượt DeepSeek-R1 và Qwen3 của Alibaba" only Qwen3
  is Alibaba's. DEVELOPED and MANUFACTURES matches that give such a
  name another maker (neither the named maker nor its parent or unit) go.
- Family members (`named_facts`): the maker of a family makes the members
  named after it. When the document says Huawei makes "Ascend" (or Google made
  "Gemini 2.0"), an "Ascend 910C" (a "Gemini 2.0 Flash") it names is Huawei's
  (Google's) too, unless the document gives it a maker of its own.
- Named bases (`named_facts`): a model the text calls an upgrade or a new
  version without naming the base ("Qwen2.5 Max, bản nâng cấp dành cho doanh
  nghiệp") is BASED_ON the model the document names by the shorter name
  ("Qwen2.5").

Those two facts are stated in the member's (the upgrade's) own sentence, the
other side standing there as a reference (`ref`), so they score below a fact
whose names both appear.

>>> families("Ascend 910C"), families("Qwen2.5"), families("Llama 4 Scout")
(['ascend'], [], ['llama', 'llama 4'])
"""

from __future__ import annotations

import re

from extract.catalogue import Catalogue
from extract.relations.lexicon import PairRule
from extract.relations.rules import Match
from extract.spans import Candidate, Fact, Found

__all__ = ["families", "named_facts", "named_makers", "stand_in"]

MAKING = ("DEVELOPED", "MANUFACTURES")
_KINDS = frozenset({"AIModel", "Hardware", "Product"})
RULES = {
    **{t: PairRule(f"{t.lower()}.family_member", t, "*", "", confidence=0.6) for t in MAKING},
    "BASED_ON": PairRule("based_on.named_base", "BASED_ON", "*", "", confidence=0.6),
}
_FROM_NAME = ("developed.name_prefix", "manufactures.name_prefix")
# right after a model: it is an upgrade or a new version of something
_UPGRADE = re.compile(
    r"(?:\s*(?:,|\(|-|–|và|and|là|is|was)\s*[^,.;()]{0,40}?)?\s*(?:,|\(|-|–|là|is|was)\s*"
    r"(?:the |an |a |its |một )?(?:(?:phiên )?bản nâng cấp|phiên bản (?:mới|cải tiến|cập nhật|"
    r"nâng cấp)|bản cập nhật|bản cải tiến|phiên bản kế nhiệm|upgraded versions?|upgrades?|"
    r"updated versions?|new versions?|improved versions?|faster versions?|cheaper versions?|"
    r"successors?)\b",
    re.IGNORECASE,
)


def _kin(catalogue: Catalogue, a: str, b: str) -> bool:
    """Whether organisations `a` and `b` are one another's parent (or the same)."""
    if a == b:
        return True
    ea, eb = catalogue.entries.get(a), catalogue.entries.get(b)
    return (ea is not None and ea.parent == b) or (eb is not None and eb.parent == a)


def _named_maker(found: Found) -> str | None:
    """The organisation a name opens with, or follows a lowercase head noun ("ứng dụng X")."""
    for inner in found.inner:
        if inner.best.type != "Organization":
            continue
        head = found.text[: inner.start - found.start]
        if not head.strip() or head == head.lower():
            return inner.best.id
    return None


def named_makers(catalogue: Catalogue, matches: list[Match]) -> list[Match]:
    """`matches` without the making facts that contradict the maker named in the thing's name."""
    out = []
    for m in matches:
        if m.rule.type in MAKING and m.rule.name not in _FROM_NAME and m.target.inner:
            named = _named_maker(m.target)
            source = m.source.candidates[m.source_cand].id
            if named is not None and not _kin(catalogue, source, named):
                continue
        out.append(m)
    return out


def _names(catalogue: Catalogue, found: Found, aliases: bool) -> list[str]:
    """The mention's text and, for a catalogue entity, its name (and `aliases`), in that order."""
    names = [found.text]
    entry = catalogue.entries.get(found.best.id) if found.best.source == "catalogue" else None
    if entry is not None:
        names.append(entry.name)
        if aliases:
            names.extend(entry.aliases)
    return list(dict.fromkeys(names))


def stand_in(found: Found, cand: Candidate) -> Found:
    """`cand` as a reference standing where `found` is (the other side of a named fact)."""
    c = Candidate(cand.id, cand.name, cand.type, cand.source, cand.confidence)
    return Found(found.start, found.end, found.text, [c], found.sentence, ref=True)


_SEPARATOR = re.compile(r"[ -](?=\S)")


def families(name: str) -> list[str]:
    """The casefolded names `name` may be a member of: its prefixes before a space or hyphen."""
    return [name[: m.start()].casefold() for m in _SEPARATOR.finditer(name, 1)]


def _family_members(
    catalogue: Catalogue, mentions: list[Found], facts: list[Fact]
) -> list[tuple[int, Match]]:
    """(sentence, match) for each family member whose family's maker the `facts` state."""
    by_family: dict[str, list[Fact]] = {}  # casefolded family name -> making facts
    for f in facts:
        if f.type in MAKING and not f.target.ref and f.source.type == "Organization":
            for name in _names(catalogue, f.target, True):
                by_family.setdefault(name.casefold(), []).append(f)
    if not by_family:
        return []
    made = {f.target_id for f in facts if f.type in MAKING}
    out = []
    seen: set[tuple[str, str]] = set()  # (id, text) already looked at: one fact per entity
    for m in mentions:
        if m.ref or m.type not in _KINDS or m.best.id in made or (m.best.id, m.text) in seen:
            continue
        seen.add((m.best.id, m.text))
        found = [
            f
            for n in _names(catalogue, m, False)
            for k in families(n)
            for f in by_family.get(k, ())
        ]
        if not found:
            continue
        named = _named_maker(m) if m.inner else None
        makers: dict[tuple[str, str], Candidate] = {}
        for fact in found:
            if fact.target.type != m.type or fact.target_id == m.best.id:
                continue
            if named is not None and not _kin(catalogue, fact.source_id, named):
                continue
            c = next(x for x in fact.source.candidates if x.id == fact.source_id)
            makers.setdefault((fact.type, c.id), c)
        for (type_, _), c in makers.items():
            match = Match(RULES[type_], stand_in(m, c), m, 0, m.chosen, m.start, m.end, 0)
            out.append((m.sentence, match))
        if makers:
            made.add(m.best.id)
    return out


def _named_bases(text: str, mentions: list[Found], facts: list[Fact]) -> list[tuple[int, Match]]:
    """(sentence, match) for each upgrade whose base only its name tells."""
    models = [m for m in mentions if not m.ref and m.type == "AIModel"]
    named: dict[str, Found] = {}
    for m in models:
        named.setdefault(m.text.casefold(), m)
    based = {f.source_id for f in facts if f.type == "BASED_ON"}
    out = []
    for m in models:
        # the longest shorter name: "Ernie 4.5", not "Ernie"
        base = next((b for k in reversed(families(m.text)) if (b := named.get(k))), None)
        if base is None or base.best.id == m.best.id or m.best.id in based:
            continue
        if not _UPGRADE.match(text, m.end, m.end + 80):
            continue
        match = Match(RULES["BASED_ON"], m, stand_in(m, base.best), m.chosen, 0, m.start, m.end, 0)
        out.append((m.sentence, match))
        based.add(m.best.id)
    return out


def named_facts(
    catalogue: Catalogue, text: str, mentions: list[Found], facts: list[Fact]
) -> list[tuple[int, Match]]:
    """(sentence, match) for the family members and the named bases of one document."""
    return _family_members(catalogue, mentions, facts) + _named_bases(text, mentions, facts)
