"""Roles whose organisation the sentence leaves out: it is the company in view.

News writers name a role next to a person and let the paragraph supply the
organisation: "Chief executive Kwak Noh-jung said...", "Dario Amodei is chief
executive.", "Người sáng lập là ông Trương Kiến Trung", "Ông Phùng Ký, đồng sáng
lập, hiện giữ vị trí giám đốc điều hành của studio." Such a role, with no
organisation of its own, gives LEADS, FOUNDED or WORKS_FOR towards the
organisation a short reference at the cue would point at (`Salience`): the
subject of the sentence or of the sentences just before, and nothing when that
is unclear. The fact's evidence is the role's own sentence; the organisation
stands there as a reference (`ref`), so the fact scores below one whose names
both appear.

>>> ROLE_TYPES["chief executive"], ROLE_TYPES["đồng sáng lập"]
('LEADS', 'FOUNDED')
"""

from __future__ import annotations

import re

from extract.relations.lexicon import PairRule
from extract.relations.rules import Match
from extract.resolution import Salience
from extract.spans import Candidate, Found

__all__ = ["ROLE_TYPES", "carried_roles", "relative_roles"]

ROLE_TYPES = {
    **dict.fromkeys(
        ["chief executive", "chief executive officer", "ceo", "co-ceo", "chairman", "chairwoman"],
        "LEADS",
    ),
    **dict.fromkeys(["tổng giám đốc", "giám đốc điều hành", "chủ tịch", "người đứng đầu"], "LEADS"),
    **dict.fromkeys(["co-founder", "cofounder", "founder", "đồng sáng lập", "sáng lập"], "FOUNDED"),
    **dict.fromkeys(
        ["chief technology officer", "cto", "chief scientist", "giám đốc công nghệ"], "WORKS_FOR"
    ),
}
RULES = {
    t: PairRule(f"{t.lower()}.carried.role", t, "*", "", confidence=0.7)
    for t in ("LEADS", "FOUNDED", "WORKS_FOR")
}

_EN_ROLE = (
    r"chief executive officer|chief executive|co-ceo|ceo|chairman|chairwoman|co-founder|"
    r"cofounder|founder|chief technology officer|cto|chief scientist"
)
_VI_ROLE = (
    r"đồng sáng lập|sáng lập|tổng giám đốc|giám đốc điều hành|ceo|chủ tịch|người đứng đầu|"
    r"giám đốc công nghệ"
)
# "Chief executive Kwak Noh-jung", "Người sáng lập là ông Trương": a role right before the name
_BEFORE = {
    "en": re.compile(
        r"(?:^|(?<=[\s(\"“]))(?P<cue>chief executive|ceo|co-founder|cofounder|founder|cto|"
        r"chief scientist)\s+$",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"(?:^|(?<=[\s(\"“]))(?:người |nhà )?(?:đồng )?(?P<cue>sáng lập|đồng sáng lập|ceo|"
        r"tổng giám đốc|giám đốc điều hành)(?: là| hiện là)? (?:ông |bà )?$",
        re.IGNORECASE,
    ),
}
# "Kwak, the chief executive, said", "Ông Phùng Ký, đồng sáng lập, hiện giữ vị trí ...":
# role phrases after the name, one per comma-separated piece, owning no organisation
_AFTER = {
    "en": re.compile(
        r"(?:who is |is |was |remains |became |has been )?(?:also )?(?:one of )?"
        r"(?:the |its |a |an )?(?:(?:company|firm|lab|startup|group)(?:'s|’s) )?"
        r"(?:current |new |longtime |chief )?(?P<cue>" + _EN_ROLE + r")s?"
        r"(?: and (?P<cue2>" + _EN_ROLE + r"))?",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"(?:ông |bà )?(?:(?:hiện|hiện nay|cũng|vẫn|đang) )*(?:là |giữ vị trí |giữ chức |"
        r"giữ chức vụ |làm )?(?:một )?(?:người |nhà )?(?P<cue>" + _VI_ROLE + r")"
        r"(?: (?:kiêm|và) (?:nay là )?(?P<cue2>" + _VI_ROLE + r"))?"
        r"(?: của (?:công ty|hãng|studio|startup|tập đoàn|doanh nghiệp)(?: này)?)?",
        re.IGNORECASE,
    ),
}
_RELATIVE = {
    "en": re.compile(
        r"(?:\s*\([^)]{0,60}\))?,\s*who [^,;.]{1,100},\s*(?:will be|is|was|became|becomes|"
        r"has been|would be|remains) (?:also |now )?"
    ),
    "vi": re.compile(
        r"(?:\s*\([^)]{0,60}\))?,\s*người [^,;.]{1,100},\s*(?:sẽ là|là|trở thành|hiện là|"
        r"sẽ làm|làm) (?:người |nhà )?(?P<cue>" + _VI_ROLE + r") (?:của |tại )?",
        re.IGNORECASE,
    ),
}
_EN_TAIL = re.compile(
    r"(?:'s|’s) (?:new |current |first |founding )?(?P<cue>" + _EN_ROLE + r")\b", re.IGNORECASE
)
_RELATIVE_RULES = {
    t: PairRule(f"{t.lower()}.relative_clause.role", t, "*", "", confidence=0.75)
    for t in ("LEADS", "FOUNDED", "WORKS_FOR")
}
_PAREN = re.compile(r"\s*\([^)]{0,60}\)")
_PIECE = re.compile(r"[^,;.]+")
_NOT_HERS = re.compile(r"(?:former|ex-|cựu|phó|'s|’s)\s*$", re.IGNORECASE)
_OWNED = re.compile(r"\s*,?\s*(?:của|of|at|tại|thuộc|from)\s", re.IGNORECASE)


def _cues_after(text: str, person: Found, lang: str, end: int) -> list[tuple[int, int, str]]:
    """(start, end, cue) of the role phrases that follow `person` up to `end`."""
    at = person.end
    paren = _PAREN.match(text, at, end)
    if paren:
        at = paren.end()
    out = []
    rx = _AFTER[lang]
    while at < end:
        if text[at] in ",; )":
            at += 1
            continue
        piece = _PIECE.match(text, at, end)
        if piece is None:
            break
        m = rx.fullmatch(text, piece.start() + (text[piece.start()] == " "), piece.end())
        if m is None:
            break
        out.extend((m.start(g), m.end(g), m.group(g).lower()) for g in ("cue", "cue2") if m[g])
        at = piece.end()
        if at < end and text[at] == ".":
            break
    return out


def relative_roles(text: str, lang: str, mentions: list[Found]) -> list[Match]:
    """Roles stated past a relative clause about the person, with the organisation named.

    "Masayoshi Son, who founded SoftBank and still runs it, will be Stargate's
    chairman"; "ông X, người từng làm ở Y, sẽ là chủ tịch của Z". The clause's own
    names stand between the person and the organisation, so no pair rule reaches.
    """
    out = []
    verb = _RELATIVE[lang]
    for k, person in enumerate(mentions):
        if person.type != "Person" or person.ref:
            continue
        for org in mentions[k + 1 :]:
            if org.type != "Organization" or org.ref:
                continue
            m = verb.fullmatch(text, person.end, org.start)
            if m is None:
                continue
            end = org.end
            if lang == "en":
                m = _EN_TAIL.match(text, org.end)
                if m is None:
                    break
                end = m.end()
            type_ = ROLE_TYPES.get(m.group("cue").lower())
            if type_ is not None:
                rule = _RELATIVE_RULES[type_]
                out.append(
                    Match(rule, person, org, person.chosen, org.chosen, person.start, end, 0)
                )
            break
    return out


def _cue_before(text: str, person: Found, lang: str, start: int) -> tuple[int, int, str] | None:
    """(start, end, cue) of a role written right before `person`, none of its own org."""
    m = _BEFORE[lang].search(text, max(start, person.start - 60), person.start)
    if m is None or _NOT_HERS.search(text, max(start, m.start() - 8), m.start()):
        return None
    if _OWNED.match(text, person.end):
        return None  # "CEO Jensen Huang of Nvidia": the rules read the org from the text
    return m.start("cue"), m.end("cue"), m.group("cue").lower()


def carried_roles(
    st, by_sentence: dict[int, list[Found]], stated: set[tuple[str, str, int]]
) -> list[tuple[int, Match]]:
    """(sentence, match) for each role a person holds at the organisation in view.

    `stated` holds (person id, type, sentence) of the facts the rules already
    found: a person whose role a sentence ties to a named organisation gets none.
    """
    lang = st.language if st.language in _BEFORE else "en"
    text = st.text
    salience = Salience(st, by_sentence)
    out = []
    for index, mentions in by_sentence.items():
        sentence = st.sentences[index]
        seen: set[tuple[str, str]] = set()
        for k, person in enumerate(mentions):
            if person.type != "Person" or person.text.lower() in ("he", "she", "ông", "bà"):
                continue
            nxt = next((f.start for f in mentions[k + 1 :] if not f.ref), sentence.end)
            cues = _cues_after(text, person, lang, min(nxt, sentence.end))
            before = _cue_before(text, person, lang, sentence.start)
            if before is not None:
                cues.append(before)
            for a, b, cue in cues:
                type_ = ROLE_TYPES.get(cue)
                pid = person.best.id
                if type_ is None or (pid, type_, index) in stated or (pid, type_) in seen:
                    continue
                org = salience.antecedent(min(a, person.start), "Organization", index, True)
                if org is None:
                    continue
                seen.add((pid, type_))
                c = org.best
                cand = Candidate(c.id, c.name, c.type, c.source, c.confidence)
                target = Found(a, b, text[a:b], [cand], index, ref=True)
                start, end = min(a, person.start), max(b, person.end)
                out.append(
                    (index, Match(RULES[type_], person, target, person.chosen, 0, start, end, 0))
                )
    return out
