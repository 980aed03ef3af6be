"""Dates: the document date from its dateline, and date expressions resolved against it.

Every expression becomes `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A month (or day)
without a year takes the document's year, or the year before when that month
is later than the document's month ("tháng 11" in an article of 28/12/2024 is
2024-11; "December" in one of 2025-01-20 is 2024-12), unless its clause speaks
of the future ("will ship in March", "sẽ mở từ ngày 30.6", "tháng 5 tới").
Relative expressions are resolved against the document date: this/last/next
year, this/last/next month, today, yesterday, this/last/next week (to the month
it falls in) and weekdays ("on Monday", "last Wednesday", "hôm thứ Hai": the
latest such day on or before the document date, as news reports past events).
Counts, ordinals and names are left alone ("mười năm trước đó", "lần thứ hai",
"on a Saturday", "AIME 2024", "Jun Park").

A fact takes the date of its own clause first (`fact_date`). Words that point
back ("the same day", "days later", "cùng ngày", "khi đó") count as the date
told before them (`DateFinder`), and an event told in a sentence without any
date happened when its paragraph last said (`date_of_fact`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc

from extract.folding import caseless_twin, plain_lower
from extract.spans import DateExpr, state
from extract.text import finditer_at, word_openers

__all__ = ["DateFinder", "date_of_fact", "dateline", "fact_date", "find_dates", "nearest_date"]

_MONTH_NAMES = [
    "january jan",
    "february feb",
    "march mar",
    "april apr",
    "may",
    "june jun",
    "july jul",
    "august aug",
    "september sep sept",
    "october oct",
    "november nov",
    "december dec",
]
_MONTHS = {m: i + 1 for i, names in enumerate(_MONTH_NAMES) for m in names.split()}
_FULL_MONTHS = frozenset(names.split()[0] for names in _MONTH_NAMES)
_MONTH_RE = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)

_DATELINE = [
    ("iso", re.compile(r"\b(?P<y>20\d{2}|19\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("dmy", re.compile(r"\b(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4})\b")),
    ("mdy", re.compile(_MONTH_RE + r" (?P<d>\d{1,2})(?:st|nd|rd|th)?,? (?P<y>\d{4})\b")),
    ("dmy", re.compile(r"\b(?P<d>\d{1,2}) " + _MONTH_RE + r",? (?P<y>\d{4})\b")),
    (
        "dmy",
        re.compile(r"ngày (?P<d>\d{1,2}) tháng (?P<m>\d{1,2}) năm (?P<y>\d{4})", re.IGNORECASE),
    ),
]


def _month(m: re.Match[str]) -> int:
    if m.groupdict().get("mon"):
        return _MONTHS[m.group("mon").lower().rstrip(".")]
    return int(m.group("m"))


def _ymd(y: int, mo: int, d: int | None = None) -> str | None:
    if not (1 <= mo <= 12) or (d is not None and not 1 <= d <= 31) or not 1900 <= y <= 2100:
        return None
    return f"{y:04d}-{mo:02d}" + (f"-{d:02d}" if d else "")


def dateline(text: str, head: int = 800) -> str | None:
    """The publication date (`YYYY-MM-DD`) written near the top of `text`, if any.

    >>> dateline("Title\\nSơn Vân 28/12/2024 13:12\\nBody")
    '2024-12-28'
    >>> dateline("By Jo Li | March 3, 2025"), dateline("Posted 2025-01-20")
    ('2025-03-03', '2025-01-20')
    """
    best: tuple[int, str] | None = None
    for _kind, rx in _DATELINE:
        m = rx.search(text, 0, min(head, len(text)))
        if m:
            value = _ymd(int(m.group("y")), _month(m), int(m.group("d")))
            if value and (best is None or m.start() < best[0]):
                best = (m.start(), value)
    return best[1] if best else None


# Each alternative starts at a distinctive word, so scanning stays cheap; words like
# "đầu"/"early" before a month do not change the value and are not part of the match.
_VI = re.compile(
    r"\b(?:(?:hôm|ngày)\s+(?P<d>\d{1,2})[./](?P<m>\d{1,2})(?:[./](?P<y>\d{4}))?)|"
    r"\b(?:ngày\s+(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})(?:\s+năm\s+(?P<y2>\d{4}))?)|"
    r"\b(?:tháng\s+(?P<m3>\d{1,2})(?!\d)(?:(?:\s*năm\s+|\s*/\s*|[.-])(?P<y3>\d{4})|"
    r"\s+(?P<ry>năm ngoái|năm trước|năm nay|năm tới|năm sau))?)|"
    r"\b(?:năm\s+(?P<y4>(?:19|20)\d{2}))|"
    r"\b(?:từ|trong|vào|cuối|đầu|giữa|hồi) (?P<y5>19[5-9]\d|20[0-3]\d)(?![\d.,/-]?\d)|"
    r"\b(?P<rel>năm nay|năm ngoái|năm trước|năm tới|năm sau|sang năm|tháng trước|tháng này|"
    r"tháng tới|tháng sau|hôm qua|hôm nay|tuần trước|tuần qua|tuần này|tuần tới|tuần sau|"
    r"(?:hôm |ngày |vào )?(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)"
    r"(?: tuần trước| tuần qua| vừa qua)?)(?!\w)",
    re.IGNORECASE,
)
_EN = re.compile(
    r"\b(?:" + _MONTH_RE + r"(?!\w)"
    r"(?:\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\d))?(?:,?\s+(?P<y>(?:19|20)\d{2}))?)|"
    r"\b(?:(?P<d2>\d{1,2})\s+"
    + _MONTH_RE.replace("mon", "mon2")
    + r"(?:\s+(?P<y2>(?:19|20)\d{2}))?)|"
    r"\b(?P<iy>20\d{2})-(?P<im>\d{2})-(?P<id>\d{2})\b|"
    r"\b(?P<y4>(?:19|20)\d{2})\b(?!-\d)|"
    r"\b(?P<rel>this year|last year|next year|last month|this month|next month|a year ago|"
    r"yesterday|today|this week|last week|next week|"
    r"(?:last |on |this past )?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday))\b(?!\s+(?:Times|Telegraph|Post|Express|Mail|Herald|Morning|Night)\b)",
    re.IGNORECASE,
)
_MAY_LEAD = re.compile(r"(?:early|mid|late|in|since|by|until)[\s-]*$", re.IGNORECASE)
# each language's pattern, and its case-sensitive twin for text lowercased once (`folding`)
_FINDERS = {lang: (rx, caseless_twin(rx)) for lang, rx in (("en", _EN), ("vi", _VI))}
# every expression either pattern finds holds a digit or one of these (lowercase) words
_HINTS = {
    "en": ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
           "year", "month", "week", "day"),
    "vi": ("năm", "tháng", "hôm", "tuần", "thứ", "chủ nhật"),
}  # fmt: skip
_DIGIT = re.compile(r"\d")
# every expression either pattern finds opens a word with a digit or one of these words:
# on lowercase text the twin is only tried there (`finditer_at`)
_OPENERS = {
    lang: word_openers(words, digits=True)
    for lang, words in (
        ("en", ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                "dec", "this ", "last ", "next ", "a year", "yesterday", "today", "on ",
                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")),
        ("vi", ("hôm", "ngày", "tháng", "năm", "tuần", "thứ", "chủ", "sang", "từ", "trong",
                "vào", "cuối", "đầu", "giữa", "hồi")),
    )
}  # fmt: skip


def _may_date(low: str, lang: str) -> bool:
    """Whether lowercase `low` holds a digit or a hint word: else it holds no date expression."""
    return _DIGIT.search(low) is not None or any(map(low.__contains__, _HINTS[lang]))


def _with_year(
    doc_date: str | None, month: int, day: int | None, ahead: bool = False
) -> str | None:
    """The month (and day) in the year that puts it on or before the document date.

    `ahead` (the clause speaks of the future: "will ship in March", "sẽ mở từ
    ngày 30.6") puts it on or after the document's month instead.
    """
    if not doc_date:
        return None
    year, doc_month = int(doc_date[:4]), int(doc_date[5:7]) if len(doc_date) >= 7 else 12
    if ahead:
        year += month < doc_month
    elif month > doc_month:
        year -= 1
    return _ymd(year, month, day)


_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "thứ hai": 0,
    "thứ ba": 1,
    "thứ tư": 2,
    "thứ năm": 3,
    "thứ sáu": 4,
    "thứ bảy": 5,
    "chủ nhật": 6,
}
_WEEKDAY_RE = re.compile("|".join(sorted(_WEEKDAYS, key=len, reverse=True)))


def _day(doc_date: str) -> date | None:
    try:
        return date.fromisoformat(doc_date[:10])
    except ValueError:
        return None


def _weekday(rel: str, doc_date: str) -> str | None:
    """The latest `rel` weekday on or before the document date ("last X": strictly before)."""
    today = _day(doc_date)
    if today is None:
        return None
    back = (today.weekday() - _WEEKDAYS[_WEEKDAY_RE.search(rel)[0]]) % 7
    if back == 0 and re.search(r"last|trước|qua", rel):
        back = 7
    return (today - timedelta(days=back)).isoformat()


def _relative(rel: str, doc_date: str | None) -> str | None:
    """Resolve a relative expression against the document date.

    >>> _relative("last Wednesday", "2024-12-16"), _relative("hôm thứ Hai", "2025-03-12")
    ('2024-12-11', '2025-03-10')
    >>> _relative("earlier this month"[8:], "2024-12-23"), _relative("tuần trước", "2025-03-03")
    ('2024-12', '2025-02')
    """
    if not doc_date:
        return None
    rel = " ".join(rel.lower().split())
    year = int(doc_date[:4])
    if rel in ("năm nay", "this year"):
        return f"{year:04d}"
    if rel in ("năm ngoái", "năm trước", "last year", "a year ago"):
        return f"{year - 1:04d}"
    if rel in ("năm tới", "năm sau", "sang năm", "next year"):
        return f"{year + 1:04d}"
    if len(doc_date) < 7:
        return None
    if rel in ("tháng trước", "last month"):
        month = int(doc_date[5:7]) - 1
        return _ymd(year - (month == 0), month or 12)
    if rel in ("tháng tới", "tháng sau", "next month"):
        month = int(doc_date[5:7]) % 12 + 1
        return _ymd(year + (month == 1), month)
    if rel in ("tháng này", "this month"):
        return doc_date[:7]
    today = _day(doc_date)
    if today is None:
        return None
    if rel in ("hôm nay", "today"):
        return today.isoformat()
    if rel in ("hôm qua", "yesterday"):
        return (today - timedelta(days=1)).isoformat()
    if rel in ("this week", "tuần này"):
        return today.isoformat()[:7]
    if rel in ("last week", "tuần trước", "tuần qua"):
        return (today - timedelta(days=7)).isoformat()[:7]
    if rel in ("next week", "tuần tới", "tuần sau"):
        return (today + timedelta(days=7)).isoformat()[:7]
    if _WEEKDAY_RE.search(rel):
        return _weekday(rel, doc_date)
    return None


# a count before "năm trước"/"tuần sau"... makes a span of time, not a date ("mười năm
# trước đó", "gần 17 năm trước khi", "hai tuần sau"); so does "trước khi"/"trước đó" after it
_COUNT_BEFORE = re.compile(
    r"(?:(?<![\d.,/])\d+|\b(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|vài|mấy|nhiều))\s*$"
)
_SPAN_AFTER = re.compile(r"\s+(?:khi|đó|ấy)\b")
# capitalised words before a year that do not make it part of a name ("In 2024", "By 2027",
# "Q1 2025", "Summer 2024"), unlike "AIME 2024" or "Vision 2030"
_NOT_NAMES = frozenset({
    "in", "by", "since", "until", "till", "from", "through", "throughout", "during", "for", "of",
    "after", "before", "around", "to", "and", "or", "the", "early", "late", "mid", "fiscal",
    "than", "at", "across", "between", "within", "circa", "as", "q1", "q2", "q3", "q4", "h1",
    "h2", "spring", "summer", "autumn", "fall", "winter",
})  # fmt: skip
_WORD_BEFORE = re.compile(r"(?<![\w.-])([\w.-]+)\s+$")
_INDEFINITE = re.compile(r"\b(?:a|an|every|each|any)\s+$", re.IGNORECASE)
_VI_DAY_LEAD = re.compile(r"(?:hôm|vào) |.*(?:trước|qua)$")
# a clause speaking of the future: its bare months lie ahead of the document date
_FUTURE = re.compile(
    r"\b(?:will|plans? to|planned to|is due|are due|due to|set to|expected to|scheduled|"
    r"sẽ|dự kiến|kế hoạch)\b",
    re.IGNORECASE,
)
_AHEAD_AFTER = re.compile(r"\s+(?:sắp\s+)?tới\b", re.IGNORECASE)


def _named_year(text: str, start: int) -> bool:
    """Whether the year at `start` is part of a name ("AIME 2024", "Vision 2030")."""
    m = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if m is None or not m[1][0].isupper():
        return False
    word = m[1].lower()
    return word not in _NOT_NAMES and word not in _MONTHS


def _ahead(text: str, start: int, end: int) -> bool:
    """Whether the month at [start, end) lies ahead: "tháng 3 tới", "will launch in March"."""
    if _AHEAD_AFTER.match(text, end):
        return True
    before = text[max(_clause_bounds(text, start)[0], start - 50) : start]
    return _FUTURE.search(before[before.rfind(". ") + 1 :]) is not None


def _not_a_date(m: re.Match[str], lang: str, text: str) -> bool:
    """Whether a relative match is a count, an ordinal or an indefinite day, not a date.

    "mười năm trước đó" (ten years before that), "lần thứ hai" (the second
    time), "xếp thứ ba" (ranks third), "on a Saturday in April".
    """
    rel, start = m.group("rel"), m.start()
    if lang != "vi":
        return _INDEFINITE.search(text, max(0, start - 8), start) is not None
    low = rel.lower()
    if low.startswith(("năm ", "tháng ", "tuần ")) and low.endswith(("trước", "sau", "tới", "qua")):
        before = text[max(0, start - 8) : start].lower()
        after = text[m.end() : m.end() + 6].lower()
        return _COUNT_BEFORE.search(before) is not None or _SPAN_AFTER.match(after) is not None
    at = low.find("thứ ")
    if at < 0 or _VI_DAY_LEAD.match(low):
        return False
    return not text[start + at + 4].isupper()  # a weekday is written "thứ Hai"


def _resolve(m: re.Match[str], lang: str, doc_date: str | None, text: str) -> str | None:
    g = m.groupdict()
    if g.get("rel"):
        return None if _not_a_date(m, lang, text) else _relative(g["rel"], doc_date)
    if g.get("iy"):
        return _ymd(int(g["iy"]), int(g["im"]), int(g["id"]))
    if g.get("y5") or (g.get("y4") and lang == "vi"):
        return g.get("y4") or g.get("y5")
    if g.get("y4"):
        return None if _named_year(text, m.start()) else g["y4"]
    if lang == "vi":
        d, mo, y = (
            (g.get("d") or g.get("d2")),
            (g.get("m") or g.get("m2") or g.get("m3")),
            (g.get("y") or g.get("y2") or g.get("y3")),
        )
        month = int(mo)
    else:
        name = g.get("mon") or g.get("mon2")
        bare = not (g.get("d") or g.get("d2") or g.get("y") or g.get("y2"))
        lead = _MAY_LEAD.search(text, max(0, m.start() - 8), m.start())
        if name.lower() == "may" and bare and not lead:
            return None  # the verb "may"
        cap = text[m.start("mon" if g.get("mon") else "mon2")].isupper()  # `m` may be lowercase
        if bare and (not cap or not lead and name.lower().rstrip(".") not in _FULL_MONTHS):
            return None  # "march on", "Jun Young-hyun", "Mar-a-Lago": a word, not a month
        month = _MONTHS[name.lower().rstrip(".")]
        d, y = (g.get("d") or g.get("d2")), (g.get("y") or g.get("y2"))
    day = int(d) if d else None
    if g.get("ry") and doc_date:  # "tháng 7 năm ngoái", "tháng 3 năm tới"
        ry = g["ry"].lower()
        y = int(doc_date[:4]) + (ry in ("năm tới", "năm sau")) - (ry in ("năm ngoái", "năm trước"))
    if y:
        return _ymd(int(y), month, day)
    return _with_year(doc_date, month, day, _ahead(text, m.start(), m.end()))


def find_dates(
    text: str, lang: str, doc_date: str | None, offset: int = 0, low: str | None = ""
) -> list[DateExpr]:
    """All date expressions in `text` (offsets shifted by `offset`).

    The text is lowercased once (or `low` is that, from the caller) and searched
    with the pattern's case-sensitive twin where that is exact (`extract.folding`),
    tried only where a word opens as an expression may (`_OPENERS`), else with the
    pattern itself; lowercase text without a digit or a hint word (`_HINTS`) is not
    searched.

    >>> [d.value for d in find_dates("Tháng 11, X ra mắt Y; hôm 25.12 và cuối năm 2022", "vi",
    ...                                "2024-12-28")]
    ['2024-11', '2024-12-25', '2022']
    >>> [d.value for d in find_dates("late December and in 2006", "en", "2025-01-20")]
    ['2024-12', '2006']
    """
    patterns = "vi" if lang == "vi" else "en"
    rx, twin = _FINDERS[patterns]
    if twin is None:
        low = None
    elif low == "":
        low = plain_lower(text)
    if low is not None and not _may_date(low, patterns):
        return []
    out = []
    for m in rx.finditer(text) if low is None else finditer_at(twin, _OPENERS[patterns], low):
        value = _resolve(m, lang, doc_date, text)
        if value:
            out.append(DateExpr(offset + m.start(), offset + m.end(), value))
    return out


def nearest_date(dates: list[DateExpr], start: int, end: int, limit: int = 60) -> str | None:
    """The date expression closest to the span [start, end) within `limit` chars.

    A sentence with a single date expression dates its facts wherever the date
    stands ("X released Y at the fair in Z, in July last year").

    >>> nearest_date([DateExpr(0, 8, "2024-11"), DateExpr(90, 97, "2024-07")], 10, 40)
    '2024-11'
    >>> nearest_date([DateExpr(150, 157, "2024-07")], 10, 40)
    '2024-07'
    """
    best, best_gap = None, limit + 1
    for d in dates:
        gap = max(0, d.start - end, start - d.end)
        if gap < best_gap:
            best, best_gap = d.value, gap
    if best is None and len({d.value for d in dates}) == 1:
        return dates[0].value
    return best


_BREAK = re.compile(r"[,;:()\[\]–—]")
_UP_TO_BREAK = re.compile(r".*" + _BREAK.pattern, re.DOTALL)  # ends past the last break
# a clause opened by one of these words is an aside about a name ("xAI, which Musk set up
# in 2023, raised..."): its date belongs to the aside's own fact
_ASIDE = re.compile(
    r"\s*(?:which|who|whose|that|when|where|founded|set up|established|created|launched|"
    r"released|built|based|vốn|mà|người|nơi|khi|được|do|thành lập)\b",
    re.IGNORECASE,
)


def _clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """The clause of `text` (between breaks such as commas) holding offset `pos`."""
    last = _UP_TO_BREAK.match(text, 0, pos)  # the last break before `pos`, found from the end
    start = last.end() if last else 0
    stop = _BREAK.search(text, pos)
    return start, stop.start() if stop else len(text)


def fact_date(
    dates: list[DateExpr],
    text: str,
    offset: int,
    left: tuple[int, int],
    right: tuple[int, int],
    cue: int,
    limit: int = 60,
) -> str | None:
    """The date of a fact whose arguments span `left` and `right` and whose cue ends at `cue`.

    `text` is the sentence (starting at document offset `offset`); spans are
    document offsets, `left` before `right`. A date in the clause of the cue
    (the clause holding the last word before `right`, or the tail after it) wins
    when that clause holds both arguments, or `right` in an aside ("xAI, which
    Musk set up in 2023"). Otherwise the nearest date wins as in `nearest_date`,
    leaving out dates in asides between the arguments that hold neither ("xAI,
    which Musk set up in 2023, raised money from Nvidia": not dated 2023).

    >>> s = "In December xAI, which Musk set up in 2023, raised money from Nvidia."
    >>> ds = find_dates(s, "en", "2025-02-01")
    >>> fact_date(ds, s, 0, (12, 15), (62, 68), 61)  # xAI ... Nvidia
    '2024-12'
    >>> fact_date(ds, s, 0, (12, 15), (23, 27), 34)  # xAI ... Musk set up
    '2023'
    """
    if not dates:
        return None
    lo, hi = left[0] - offset, right[0] - offset
    a, b = _clause_bounds(text, max(0, min(len(text) - 1, cue - offset - 1)))
    # "Orca, a model X made in 2023": the clause of the cue follows the left argument's comma
    apposed = a > 0 and text[a - 1] == "," and not text[left[1] - offset : a - 1].strip()
    if a <= hi < b and (a <= lo or apposed or _ASIDE.match(text, a)):  # the cue's clause holds it
        in_cue = [d for d in dates if a <= d.start - offset and d.end - offset <= b]
        if in_cue:
            return min(in_cue, key=lambda d: abs(d.start - cue)).value
    kept = []
    for d in dates:
        ca, cb = _clause_bounds(text, d.start - offset)
        between = left[1] - offset <= ca and cb <= hi
        if not (between and _ASIDE.match(text, ca)) or ca <= lo < cb or ca <= hi < cb:
            kept.append(d)
    return nearest_date(kept, left[0], right[1], limit)


# Words that point back to a time told before ("the same day", "khi đó"), by what they make
# of it: the same date, the day after or before, or only its month or year.
_EN_BACK = (
    r"(?P<same>(?:on )?(?:that|the) same day|(?:on )?that day|at (?:the|that) time(?! of))|"
    r"(?P<next>the (?:next|following) day|a day later|the day after)|"
    r"(?P<prev>the (?:previous|preceding) day|a day (?:earlier|before)|the day before)|"
    r"(?P<counted>(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) "
    r"(?:days?|weeks?|months?) (?:later|earlier|afterwards?))|"
    r"(?P<month>(?:a few |some )?(?:days|weeks) (?:later|earlier|afterwards?)|"
    r"within (?:days|weeks)|(?:later |earlier )?(?:that|the same) (?:week|month))|"
    r"(?P<year>(?:later |earlier )?(?:that|the same) year)"
)
_VI_BACK = (
    r"(?P<same>cùng (?:ngày|hôm)|cùng dịp(?: này| đó| ấy)?|(?:ngày |vào )?hôm (?:đó|ấy)|"
    r"(?:khi|lúc|vào thời điểm|thời điểm) (?:đó|ấy))|"
    r"(?P<next>(?:ngày )?hôm sau|ngày (?:hôm )?sau đó|một ngày sau(?: đó)?)|"
    r"(?P<prev>(?:một ngày|một hôm|hôm) trước đó|trước đó một ngày)|"
    r"(?P<counted>(?<!chưa đầy )(?<!gần )(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2}) "
    r"(?:ngày|tuần|tháng) sau(?: đó)?(?! khi))|"
    r"(?P<month>(?:vài|ít|mấy) (?:ngày|tuần) (?:sau|trước)(?: đó)?|"
    r"trước đó (?:vài|ít|mấy) (?:ngày|tuần)|cùng (?:tuần|tháng)(?!\s*\d)(?: đó| ấy)?|"
    r"(?:tuần|tháng) (?:đó|ấy))|"
    r"(?P<year>cùng năm(?!\s*\d)(?: đó| ấy)?|năm (?:đó|ấy))"
)
_BACK = {
    lang: re.compile(r"\b(?:" + rx + r")(?!\w)", re.IGNORECASE)
    for lang, rx in (("en", _EN_BACK), ("vi", _VI_BACK))
}
_BACK_TWINS = {lang: caseless_twin(rx) for lang, rx in _BACK.items()}
# every back-pointing word holds one of these (lowercase) words; most sentences hold none
_BACK_HINTS = {
    "en": ("same ", "that day", " time", "next day", "following day", "day later", "day after",
           "previous day", "preceding day", "day earlier", "day before", "days", "weeks",
           "that week", "that month", "that year", "week later", "weeks later", "month later",
           "months later", "week earlier", "weeks earlier", "month earlier", "months earlier",
           "day afterward", "days afterward"),
    "vi": ("cùng ", "hôm đó", "hôm ấy", "hôm sau", "khi đó", "khi ấy", "lúc đó", "lúc ấy",
           "điểm đó", "điểm ấy", "ngày sau", "ngày trước", "tuần sau", "tuần trước", "trước đó",
           "tuần đó", "tuần ấy", "tháng đó", "tháng ấy", "năm đó", "năm ấy", "tháng sau"),
}  # fmt: skip
_LOOK_BACK = 3  # sentences searched for the time a back-pointing word points to


_COUNTS = {
    "a": 1, "one": 1, "một": 1, "two": 2, "hai": 2, "three": 3, "ba": 3, "four": 4, "bốn": 4,
    "five": 5, "năm": 5, "six": 6, "sáu": 6, "seven": 7, "bảy": 7, "eight": 8, "tám": 8,
    "nine": 9, "chín": 9, "ten": 10, "mười": 10,
}  # fmt: skip


def _shifted(value: str, kind: str, words: str = "") -> str:
    """`value` moved as a back-pointing word of `kind` says ("the next day": one day on;
    "a week later" of a day: seven days on; of a month: that month)."""
    if kind in ("next", "prev") and len(value) == 10:
        day = date.fromisoformat(value) + timedelta(days=1 if kind == "next" else -1)
        return day.isoformat()
    if kind == "counted":
        count, unit, *rest = words.lower().split()
        n = int(count) if count.isdigit() else _COUNTS.get(count, 1)
        n = -n if rest and rest[0] == "earlier" else n
        if unit.startswith(("day", "ngày", "week", "tuần")) and len(value) == 10:
            step = 7 if unit.startswith(("week", "tuần")) else 1
            return (date.fromisoformat(value) + timedelta(days=n * step)).isoformat()
        if unit.startswith(("month", "tháng")) and len(value) >= 7:
            months = int(value[:4]) * 12 + int(value[5:7]) - 1 + n
            return f"{months // 12:04d}-{months % 12 + 1:02d}"
        return value[:7]
    return value[:4] if kind == "year" else value[:7] if kind == "month" else value


def _earlier_date(
    st, index: int, before: int, dates: list[DateExpr], paragraph: bool
) -> str | None:
    """The last date told before offset `before`: in `dates` (of sentence `index`), else in
    the sentences before it (up to `_LOOK_BACK`, or to the paragraph start if `paragraph`)."""
    told = [d for d in dates if d.end <= before]
    if told:
        return told[-1].value
    sentences = st.sentences
    for j in range(index - 1, -1, -1):
        if paragraph and "\n" in st.text[sentences[j].end : sentences[j + 1].start]:
            return None
        if not paragraph and index - j > _LOOK_BACK:
            return None
        if st.dates_in(j):
            return st.dates_in(j)[-1].value
    return None


def _pointed_dates(st, index: int, dates: list[DateExpr], low: str | None) -> list[DateExpr]:
    """Back-pointing words of sentence `index` as dates: "Cùng ngày, X mua Y" takes the
    day told last before it (in `dates`, the sentence's own dates, or earlier sentences).
    `low` is the sentence lowercased, or None where that does not stand in (`folding`)."""
    sent = st.sentences[index]
    lang = "vi" if st.language == "vi" else "en"
    twin = _BACK_TWINS[lang]
    if low is not None and not any(map(low.__contains__, _BACK_HINTS[lang])):
        return []
    out = []
    for m in _BACK[lang].finditer(sent.text) if low is None or twin is None else twin.finditer(low):
        kind = m.lastgroup
        value = _earlier_date(st, index, sent.start + m.start(), dates, paragraph=False)
        if kind and value:
            out.append(
                DateExpr(
                    sent.start + m.start(), sent.start + m.end(), _shifted(value, kind, m.group())
                )
            )
    return out


def date_of_fact(
    st,
    index: int,
    left: tuple[int, int],
    right: tuple[int, int],
    cue: int,
    carried: bool = True,
) -> str | None:
    """The date of a fact of sentence `index` (arguments `left` before `right`, cue ending at
    `cue`): from the sentence's own dates as `fact_date` picks them. If `carried` (the fact is
    told as an event), a sentence without any date takes the time its paragraph told last
    ("X released Y on Friday. The weights went up on Hugging Face")."""
    dates = st.dates_in(index)
    if not dates:
        start = st.sentences[index].start
        return _earlier_date(st, index, start, [], paragraph=True) if carried else None
    sent = st.sentences[index]
    return fact_date(dates, sent.text, sent.start, left, right, cue)


class DateFinder:
    """Pipeline component: makes `doc._.rg.dates_in(sentence)` find a sentence's dates.

    Dates are looked for lazily, only in sentences where a dated fact was found. Words
    that point back to a time told before ("the same day", "khi đó") count as dates.
    """

    def __call__(self, doc: Doc) -> Doc:
        st = state(doc)
        st.date_finder = self.sentence_dates
        return doc

    @staticmethod
    def sentence_dates(st, index: int) -> list[DateExpr]:
        sent = st.sentences[index]
        low = plain_lower(sent.text)
        found = find_dates(sent.text, st.language, st.published, sent.start, low)
        found = [d for d in found if not st.skipped(d.start, d.end)]
        pointed = _pointed_dates(st, index, found, low)
        return sorted(found + pointed, key=lambda d: d.start) if pointed else found


@Language.factory("racegraph_dates")
def make_date_finder(nlp: Language, name: str) -> DateFinder:
    return DateFinder()
