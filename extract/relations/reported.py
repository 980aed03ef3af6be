"""Facts told in a reported clause: "Samsung said it would use Gemini".

A subject often states its own fact through a reporting verb: "X said it would
use Y", "X announced that it will partner with Y", "X told reporters it plans
to buy Y", "X cho biết (hãng) sẽ dùng Y", "X tuyên bố rằng họ đã hợp tác với Y".
The pair rules read the words between X and Y, where the frame ("said it",
"cho biết hãng") pushes the verb out of reach. `unframed(words, person)` gives
those words with the frame taken off the front (" would use "), or None when
they open with no frame; the pair engine tries a rule on both.

The frame is transparent only when the clause's subject is X again: in English
a pronoun or "the company"-like noun must follow the reporting verb ("he"/"she"
for a person, "it"/"the firm" for anything else, "they" for either); in
Vietnamese a reference word ("hãng", "công ty", "họ", "ông") or none, and then a
tense or mood word ("đã", "sẽ", "đang", "không") must open the clause. "Samsung
said Google would use Gemini" keeps its frame (Google is the subject), and a
denial is no reporting verb ("denied it had used"); a negated clause ("said it
would not") is dropped later by `negation.undenied`, which reads the text itself.
Only the words change: the mentions, and so every span, stay where they are.
"""

from __future__ import annotations

import re

__all__ = ["FRAME_OPENERS", "unframed"]

# what a company or a state is called again in its own reported clause
_EN_NOUN = (
    r"company|firm|group|startup|start-up|chipmaker|chip maker|chip designer|lab|giant|"
    r"carmaker|automaker|conglomerate|maker|e-commerce giant|tech giant|search giant"
)
_EN_TIME = r"on|in|last|this|earlier|late|at|during|yesterday|today|tuesday|monday|friday"
# words that may come before the reporting verb, and the verbs themselves
_EN_BEFORE = [
    "has", "had", "have", "also", "previously", "later", "again", "now", "then", "publicly",
    "officially",
]  # fmt: skip
_EN_VERBS = [
    "said", "says", "say", "announced", "announces", "confirmed", "confirms", "disclosed",
    "discloses", "revealed", "reveals", "stated", "states", "added", "adds", "noted", "notes",
    "indicated", "indicates", "wrote", "writes", "acknowledged", "acknowledges", "admitted",
    "admits", "insisted", "insists", "claimed", "claims", "declared", "declares", "explained",
    "explains", "signalled", "signaled", "signals", "hinted", "hints", "reiterated",
]  # fmt: skip
_EN = re.compile(
    rf" (?:(?:{'|'.join(_EN_BEFORE)}) )?"
    rf"(?:{'|'.join(_EN_VERBS)}|told(?: \S+){{1,3}}?)"
    rf"(?: (?:{_EN_TIME})(?: \S+){{0,5}}?)?(?: ,)?"
    rf"(?: that)? (?:(?P<org>it|the(?: \S+)? (?:{_EN_NOUN}))|(?P<person>he|she)|they) "
)
_VI_REF_ORG = (
    r"hãng|công ty|tập đoàn|doanh nghiệp|startup|nhà sản xuất|phòng thí nghiệm|gã khổng lồ"
)
# a clause the subject opens again: its tense, mood or plan words
_VI_MARK = (
    r"đã|sẽ|đang|vừa|mới|cũng|hiện|vẫn|từng|chỉ|không|chưa|sắp|dự kiến|có kế hoạch|"
    r"lên kế hoạch|muốn|quyết định|tiếp tục|đặt mục tiêu|chính thức|hy vọng|kỳ vọng|"
    r"cam kết|dự định|định|đang có kế hoạch|hiện đang|đã và đang|đồng ý|nhất trí|"
    r"được|có thể|sẵn sàng|bắt đầu"
)
_VI_BEFORE = ["cũng", "đã", "vừa", "từng", "mới", "trước đó", "hôm nay"]
_VI_VERBS = [
    "cho biết", "cho hay", "tuyên bố", "khẳng định", "thông báo", "xác nhận", "tiết lộ",
    "công bố", "nói", "chia sẻ", "nhấn mạnh", "thừa nhận", "nêu rõ", "phát biểu",
    "khẳng định lại", "nhắc lại",
]  # fmt: skip
_VI = re.compile(
    rf" (?:(?:{'|'.join(_VI_BEFORE)}) )?"
    rf"(?:{'|'.join(_VI_VERBS)}|nói với(?: \S+){{1,3}}?)"
    r"(?: (?:hôm|vào|ngày|trong|hồi|tuần|tháng|năm|sáng|chiều|tối|tại)(?: \S+){0,5}?)?(?: ,)?"
    r"(?: (?:rằng|là))?"
    rf"(?: (?:(?P<org>(?:{_VI_REF_ORG})(?: (?:này|công nghệ|chip|mỹ|trung quốc)){{0,2}})|"
    r"(?P<person>ông|bà|anh|chị)|họ))?"
    rf"(?= (?:{_VI_MARK}) )"
)
_FRAMES = {"en": _EN, "vi": _VI}
# first words a frame can open with: words starting otherwise are not looked at
FRAME_OPENERS = frozenset(
    w.split()[0] for w in _EN_BEFORE + _EN_VERBS + ["told"] + _VI_BEFORE + _VI_VERBS
)


def unframed(words: str, lang: str, person: bool) -> str | None:
    """`words` (see `between_words`) without a reporting frame at their front, or None.

    `person` says whether the left mention (the reporting subject) is a person.

    >>> unframed(" said it would use ", "en", False)
    ' would use '
    >>> unframed(" said google would use ", "en", False) is None
    True
    >>> unframed(" cho biết hãng sẽ dùng ", "vi", False)
    ' sẽ dùng '
    """
    rx = _FRAMES.get(lang)
    if rx is None:
        return None
    m = rx.match(words)
    if m is None:
        return None
    if (m.group("person") is not None) != person and (m.group("org") or m.group("person")):
        return None  # "it" for a person, "he" for a company: someone else's clause
    bare = words[m.end() - 1 :] if lang == "en" else words[m.end() :]
    # "X said it would invest in the firm, Y agreed to ...": a comma before the right name
    # ends the reported clause (or opens an apposition the rules read on their own)
    return None if bare.endswith(" , ") else bare
