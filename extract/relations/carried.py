"""Roles whose organisation the sentence leaves out: it is the company in view.

News writers name a role next to a person and let the paragraph supply the
organisation: "Chief executive Kwak Noh-jung said...", "Dario Amodei is chief
executive.", "Người sáng lập là ông Trương Kiến Trung", "Ông Phùng Ký, đồng sáng
lập, hiện giữ vị trí giám đốc điều hành của studio." Such a role, with no
organisation of its own, gives LEADS, FOUNDED or WORKS_FOR towards the
organisation a short reference at the cue would point at (`Salience`): the
subject of the sentence or of the sentences just before, and nothing when that
is unclear. A head's or founder's role goes rather to the one organisation the
person was already tied to as founder or head ("X set up Y ... X is the chief
executive": `own_tie`), and a company written as a person's own ("Sam Altman's
company") to the organisation just named. The fact's evidence is the role's own
sentence; the organisation stands there as a reference (`ref`), so the fact scores
below one whose names both appear.

Places work the same way: "the Austin, Texas-based chipmaker", "hãng có trụ sở
tại Hàng Châu" describe the organisation in view by where it is
(`carried_places`). And a founder's companions share the founding: "started by
X, an ex-banker, along with Y and Z" (`founding_companions`).

>>> ROLE_TYPES["chief executive"], ROLE_TYPES["đồng sáng lập"], ROLE_TYPES["chairs"]
('LEADS', 'FOUNDED', 'LEADS')
"""

from __future__ import annotations

import re

from extract.catalogue import Catalogue
from extract.relations.lexicon import PairRule
from extract.relations.rules import Match
from extract.relations.rules_places import EN_FIRMS
from extract.resolution import Salience
from extract.spans import Candidate, Found

__all__ = [
    "ROLE_TYPES",
    "carried_places",
    "carried_roles",
    "founding_companions",
    "own_tie",
    "person_ties",
    "relative_roles",
]

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
    # "Senior vice president Gai Kun": a corporate rank (a bare "vice president" may be a state's)
    **dict.fromkeys(["senior vice president", "executive vice president"], "WORKS_FOR"),
    # "X, who heads it,", "ông X, người điều hành công ty,": a role stated by its verb
    **dict.fromkeys(["chairs", "runs", "leads", "heads", "điều hành", "dẫn dắt"], "LEADS"),
    **dict.fromkeys(["founded", "co-founded", "cofounded", "set up", "lập ra"], "FOUNDED"),
    "company of": "LEADS",  # "Sam Altman's company", "tập đoàn của ông X" (`_company_of`)
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
_EN_BEFORE = (
    r"chief executive|ceo|co-founder|cofounder|founder|cto|chief technology officer|"
    r"chief scientist|chairman|chairwoman|senior vice president|executive vice president"
)
_VI_BEFORE = (
    r"sáng lập|đồng sáng lập|ceo|tổng giám đốc|giám đốc điều hành|chủ tịch|giám đốc công nghệ"
)
# "Chief executive Kwak Noh-jung", "Người sáng lập là ông Trương": a role right before the
# name; two joined ("Co-founder and chief executive X", "Nhà sáng lập kiêm CEO X") are both hers
_BEFORE = {
    "en": re.compile(
        r"(?:^|(?<=[\s(\"“]))(?P<cue>" + _EN_BEFORE + r")(?: and (?P<cue2>" + _EN_BEFORE + r"))?"
        r"\s+$",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"(?:^|(?<=[\s(\"“]))(?:người |nhà )?(?:đồng )?(?P<cue>" + _VI_BEFORE + r")"
        r"(?: (?:kiêm|và) (?:người |nhà )?(?P<cue2>" + _VI_BEFORE + r"))?"
        r"(?: (?:hiện nay |hiện tại |hiện |nay )?là)? "
        r"(?:ông |bà )?$",
        re.IGNORECASE,
    ),
}
# "Kwak, the chief executive, said", "Ông Phùng Ký, đồng sáng lập, hiện giữ vị trí ...":
# role phrases after the name, one per comma-separated piece, owning no organisation
_AFTER = {
    "en": re.compile(
        r"(?:(?:who )?(?:is|was|remains|became|has been) )?(?:also |still )?(?:one of )?"
        r"(?:the |its |a |an |another )?(?:(?:company|firm|lab|startup|group)(?:'s|’s) )?"
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
# "X, who runs it,": the relative clause's object is the company in view
_AFTER_VERB = {
    "en": re.compile(
        r"who (?:still |now |also |currently )?(?P<cue>chairs|runs|leads|heads|founded|"
        r"co-founded|cofounded|set up)(?: and (?:still |now )?(?P<cue2>chairs|runs|leads|heads))?"
        r" (?:it|the company|the firm|the group|the start-up|the startup|the lab)"
        # "who founded the start-up and runs it as chief executive", "who co-founded it in
        # 2010 and shared a Nobel Prize": a second verb on the same object, or another act
        r"(?: in \d{4})?(?: and (?:(?:still |now |also )?(?P<cue3>chairs|runs|leads|heads) "
        r"(?:it|the company|the firm|the start-up|the startup|the lab)(?: as [\w -]+)?|"
        r"(?!(?:still |now |also )?(?:chairs|runs|leads|heads)\b)[^,;.]+))?",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"người (?:đã |đang |hiện )?(?P<cue>điều hành|dẫn dắt|lập ra|sáng lập|đồng sáng lập)"
        r" (?:công ty|hãng|tập đoàn|startup)(?: này)?",
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
# "his co-founder X": a fellow of another person's, whose organisation is not in view
_NOT_HERS = re.compile(r"(?:former|ex-|cựu|phó|'s|’s|của|\bhis|\bher|\btheir)\s*$", re.IGNORECASE)
# a name right before the role ("Windsurf chief executive X"): the role is that name's,
# whatever it was typed as, not the organisation in view
_NAMED = re.compile(r"[A-Z][\w&.'’-]*\s+$")
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
        begin = piece.start() + (text[piece.start()] == " ")
        m = rx.fullmatch(text, begin, piece.end()) or _AFTER_VERB[lang].fullmatch(
            text, begin, piece.end()
        )
        if m is None:
            break
        cues = m.groupdict()
        out.extend(
            (m.start(g), m.end(g), cues[g].lower()) for g in ("cue", "cue2", "cue3") if cues.get(g)
        )
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


def _cues_before(text: str, person: Found, lang: str, start: int) -> list[tuple[int, int, str]]:
    """(start, end, cue) of the roles written right before `person`, none of its own org."""
    m = _BEFORE[lang].search(text, max(start, person.start - 60), person.start)
    if m is None or _NOT_HERS.search(text, max(start, m.start() - 8), m.start()):
        return []
    named = _NAMED.search(text, max(start, m.start("cue") - 40), m.start("cue"))
    if named is not None and named.start() > start:
        return []
    if _OWNED.match(text, person.end):
        return []  # "CEO Jensen Huang of Nvidia": the rules read the org from the text
    return [(m.start(g), m.end(g), m.group(g).lower()) for g in ("cue", "cue2") if m.group(g)]


# "Mark Zuckerberg's company", "tập đoàn của ông Trương Gia Bình": a company named as a
# person's own, the organisation in view, is the one the person runs
_COMPANY = "company of"
_OWN_COMPANY = {
    "en": re.compile(
        r"(?:'s|’s) (?:own )?(?:company|firm|start-up|startup|group|conglomerate|empire)\b",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"(?:^|(?<=[\s(\"“]))(?:tập đoàn|công ty|hãng|startup) của (?:tỷ phú |doanh nhân )?"
        r"(?:ông|bà) $",
        re.IGNORECASE,
    ),
}


def _company_of(text: str, person: Found, lang: str, start: int) -> list[tuple[int, int, str]]:
    """(start, end, cue) of a company written as the person's own, with no name."""
    rx = _OWN_COMPANY.get(lang)
    if rx is None:
        return []
    if lang == "en":
        m = rx.match(text, person.end)
    else:
        m = rx.search(text, max(start, person.start - 40), person.start)
    return [] if m is None else [(m.start(), m.end(), _COMPANY)]


# aliases that show a catalogue person heads a state: "Chủ tịch Tập Cận Bình" chairs no company
_STATE_TITLES = ("President ", "Prime Minister ", "Tổng thống ", "Thủ tướng ", "Tổng Bí thư ")
_CHAIRS = ("chairman", "chairwoman", "chủ tịch")


def _heads_state(catalogue: Catalogue, person: Found) -> bool:
    """Whether the catalogue gives `person` a head of state's or government's title."""
    entry = catalogue.entries.get(person.best.id)
    return entry is not None and any(a.startswith(_STATE_TITLES) for a in entry.aliases)


def _standing_for(org: Found, a: int, b: int, text: str, index: int) -> Found:
    """A reference at text[a:b] (sentence `index`) to the entity `org` reads as."""
    c = org.best
    cand = Candidate(c.id, c.name, c.type, c.source, c.confidence)
    return Found(a, b, text[a:b], [cand], index, ref=True)


# the ties a head's role may recall: a founder named "the chief executive" heads what she
# founded, a chief executive named "the co-founder" founded what she runs
_RECALLED = {"LEADS": ("FOUNDED", "LEADS"), "FOUNDED": ("LEADS", "FOUNDED")}


# a person's fact found so far: its type, the organisation's id, its sentence, its mention
Tie = tuple[str, str, int, Found]


def person_ties(facts, matches: list[tuple[int, Match]]) -> dict[str, list[Tie]]:
    """Person id -> the ties of `facts` (kept facts) and `matches` ((sentence, match))."""
    ties: dict[str, list[Tie]] = {}
    for f in facts:
        ties.setdefault(f.source_id, []).append((f.type, f.target_id, f.sentence, f.target))
    for index, m in matches:
        tie = (m.rule.type, m.target.candidates[m.target_cand].id, index, m.target)
        ties.setdefault(m.source.candidates[m.source_cand].id, []).append(tie)
    return ties


def own_tie(ties: dict[str, list[Tie]] | None, pid: str, type_: str, index: int) -> Found | None:
    """The one organisation the person `pid` was tied to before sentence `index` by a
    fact `type_` recalls, or None (none, or several: unclear).

    "Arthur Mensch set up Mistral AI ... Mensch is the chief executive": unless the
    role's own sentence names its organisation, the role is held where the person's
    story has been.
    """
    kinds = _RECALLED.get(type_)
    if not ties or kinds is None:
        return None
    found = [t for t in ties.get(pid, ()) if t[0] in kinds and t[2] < index]
    if len({t[1] for t in found}) != 1:
        return None
    return found[-1][3]


def carried_roles(
    st,
    by_sentence: dict[int, list[Found]],
    stated: set[tuple[str, str, int]],
    catalogue: Catalogue,
    ties: dict[str, list[Tie]] | None = None,
) -> list[tuple[int, Match]]:
    """(sentence, match) for each role a person holds at the organisation in view.

    `stated` holds (person id, type, sentence) of the facts the rules already
    found: a person whose role a sentence ties to a named organisation gets none.
    `ties` holds each person's facts found so far: a head's role goes to the one
    organisation the person founded or heads (`own_tie`) rather than to one in view
    from an earlier sentence.
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
            cues += _cues_before(text, person, lang, sentence.start)
            cues += _company_of(text, person, lang, sentence.start)
            for a, b, cue in cues:
                type_ = ROLE_TYPES.get(cue)
                pid = person.best.id
                if type_ is None or (pid, type_, index) in stated or (pid, type_) in seen:
                    continue
                if cue in _CHAIRS and _heads_state(catalogue, person):
                    continue
                # "Sam Altman's company" recalls the organisation just named, subject or not
                subject = cue != _COMPANY
                org = salience.antecedent(min(a, person.start), "Organization", index, subject)
                if (
                    not subject
                    and org is not None
                    and org.sentence == index
                    and org is salience.subject(index, "Organization")
                ):
                    continue  # "Microsoft invested in Sam Altman's company": another's
                tie = own_tie(ties, pid, type_, index)
                if tie is not None and (org is None or org.sentence != index):
                    org = tie  # her own company before one merely in view from before
                if org is None:
                    continue
                seen.add((pid, type_))
                target = _standing_for(org, a, b, text, index)
                start, end = min(a, person.start), max(b, person.end)
                out.append(
                    (index, Match(RULES[type_], person, target, person.chosen, 0, start, end, 0))
                )
    return out


PLACE_RULE = PairRule("located_in.carried.description", "LOCATED_IN", "*", "", confidence=0.7)
# a description ending in its place, read backwards from the place: "tập đoàn (viễn thông)
# có trụ sở tại", "the" (+ "Austin, " when the place is "Texas")
_VI_DESCRIBED = re.compile(
    r"(?:^|(?<=[\s,(]))(?P<noun>[Cc]ông ty|[Tt]ập đoàn|[Hh]ãng|[Ss]tartup|[Dd]oanh nghiệp|"
    r"[Cc]ông ty khởi nghiệp)(?: (?!có\b)[^\s,.;]+){0,5} (?:có trụ sở chính|có trụ sở|đặt trụ sở|"
    r"đóng trụ sở)(?: chính)? (?:tại|ở) (?:thành phố |tỉnh |thủ đô )?$"
)
# "công ty Bắc Kinh này", "hãng chip Mỹ này": a demonstrative taking up the company in view
_VI_THIS = re.compile(
    r"(?:^|(?<=[\s,(]))(?P<noun>[Cc]ông ty khởi nghiệp|[Cc]ông ty|[Tt]ập đoàn|[Hh]ãng|[Ss]tartup|"
    r"[Dd]oanh nghiệp)(?: (?!có\b|của\b|tại\b|ở\b)[^\s,.;]+){0,2} (?:thành phố |tỉnh )?$"
)
_VI_THIS_AFTER = re.compile(r" này\b")
_EN_THE = re.compile(r"(?:^|(?<=[\s(]))(?P<noun>[Tt]he) (?:[A-Z][\w.]*(?: [A-Z][\w.]*)?, )?$")
_EN_AFTER = re.compile(r"(?:-based|-headquartered)? (?:[\w-]+ ){0,2}?(?:" + EN_FIRMS + r")s?\b")
_NOT_ONE = re.compile(r"(?:một|các|những|nhiều|mỗi|vài|such|any|another)\s+$", re.IGNORECASE)
_OF_BEFORE = re.compile(r"(?:\bof|\bcủa|\bthan|\bhơn)\s+$", re.IGNORECASE)


def _topic(text: str, by_sentence: dict[int, list[Found]], index: int) -> Found | None:
    """The one organisation the sentences just before `index` are about, if there is one.

    The nearest sentence naming organisations decides: its one organisation,
    possessors ("o1 của OpenAI", "OpenAI's o1") aside; two or more leave it unclear.
    """
    for back in range(index - 1, index - 3, -1):
        orgs = [
            f
            for f in by_sentence.get(back, ())
            if f.type == "Organization"
            and not _OF_BEFORE.search(text, max(0, f.start - 6), f.start)
            and text[f.end : f.end + 2] not in ("'s", "’s")
        ]
        if orgs:
            return orgs[0] if len({f.best.id for f in orgs}) == 1 else None
    return None


def carried_places(st, by_sentence: dict[int, list[Found]]) -> list[tuple[int, Match]]:
    """(sentence, match) for each place a description gives the organisation in view.

    "Hãng có trụ sở tại Hàng Châu cho biết...", "sued the Austin, Texas-based
    chipmaker": a definite description with a place and no name,
    in a sentence naming no organisation before it, points at the one
    organisation the previous sentences are about.
    """
    lang = st.language
    text = st.text
    out = []
    for index, mentions in by_sentence.items():
        sentence = st.sentences[index]
        start = sentence.start
        if lang == "vi" and "trụ sở" not in sentence.text and " này" not in sentence.text:
            continue
        for k, place in enumerate(mentions):
            if place.type != "Location" or place.ref:
                continue
            this = False
            if lang == "vi":
                m = _VI_DESCRIBED.search(text, max(start, place.start - 90), place.start)
                end = place.end
                if m is None and _VI_THIS_AFTER.match(text, place.end):
                    m = _VI_THIS.search(text, max(start, place.start - 40), place.start)
                    end, this = place.end + 4, True
            else:
                after = _EN_AFTER.match(text, place.end)
                if after is None and k + 1 < len(mentions):  # "Palo Alto, California": two names
                    nxt = mentions[k + 1]
                    if nxt.type == "Location" and text[place.end : nxt.start] == ", ":
                        after = _EN_AFTER.match(text, nxt.end)
                if after is None:
                    continue
                m = _EN_THE.search(text, max(start, place.start - 40), place.start)
                end = after.end()
            if m is None or _NOT_ONE.search(text, max(0, m.start() - 12), m.start()):
                continue
            a = m.start("noun")
            if any(
                f.type == "Organization" and f.start >= end and not text[end : f.start].strip()
                for f in mentions
            ):
                continue  # "the Bengaluru think tank Pragati Labs": the name it describes follows
            orgs = [f for f in mentions if f.type == "Organization" and f.start < end]
            if orgs and orgs[-1].ref and orgs[-1].start >= place.end:
                org = orgs[-1]  # "the Seattle start-up" already reads as a reference
            elif this and orgs and len({f.best.id for f in orgs}) == 1 and orgs[-1].end <= a:
                org = orgs[-1]  # "sau khi DeepSeek ..., mô hình của công ty Hàng Châu này"
            elif orgs:
                continue  # a name in or before it: the rules read that sentence
            else:
                org = _topic(text, by_sentence, index)
            if org is None:
                continue
            source = _standing_for(org, a, end, text, index)
            out.append((index, Match(PLACE_RULE, source, place, 0, place.chosen, a, end, 0)))
    return out


FOUNDED_WITH = PairRule("founded.carried.companion", "FOUNDED", "*", "", confidence=0.75)
# "X, an ex-banker, along with Y": plain "and" only past an apposition (else
# "X and Y" is a list the rules already share the fact with)
_COMPANION = re.compile(
    r"(?:\s*\([^)]{0,40}\))?(?:(?:\s*,[^,;.()]{1,80},)?\s*(?:together with|along with|"
    r"alongside|cùng với|cùng)|\s*,[^,;.()]{1,80},\s*(?:and|và)) (?:the |his |her |ông |bà )?",
    re.IGNORECASE,
)
# "X co-founded Y in 2021 with Z", "X đồng sáng lập Y cùng với Z": the companion after the
# organisation founded
_COMPANION_AFTER = re.compile(
    r"(?:\s*\([^)]{0,40}\))?(?:\s*(?:in|năm|vào năm|hồi năm) \d{4})?\s*,?\s*(?:together with|"
    r"along with|alongside|with|cùng với|cùng) (?:the |his |her |their |ông |bà |người |"
    r"anh |chị |em )?(?:(?:brother|sister|wife|husband|friend|colleague|former colleague|"
    r"longtime friend|em trai|em gái|anh trai|chị gái|vợ|chồng|bạn|đồng nghiệp) )?(?:ông |bà )?",
    re.IGNORECASE,
)
_NEXT_PERSON = re.compile(r"\s*(?:\([^)]{0,40}\))?\s*(?:,|and|và|, and|, và)\s*(?:ông |bà )?$")
# "bởi A, cựu nhà nghiên cứu của Google, B, đồng tác giả ..., và C, từng là nhà ngoại giao":
# a list of founders, each with an apposition, closed by "và"/"and"
_APPOSED_ITEM = re.compile(
    r"(?:\s*\([^)]{0,40}\))?\s*,(?:[^,;.()]{1,120},)?\s*(?P<last>(?:and|và)\s+)?(?:ông |bà )?",
    re.IGNORECASE,
)


def _apposed_list(text: str, mentions: list[Found], k: int) -> list[Found]:
    """The people listed after `mentions[k]` with appositions between, when the list closes
    with "and"/"và"; else none."""
    out, prev = [], mentions[k]
    for f in mentions[k + 1 :]:
        if f.type != "Person":
            continue  # a name inside an apposition ("cựu nhà nghiên cứu của Google")
        if f.best.id == prev.best.id:
            continue
        gap = _APPOSED_ITEM.fullmatch(text, prev.end, f.start)
        if gap is None:
            return []
        out.append(f)
        if gap.group("last"):
            return out
        prev = f
    return []


def founding_companions(text: str, mentions: list[Found], matches: list[Match]) -> list[Match]:
    """Founders named after a founder's apposition: "started by X, an ex-banker,
    along with Y and Z"; "bởi X, một kỹ sư, cùng Y và Z"; "bởi X, một kỹ sư, Y, một nhà
    ngoại giao, và Z".

    Each of Y and Z gets the founding X has in `matches`.
    """
    out = []
    for m in matches:
        if m.rule.type != "FOUNDED" or m.source.ref:
            continue
        founder = m.source
        k = next((i for i, f in enumerate(mentions) if f is founder), None)
        if k is None:
            continue
        joined = None
        for f in mentions[k + 1 :]:
            if f.type == "Person" and f.best.id != founder.best.id:
                gap = _COMPANION.fullmatch(text, founder.end, f.start)
                if gap is None and founder.end <= m.target.start and m.target.end <= f.start:
                    gap = _COMPANION_AFTER.fullmatch(text, m.target.end, f.start)
                joined = [f] if gap else None
                break
        if not joined:
            # "được thành lập bởi A, ..., B, ..., và C, ...": the agents of a passive
            joined = _apposed_list(text, mentions, k) if m.target.end <= founder.start else None
            if joined:
                out.extend(_shared_founding(m, founder, joined))
            continue
        j = mentions.index(joined[0])
        for f in mentions[j + 1 :]:
            if f.best.id == joined[-1].best.id:
                continue  # "Lý Ngạn Hoành (Robin Li)": the same person again
            if f.type != "Person" or not _NEXT_PERSON.match(text, joined[-1].end, f.start):
                break
            joined.append(f)
        out.extend(_shared_founding(m, founder, joined))
    return out


def _shared_founding(m: Match, founder: Found, joined: list[Found]) -> list[Match]:
    """The founding `m` of `founder`, shared by each of `joined`."""
    out = []
    for f in joined:
        if f.best.id != m.target.best.id:
            # read at the founder's place, the companion's founding takes its date too
            at = Found(
                founder.start, founder.end, f.text, f.candidates, f.sentence, f.ref, f.chosen
            )
            end = max(m.end, f.end)
            out.append(Match(FOUNDED_WITH, at, m.target, f.chosen, m.target_cand, m.start, end, 0))
    return out
