"""Backers of a funding round: every name the round's clauses list backs the company that
raised it.

"Isomorphic raised $600m in a round led by Thrive Capital with participation from GV and
Alphabet", "Vòng này do A dẫn dắt, với sự tham gia của B, C và D", "... closed a seed
round, led by A; B and C also took part". The pair rules read the first backer at most:
each listed name stands nearer to the next one than the company does, and a round told in
a sentence of its own ("The round was led by A") names no company at all. Here a list of
organisations right after a backer cue ("led by", "with participation from", "do ... dẫn
dắt", "với sự tham gia của") or right before "also took part" / "cũng tham gia" is read
whole, each member tied (PARTNERS_WITH) to the company that raised the round:

- the subject of a raising verb before the round word ("X, ..., raised $1bn in a round"),
  or, when that subject is a description with no name ("the company", "công ty ... này"),
  the organisation in view (`Salience`);
- the owner of the round ("X's $1bn round", "vòng gọi vốn của X");
- for a sentence opening on the round itself ("The round was led by", "Vòng này do"), the
  organisation in view.

Only organisations count as backers ("a push led by chief executive X" is no investment),
and a list ends at a name joined by anything but a separator and plain describing words
("do A, quỹ của nhà sáng lập Spotify B, dẫn dắt": B and Spotify are no backers).

>>> bool(_CUE["en"].search("a round led by "))
True
>>> bool(_OPENING["vi"].match("Vòng gọi vốn này do"))
True
"""

from __future__ import annotations

import re

from extract.relations.carried import _standing_for
from extract.relations.lexicon import PairRule
from extract.relations.rules import Match
from extract.resolution import Salience
from extract.spans import Found

__all__ = ["round_backers"]

RULE = PairRule("partners.round.backers", "PARTNERS_WITH", "*", "", confidence=0.7)
_ORG = "Organization"

# the round itself
_ROUND = {
    "en": re.compile(
        r"\b(?:round|rounds|fundraising|fundraise|raise|series [a-h])\b", re.IGNORECASE
    ),
    "vi": re.compile(r"\b(?:vòng|đợt gọi vốn|đợt huy động vốn)\b", re.IGNORECASE),
}
# a cue a list of backers follows ("do" only with a leading verb after the list)
_CUE = {
    "en": re.compile(
        r"\b(?:(?:co-)?led by|headed by|anchored by|joined by|with (?:\S+ ){0,2}?participation "
        r"(?:from|of|by)|(?:from|of|by) (?:new |existing |other )?(?:investors|backers|firms) "
        r"(?:including|such as|like)|(?:investors|backers|participants) (?:included|including|"
        r"such as|like|were)|(?:that|which|and|also) included)\s+(?:the\s+)?",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"(?:(?:với|có|cùng) sự (?:tham gia|góp mặt|đồng hành|góp vốn) (?:của|từ)|từ (?:các )?"
        r"(?:nhà đầu tư|quỹ) (?:như|gồm|bao gồm|là)|(?:các )?nhà đầu tư (?:gồm|bao gồm|như|là)|"
        r"(?<!\w)do)\s+(?:các |quỹ |nhà đầu tư )?",
        re.IGNORECASE,
    ),
}
# after a "do" list: the verb of leading, past one apposition ("do A, quỹ của B, dẫn dắt")
_LEADING = re.compile(
    r"\s*(?:\([^)]{0,60}\)\s*)?(?:,[^,.;]{0,100},\s*)?(?:cùng |đồng |đã )?(?:dẫn dắt|dẫn đầu|"
    r"chủ trì|đứng đầu)\b",
    re.IGNORECASE,
)
# right after a list: its members took part too
_AFTER = {
    "en": re.compile(
        r"\s*(?:(?:have |had |has )?also |too |as well )?(?:took part|take part|taking part|"
        r"participated|participate|participating|chipped in|joined in)\b|\s*(?:(?:have |had |has )?also )(?:joined|"
        r"invested|put in money)\b",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"\s*(?:cũng |đều |cũng đã )(?:tham gia|góp vốn|rót vốn|góp mặt)\b", re.IGNORECASE
    ),
}
# raising the money: the verb whose subject raised the round
_RAISED = {
    "en": re.compile(
        r"\b(?:raised|raises|raising|raise|closed|closes|closing|secured|secures|securing|"
        r"completed|completes|landed|lands|announced|announces|received|receives|took in|"
        r"pulled in|bagged|netted|drew|attracted|won|got)\b",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"(?:huy động|gọi được|gọi vốn|hoàn tất|khép lại|chốt|nhận được|nhận|thu hút|thu về)",
        re.IGNORECASE,
    ),
}
# a sentence opening on the round: "The round was led by", "Vòng này do"
_OPENING = {
    "en": re.compile(
        r"\W*(?:the|this|that|its|their|the latest|the new) (?:[\w$.,-]+ ){0,4}?(?:round|"
        r"fundraising|fundraise|raise|funding|financing)\b",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"\W*(?:vòng|đợt)(?: [^\s,.]+){0,4}? (?:này|đó|trên|lần này|mới nhất|mới)\b", re.IGNORECASE
    ),
}
# the round's owner: "X's $1bn round", "vòng gọi vốn (mới) của X"
_OWNER_EN = re.compile(
    r"(?:'s|’s)\s+(?:[\w$.,-]+\s+){0,5}?(?:round|fundraising|raise)\b", re.IGNORECASE
)
_OWNER_VI = re.compile(r"\bvòng(?: [^\s,.;]+){0,6}? của\s+$", re.IGNORECASE)
# a description standing for a subject with no name ("the San Francisco company", "it")
_DESCRIPTION = re.compile(
    r"(?:^|\s)(?:it|the (?:[\w-]+ ){0,3}(?:company|firm|start-up|startup|group|lab|developer|"
    r"maker|chipmaker)|(?:công ty|hãng|startup|tập đoàn|doanh nghiệp|start-up)\b[^,;]*)",
    re.IGNORECASE,
)
# what may open a clause before its subject: a short adverbial ("In June", "Hôm 17/6")
_LEAD = re.compile(
    r"\W*(?:(?:in|on|last|this|earlier|later|hôm|ngày|tháng|năm|cuối|đầu|hồi)\b[^,;]{0,20}?,? )?"
    r"(?:the |a |an )?",
    re.IGNORECASE,
)
# what joins two members of one list
_SEPARATORS = (",", "and", "và", "&", "cùng", "hay", "plus")
# describing words that end a list: they tie the next name to something else
_NOT_DESCRIBING = frozenset(
    {"of", "của", "by", "do", "from", "từ", "which", "that", "who", "mà", "with", "với", "in",
     "at", "tại", "ở", "for", "cho", "led", "said", "says", "biết", "while", "but"}
)  # fmt: skip
_ALIAS = re.compile(r"^\s*\([^)]{0,40}\)")
_CUE_WORDS = (("round", "fundrais", "raise", "series"), ("vòng", "đợt"))


def _plain(gap: str, mentions: list[Found], a: int, b: int) -> str:
    """`gap` (the text at [a, b)) with the places named in it blanked: "tập đoàn quốc phòng
    Thụy Điển" describes, the place ends no list."""
    for f in mentions:
        if f.type == "Location" and a <= f.start and f.end <= b:
            gap = gap[: f.start - a] + " " * (f.end - f.start) + gap[f.end - a :]
    return gap


def _joins(gap: str, first: bool = False) -> bool:
    """Whether `gap` joins two list members (or, `first`, a cue and its first member):
    a separator (none before the first), then at most five lowercase describing words."""
    gap = _ALIAS.sub("", gap)
    words = gap.replace(",", " , ").split()
    if not first:
        if not words or words[0] not in _SEPARATORS:
            return False
        words = words[1:]
        if words[:1] == ["and"] or words[:1] == ["và"]:
            words = words[1:]
    if words[:1] == ["the"]:
        words = words[1:]
    return len(words) <= (3 if first else 5) and all(
        w[0].islower() and w.lower() not in _NOT_DESCRIBING for w in words
    )


def _members(text: str, mentions: list[Found], k: int) -> list[Found]:
    """The list that mention `k` opens: it and each name joined to the one before."""
    out = [mentions[k]]
    for f in mentions[k + 1 :]:
        prev = out[-1]
        gap = text[prev.end : f.start]
        if gap in ("'s ", "’s "):
            out[-1] = f  # "Elon Musk's xAI": the owned name is the member
            continue
        if f.type == "Location":
            continue
        if not _joins(_plain(gap, mentions, prev.end, f.start)):
            break
        out.append(f)
    return [f for f in out if f.type == _ORG and not f.ref]


def _members_before(text: str, mentions: list[Found], k: int) -> list[Found]:
    """The list that mention `k` closes, read backwards."""
    out = [mentions[k]]
    for f in reversed(mentions[:k]):
        if f.type == "Location":
            continue
        nxt = out[-1]
        if not _joins(_plain(text[f.end : nxt.start], mentions, f.end, nxt.start)):
            break
        out.append(f)
    return [f for f in reversed(out) if f.type == _ORG and not f.ref]


class _Raiser:
    """The company that raised a round, by where the round stands in its sentence."""

    def __init__(self, st, salience: Salience, index: int, mentions: list[Found]) -> None:
        self.st, self.salience, self.index, self.mentions = st, salience, index, mentions
        self.lang = "vi" if st.language == "vi" else "en"
        self.start = st.sentences[index].start

    def at(self, cue: int) -> Found | None:
        """The raiser of the round a cue at `cue` tells of, if one is clear."""
        text, lang = self.st.text, self.lang
        clause = max(self.start, text.rfind(";", self.start, cue) + 1)
        rounds = list(_ROUND[lang].finditer(text, clause, cue))
        if _OPENING[lang].match(text, clause) is not None:
            return self._in_view(clause, cue)
        if not rounds and clause > self.start:  # "...; A and B also took part"
            clause = max(self.start, text.rfind(";", self.start, clause - 1) + 1)
            rounds = list(_ROUND[lang].finditer(text, clause, cue))
        if not rounds:
            return None
        word = rounds[-1]
        owner = self._owner(word.start(), word.end(), cue)
        if owner is not None:
            return owner
        verbs = list(_RAISED[lang].finditer(text, clause, word.start()))
        if not verbs:
            return None
        verb = verbs[-1].start()
        named = [f for f in self.mentions if clause <= f.start < verb and f.type == _ORG]
        subject = self.salience.subject(self.index, _ORG, verb) if clause == self.start else None
        if (
            subject is None
            and len({f.best.id for f in named}) == 1
            and _LEAD.fullmatch(text, clause, named[0].start)
        ):
            subject = named[0]  # "In June the company closed ...": the one name before the verb
        if subject is not None:
            # standing at the verb: the round is dated by its raising ("X, set up in 2021,
            # raised $1bn in March in a round led by Y": March)
            return _standing_for(subject, verb, verbs[-1].end(), text, self.index)
        if named or not _DESCRIPTION.search(text, clause, verb):
            return None
        return self._in_view(verb, cue)

    def _owner(self, start: int, end: int, cue: int) -> Found | None:
        text = self.st.text
        for f in self.mentions:
            if f.type != _ORG:
                continue
            if self.lang == "en" and f.end <= start:
                m = _OWNER_EN.match(text, f.end)
                if m is not None and m.end() == end:
                    return f
            if (
                self.lang == "vi"
                and end <= f.start < cue
                and _OWNER_VI.search(text, start, f.start)
            ):
                return f
        return None

    def _in_view(self, offset: int, cue: int) -> Found | None:
        """The organisation in view at `offset`, standing at the cue."""
        org = self.salience.antecedent(offset, _ORG, self.index, True)
        if org is None:
            return None
        return _standing_for(org, cue, cue, self.st.text, self.index)


def _lists(text: str, lang: str, mentions: list[Found], start: int, end: int):
    """(cue offset, members) of each list of backers in text[start:end]."""
    for cue in _CUE[lang].finditer(text, start, end):
        k = next((i for i, f in enumerate(mentions) if f.start >= cue.end()), None)
        if k is None or not _joins(text[cue.end() : mentions[k].start], first=True):
            continue
        run = _members(text, mentions, k)
        if cue.group().strip().lower().startswith("do"):
            last = max((f.end for f in run), default=mentions[k].end)
            if not _LEADING.match(text, last):
                continue
        if run:
            yield cue.start(), run
    for k, f in enumerate(mentions):
        if f.type == _ORG and _AFTER[lang].match(text, f.end) is not None:
            run = _members_before(text, mentions, k)
            if run and _ROUND[lang].search(text, start, end):
                yield run[0].start, run


def round_backers(st, by_sentence: dict[int, list[Found]]) -> list[tuple[int, Match]]:
    """(sentence, match) tying each listed backer of a round to the company that raised it."""
    lang = "vi" if st.language == "vi" else "en"
    text = st.text
    salience = Salience(st, by_sentence)
    out = []
    for index, mentions in by_sentence.items():
        sentence = st.sentences[index]
        lower = text[sentence.start : sentence.end].lower()
        if not any(w in lower for w in _CUE_WORDS[lang == "vi"]):
            continue
        raiser = _Raiser(st, salience, index, mentions)
        for cue, run in _lists(text, lang, mentions, sentence.start, sentence.end):
            company = raiser.at(cue)
            if company is None or company.type != _ORG:
                continue
            for backer in run:
                if backer.best.id == company.best.id:
                    continue
                start = min(company.start, backer.start, cue)
                end = max(company.end, backer.end)
                match = Match(RULE, company, backer, company.chosen, backer.chosen, start, end, 0)
                out.append((index, match))
    return out
