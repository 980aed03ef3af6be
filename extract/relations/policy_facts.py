"""Policy facts the pair rules cannot read from the words between two names.

- `licence_facts`: what a licence requirement stated as a clause says ("the US
  told Nvidia that sales of the H20 to China would need a licence", see
  `extract.licences`): the requirement RESTRICTS the product and where it goes,
  and the state that required it ISSUED it.
- `listings`: "X added A and B to the Entity List (along with C)", "X đưa A vào
  danh sách Z": X ISSUED the list, the list RESTRICTS what was put on it. The pair
  rules cannot pair X with the list when a listed company stands between them.
- `named_targets`: a rule named after what it curbs restricts it: "lệnh cấm xuất
  khẩu chip H20", "the H20 licence requirement" (see `extract.policies`).
- `demonym_targets`: a rule that keeps chips from "Chinese buyers" or cuts "Russian
  firms" off restricts the state the demonym names.
- `written_makers`: a catalogue policy named with its maker after "của" ("Đạo luật AI
  của Liên minh châu Âu") was issued by that state.
- `co_issuers`: "X issued the rules together with A and B", "được X ban hành, cùng A,
  B và C": the state bodies named as X's partners in issuing issued it too.
- `as_states`: a capital that issues or enforces a rule stands for its state
  ("Washington tightened the curbs", "bị Washington đưa vào danh sách"): the fact
  is the state's, as news readers take it.

>>> CAPITALS["washington-dc"], CAPITALS["beijing"]
('united-states', 'china')
"""

from __future__ import annotations

import re

from extract.catalogue import Catalogue
from extract.licences import GOVERNMENT, LIST, licence_clauses, masked, requirer
from extract.policy_names import STATES
from extract.relations.lexicon import PairRule
from extract.relations.rules import Match
from extract.spans import Candidate, DocState, Found

__all__ = [
    "CAPITALS",
    "as_states",
    "co_issuers",
    "demonym_targets",
    "licence_facts",
    "listings",
    "named_targets",
    "policy_facts",
    "written_makers",
]

CAPITALS = {
    "washington-dc": "united-states", "beijing": "china", "brussels": "european-union",
    "moscow": "russia", "tokyo": "japan", "seoul": "south-korea", "taipei": "taiwan",
    "london": "united-kingdom", "hanoi": "vietnam", "new-delhi": "india",
}  # fmt: skip
_INDEX = re.compile(r"§(\d+)§")
_DEMONYMS = "Chinese|Russian|Iranian|North Korean|American|Dutch|Japanese|Korean|Taiwanese"
# "cut Chinese buyers off", "out of Chinese buyers' hands": the people of a state
_PEOPLE = re.compile(
    r"\b(?P<dem>" + _DEMONYMS + r") (?:buyers|customers|companies|firms|labs|chipmakers|users|"
    r"clients|developers|hands|data cent(?:re|er)s|military|rivals|tech giants)\b"
)
_KEEPS = re.compile(
    r"\b(?:cut|cuts|cutting|kept|keeps|keep|keeping|shut|shuts|locked|locks|bar|bars|barred|"
    r"block|blocks|blocked|deny|denies|denied|starve|starves|starved|choke|chokes|choked|"
    r"restrict|restricts|restricted|curb|curbs|curbed|hobble|hobbles|hobbled|cripple|"
    r"cripples|crippled)\b"
)
_DEMONYM_RULE = PairRule("restricts.policy_demonym", "RESTRICTS", "en", "", confidence=0.65)
_NAMED = PairRule("restricts.policy_name", "RESTRICTS", "*", "", confidence=0.7)
_CLAUSE = {
    "ISSUED": PairRule("issued.licence_clause", "ISSUED", "*", "", confidence=0.75),
    "RESTRICTS": PairRule("restricts.licence_clause", "RESTRICTS", "*", "", confidence=0.75),
}
_ACTS = ("ISSUED", "RESTRICTS")
_MAKER = PairRule("issued.written_maker", "ISSUED", "*", "", confidence=0.7)
_CO_ISSUED = PairRule("issued.co_issuer", "ISSUED", "*", "", confidence=0.7)
_WITH = r"(?:together with|jointly with|in conjunction with|along with|alongside|cùng với|cùng|phối hợp với)"
_WITH_CUE = re.compile(r"(?<!\w)(?:with|alongside|cùng)(?!\w)", re.IGNORECASE)
# "Bộ Công nghiệp và Công nghệ thông tin (MIIT), Bộ Công an và NRTA": names, each may carry
# its short name in brackets (then the long name need not be known)
_MEMBER = r"(?:§\d+§(?: \((?:§\d+§|[^()]{1,20})\))?|[^,;()§]{2,60}? \(§\d+§\))"
_MEMBERS = _MEMBER + r"(?:(?:,| and| và|, and|, và) (?:the )?" + _MEMBER + r")*"
_LISTED = {
    "ISSUED": PairRule("issued.listing", "ISSUED", "*", "", confidence=0.75),
    "RESTRICTS": PairRule("restricts.listing", "RESTRICTS", "*", "", confidence=0.75),
}
# words a listing needs (plain substring tests: cheaper than a regex)
_LISTING_CUES = ("dd", "lac", "put", "Put", "mov", "đưa", "Đưa", "thêm", "Thêm", "bổ sung", "liệt")
_NEAR = r"(?:(?: (?!§)\S+){0,4}?)"  # a few words, no name among them
_LISTING = {
    "en": re.compile(
        r"(?P<x>§\d+§)" + _NEAR + r" (?:has |had |have |also |just |quietly |would |will |to )?"
        r"(?:added|adds|adding|add|placed|places|placing|place|put|puts|putting|moved|moves)"
        r" (?P<y>" + LIST + r")" + _NEAR + r" (?:to|on|onto) (?:the |its |a |their )?(?P<z>§\d+§)"
        r"(?:[^.;]{0,100}? (?:along with|together with|as well as|alongside) (?:\S+ ){0,3}?"
        r"(?P<w>" + LIST + r"))?",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"(?P<x>§\d+§)" + _NEAR + r" (?:đã |vừa |cũng |tiếp tục |sẽ )?(?:đưa|thêm|bổ sung)"
        r" (?P<y>" + LIST + r")" + _NEAR + r" (?:vào|lên) (?:các |những )?(?P<z>§\d+§)"
        r"(?:[^.;]{0,100}?,? (?:cùng với|cùng|và cả|lẫn) (?:\S+ ){0,3}?(?P<w>" + LIST + r"))?",
        re.IGNORECASE,
    ),
}


# "A was added to the list along with B", "A bị Mỹ đưa vào danh sách cùng B": the one listed
# first, then the list, then those listed with it
_PASSIVE_LISTING = {
    "en": re.compile(
        r"(?P<y>" + LIST + r")" + _NEAR + r" (?:was|were|has been|have been|had been|is|are) "
        r"(?:also |later |quietly )?(?:added|placed|put) (?:to|on|onto) (?:the |its |a )?"
        r"(?P<z>§\d+§)(?P<x>)(?:[^.;§]{0,80}? (?:along with|together with|alongside|as well as) "
        r"(?:\S+ ){0,3}?(?P<w>" + LIST + r"))?",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"(?P<y>" + LIST + r")" + _NEAR + r" (?:đã |cũng |từng |vừa )?bị (?:(?P<x>§\d+§) )?"
        r"(?:đưa|liệt|thêm|bổ sung)(?: thêm)? (?:vào|lên) (?:các |những )?(?P<z>§\d+§)"
        r"(?:[^.;§]{0,80}?,? (?:cùng với|cùng|và cả|lẫn) (?:\S+ ){0,3}?(?P<w>" + LIST + r"))?",
        re.IGNORECASE,
    ),
}


def policy_facts(
    st: DocState, index: int, mentions: list[Found], catalogue: Catalogue, matches: list[Match]
) -> list[Match]:
    """`matches` of sentence `index`, with the facts above added and capitals read as states."""
    if any(m.candidates[m.chosen].type == "Policy" for m in mentions):
        matches = matches + licence_facts(st, index, mentions)
        matches += listings(st, index, mentions)
        matches += named_targets(mentions)
        if st.language == "en":
            matches += demonym_targets(st.text, mentions, catalogue)
        matches += co_issuers(st, index, mentions, matches)
        if st.language == "vi":
            matches += written_makers(mentions, catalogue)
    return as_states(matches, catalogue)


def licence_facts(st: DocState, index: int, mentions: list[Found]) -> list[Match]:
    """Facts of the licence clauses of sentence `index` (see `extract.licences`)."""
    out = []
    for c in licence_clauses(st.text, st.language, st.sentences[index], mentions):
        p = c.policy
        out.extend(_match(_CLAUSE["RESTRICTS"], p, p.chosen, m, mi) for m, mi in c.covered)
        if c.issuer is not None:
            out.append(_match(_CLAUSE["ISSUED"], *c.issuer, p, p.chosen))
    return out


def listings(st: DocState, index: int, mentions: list[Found]) -> list[Match]:
    """Facts of "X added A to the list" in sentence `index` (see module doc)."""
    sentence = st.sentences[index]
    if len(mentions) < 3 or not any(cue in sentence.text for cue in _LISTING_CUES):
        return []
    body, _ = masked(st.text[: sentence.end], sentence.start, mentions)
    out = []
    lang = st.language if st.language in _LISTING else "en"
    hits = [*_LISTING[lang].finditer(body), *_PASSIVE_LISTING[lang].finditer(body)]
    for hit in hits:
        z = mentions[int(hit.group("z")[1:-1])]
        x = mentions[int(hit.group("x")[1:-1])] if hit.group("x") else None
        if z.type != "Policy" or x is not None and x.type not in ("Location", "Organization"):
            continue
        if x is not None:
            out.append(_match(_LISTED["ISSUED"], x, x.chosen, z, z.chosen))
        for group in ("y", "w"):
            for k in _INDEX.findall(hit.group(group) or ""):
                m = mentions[int(k)]
                if m.type in ("Organization", "Hardware", "Location") and m is not x:
                    out.append(_match(_LISTED["RESTRICTS"], z, z.chosen, m, m.chosen))
    return out


def written_makers(mentions: list[Found], catalogue: Catalogue) -> list[Match]:
    """ISSUED from the state a catalogue policy's Vietnamese name ends with ("... của EU").

    The state must be the policy's own country in the catalogue; it is written inside
    the name, so it becomes a mention of its own here.
    """
    out = []
    for m in mentions:
        c = m.best
        entry = catalogue.entries.get(c.id) if m.type == "Policy" and not m.ref else None
        state = catalogue.entries.get(entry.country or "") if entry is not None else None
        at = m.text.rfind(" của ")
        if state is None or at < 0:
            continue
        written = m.text[at + 5 :].casefold()
        if written not in {a.casefold() for a in (state.name, *state.aliases)}:
            continue
        cand = Candidate(state.id, state.name, state.type, "catalogue", 0.85)
        maker = Found(m.start + at + 5, m.end, m.text[at + 5 :], [cand], m.sentence)
        out.append(_match(_MAKER, maker, 0, m, m.chosen))
    return out


def co_issuers(
    st: DocState, index: int, mentions: list[Found], matches: list[Match]
) -> list[Match]:
    """ISSUED for the state bodies that issued a policy with its issuer (see module doc).

    After the issuer: a few words (the policy may stand among them), then "together
    with", "jointly with", "cùng (với)" and a list of names; each state or government
    body of the list issued the policy too.
    """
    sentence = st.sentences[index]
    issued = [m for m in matches if m.rule.type == "ISSUED"]
    if not issued or not _WITH_CUE.search(sentence.text):
        return []
    body, _ = masked(st.text[: sentence.end], sentence.start, mentions)
    ids = {id(m): k for k, m in enumerate(mentions)}
    out = []
    for m in issued:
        x, p = ids.get(id(m.source)), ids.get(id(m.target))
        if x is None or p is None:
            continue
        rx = re.compile(
            rf"§{x}§(?:[^.;§]|§{p}§){{0,100}}?,? {_WITH} (?:the )?(?P<w>{_MEMBERS})", re.IGNORECASE
        )
        hit = rx.search(body)
        if hit is None:
            continue
        for k in _INDEX.findall(hit.group("w")):
            other = requirer(mentions[int(k)])
            if other is not None and other[0] is not m.source:
                out.append(_match(_CO_ISSUED, *other, m.target, m.target_cand))
    return out


def _match(rule: PairRule, src: Found, si: int, tgt: Found, ti: int) -> Match:
    start, end = min(src.start, tgt.start), max(src.end, tgt.end)
    return Match(rule, src, tgt, si, ti, start, end, 99)


def named_targets(mentions: list[Found]) -> list[Match]:
    """RESTRICTS from a policy to the chips and companies its own name covers.

    A company at the head of the name is its maker ("Commerce Department guidance"),
    not its target.
    """
    out = []
    for m in mentions:
        if m.type != "Policy" or not m.inner:
            continue
        for inner in m.inner:
            c = inner.best
            if c.type == "Hardware" or (
                c.type == "Organization" and inner.start > m.start and not GOVERNMENT.search(c.name)
            ):
                out.append(_match(_NAMED, m, m.chosen, inner, inner.chosen))
    return out


def demonym_targets(text: str, mentions: list[Found], catalogue: Catalogue) -> list[Match]:
    """RESTRICTS from a policy to the state whose people it keeps chips from (English).

    The policy comes first, then a curbing verb, then "<Demonym> buyers" (or firms,
    labs...) with no other policy between.
    """
    policies = [m for m in mentions if m.type == "Policy"]
    if not policies:
        return []
    end = mentions[-1].end + 200
    out = []
    for hit in _PEOPLE.finditer(text, policies[0].end, end):
        a = hit.start()
        policy = next((p for p in reversed(policies) if p.end <= a), None)
        if policy is None or _KEEPS.search(text, policy.end, a) is None:
            continue
        if any(policy.end <= m.start < a and m.type == "Policy" for m in mentions):
            continue
        entry = catalogue.entries.get(STATES.get(hit["dem"].lower(), ""))
        if entry is None:
            continue
        cand = Candidate(entry.id, entry.name, entry.type, "catalogue", 0.85)
        people = Found(a, hit.end("dem"), hit["dem"], [cand], policy.sentence)
        out.append(_match(_DEMONYM_RULE, policy, policy.chosen, people, 0))
    return out


def as_states(matches: list[Match], catalogue: Catalogue) -> list[Match]:
    """Matches whose ISSUED or RESTRICTS source is a capital, given to its state instead."""
    out = matches
    for k, m in enumerate(matches):
        if m.rule.type not in _ACTS:
            continue
        c = m.source.candidates[m.source_cand]
        state = CAPITALS.get(c.id)
        entry = catalogue.entries.get(state) if state else None
        if entry is None:
            continue
        if out is matches:
            out = list(matches)
        src = m.source
        cand = Candidate(entry.id, entry.name, entry.type, "catalogue", c.confidence)
        found = Found(src.start, src.end, src.text, [cand], src.sentence, src.ref)
        out[k] = Match(m.rule, found, m.target, 0, m.target_cand, m.start, m.end, m.words)
    return out
