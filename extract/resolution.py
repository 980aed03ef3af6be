"""Resolution inside a document: short names and references to earlier mentions.

- One word of a named person standing alone later refers to that person: the
  last word ("Altman" after "Sam Altman"), the first word in English ("Liang"
  after "Liang Wenfeng") and, in Vietnamese, after "ông"/"bà" ("ông Vương"
  after "Vương Hưng Hưng"); a word two people share stays unresolved. A later
  mention spelt like an earlier one is the same entity.
- Short references — "công ty này", "the startup", "Công ty" opening a clause,
  "của hãng." at a clause end, "ông"/"bà"/"he"/"she", "its", "mô hình này" —
  point at the mention `Salience` picks: the nearest earlier fitting name of the
  same sentence, else the subject of one of the two previous sentences; when
  that sentence has two candidates and no clear subject, nothing. Past sentences that
  name nothing of the kind it looks further, within the paragraph (`Salience._back`).
- "the startup" after "A invested in B" is the one the document calls a startup, or
  nothing (`_young_one`); a name sharing its subject with an unread capitalised word
  ("Zorvex and AMD are its customers") is no subject alone (`Salience._paired`).
- A place written only as "<Place>-based <company noun>" becomes a Location.
- A company noun ("the chip designer", "công ty này") never recalls a public body;
  "Startup có trụ sở tại Tokyo này" is a reference at both ends, the "này" standing
  right before the clause's verb.

References become `ref` mentions: usable by relation rules (with lower
confidence), not counted as aliases. Entities are merged across documents
later, by id (`extract.pipeline`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from operator import attrgetter

from spacy.language import Language
from spacy.tokens import Doc

from extract.catalogue import load_catalogue
from extract.cues import LEADING_WORDS
from extract.policy_names import STATES
from extract.spans import Candidate, Found, state
from extract.text import finditer_at, slug, whole_words, word_openers

__all__ = ["OPENERS", "REFERENCES", "Resolution", "Salience"]

REFERENCES: dict[str, list[tuple[str, str]]] = {
    "vi": [
        (
            (
                r"\b(?:[Cc]ông ty khởi nghiệp|[Cc]ông ty|[Hh]ãng công nghệ|[Hh]ãng|[Ss]tartup|"
                r"[Tt]ập đoàn|[Pp]hòng thí nghiệm|[Ss]tudio|[Dd]oanh nghiệp) này"
            ),
            "Organization",
        ),
        (
            (
                r"\b(?:[Cc]ông ty|[Hh]ãng|Startup|[Tt]ập đoàn|Studio)(?= (?:đã|vừa|sẽ|cũng|từng|mới|"
                r"tiếp tục|cho biết|cho hay|khẳng định|tuyên bố|đang|là|do|hiện|còn|ra mắt|"
                r"giới thiệu|phát hành|công bố|trình làng|ký|mua lại|được|bị|vốn|hiện đang|"
                r"sở hữu|hợp tác với|huy động|niêm yết|dự kiến|đặt mục tiêu|tự|dùng|sử dụng|"
                r"bán(?! lẻ| dẫn| buôn))\b)"
            ),
            "Organization",
        ),
        # "công ty có trụ sở tại Bắc Kinh cho biết", "startup ở Hàng Châu": a description
        # by place, resolved only to an organisation of that place's country (`_fitting`)
        (
            (
                r"\b(?:[Cc]ông ty khởi nghiệp|[Cc]ông ty|[Hh]ãng|[Ss]tartup|[Tt]ập đoàn|"
                r"[Dd]oanh nghiệp)(?= (?:(?:có|đặt|đóng) trụ sở (?:chính )?)?(?:tại|ở) [A-ZĐ])"
            ),
            "Organization",
        ),
        # "Tập đoàn Trung Quốc này", "startup Pháp": by country, only one of that country
        (
            (
                r"\b(?:(?:Công ty|Hãng|Tập đoàn|Startup|Doanh nghiệp)(?: (?:công nghệ|chip|bán dẫn|AI))?"
                r"(?= (?:Mỹ|Trung Quốc|Nhật Bản|Hàn Quốc|Đài Loan|Hà Lan|Pháp|Anh|Đức)(?: này)? "
                r"(?:đã|vừa|sẽ|cũng|từng|đang|là|hiện|còn|cho biết|được|bị)\b)|"
                r"(?:[Cc]ông ty|[Hh]ãng|[Tt]ập đoàn|[Ss]tartup|[Dd]oanh nghiệp)(?: (?:công nghệ|chip|"
                r"bán dẫn|AI))?(?= (?:Mỹ|Trung Quốc|Nhật Bản|Hàn Quốc|Đài Loan|Hà Lan|Pháp|Anh|Đức) "
                r"này\b))"
            ),
            "Organization",
        ),
        # "Bộ này", "Cục này": an agency, only one whose name has that head noun (`_HEADS`)
        (r"\b(?:Bộ|Cục) này", "Organization"),
        # "giám đốc điều hành của hãng.", "ứng dụng Doubao của hãng đã ...": a bare noun
        # after "của", closing its phrase, is the company in view
        (
            (
                r"(?<=của )(?:công ty|hãng|startup|tập đoàn|studio)(?=\s*[,.;:)]|\s*$| (?:đã|đang|"
                r"vừa|sẽ|cũng|là|được|bị|hiện|vẫn|đạt|thu hút|có(?! trụ sở))\b)"
            ),
            "Organization",
        ),
        (r"\b(?:[Ôô]ng|[Bb]à)(?= (?![A-ZĐÂĂÊÔƠƯ]))", "Person"),
        (
            (
                r"\b(?:chuyên gia|nhà phân tích|nhà nghiên cứu)(?= (?:này|\d+ tuổi|cho biết|nói|"
                r"nhận định))"
            ),
            "Person",
        ),
        (r"\bmô hình (?:này|mới này)", "AIModel"),
        # "Mô hình được huấn luyện trên ...": a sentence opening on the bare noun
        (r"\bMô hình(?= (?:được|đã|vừa|có|là|cho phép|sẽ|cũng|đạt|hỗ trợ)\b)", "AIModel"),
        (r"\b(?:mẫu chip|dòng chip|con chip|chip) (?:này|mới này)", "Hardware"),
        (r"\b(?:bảng xếp hạng|bài kiểm tra|bộ đánh giá) (?:này|đó|trên)\b", "Benchmark"),
    ],
    "en": [
        (
            (
                r"\b[Tt]he (?:(?:[a-z][\w-]*|[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:-based)?) ){0,2}"
                r"(?:company|firm|startup|start-up|lab|group|giant|chipmaker|maker|venture|studio|unicorn|"
                r"designer|manufacturer|carmaker|automaker|conglomerate|unit)"
                r"(?![\w-])(?! (?:said|says)? ?[A-Z])"
            ),
            "Organization",
        ),
        (r"\b(?:[Hh]e|[Ss]he)\b", "Person"),
        (r"\b[Ii]ts\b", "Organization"),
        (
            (
                r"\b[Ii]t(?= (?:(?:has|had|also|then|first|later|quickly|now|still|already) ){0,2}"
                r"(?:launched|released|introduced|unveiled|announced|bought|acquired|invested|raised|"
                r"built|developed|opened|signed|partnered|debuted|shipped|open-sourced|started|began|"
                r"reported|showed|posted|hired|sold|sells|supplies|supplied|designed|designs|"
                r"trained|agreed|secured|won|plans|planned|expects|took part|uses|used|rents|rented|"
                r"integrated|deployed|licensed|joined|makes|manufactures|produces|"
                r"develops|operates|owns)\b|"
                # what only a company is: "It was founded by", "It is based in"
                r" (?:is|was) (?:also |now |still )?(?:founded|co-founded|set up|established|"
                r"spun out|backed|owned|based|headquartered|valued|listed|run)\b)"
            ),
            "Organization",
        ),
        (r"\b[Tt]he (?:new )?model(?![\w-])(?! [A-Z0-9])", "AIModel"),
        (r"\b[Tt]he (?:new )?(?:chip|processor|accelerator)(?![\w-])(?! [A-Z0-9])", "Hardware"),
        # "placed second on the same leaderboard": the ranking named before
        (r"\b[Tt]he (?:same )?(?:leaderboard|ranking|rankings)(?![\w-])(?! [A-Z0-9])", "Benchmark"),
    ],
}
# the words a reference of `REFERENCES` opens with (first letter either case): the scan for
# references only tries the patterns where one of these opens a word (`finditer_at`)
OPENERS = {
    "vi": ("công", "hãng", "startup", "tập", "phòng", "studio", "doanh", "ông", "bà", "chuyên",
           "nhà", "mô", "chip", "mẫu", "dòng", "con", "bộ", "cục", "bảng", "bài"),
    "en": ("the", "he", "she", "its", "it"),
}  # fmt: skip
# "các nhà phân tích", "một công ty": nobody in particular
_PLURAL = ("các ", "những ", "nhiều ", "một ", "mỗi ", "mọi ", "vài ")
_WINDOW = 2  # sentences back
_FAR = 4  # sentences back when those between name nothing of the kind (`Salience._back`)
# before a sentence subject: nothing, an adverbial ending in a comma, or descriptors
# ("Chinese startup DeepSeek", "Hãng chip Mỹ Nvidia")
_DESCRIBED = re.compile(
    r"(?:^|\b)(?:the |a |an )?(?:[\w-]+ ){0,3}(?:startup|start-up|company|firm|lab|group|giant|"
    r"chipmaker|maker|developer|rival|công ty|hãng|tập đoàn|startup|phòng thí nghiệm|studio)"
    r"(?: [\w-]+){0,2}$",
    re.IGNORECASE,
)
# the place opens with its capital, then looks back for the word start (`(?<!\w.)` is the
# `\b` before it): led by a char class, the pattern is scanned for in C (see `char_led`)
_BASED = re.compile(
    r"(?P<place>[A-Z](?<!\w.)[a-z]+(?: [A-Z][a-z]+)?)-based (?:[a-z][\w-]* ){0,2}(?:company|firm|"
    r"startup|start-up|lab|group|giant|chipmaker|maker|developer|designer|manufacturer|"
    r"conglomerate|unicorn|fund|investor|rival|operator|utility|utilities|provider|supplier|"
    r"carrier|insurer|lender|bank|retailer|automaker|carmaker|publisher|studio|broadcaster)s?\b"
)
# the words a sentence-opening reference starts with ("The San Francisco company")
_DETERMINED = re.compile(r"(?:the|this|that)(?: [\w.'’-]+){0,3}", re.IGNORECASE)
_COPULA = re.compile(r"(?:^|\s)(?:là|is|was)$")  # "Lâu năm nhất là Cambricon", "The name is MGX"
_JOINED = re.compile(r"\s*(?:,|and|và|&|cùng|cùng với|lẫn|, and|, và)\s*$", re.IGNORECASE)
_PREP_BEFORE = re.compile(
    r"\b(?:of|to|from|with|by|at|in|on|for|than|của|với|từ|cho|bởi|tại|ở|vào|thuộc)\s+$",
    re.IGNORECASE,
)
# "Samsung, which provides its memory": "its" inside a relative clause may be the
# clause's head or the company in view; unclear, so nothing
_RELATIVE_HEAD = re.compile(r",\s*(?:which|who)\s[^,;:()]*$")
# the head noun an agency's name must carry for "the bureau", "Bộ này" to point at it
_HEADS = frozenset({"bộ", "cục"})
_OF_APPOSITION = re.compile(r",\s*(?:the |a |an )?[^,;()]*\b(?:of|của)\s+")
# "Like CoreWeave, it sells...": the compared name is not what the clause is about
_COMPARED = re.compile(r"\b(?:[Ll]ike|[Uu]nlike|[Gg]iống như|[Kk]hác với)\s+$")
# "Kuaishou, ByteDance's main rival, has...": a comma then a possessor opens an apposition
# about the subject, not a list of subjects
_POSSESSED_APPOSITION = re.compile(r"\s*,\s*[^,;]+(?:'s|’s)$")
# a capitalised word coordinated with a name: before it ("Apple and |") or after it
_UNREAD_BEFORE = re.compile(r"(?<![\w.])(?P<name>[A-Z][\w&.'’-]*) (?:and|&|và) $")
_UNREAD_AFTER = re.compile(r",? (?:and|&|và) (?P<name>[A-Z][\w&.'’-]*)")
_AND = re.compile(r"\s*(?:,\s*)?(?:and|và|&|cùng|lẫn)\s*", re.IGNORECASE)
_START = attrgetter("start")
_TITLED = re.compile(r"(?:\b(?:ông|bà|mr|ms|mrs|dr)\.?) $", re.IGNORECASE)
_POSSESSIVES = ("its", "their")  # a possessive ref only qualifies the subject
_SALIENT = ("Organization", "Person")  # kinds whose references need a clear subject
_NOT_SHORT = frozenset(LEADING_WORDS) | {
    "Will", "May", "Mark", "Bill", "Rich", "Grace", "June", "April", "August", "Hope", "Frank",
}  # fmt: skip


class Resolution:
    """Pipeline component: short names and short references into `doc._.rg.mentions`."""

    def __init__(self, catalogue_path: str | None = None) -> None:
        self.catalogue_path = catalogue_path  # where descriptions find a name's country
        # every reference pattern of a language in one regex, tried where an opener starts
        self.refs = {
            lang: (
                re.compile("|".join(f"(?P<r{i}>{p})" for i, (p, _t) in enumerate(pats))),
                word_openers(OPENERS[lang]),
                [t for _p, t in pats],
            )
            for lang, pats in REFERENCES.items()
        }

    def __call__(self, doc: Doc) -> Doc:
        st = state(doc)
        text = st.text
        _same_names(st.mentions)
        if st.language == "en":
            st.mentions = sorted(st.mentions + _based_places(st), key=_START)
        mentions = st.mentions + _short_names(text, st.mentions, st.sentence_of, st.language)
        mentions.sort(key=_START)
        spans = _Spans(mentions)
        by_sentence: dict[int, list[Found]] = {}
        for f in mentions:
            by_sentence.setdefault(f.sentence, []).append(f)
        refs: list[Found] = []
        rx, openers, kinds = self.refs.get(st.language, self.refs["en"])
        starts = {f.start for f in mentions}
        salience = Salience(st, by_sentence)
        for m in finditer_at(rx, openers, text):
            a, b = m.span()
            if st.skipped(a, b) or spans.covered(a, b):
                continue
            word = m.group().lower()
            subject = word in ("its", "their")  # a possessive points back at a subject
            if b + 1 in starts and text[b : b + 1] == " " and not (subject or _stated(st, b)):
                continue  # a title before a name ("the rival lab xAI") is no reference
            kind = kinds[int(m.lastgroup[1:])]
            if text[max(0, a - 6) : a].lower().endswith(_PLURAL):
                continue
            sentence = st.sentence_of(a)
            accept = _fitting(st, spans, a, b, word, self.catalogue_path)
            if accept is False:
                continue  # a description by place whose place gives no country
            target = salience.antecedent(a, kind, sentence, subject, accept)
            inside = spans.inside(a, b)
            if inside:  # "the Icheon-based chipmaker": the reference starts after the place
                a = max(inside)
                a += len(text[a:b]) - len(text[a:b].lstrip(" -").removeprefix("based").lstrip())
            # "SAMR said it would examine whether the chip designer ...": not SAMR
            if target is not None and kind == "Organization" and _trade_for_body(word, target):
                target = None
            if (
                target is not None
                and accept is None
                and target.sentence != sentence
                and _YOUNG.search(word)
            ):
                target = _young_one(text, mentions, by_sentence.get(target.sentence, ()), target)
            if target is not None:
                c = target.best
                cand = Candidate(c.id, c.name, c.type, c.source, c.confidence)
                at = [(a, b)]
                if st.language == "vi" and accept is not None:
                    at += _closing_this(text, spans, b)
                for a, b in at:
                    ref = Found(a, b, text[a:b], [cand], sentence, ref=True)
                    refs.append(ref)
                    insort(by_sentence.setdefault(sentence, []), ref, key=_START)
        st.mentions = sorted(mentions + refs, key=_START)
        return doc


_COUNTRIES = frozenset(STATES.values())
# words of a public body's name: a company noun ("the chip designer", "hãng") never recalls one
_BODY = re.compile(
    r"\b(?:Administration|Commission|Ministry|Department|Bureau|Agency|Council|Authority|"
    r"Regulator|Government|Congress|Parliament|Army|Military|Navy|Armed Forces|Bộ|Cục|Tổng cục|"
    r"Ủy ban|Chính phủ|Quốc hội|Quân đội)\b"
)
_TRADES = re.compile(
    r"\b(?:company|firm|startup|start-up|group|giant|chipmaker|maker|venture|unicorn|designer|"
    r"manufacturer|carmaker|automaker|conglomerate|công ty|hãng|startup|tập đoàn|doanh nghiệp)$"
)


# a reference by the company's age ("the startup", "Startup này"): of two organisations a
# sentence names ("Alibaba invested in Moonshot AI. The startup ..."), the young one
_YOUNG = re.compile(r"\b(?:startup|start-up|unicorn|công ty khởi nghiệp)\b")
# what an investor or buyer does to a young company named right after
_BACKING = re.compile(
    r"\b(?:invested|invests|investing|investment|stake|stakes|money|round|backed|backs|backing|"
    r"funded|funds|funding|acquired|acquires|bought|buys|đầu tư|rót vốn|rót tiền|hậu thuẫn|"
    r"mua lại|thâu tóm|cổ phần)(?: (?:\$?[\d.,]+ ?(?:billion|million|bn|m|tỷ USD|triệu USD)|"
    r"heavily|early))?(?: (?:in|into|vào|tại|của))?\s+$",
    re.IGNORECASE,
)
_YOUNG_BEFORE = re.compile(
    r"(?:startup|start-up|unicorn|khởi nghiệp)(?: (?:AI|công nghệ|[A-Z][a-z]+))?\s+$", re.IGNORECASE
)
_YOUNG_AFTER = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?,\s*(?:(?:a|an|the|một) )?[^,.;]{0,40}?"
    r"\b(?:startup|start-up|unicorn|khởi nghiệp)\b",
    re.IGNORECASE,
)


def _described_young(text: str, f: Found) -> bool:
    """Whether `f` is written as a startup ("Chinese startup DeepSeek", "Moonshot AI, a
    Beijing startup,", "startup Moonshot AI")."""
    return bool(
        _YOUNG_BEFORE.search(text, max(0, f.start - 30), f.start)
        or _YOUNG_AFTER.match(text, f.end, f.end + 60)
    )


def _young_one(text: str, mentions: list[Found], there, target: Found) -> Found | None:
    """The antecedent of "the startup" in the sentence `there` of `target`, the one
    Salience picked: when that sentence names other organisations too ("A invested in B",
    "A backs B"), the one the document writes as a startup, or nothing when that is not
    one alone. A startup is seldom the investor or buyer a sentence opens with, so the
    subject alone is no safe pick."""
    orgs = [f for f in there if f.type == "Organization"]
    if not any(
        f.best.id != target.best.id and _BACKING.search(text, max(0, f.start - 40), f.start)
        for f in orgs
    ):
        return target  # "DeepSeek posted R1 on Hugging Face. The start-up ...": DeepSeek
    ids = {f.best.id for f in orgs}
    young = {
        f.best.id
        for f in mentions
        if f.best.id in ids and not f.ref and f.type == "Organization" and _described_young(text, f)
    }
    if len(young) != 1:
        return None
    return next(f for f in orgs if f.best.id in young)


_BASED_AT = re.compile(r" (?:(?:có|đặt|đóng) trụ sở (?:chính )?)?(?:tại|ở) ")
_PLACE_THEN = re.compile(r", ")
_THIS = re.compile(r" (này)\b")


def _closing_this(text: str, spans: _Spans, b: int) -> list[tuple[int, int]]:
    """The "này" closing a description by place that opens at text[:b] ("Startup| có trụ
    sở tại Tokyo này được thành lập ..."): it stands where the clause's subject ends."""
    m = _BASED_AT.match(text, b)
    if m is None:
        return []
    at = m.end()
    while True:
        place = next((f for f in spans._near(at, at + 1) if f.start == at), None)
        if place is None or place.type != "Location":
            return []
        at = place.end
        more = _PLACE_THEN.match(text, at)
        if more is None:
            break
        at = more.end()
    this = _THIS.match(text, at)
    return [this.span(1)] if this else []


def _trade_for_body(word: str, target: Found) -> bool:
    """Whether a company noun ("the chip designer", "công ty này") would recall a public body."""
    head = word.removesuffix(" này").strip()
    return _TRADES.search(head) is not None and (
        _BODY.search(target.best.name) is not None or _BODY.search(target.text) is not None
    )


def _stated(st, b: int) -> bool:
    """Whether a Vietnamese country name follows text[:b] ("Tập đoàn| Mỹ này"): a
    description by country, not a title before a name."""
    return st.language == "vi" and _DEMONYMS.match(st.text, b + 1) is not None


def _country(cat, id_: str) -> str | None:
    """The country of a catalogue entry: its own id for a country, else its `country`."""
    entry = cat.entries.get(id_)
    if entry is None:
        return None
    if entry.country is None and entry.id in _COUNTRIES:
        return entry.id
    return entry.country


def _fitting(st, spans: _Spans, a: int, b: int, word: str, catalogue_path: str | None = None):
    """What an antecedent of the reference text[a:b] must be, as a test, or None for anything.

    - an agency by its head noun ("the bureau", "Bộ này"): an entity whose name has it;
    - a description by place ("the Hangzhou start-up", "the Chinese firm", "startup ở
      Hàng Châu", "công ty có trụ sở tại Bắc Kinh"): an organisation the catalogue puts
      in that place's country. A Vietnamese description by place whose place is not
      known gives False: the reference stays unresolved.
    """
    head = word.split(" ", 1)[0]
    if head in _HEADS:
        return lambda f: head in f.text.lower() or head in f.best.name.lower()
    text = st.text
    places = [f for f in spans._near(a, b) if f.type == "Location" and a <= f.start < b]
    after = st.language == "vi" and re.match(
        r" (?:(?:có|đặt|đóng) trụ sở (?:chính )?)?(?:tại|ở) ", text[b : b + 30]
    )
    if after:
        at = b + after.end()
        places = [f for f in spans._near(at, at + 1) if f.type == "Location" and f.start == at]
    words = [w.lower() for w in _DEMONYMS.findall(text[a:b])]
    if st.language == "vi":  # "Tập đoàn Trung Quốc này": the country follows the noun
        m = _DEMONYMS.match(text, b + 1)
        words = [m.group().lower()] if m and text[b : b + 1] == " " else []
    state = next((STATES.get(w) or _VI_STATES.get(w) for w in words), None)
    if places or state:
        cat = load_catalogue(catalogue_path)
        country = state or _country(cat, places[0].best.id)
        if country is None:  # a place the catalogue puts nowhere: no test to make
            return False if after else None
        # a known country must match; an organisation the catalogue has no country for
        # may still be it (the choice then needs it to be the only one in view)
        return lambda f: _country(cat, f.best.id) in (country, None)
    return False if after else None


_DEMONYMS = re.compile(
    r"\b(?:American|Chinese|Japanese|Korean|Taiwanese|Dutch|British|French|German|Mỹ|"
    r"Trung Quốc|Nhật Bản|Hàn Quốc|Đài Loan|Hà Lan|Pháp|Anh|Đức)(?![\w-])"
)
_VI_STATES = {"pháp": "france", "anh": "united-kingdom", "đức": "germany"}


def _based_places(st) -> list[Found]:
    """Places named only as "<Place>-based <company noun>" ("the Icheon-based chipmaker").

    A capitalised word before "-based" and a company noun is where the company is;
    a name already found there (a company: "Arm-based chips") is left alone.
    """
    text = st.text
    if "-based" not in text:
        return []
    spans = _Spans(sorted(st.mentions, key=_START))
    out = []
    for m in _BASED.finditer(text):
        a, b = m.span("place")
        first = m["place"].split()[0]
        if first in LEADING_WORDS and first != m["place"]:  # "The Baltimore-based operator"
            a += len(first) + 1
        place = text[a:b]
        if st.skipped(a, b) or spans.overlapping(a, b) or place in _NOT_SHORT:
            continue
        cand = Candidate(slug(place), place, "Location", "discovery", 0.8)
        out.append(Found(a, b, place, [cand], st.sentence_of(a)))
    return out


def _same_names(mentions: list[Found]) -> None:
    """A later mention spelt exactly like an earlier one reads as that entity.

    Discovery may give "Ông Trần Thiên Thạch" its own id after "Trần Thiên Thạch
    (Chen Tianshi)" was matched to the catalogue; in one document they are one person.
    """
    first: dict[tuple[str, str], Found] = {}
    for f in mentions:
        key = (f.text, f.type)
        old = first.setdefault(key, f)
        if old is not f and old.best.id != f.best.id and f.best.source != "catalogue":
            f.candidates, f.chosen = list(old.candidates), old.chosen


def _short_names(text: str, mentions: list[Found], sentence_of, lang: str) -> list[Found]:
    """One word of a named person standing alone later in the document.

    The last word ("Altman" after "Sam Altman") anywhere; the first word ("Liang"
    after "Liang Wenfeng", "Kwak" after "Kwak Noh-jung") in English, and in
    Vietnamese only after "ông"/"bà" ("ông Vương" after "Vương Hưng Hưng"). A
    word that two people of the document share stays unresolved; a word of two letters
    ("Ek", "Xu") only after a title ("ông Ek", "Mr Xu"). (A company's head
    word standing alone, "Talen" after "Talen Energy", is `extract.short_names`.)
    """
    last: dict[str, Found | None] = {}
    head: dict[str, Found | None] = {}
    for f in mentions:
        if f.type != "Person":
            continue
        words = f.text.split()
        if len(words) < 2:
            continue
        for table, word in ((last, words[-1]), (head, words[0])):
            if len(word) < 2 or not word[0].isupper() or word in _NOT_SHORT:
                continue  # (a two-letter word counts only after a title: `_TITLED`)
            old = table.setdefault(word, f)
            if old is not None and old.best.id != f.best.id:
                table[word] = None  # two people share it
    keys = {w: f for w, f in last.items() if f is not None}
    for w, f in head.items():
        if f is not None and w not in last:
            keys[w] = f
        elif f is None or (last.get(w) and last[w].best.id != f.best.id):
            keys.pop(w, None)
    if not keys:
        return []
    rx = re.compile(whole_words(list(keys)))
    out = []
    spans = _Spans(sorted(mentions, key=_START))
    for m in rx.finditer(text):
        word = m.group()
        full = keys[word]
        a, b = m.span()
        if a <= full.start or spans.overlapping(a, b):
            continue
        if len(word) < 3 and not _TITLED.search(text, max(0, a - 5), a):
            continue  # "ông Ek", "Mr Xu": a two-letter name needs its title
        if (
            word not in last
            and lang == "vi"
            and not text[max(0, a - 4) : a].lower().endswith(("ông ", "bà "))
        ):
            continue
        if word not in last and re.match(r" [A-ZĐ]", text[b : b + 2]):
            continue  # "Liang Qichao" is somebody else
        c = full.best
        cand = Candidate(c.id, c.name, c.type, c.source, c.confidence * 0.95)
        out.append(Found(a, b, word, [cand], sentence_of(a), ref=True))
    return out


class _Spans:
    """Mentions sorted by start, asked which of them overlap a char range.

    Only mentions starting in (a - longest, b) can overlap [a, b), so each
    question looks at that slice (found by bisection), not at every mention.
    """

    def __init__(self, mentions: list[Found]) -> None:
        self.mentions = mentions
        self.starts = [f.start for f in mentions]
        self.longest = max((f.end - f.start for f in mentions), default=0)

    def _near(self, a: int, b: int) -> list[Found]:
        lo = bisect_right(self.starts, a - self.longest)
        return self.mentions[lo : bisect_left(self.starts, b)]

    def covered(self, a: int, b: int) -> bool:
        """Whether a mention covers any part of [a, b) without lying wholly inside it."""
        return any(
            not (b <= f.start or a >= f.end) and not (a <= f.start and f.end <= b)
            for f in self._near(a, b)
        )

    def inside(self, a: int, b: int) -> list[int]:
        """Ends of the mentions lying wholly inside [a, b)."""
        return [f.end for f in self._near(a, b) if a <= f.start and f.end <= b]

    def overlapping(self, a: int, b: int) -> bool:
        """Whether any mention overlaps [a, b)."""
        return any(not (b <= f.start or a >= f.end) for f in self._near(a, b))


class Salience:
    """Which earlier mention a short reference points at, or None when that is unclear.

    In the reference's own sentence: the nearest earlier mention of the kind (for
    "its"/"their", the clause subject). Further back, sentence by sentence up to
    `_WINDOW`: the one entity of the kind that sentence names, or its subject
    when it names several; a sentence naming several with no clear subject
    ("A and B signed a deal") stops the search: the reference stays unresolved.
    """

    def __init__(self, st, by_sentence: dict[int, list[Found]]) -> None:
        self.st = st
        self.by_sentence = by_sentence

    def subject(self, sentence: int, kind: str, before: int | None = None) -> Found | None:
        """The mention of `kind` a sentence opens with (after an adverbial or descriptors,
        possessive or not: "OpenAI's models are..."), unless it shares it ("A and B")."""
        ms = [
            f
            for f in self.by_sentence.get(sentence, ())
            if (before is None or f.start < before) and f.text.lower() not in _POSSESSIVES
        ]
        kinds = [f for f in ms if f.type == kind]
        if not kinds:
            return None
        text = self.st.text
        start = self.st.sentences[sentence].start
        first = None
        for k, f in enumerate(kinds):
            lead = text[start : f.start].strip()
            if k > 0 and (f.ref or not lead.endswith(",")):
                pass  # past an opening phrase only a name ("..., the venture" is an apposition)
            elif k > 0 or lead.endswith(","):
                # "Spun out of Tsinghua University in 2019, Zhipu is ...": the names of an
                # opening phrase, each after a preposition, are passed over
                first = f
            elif k == 0 and (
                not lead
                or _DESCRIBED.search(lead)
                or _COPULA.search(lead)
                or (f.ref and _DETERMINED.fullmatch(lead))
            ):
                first = f  # "The San Francisco company said": a reference's own words
            if (
                first is not None
                or "," not in text[f.end : kinds[-1].start]
                or not _PREP_BEFORE.search(text, max(start, f.start - 8), f.start)
            ):
                break
        if first is None:
            return None
        nxt = next((f for f in ms if f.start > first.start and f.type == kind), None)
        if (
            nxt is not None
            and nxt.best.id != first.best.id
            and _JOINED.match(text, first.end, nxt.start)
            and not _POSSESSED_APPOSITION.match(text, first.end, nxt.end + 2)
        ):
            return None
        return first

    def _listed(self, here: list[Found]) -> bool:
        """Whether the last of `here` closes a list of names ("A, B and C")."""
        if len(here) < 2:
            return False
        a, b = here[-2], here[-1]
        return a.best.id != b.best.id and _JOINED.match(self.st.text, a.end, b.start) is not None

    def _minor(self, f: Found, near: bool = False) -> bool:
        """Whether `f` stands where a later reference seldom looks: after a preposition
        ("of Huawei", "của Huawei") or as a possessor inside the sentence ("such as
        Meta's Llama"; a sentence opening "Nvidia's chips" still has Nvidia in view), or
        compared ("Like CoreWeave, it..."). `near`: in the reference's own sentence, where
        an object ("invested in Mistral ... of the start-up") is still in view."""
        text = self.st.text
        if _COMPARED.search(text, max(0, f.start - 10), f.start):
            return True
        if not near and _PREP_BEFORE.search(text, max(0, f.start - 8), f.start):
            # "Robot của hãng": a possessive reference keeps its company in view
            return not (f.ref and text.endswith("của ", 0, f.start))

        if text[f.end : f.end + 2] not in ("'s", "’s"):
            return False
        lead = text[self.st.sentences[f.sentence].start : f.start].strip()
        return bool(lead) and not lead.endswith(",")

    def _paired(self, f: Found) -> bool:
        """Whether `f` stands coordinated with a capitalised word no mention covers ("Apple
        and AMD are among its customers" with Apple unread): a shared subject, not `f`'s."""
        text = self.st.text
        near = self.by_sentence.get(f.sentence, ())
        for m in (_UNREAD_BEFORE.search(text, max(0, f.start - 40), f.start),
                  _UNREAD_AFTER.match(text, f.end, f.end + 40)):  # fmt: skip
            if m is not None and not any(
                g.start < m.end("name") and m.start("name") < g.end for g in near
            ):
                return True
        return False

    def _major(self, kinds: list[Found]) -> list[Found]:
        """Those of `kinds` (one sentence's mentions of a kind) not `_minor`, nor listed
        after one that is ("trained at Zeekr and BYD": BYD as much as Zeekr)."""
        out = []
        last = None  # the previous mention, when minor
        for f in kinds:
            if self._minor(f) or (
                last is not None and _AND.fullmatch(self.st.text, last.end, f.start)
            ):
                last = f
            else:
                last = None
                out.append(f)
        return out

    def _coordinated(self, here: list[Found]) -> bool:
        """Whether the first two of `here` are coordinated names ("A and B", "A, B and C"),
        not a name and its apposition ("Microsoft, OpenAI's largest backer")."""
        text = self.st.text
        a, b = here[0], here[1]
        if a.best.id == b.best.id:
            return False
        if _AND.fullmatch(text, a.end, b.start):
            return True
        return (
            text[a.end : b.start].strip() == ","
            and len(here) > 2
            and text[b.end : b.end + 2] not in ("'s", "’s")
            and _JOINED.match(text, b.end, here[2].start) is not None
        )

    def _back(self, sentence: int, kind: str):
        """The sentences before `sentence` a reference looks back through: `_WINDOW` of
        them, and past those, in the same paragraph up to `_FAR` back, as long as the
        sentences passed name nothing of the kind ("Alibaba has kept up its pace. Qwen3
        came in April. July brought Qwen3-Coder. Last month the company ...")."""
        text = self.st.text
        sentences = self.st.sentences
        for back in range(sentence - 1, max(-1, sentence - 1 - _FAR), -1):
            if back < sentence - _WINDOW:
                passed = range(back + 1, sentence)
                if any(f.type == kind for i in passed for f in self.by_sentence.get(i, ())):
                    return
                if "\n\n" in text[sentences[back].end : sentences[sentence].start]:
                    return
            yield back

    def antecedent(
        self, offset: int, kind: str, sentence: int, subject: bool = False, accept=None
    ) -> Found | None:
        """The mention a reference at `offset` points at; `accept`, when given, is a test
        the antecedent must pass ("the Hangzhou start-up": an organisation of China)."""
        text = self.st.text
        here = [
            f
            for f in self.by_sentence.get(sentence, ())
            if f.start < offset and f.type == kind and (accept is None or accept(f))
        ]
        if here and not subject:
            last = here[-1]
            if text[last.end : offset].strip() in (",", "(", "-", "–") and not _COMPARED.search(
                text, max(0, last.start - 10), last.start
            ):
                return last  # "SK Hynix, the Icheon-based chipmaker" is SK Hynix
            if self._listed(here):
                here = []  # "A, B and C are the venture's investors": the venture is none of them
            elif not (kind != "Person" and self._minor(last, True)):
                return last
            elif _OF_APPOSITION.fullmatch(text, last.end, offset):
                return None  # "Aramco Digital, the arm of the state oil giant": someone else
            else:  # "Its service hosts Meta's Llama, and the firm says": not Meta
                major = [f for f in here if not self._minor(f, True)]
                if major:
                    return major[-1]
                here = []
        if here:
            if _RELATIVE_HEAD.match(text, here[-1].end, offset):
                if text.startswith(" own", offset + 3):
                    return here[-1]  # "Microsoft, which trains its own models"
                return None  # "Samsung, which provides its memory": its own, or another's
            found = self.subject(sentence, kind, offset)
            if found is not None:
                return found
            if len(here) > 1 and self._coordinated(here):
                here = []  # "Alibaba and Tencent are among its backers": neither of them
            for f in here:
                if not _PREP_BEFORE.search(text, max(0, f.start - 8), f.start) and not text[
                    f.end : f.end + 2
                ] in ("'s", "’s"):
                    return None if kind in _SALIENT and self._paired(f) else f
            if here:
                return None  # "At Nvidia's show, chief executive X": not past the name
        for back in self._back(sentence, kind):
            kinds = [f for f in self.by_sentence.get(back, ()) if f.type == kind]
            if accept is not None:  # the description decides, wherever the name stands
                ms = [f for f in kinds if accept(f)]
            else:  # a name after "of"/"của" is seldom what a later "the company" recalls
                ms = self._major(kinds)
            if not ms:
                if kinds and kind in _SALIENT and accept is None:
                    return None  # "... hoàn cảnh của Huawei. Công ty bị ...": not past it
                continue
            if accept is not None and len({f.best.id for f in ms}) > 1:
                return None  # two of that place or kind: unclear
            if kind not in _SALIENT:
                return ms[0]  # a model or chip named first is the one "the model" recalls
            if len({f.best.id for f in ms}) == 1:
                # "Apple and AMD are its customers", Apple unread: not AMD alone
                return None if accept is None and self._paired(ms[0]) else ms[0]
            found = self.subject(back, kind)
            return found if found is None or accept is None or accept(found) else None
        return None


@Language.factory("racegraph_resolution", default_config={"catalogue_path": None})
def make_resolution(nlp: Language, name: str, catalogue_path: str | None) -> Resolution:
    return Resolution(catalogue_path)
