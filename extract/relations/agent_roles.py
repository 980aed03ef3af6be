"""Founders and heads told with a description that names another organisation.

- A passive agent with a title between "by" and the name: "Baichuan, started by former
  Sogou chief executive Wang Xiaochuan,"; "Sakana AI, a Tokyo lab co-founded in 2023 by
  former Google researchers David Ha and Llion Jones"; "the unit run by Scale AI founder
  Alexandr Wang"; "Humain, launched by the state fund and chaired by Crown Prince X";
  "Baichuan, công ty do cựu CEO Sogou Vương Tiểu Xuyên thành lập". The organisation in
  the title stands between the subject and the person, so no pair rule reaches them.
- A relative clause after an apposition: "Larry Fink, BlackRock's chief executive, who
  also chairs AIP,"; "X, a former banker, who co-founded Y".

The subject of the passive is the organisation the clause describes: written right before
the verb ("Y was founded by"), or before an apposition that opens with an article or a
participle and holds no comma or relative word ("Y, a Tokyo lab co-founded by").
Coordinated names after the person ("X and researcher Z") share the fact.
"""

from __future__ import annotations

import re

from extract.relations.lexicon import PairRule
from extract.relations.rules import Match
from extract.spans import Found

__all__ = ["agent_roles"]

RULES = {
    t: PairRule(f"{t.lower()}.agent.titled", t, "*", "", confidence=0.75)
    for t in ("FOUNDED", "LEADS")
}
RELATIVE_RULES = {
    t: PairRule(f"{t.lower()}.relative.apposed", t, "en", "", confidence=0.75)
    for t in ("FOUNDED", "LEADS", "WORKS_FOR")
}

_EN_TITLE_END = (
    r"(?:co-founder|cofounder|founder|chief executive|chief [\w-]+ officer|chief scientist|ceo|"
    r"cto|chairman|chairwoman|president|researchers?|engineers?|scientists?|executives?|"
    r"entrepreneurs?|investors?|billionaire|prince|sheikh|minister|director|veteran|banker|"
    r"professor|alumni|alumnus|employees?|staff|laureate|adviser|advisor|official|secretary)"
)
# the verb, its date and "by", then a description ending in a title, right before the name
_AGENT = {
    "en": re.compile(
        r"\b(?P<verb>co-founded|cofounded|founded|started|set up|established|created|formed|"
        r"chaired|run|led|headed)(?: and (?:run|led|headed|chaired|managed))?(?: in (?:\w+ )?"
        r"\d{4}| in \w+| \d+ years ago)?(?: day to day)? by (?P<desc>(?:(?:the |its )?"
        r"(?:(?!and |with |who |which )[^\s,;()]+ ){0,5}?" + _EN_TITLE_END + r" )?)$",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"(?:do|bởi) (?P<desc>(?:(?:cựu|nguyên|cố|nhà|người|đồng|kỹ sư|giám đốc|tổng giám đốc|"
        r"chủ tịch|ceo|cto|sáng lập|nghiên cứu|khoa học|điều hành|kiêm)\s)(?:(?!và |cùng |,)"
        r"[^\s,;()]+ ){0,6}?)(?:ông |bà )?$",
        re.IGNORECASE,
    ),
}
# Vietnamese tells the act after the name: "do ... X thành lập", "do ... X làm chủ tịch"
_VI_ACT = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:cùng (?:\S+ ){1,8}?)?(?:(?P<found>(?:đồng )?(?:sáng lập|thành lập|"
    r"lập ra))|(?P<lead>dẫn dắt|điều hành|đứng đầu|làm (?:chủ tịch|ceo|tổng giám đốc)))",
    re.IGNORECASE,
)
_EN_FOUNDING = ("founded", "co-founded", "cofounded", "started", "set up", "established",
                "created", "formed")  # fmt: skip
# between the subject and the verb
_GAP = {
    "en": re.compile(
        r"(?:\s*\([^)]{0,40}\))?(?:\s+(?:was|is|were|has been|had been)(?: (?:also|originally|"
        r"jointly|later))?\s+|"
        # "G42, which is chaired by", "Lam, which is based in Fremont, California, and run by"
        r"\s*,\s*which\s+(?:is|was|has been|had been)\s+(?:also\s+|now\s+)?(?:[^;:.()]{1,80}?,?"
        r"\s+and\s+(?:is\s+|was\s+)?)?|"
        r"\s*,\s+(?:(?:a|an|the|its|one)\s(?:(?!(?:who|whose|which|that|"
        r"with|for|to|from|where|when|while|and)\b)[^\s,;:.()]+\s){0,6}|(?:launched|backed|"
        r"funded|created|owned|based|spun out|set up|founded)\b[^,;:.()]{0,80}?\sand\s)|"
        r"\s*,\s*)",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"(?:\s*\([^)]{0,40}\))?(?:\s+(?:được\s+)?|\s*,\s+(?:một\s+)?(?:công ty|hãng|startup|"
        r"tập đoàn|doanh nghiệp|quỹ|phòng thí nghiệm|công ty khởi nghiệp)(?:\s(?!(?:của|cho|"
        r"với|mà|khi|và)\s)[^\s,;.()]+){0,6}\s)",
        re.IGNORECASE,
    ),
}
_BY = re.compile(r"\b(?:by|do|bởi)\s+(?:the\s+)?(?:\S+\s+){0,3}$", re.IGNORECASE)
# "Isomorphic Labs, spun out of Alphabet and led by X": a name after a preposition is the
# object of the participle before, not the subject the clause describes
_OBJECT = re.compile(r"\b(?:of|from|into|out of|with|than)\s+(?:the\s+)?$", re.IGNORECASE)
_NEXT = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:,|,? and|,? và|,? cùng)\s+(?:(?:ông|bà|researcher|engineer|"
    r"scientist|executive|former|[a-z][\w-]*)\s){0,2}",
)
# "started Y with former OpenAI chief scientist X"
_FOUNDING_VERB = re.compile(
    r"\b(?:co-founded|cofounded|founded|started|set up|established)\s+(?:the\s+)?$", re.IGNORECASE
)
_WITH = re.compile(
    r"(?:\s*\([^)]{0,40}\))?\s+(?:in (?:\w+ )?\d{4}\s+)?(?:together\s+)?with\s+(?:the\s+)?"
    # "with money from X": a backer is no co-founder
    r"(?:(?!and |who |which |from |,)[^\s,;()]+\s){0,5}?",
    re.IGNORECASE,
)
# "X, BlackRock's chief executive, who also chairs Y"
_EN_RELATIVE = re.compile(
    r"(?:\s*\([^)]{0,40}\))?\s*,\s*[^,;()]{3,80},\s*who (?:also |now |still |currently |later |"
    r"then |has |had )*(?P<cue>chairs|chaired|runs|ran|leads|led|heads|headed|co-founded|"
    r"cofounded|founded|started|set up|works at|worked at|works for|worked for)\s+(?:the |a |"
    r"an )?(?:[a-z][\w-]* ){0,2}",
)
_RELATIVE_TYPE = {"founded": "FOUNDED", "co-founded": "FOUNDED", "cofounded": "FOUNDED",
                  "started": "FOUNDED", "set up": "FOUNDED", "works at": "WORKS_FOR",
                  "worked at": "WORKS_FOR", "works for": "WORKS_FOR", "worked for": "WORKS_FOR"}  # fmt: skip


def _agent_of(text: str, lang: str, mentions: list[Found], k: int, verb_start: int):
    """The organisation the passive clause starting at `verb_start` describes, or None.

    `mentions[:k]` are the names before the clause's description.
    """
    for org in reversed(mentions[:k]):
        if org.end > verb_start:
            continue
        if org.type == "Person":
            return None
        if org.type != "Organization":
            continue  # "Sakana AI, a Tokyo lab": a place inside the apposition
        if org.ref:
            # "The start-up, which is backed by X and run by": a reference that is the
            # subject; one inside an apposition ("Sakana AI, a Tokyo lab") is passed over
            if _GAP[lang].fullmatch(text, org.end, verb_start):
                return org
            continue
        if text[org.end : org.end + 2] in ("'s", "’s"):
            continue  # "the kingdom's fund": a possessor
        if _BY.search(text, max(0, org.start - 45), org.start):
            continue  # the agent of an earlier participle
        if lang == "en" and _OBJECT.search(text, max(0, org.start - 12), org.start):
            continue  # the object of an earlier participle
        return org if _GAP[lang].fullmatch(text, org.end, verb_start) else None
    return None


def _followers(text: str, mentions: list[Found], k: int) -> list[Found]:
    """The person `k` and the people coordinated after it."""
    out = [mentions[k]]
    for f in mentions[k + 1 :]:
        if f.type != "Person" or f.ref:
            break
        if f.best.id == out[-1].best.id:
            continue
        if not _NEXT.fullmatch(text, out[-1].end, f.start):
            break
        out.append(f)
    return out


def _titled_agents(text: str, lang: str, mentions: list[Found]) -> list[Match]:
    rx = _AGENT.get(lang)
    if rx is None:
        return []
    out = []
    for k, person in enumerate(mentions):
        if person.type != "Person" or person.ref:
            continue
        cue = rx.search(text, max(0, person.start - 140), person.start)
        if cue is None:
            continue
        first = next(i for i, f in enumerate(mentions) if i == k or f.start >= cue.start("desc"))
        people = _followers(text, mentions, k)
        if lang == "en":
            verb = cue.group("verb").lower()
            type_ = "FOUNDED" if verb in _EN_FOUNDING else "LEADS"
            end = people[-1].end
        else:
            last = people[-1].end
            act = _VI_ACT.match(text, last + (text[last : last + 1] == ")"))
            if act is None:
                continue
            type_ = "FOUNDED" if act.group("found") else "LEADS"
            end = act.end()
        org = _agent_of(text, lang, mentions, first, cue.start())
        if org is None:
            continue
        for p in people:
            out.append(Match(RULES[type_], p, org, p.chosen, org.chosen, org.start, end, 0))
    return out


def _companions(text: str, lang: str, mentions: list[Found]) -> list[Match]:
    """ "who started Y with former OpenAI chief scientist X and researcher Z": co-founders."""
    if lang != "en":
        return []
    out = []
    for k, org in enumerate(mentions):
        if org.type != "Organization" or org.ref:
            continue
        if not _FOUNDING_VERB.search(text, max(0, org.start - 30), org.start):
            continue
        person = next((f for f in mentions[k + 1 :] if f.type == "Person" and not f.ref), None)
        if person is None or not _WITH.fullmatch(text, org.end, person.start):
            continue
        people = _followers(text, mentions, mentions.index(person))
        rule = RULES["FOUNDED"]
        out.extend(
            Match(rule, p, org, p.chosen, org.chosen, org.start, people[-1].end, 0) for p in people
        )
    return out


def _apposed_relatives(text: str, lang: str, mentions: list[Found]) -> list[Match]:
    if lang != "en":
        return []
    out = []
    for k, person in enumerate(mentions):
        if person.type != "Person" or person.ref:
            continue
        for org in mentions[k + 1 :]:
            if org.start - person.end > 160:
                break
            if org.type != "Organization" or org.ref:
                continue
            m = _EN_RELATIVE.fullmatch(text, person.end, org.start)
            if m is None:
                continue
            cue = m.group("cue").lower()
            type_ = _RELATIVE_TYPE.get(cue, "LEADS")
            rule = RELATIVE_RULES[type_]
            out.append(
                Match(rule, person, org, person.chosen, org.chosen, person.start, org.end, 0)
            )
            break
    return out


def agent_roles(text: str, lang: str, mentions: list[Found]) -> list[Match]:
    """Facts of the titled passive agents and the relatives after an apposition."""
    out = _titled_agents(text, lang, mentions) + _apposed_relatives(text, lang, mentions)
    return out + _companions(text, lang, mentions)
