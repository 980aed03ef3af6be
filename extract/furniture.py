"""Page furniture: the parts of a news page that are not the article.

`furniture(text)` returns char ranges to ignore: bylines/datelines, image file
names, photo credits ("- Ảnh: AFP", "Photo: Reuters"), and everything after
the end of the article (comment counters, "Đừng bỏ lỡ", "Most read", "POWERED
BY ..." footers) when that marker sits in the last part of the page. A
"Bài liên quan" / "Related" box before that point is kept: it may hold real facts.
Captions themselves are kept (a caption can state where an event took place).
"""

from __future__ import annotations

import re

__all__ = ["BYLINE_DATE", "furniture"]

BYLINE_DATE = re.compile(
    r"\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{4}-\d{2}-\d{2}\b|"
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}\b"
)
_BYLINE = re.compile(
    r"^\s*(?:By\s+[A-Z][^\n]{0,60}|[^\n]{0,50}\b(?:\d{1,2}:\d{2}|GMT[+-]?\d*)\b[^\n]{0,30}|"
    r"(?:Published|Updated|Cập nhật|Đăng lúc|Thứ [a-zA-Zà-ỹ]+|Chủ nhật)[^\n]{0,80})\s*$",
    re.MULTILINE,
)
_IMAGE_LINE = re.compile(r"^\s*\S+\.(?:jpe?g|png|gif|webp|avif)\s*$", re.MULTILINE | re.IGNORECASE)
_CREDIT = re.compile(
    r"(?:\s[-–—|]\s*|\(\s*)(?:Ảnh|Photo|Image|Nguồn|Source|Video|Đồ họa|Graphic)\s*:\s*[^\n)]*\)?",
    re.IGNORECASE,
)
_END_MARKERS = re.compile(
    r"^\s*(?:\(\d+\)\s*(?:Bình luận|Comments?)|\d+\s+(?:bình luận|comments?)|Bình luận\s*\(\d+\)|"
    r"Đừng bỏ lỡ|Nổi bật|Mới nhất|Tin mới nhất|Xem thêm|Đọc nhiều|Tin khác|Most (?:read|popular)|"
    r"Trending|Read (?:more|next)|More from|You may also like|Sign up|Subscribe|Advertisement|"
    r"POWERED BY|Copyright|©)",
    re.MULTILINE | re.IGNORECASE,
)
_TAIL_SHARE = 0.6  # end markers count only in the last 40% of the page
# what follows an end marker on its line when the line is a box's heading, not prose: the end
# of the line, a separator or a number ("Xem thêm: ...", "(2) Comments", "© 2025 ..."); a line
# that goes on in words is a paragraph opening with the same words ("Nổi bật nhất là X, ...",
# "Trending upward, ..."), unless it is short ("Sign up for our newsletter")
_HEADING_AFTER = re.compile(r"[^\S\n]*(?:$|[:/|()»›\-–—\d©])", re.MULTILINE)
_HEADING_LEN = 60


def _heading(text: str, m: re.Match[str]) -> bool:
    """Whether an end marker's line is a heading or a footer, not a paragraph of the article
    ("Xem thêm:" is one; "Nổi bật nhất là X, tác tử ra mắt năm nay, ..." is not)."""
    if _HEADING_AFTER.match(text, m.end()):
        return True
    end = text.find("\n", m.end())
    return (len(text) if end < 0 else end) - m.end() <= _HEADING_LEN


def furniture(text: str) -> list[tuple[int, int]]:
    """Char ranges of `text` that are page furniture, sorted.

    >>> t = "Title\\nBy Ann Lee | March 3, 2025\\nOpenAI ships o3.\\n(2) Comments\\nOther news"
    >>> [t[a:b] for a, b in furniture(t)]
    ['By Ann Lee | March 3, 2025', '(2) Comments\\nOther news']
    """
    ranges: list[tuple[int, int]] = []
    head = min(len(text), 1500)
    for m in _BYLINE.finditer(text, 0, head):
        line = m.group().strip()
        if line and (BYLINE_DATE.search(line) or line.startswith("By ")):
            ranges.append((m.start(), m.end()))
    ranges += [(m.start(), m.end()) for m in _IMAGE_LINE.finditer(text)]
    ranges += [(m.start(), m.end()) for m in _CREDIT.finditer(text)]
    for m in _END_MARKERS.finditer(text, int(len(text) * _TAIL_SHARE)):
        if _heading(text, m):
            ranges.append((m.start(), len(text)))
            break
    return sorted(ranges)
