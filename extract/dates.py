"""Dates: the document date from its dateline, and date expressions resolved against it.

Every expression becomes `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A month (or day)
without a year takes the document's year, or the year before when that month
is later than the document's month ("tháng 11" in an article of 28/12/2024 is
2024-11; "December" in one of 2025-01-20 is 2024-12). Relative expressions are
resolved against the document date: this/last year, this/last month, today,
yesterday, this/last week (to the month it falls in) and weekdays ("on Monday",
"last Wednesday", "hôm thứ Hai": the latest such day on or before the document
date, as news reports past events).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc

from extract.folding import caseless_twin, plain_lower
from extract.spans import DateExpr, state

__all__ = ["DateFinder", "dateline", "fact_date", "find_dates", "nearest_date"]

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
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
    )
    for m in names.split()
}
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
    r"\s+(?P<ry>năm ngoái|năm trước|năm nay))?)|"
    r"\b(?:năm\s+(?P<y4>(?:19|20)\d{2}))|"
    r"\b(?:từ|trong|vào|cuối|đầu|giữa|hồi) (?P<y5>19[5-9]\d|20[0-3]\d)(?![\d.,/-]?\d)|"
    r"\b(?P<rel>năm nay|năm ngoái|năm trước|tháng trước|tháng này|hôm qua|hôm nay|tuần trước|"
    r"tuần qua|tuần này|(?:hôm |ngày |vào )?(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)"
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
    r"\b(?P<rel>this year|last year|last month|this month|a year ago|yesterday|today|this week|"
    r"last week|(?:last |on |this past )?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
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


def _may_date(low: str, lang: str) -> bool:
    """Whether lowercase `low` holds a digit or a hint word: else it holds no date expression."""
    return _DIGIT.search(low) is not None or any(map(low.__contains__, _HINTS[lang]))


def _with_year(doc_date: str | None, month: int, day: int | None) -> str | None:
    if not doc_date:
        return None
    year, doc_month = int(doc_date[:4]), int(doc_date[5:7]) if len(doc_date) >= 7 else 12
    if month > doc_month:
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
    if len(doc_date) < 7:
        return None
    if rel in ("tháng trước", "last month"):
        month = int(doc_date[5:7]) - 1
        return _ymd(year - (month == 0), month or 12)
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
    if _WEEKDAY_RE.search(rel):
        return _weekday(rel, doc_date)
    return None


def _resolve(m: re.Match[str], lang: str, doc_date: str | None, text: str) -> str | None:
    g = m.groupdict()
    if g.get("rel"):
        return _relative(g["rel"], doc_date)
    if g.get("iy"):
        return _ymd(int(g["iy"]), int(g["im"]), int(g["id"]))
    if g.get("y4") or g.get("y5"):
        return g.get("y4") or g.get("y5")
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
        month = _MONTHS[name.lower().rstrip(".")]
        d, y = (g.get("d") or g.get("d2")), (g.get("y") or g.get("y2"))
    day = int(d) if d else None
    if g.get("ry") and doc_date:  # "tháng 7 năm ngoái"
        y = int(doc_date[:4]) - (g["ry"].lower() != "năm nay")
    if y:
        return _ymd(int(y), month, day)
    return _with_year(doc_date, month, day)


def find_dates(text: str, lang: str, doc_date: str | None, offset: int = 0) -> list[DateExpr]:
    """All date expressions in `text` (offsets shifted by `offset`).

    The text is lowercased once and searched with the pattern's case-sensitive
    twin where that is exact (`extract.folding`), else with the pattern itself;
    lowercase text without a digit or a hint word (`_HINTS`) is not searched.

    >>> [d.value for d in find_dates("Tháng 11, X ra mắt Y; hôm 25.12 và cuối năm 2022", "vi",
    ...                                "2024-12-28")]
    ['2024-11', '2024-12-25', '2022']
    >>> [d.value for d in find_dates("late December and in 2006", "en", "2025-01-20")]
    ['2024-12', '2006']
    """
    patterns = "vi" if lang == "vi" else "en"
    rx, twin = _FINDERS[patterns]
    low = plain_lower(text) if twin is not None else None
    if low is not None and not _may_date(low, patterns):
        return []
    out = []
    for m in rx.finditer(text) if low is None else twin.finditer(low):
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
    if a <= hi < b and (a <= lo or _ASIDE.match(text, a)):  # the cue's clause holds the fact
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


class DateFinder:
    """Pipeline component: makes `doc._.rg.dates_in(sentence)` find a sentence's dates.

    Dates are looked for lazily, only in sentences where a dated fact was found.
    """

    def __call__(self, doc: Doc) -> Doc:
        st = state(doc)
        st.date_finder = self.sentence_dates
        return doc

    @staticmethod
    def sentence_dates(st, index: int) -> list[DateExpr]:
        sent = st.sentences[index]
        found = find_dates(sent.text, st.language, st.published, sent.start)
        return [d for d in found if not st.skipped(d.start, d.end)]


@Language.factory("racegraph_dates")
def make_date_finder(nlp: Language, name: str) -> DateFinder:
    return DateFinder()
