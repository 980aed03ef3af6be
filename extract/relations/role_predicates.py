"""Roles a person takes or speaks from, with the organisation named apart from the title.

- A post taken as a predicate: "Wang joined as chief AI officer", "Jason Droege, Scale's
  strategy chief, stepped in as the start-up's interim CEO", "ông X gia nhập với vai trò
  giám đốc AI". The organisation is the one the person's own apposition names (none when
  the apposition names none or several), else the one in view (`Salience`, as for
  `carried.carried_roles`).
- A titled speaker telling of the organisation: "Chủ tịch Joe Tsai xác nhận Alibaba sẽ
  ...", "Chairman Joe Tsai said Alibaba would ...": a bare title before the name, then a
  verb of saying, then the organisation first thing in what was said. Nothing is read
  when an organisation stands before the title in the sentence (the pair rules or the
  carried roles read that one).

>>> _type_of("chief ai officer"), _type_of("interim ceo"), _type_of("chủ tịch")
('WORKS_FOR', 'LEADS', 'LEADS')
"""

from __future__ import annotations

import re

from extract.relations.carried import Tie, _standing_for, own_tie
from extract.relations.lexicon import PairRule
from extract.relations.rules import Match
from extract.resolution import Salience
from extract.spans import Found

__all__ = ["role_predicates"]

_LEAD = re.compile(
    r"(?:\w+ )?(?:chief executive officer|chief executive|ceo|co-ceo|chairman|chairwoman|"
    r"president|tổng giám đốc|giám đốc điều hành|chủ tịch|người đứng đầu)$"
)
_FOUND = re.compile(r"(?:co-founder|cofounder|founder|nhà sáng lập|người sáng lập|đồng sáng lập)$")

PREDICATE_RULES = {
    t: PairRule(f"{t.lower()}.predicate.role", t, "*", "", confidence=0.7)
    for t in ("LEADS", "WORKS_FOR")
}
SPEAKER_RULES = {
    t: PairRule(f"{t.lower()}.speaker.role", t, "*", "", confidence=0.65)
    for t in ("LEADS", "FOUNDED")
}

_EN_TITLE = (
    r"(?:new |interim |acting |permanent |first )?(?P<title>chief executive officer|chief "
    r"executive|ceo|co-ceo|chairman|chairwoman|president|chief [\w-]+ officer|chief scientist|"
    r"cto|cfo|head of [\w-]+|(?:[\w-]+ )?(?:researcher|scientist|engineer|adviser|advisor))\b"
    r"(?!\s+(?:of|at|for|with)\b)"
)
_VI_TITLE = (
    r"(?:tân )?(?P<title>tổng giám đốc|giám đốc điều hành|ceo|chủ tịch|giám đốc \w+|"
    r"nhà khoa học trưởng|kỹ sư trưởng|cố vấn)(?! (?:của|tại|ở|thuộc)\b)"
)
# after the person: an optional apposition, the verb of taking the post, the title
_PREDICATE = {
    "en": re.compile(
        r"(?:\s*\([^)]{0,40}\))?(?P<appos>\s*,[^,;.]{1,80},)?\s+(?:has |had |then |later |now |"
        r"will )?(?:joined|rejoined|join|stepped in|steps in|step in|took over|takes over|take "
        r"over|stepped up|was promoted|was brought in|came aboard|came on board|signed on|"
        r"signs on)"
        r"(?: the (?:company|firm|start-up|startup|lab|group))?(?: in \w+(?: \d{4})?)? as "
        r"(?:the |its |(?:the )?(?:company|firm|start-up|startup|lab|group)(?:'s|’s) )?"
        + _EN_TITLE,
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"(?:\s*\([^)]{0,40}\))?(?P<appos>\s*,[^,;.]{1,80},)?\s+(?:đã |vừa |sẽ |chính thức )?"
        r"(?:gia nhập|về đầu quân|đầu quân)(?: (?:công ty|hãng|tập đoàn|startup)(?: này)?)?"
        r"(?: từ \S+(?: \S+)?)? (?:với vai trò|với cương vị|ở vị trí|làm|giữ chức) " + _VI_TITLE,
        re.IGNORECASE,
    ),
}
# a bare title right before the name
_SPEAKER_TITLE = {
    "en": re.compile(
        r"(?:^|(?<=[\s(\"“]))(?P<cue>chief executive|ceo|chairman|chairwoman|founder|"
        r"co-founder)\s+$",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"(?:^|(?<=[\s(\"“]))(?P<cue>chủ tịch|tổng giám đốc|giám đốc điều hành|ceo|"
        r"nhà sáng lập|người sáng lập|đồng sáng lập)\s+(?:ông |bà )?$",
        re.IGNORECASE,
    ),
}
# an apposition that is a relative clause tells of the person, not of the post taken
_RELATIVE = re.compile(r"\s*,\s*(?:who|whom|người)\s", re.IGNORECASE)
_NOT_HERS = re.compile(r"(?:former|ex-|cựu|phó|'s|’s|của)\s*$", re.IGNORECASE)
# from the person to the organisation: a verb of saying, then what was said
_SAID = {
    "en": re.compile(
        r"(?:\s*\([^)]{0,40}\))?\s*,?\s*(?:said|says|told reporters|confirmed|announced|"
        r"stressed|insisted)(?: on \w+| last \w+| this \w+)?(?: that)? (?:the )?",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"(?:\s*\([^)]{0,40}\))?\s*,?\s*(?:cho biết|xác nhận|khẳng định|thông báo|tuyên bố|"
        r"chia sẻ|tiết lộ)(?: rằng)? (?:hãng |công ty |tập đoàn )?",
        re.IGNORECASE,
    ),
}


def _type_of(title: str) -> str:
    """The relation a title gives its holder: LEADS, FOUNDED or WORKS_FOR."""
    title = title.lower()
    if _FOUND.search(title):
        return "FOUNDED"
    return "LEADS" if _LEAD.fullmatch(title) or _LEAD.search(title) else "WORKS_FOR"


def _predicate_roles(
    st, by_sentence: dict[int, list[Found]], ties: dict[str, list[Tie]] | None = None
) -> list[tuple[int, Match]]:
    """(sentence, match) for each post a person is told to take with no organisation of its
    own: the one in view, else the one the person's own ties give (`own_tie`)."""
    rx = _PREDICATE.get(st.language)
    if rx is None:
        return []
    text = st.text
    salience = Salience(st, by_sentence)
    out = []
    for index, mentions in by_sentence.items():
        end = st.sentences[index].end
        for person in mentions:
            if person.type != "Person" or person.ref:
                continue
            m = rx.match(text, person.end, end)
            if m is None:
                continue
            a, b = m.start("title"), m.end("title")
            appos = [
                f
                for f in mentions
                if f.type == "Organization"
                and not f.ref
                and m.start("appos") <= f.start < m.end("appos")
            ]
            appos_text = m.group("appos")
            if appos_text is not None and _RELATIVE.match(appos_text):
                appos_text = (
                    None  # "X, who co-founded OpenAI, signed on as": her past, not the post
                )
            if appos_text is not None:
                if len({f.best.id for f in appos}) != 1:
                    continue  # an apposition naming no organisation, or several: unclear
                org, target = appos[0], appos[0]
            else:
                type_ = "LEADS" if _type_of(m.group("title")) == "LEADS" else "WORKS_FOR"
                org = salience.antecedent(person.start, "Organization", index, True)
                tie = own_tie(ties, person.best.id, type_, index)
                if tie is not None and (org is None or org.sentence != index):
                    org = tie  # her own company before one merely in view from before
                if org is None or org.start >= person.start and org.sentence == index:
                    continue
                target = _standing_for(org, a, b, text, index)
            rule = PREDICATE_RULES[
                "LEADS" if _type_of(m.group("title")) == "LEADS" else "WORKS_FOR"
            ]
            match = Match(rule, person, target, person.chosen, target.chosen, person.start, b, 0)
            out.append((index, match))
    return out


def _speaker_roles(text: str, lang: str, mentions: list[Found], start: int) -> list[Match]:
    """ "Chủ tịch Joe Tsai xác nhận Alibaba ...": the titled speaker's organisation.

    `start` is where the sentence of `mentions` begins.
    """
    title_rx, said_rx = _SPEAKER_TITLE.get(lang), _SAID.get(lang)
    if title_rx is None:
        return []
    out = []
    for k, person in enumerate(mentions):
        if person.type != "Person" or person.ref:
            continue
        if any(f.type == "Organization" for f in mentions[:k]):
            break  # an organisation before: the other rules read this sentence
        title = title_rx.search(text, max(start, person.start - 40), person.start)
        if title is None or _NOT_HERS.search(text, max(start, title.start() - 8), title.start()):
            continue
        org = next((f for f in mentions[k + 1 :] if f.type != "Person"), None)
        if org is None or org.type != "Organization" or org.ref:
            continue
        if not said_rx.fullmatch(text, person.end, org.start):
            continue
        type_ = "FOUNDED" if _type_of(title.group("cue")) == "FOUNDED" else "LEADS"
        rule = SPEAKER_RULES[type_]
        match = Match(rule, person, org, person.chosen, org.chosen, title.start(), org.end, 0)
        out.append(match)
    return out


def role_predicates(
    st, by_sentence: dict[int, list[Found]], ties: dict[str, list[Tie]] | None = None
) -> list[tuple[int, Match]]:
    """(sentence, match) for the posts taken as predicates and the titled speakers (the
    titled agents are `agent_roles`)."""
    out = _predicate_roles(st, by_sentence, ties)
    for index, mentions in by_sentence.items():
        start = st.sentences[index].start
        out.extend((index, m) for m in _speaker_roles(st.text, st.language, mentions, start))
    return out
