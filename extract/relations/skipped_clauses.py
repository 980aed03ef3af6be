"""Facts across an inserted clause: "X, a Tokyo lab set up by Y, raised $1m from Z".

News sentences often put an apposition or a relative clause between a subject
and its verb ("UBTech, which listed in Hong Kong last year, is ...", "Biren,
startup ở Thượng Hải do ông X sáng lập, từng thuê TSMC ..."). The pair rules
read the words between two names, so the inserted clause pushes the verb out
of reach and brings names of its own that stand nearer. Here the clause is
blanked out (its characters become spaces, so every offset stays) and the pair
rules run again on the subject and the few names after the clause. A comma
closes the clause only when a lowercase word that can start a predicate follows
it (not "and", "và", a name or a number); each such comma up to `MAX_COMMAS` is
tried, so a clause holding commas of its own is skipped whole. Only the first
name of the sentence (a fronted place aside: "In Shenzhen, UBTech, ...") is
taken for a subject: a name inside a clause is rarely the subject of the verb
after it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extract.relations.rules import Match, match_pairs
from extract.spans import Found

__all__ = ["MAX_COMMAS", "agents_kept_in", "skipped_clauses"]

MAX_COMMAS = 3
_REACH = 260  # characters a clause may span
_AFTER = 4  # names after the clause the subject is paired with

# how an inserted clause opens, right after the subject's comma
_OPEN = {
    "en": re.compile(
        r"(?:\s*\([^()]{1,40}\))?,\s+(?:a|an|the|one|another|which|who|whose|once|formerly|founded|co-founded|"
        r"based|headquartered|led|run|backed|owned|set up|created|started|spun out)\b",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"(?:\s*\([^()]{1,40}\))?,\s+(?:một|công ty|hãng|startup|tập đoàn|doanh nghiệp|cơ quan|đơn vị|nhà|người|cựu|"
        r"phòng thí nghiệm|viện|quỹ|nhóm|chuyên gia|giám đốc|chủ tịch|nhà sáng lập|"
        r"cũng|vốn|từng|do|được|có trụ sở|đặt trụ sở|ứng dụng|nền tảng|dịch vụ|trợ lý|mô hình|"
        r"dòng|phiên bản|sản phẩm|siêu máy tính|hệ thống)(?!\w)"
    ),
}
# a comma that closes the clause: a predicate (a lowercase word) follows
_CLOSE = {
    "en": re.compile(
        r",\s+(?!(?:and|or|but|nor|which|who|whose|where|while|when|including|such|as|"
        r"a|an|the|one|its|their|his|her|with|from|in|on|at|of|for|to|by|after|before|"
        r"according|said|says|both|plus|not|than)\b)[a-z]"
    ),
    "vi": re.compile(
        r",\s+(?!(?:và|hay|hoặc|cùng|còn|nhưng|song|trong|theo|một|các|những|khi|nơi|"
        r"với|của|cho|tại|ở|từ|người|ông|bà|công ty|hãng)(?!\w))[a-zà-ỹđ]"
    ),
}


def skipped_clauses(
    text: str, lang: str, mentions: list[Found], sentence_end: int, matches: list[Match]
) -> list[Match]:
    """`matches` of one sentence, with those its subject makes across an inserted clause.

    A match of the same type that a name inside the clause makes with the same
    name after it is the misread one ("Zhipu, công ty tách ra từ Đại học Thanh
    Hoa, giới thiệu GLM-4.5": Zhipu, not the university, made GLM-4.5) and is dropped.
    """
    opener, closer = _OPEN.get(lang), _CLOSE.get(lang)
    if opener is None or len(mentions) < 2:
        return matches
    found: list[Match] = []
    inner: set[int] = set()
    subjects: set[int] = set()
    for k, subject in enumerate(mentions[:-1]):
        if subject.ref or opener.match(text, subject.end, sentence_end) is None:
            continue
        if any(m.type != "Location" for m in mentions[:k]):
            break  # only the sentence's first name (after a fronted place) is its subject
        limit = min(sentence_end, subject.end + _REACH)
        for tried, hit in enumerate(closer.finditer(text, subject.end + 2, limit), 1):
            close = hit.start()
            later = [m for m in mentions[k + 1 :] if m.start > close][:_AFTER]
            if any(subject.end < m.start < close and m.type == "Policy" for m in mentions):
                break  # a clause naming a policy is a statement of its own
            if later:
                new = _across(text, lang, subject, later, close)
                found += new
                if new:
                    subjects.add(id(subject))
                    inner.update(id(m) for m in mentions if subject.end < m.start < close)
            if tried == MAX_COMMAS:
                break
    if not found:
        return matches
    made = {(m.rule.type, id(m.target if id(m.source) in subjects else m.source)) for m in found}
    kept = [
        m
        for m in matches
        if not (
            (id(m.source) in inner and (m.rule.type, id(m.target)) in made)
            or (id(m.target) in inner and (m.rule.type, id(m.source)) in made)
        )
    ]
    return kept + found


# an inserted clause naming who made, runs or owns the subject: ", co-founded and run by X,"
# ", do X sáng lập,", ", được X hậu thuẫn,"
_AGENT_CLAUSE = {
    "en": re.compile(
        r",\s+(?:[a-z-]+ (?:and |or ))?(?:founded|co-founded|led|run|backed|owned|set up|created|"
        r"started|built|developed|designed|made|bought|acquired|funded|chaired|headed) by "
        r"(?:the |its |[A-Z]\w+-born )?$"
    ),
    "vi": re.compile(
        r",\s+(?:(?:vốn|từng|cũng) )?(?:do|được|bởi) (?:ông |bà |tỷ phú |nhà sáng lập )?$"
    ),
}


_AGENT_WORD = re.compile(r" (?:by|do|được|bởi) ")


def agents_kept_in(
    text: str, lang: str, mentions: list[Found], sentence_end: int, matches: list[Match]
) -> list[Match]:
    """`matches` without those the agent of an inserted clause makes with a name after it.

    "Runway, co-founded and run by Cris Valen, signed a deal with Lionsgate": the
    deal is Runway's, not Valen's, whether or not Runway was found as a name.
    """
    agent_rx, closer = _AGENT_CLAUSE.get(lang), _CLOSE.get(lang)
    if agent_rx is None or len(mentions) < 2:
        return matches
    if _AGENT_WORD.search(text, max(0, mentions[0].start - 60), mentions[-1].start) is None:
        return matches  # no "by"/"do"/"được"/"bởi" before the last name
    walls: dict[int, int] = {}  # id of an agent -> where its clause closes
    for m in mentions:
        if agent_rx.search(text, max(0, m.start - 50), m.start) is None:
            continue
        hit = closer.search(text, m.end, min(sentence_end, m.end + 120))
        if hit is not None:
            walls[id(m)] = hit.start()
    if not walls:
        return matches
    return [
        x
        for x in matches
        if not (
            (id(x.source) in walls and x.target.start > walls[id(x.source)])
            or (id(x.target) in walls and x.source.start > walls[id(x.target)])
        )
    ]


def _across(text: str, lang: str, subject: Found, later: list[Found], close: int) -> list[Match]:
    """Matches of `subject` with `later` once the text between them up to `close` is cut."""
    shift = close - subject.end
    cut = text[: subject.end] + text[close + 1 :]
    moved = [replace(m, start=m.start - shift - 1, end=m.end - shift - 1) for m in later]
    back = {id(c): m for c, m in zip(moved, later)}
    out = []
    for m in match_pairs(cut, lang, [subject, *moved]):
        if m.source is not subject and m.target is not subject:
            continue
        src, tgt = back.get(id(m.source), m.source), back.get(id(m.target), m.target)
        end = m.end + shift + 1 if m.end > subject.end else m.end
        start = min(src.start, tgt.start)
        out.append(Match(m.rule, src, tgt, m.source_cand, m.target_cand, start, end, m.words))
    return out
