"""Sentence-level rules: facts signalled by one cue next to one mention.

- `ranks_by_source`: "…, theo Chatbot Arena" / "according to the LMArena
  leaderboard": the benchmark ranks every model the sentence names.
- `hosted_on`: "… trên nền tảng Hugging Face", "available on Azure" with a
  download/availability word: the platform hosts the sentence's models.
- `compared_scores`: "A scored 80 per cent against 75 for B", "A đạt 80 điểm, trong
  khi B chỉ đạt 75": the higher score outperforms; and "A xếp sau X, đồng thời
  vượt B" / "A trails X, while also beating B": the sentence's first model,
  not the one just before the verb, beats B.
- `catalogue_links`: two mentions in one sentence that the catalogue already
  links (a model and its developer, a unit and its parent, a company and its
  country when they stand close): the text co-mentions, the catalogue confirms.
  These carry low confidence.
"""

from __future__ import annotations

import re
from itertools import pairwise

from extract.catalogue import Catalogue
from extract.folding import may_hold
from extract.relations.described_homes import describes
from extract.relations.lexicon import PairRule
from extract.relations.rules import Match
from extract.spans import Found

__all__ = [
    "SENTENCE_RULES",
    "catalogue_links",
    "compared_scores",
    "hosted_on",
    "inner_names",
    "model_facts",
    "ranks_by_source",
]

_RANK_BEFORE = re.compile(
    r"(?:theo|according to|on|trên|tại|dẫn đầu|đứng đầu|tops?|topped|leads?)\s+"
    r"(?:(?:bảng xếp hạng|bài kiểm tra|báo cáo từ|báo cáo của|kết quả|the|latest|"
    r"nền tảng|đánh giá)\s+)*$",
    re.IGNORECASE,
)
_RANK_AFTER = re.compile(r"\s*(?:leaderboard|rankings?|ranking list|benchmark)", re.IGNORECASE)
# "on benchmarks including Arena-Hard and LiveBench", "trên các bài kiểm tra như AIME"
_RANK_LIST = re.compile(
    r"(?:benchmarks?|tests?|evaluations?|exams?|leaderboards?|bài kiểm tra|bài đánh giá|bài thi|"
    r"điểm chuẩn|bộ đánh giá)\s+(?:such as|like|including|gồm|như|bao gồm|chẳng hạn như)\s+$",
    re.IGNORECASE,
)
_RANK_AND = re.compile(r"^\s*(?:,|and|và|or|hoặc|, and|, và)\s*$", re.IGNORECASE)
_HOST_BEFORE = re.compile(
    r"(?:(?:trên|on|lên|via|onto|through|qua)\s+(?:(?:nền tảng|kho|trang|cộng đồng|the|"
    r"platform|hub|ứng dụng|trợ lý|dịch vụ|its|their)\s+)*(?:như\s+)?|"
    # "available in the Kimi app", "có mặt trong ứng dụng X": an app carries the model
    r"(?:available|accessible|offered|live|downloadable|usable|free|có mặt|có sẵn|tích hợp|"
    r"được tích hợp)\s+(?:to\s+\S+\s+)?(?:in|inside|within|into|trong|vào)\s+"
    r"(?:(?:the|its|their|ứng dụng|trợ lý|dịch vụ|nền tảng)\s+)*)$",
    re.IGNORECASE,
)
# "built on Alibaba's Qwen", "chạy trên Ascend": a base or a runtime, not a host
_HOST_NOT = re.compile(
    r"(?:built|based|trained|fine-tuned|distilled|runs?|running|relies|relying|"
    r"xây dựng|dựa|chạy|huấn luyện|tinh chỉnh)\s+(?:trên|on)\s+(?:\S+\s+){0,2}$",
    re.IGNORECASE,
)
# download/availability words near a host: searched as literals, so first tested cheaply
_HOST_WORD_LIST = (
    "tải xuống", "tải về", "lượt tải", "có sẵn", "truy cập", "đăng tải", "chia sẻ", "thịnh hành",
    "phổ biến nhất", "có mặt", "tải lên", "đưa lên", "phát hành", "mở cho", "dùng thử",
    "trải nghiệm", "tích hợp", "mã nguồn mở", "trọng số", "download", "available", "hosted",
    "uploaded", "trending", "most popular", "most-downloaded", "published", "went up", "go up",
    "goes up", "posted", "put up", "listed", "open-sourced", "open-weight", "weights",
    "accessible", "offered", "served", "live on", "released", "can be tried", "to try",
    "integrated",
)  # fmt: skip
_HOST_WORDS = re.compile("|".join(map(re.escape, _HOST_WORD_LIST)), re.IGNORECASE)
_HOSTS = frozenset({"Product", "Organization"})  # the types a host may have
_MODEL = frozenset({"AIModel"})
_BENCHMARK = frozenset({"Benchmark"})

SENTENCE_RULES = {
    "ranks": PairRule("ranks.sentence.source", "RANKS", "*", "", confidence=0.6),
    "hosts": PairRule("hosts.sentence.platform", "HOSTS", "*", "", confidence=0.55),
    "developed": PairRule("developed.catalogue.co_mention", "DEVELOPED", "*", "", confidence=0.55),
    "manufactures": PairRule(
        "manufactures.catalogue.co_mention", "MANUFACTURES", "*", "", confidence=0.55
    ),
    "part_of": PairRule("part_of.catalogue.co_mention", "PART_OF", "*", "", confidence=0.55),
    "owns": PairRule("owns.catalogue.co_mention", "OWNS", "*", "", confidence=0.55),
    "located": PairRule("located_in.catalogue.co_mention", "LOCATED_IN", "*", "", confidence=0.5),
    "name_developed": PairRule("developed.name_prefix", "DEVELOPED", "*", "", confidence=0.7),
    "name_manufactures": PairRule(
        "manufactures.name_prefix", "MANUFACTURES", "*", "", confidence=0.7
    ),
    "name_part_of": PairRule("part_of.name_prefix", "PART_OF", "*", "", confidence=0.65),
    "name_issued": PairRule("issued.name_prefix", "ISSUED", "*", "", confidence=0.7),
    "scores": PairRule("outperforms.sentence.scores", "OUTPERFORMS", "*", "", confidence=0.65),
    "shared": PairRule("outperforms.sentence.subject", "OUTPERFORMS", "*", "", confidence=0.6),
}

_NUM = r"(\d+(?:[.,]\d+)?)"
_UNIT = r"\s*(?:%|percent|per cent|points?|pts|điểm|phần trăm)?"
# "A scored 80.1", "A's score of 80.1", "A đạt 80,1"
_FIRST = re.compile(
    r"^\s*(?:'s\s+(?:score|result|mark)\s+(?:of|was)\s+|(?:\S+\s+){0,2}?(?:scored|scores|scoring|"
    r"achieved|achieves|reached|reaches|posted|posts|hit|hits|got|gets|managed|notched|recorded|"
    r"logged|solved|fixed|answered|đạt|đạt được|ghi|ghi được|giải được|giành)\s+"
    r"(?:a score of\s+|an? \S+ of\s+|số điểm\s+|điểm\s+|mức\s+|tới\s+|khoảng\s+)?)" + _NUM + _UNIT,
    re.IGNORECASE,
)
# "... against 79.2 percent for B", "... so với 75 điểm của B"
_SECOND_BEFORE = re.compile(
    r"(?:against|versus|vs\.?|compared with|compared to|so với|trước|còn)\s+(?:mức\s+|only\s+|just\s+)?"
    + _NUM
    + _UNIT
    + r"\s+(?:for|from|by|of|của|ở|với)\s*$",
    re.IGNORECASE,
)
# "..., while B scored 75", "..., trong khi B chỉ đạt 75"
_SECOND_JOIN = re.compile(
    r"(?:,\s*|\s)(?:while|whereas|and|but|compared with|against|trong khi|còn|so với|và|nhưng)\s*"
    r"(?:the\s+|rival\s+|đối thủ\s+)?$",
    re.IGNORECASE,
)
_SECOND_AFTER = re.compile(  # used with .match(text, pos): no "^"
    r"\s*(?:'s\s+)?(?:only\s+|just\s+|chỉ\s+|mới\s+|cũng\s+)?(?:scored|managed|got|reached|posted|"
    r"achieved|hit|solved|fixed|đạt|được|có|ghi|ghi được|giải được)?\s*(?:được\s+)?"
    r"(?:a score of\s+|điểm\s+|số điểm\s+|mức\s+)?" + _NUM,
    re.IGNORECASE,
)
_BEAT = (
    r"(?:vượt|vượt qua|vượt trội|đánh bại|bỏ xa|vượt mặt|qua mặt|beats?|beating|outperforms?|"
    r"outperforming|surpass(?:es|ing)?|tops|topping|outscor(?:es|ing))"
)
# "..., đồng thời vượt B": the verb shares the sentence's subject
_SHARED = re.compile(
    r",\s*(?:đồng thời|cùng lúc|và cũng|còn|while also|and also|while|and)\s+(?:\S+\s+){0,2}?"
    + _BEAT
    + r"\s+(?:cả\s+|both\s+|the\s+)?$",
    re.IGNORECASE,
)
_MODEL_AND = re.compile(r"^\s*(?:,|và|and|or|hoặc|, and|, và)\s*$", re.IGNORECASE)


def _pick(found: Found, types: frozenset[str]) -> int | None:
    for k, c in enumerate(found.candidates):
        if c.type in types:
            return k
    return None


def _match(rule: PairRule, src: Found, si: int, tgt: Found, ti: int, end: int = 0) -> Match:
    start, stop = min(src.start, tgt.start), max(src.end, tgt.end, end)
    return Match(rule, src, tgt, si, ti, start, stop, 99)


def _models(mentions: list[Found]) -> list[tuple[Found, int]]:
    """The mentions that may be AI models, each with its first AIModel candidate."""
    return [(m, k) for m in mentions if (k := _pick(m, _MODEL)) is not None]


def model_facts(text: str, mentions: list[Found]) -> list[Match]:
    """The facts of the three rules below that need a model: ranks, hosts, compared scores.

    The sentence's models are found once; a sentence without one skips all three.
    """
    models = _models(mentions)
    if not models:
        return []
    return (
        ranks_by_source(text, mentions, models)
        + hosted_on(text, mentions, models)
        + compared_scores(text, mentions, models)
    )


def ranks_by_source(
    text: str, mentions: list[Found], models: list[tuple[Found, int]] | None = None
) -> list[Match]:
    """The benchmark a sentence cites ranks the models of that sentence (`models`, if given)."""
    if models is None:
        models = _models(mentions)
    if not models:
        return []  # nothing to rank: no cue need be read
    out = []
    cited = None  # the last benchmark the sentence cites, so "A and B" both count
    for b in mentions:
        bi = _pick(b, _BENCHMARK)
        if bi is None:
            continue
        listed = cited is not None and _RANK_AND.match(text[cited.end : b.start]) is not None
        if not (
            listed
            or _RANK_BEFORE.search(text, max(0, b.start - 40), b.start)
            or _RANK_LIST.search(text, max(0, b.start - 40), b.start)
            or _RANK_AFTER.match(text, b.end)
        ):
            continue
        cited = b
        for m, mi in models:
            if m is not b:
                out.append(_match(SENTENCE_RULES["ranks"], b, bi, m, mi))
    return out


def hosted_on(
    text: str, mentions: list[Found], models: list[tuple[Found, int]] | None = None
) -> list[Match]:
    """A platform the sentence's models (`models`, if given) are downloaded from or available
    on hosts them.

    A host needs a download/availability word in the 50 chars before it; when
    no such word stands anywhere from 50 chars before the first possible host
    to the last, none does (`may_hold`), and no regex runs.
    """
    if models is None:
        models = _models(mentions)
    hosts = [(h, hi) for h in mentions if (hi := _pick(h, _HOSTS)) is not None]
    if not models or not hosts:
        return []
    first, last = min(h.start for h, _ in hosts), max(h.start for h, _ in hosts)
    if not may_hold(text[max(0, first - 50) : last], _HOST_WORD_LIST):
        return []
    out = []
    for h, hi in hosts:
        if not _HOST_BEFORE.search(text, max(0, h.start - 40), h.start):
            continue
        if _HOST_NOT.search(text, max(0, h.start - 40), h.start):
            continue
        if not _HOST_WORDS.search(text, max(0, h.start - 50), h.start):
            continue
        for m, mi in models:
            if m is not h:
                out.append(_match(SENTENCE_RULES["hosts"], h, hi, m, mi))
    return out


def _value(raw: str) -> float:
    return float(raw.replace(",", "."))


def compared_scores(
    text: str, mentions: list[Found], models: list[tuple[Found, int]] | None = None
) -> list[Match]:
    """OUTPERFORMS from two scores compared in one sentence, and from a shared subject
    (between the sentence's `models`, if given).

    >>> from extract.spans import Candidate
    >>> t = "A scored 80.1 percent against 75 percent for B."
    >>> a = Found(0, 1, "A", [Candidate("a", "A", "AIModel")])
    >>> b = Found(45, 46, "B", [Candidate("b", "B", "AIModel")])
    >>> [(m.source.text, m.target.text) for m in compared_scores(t, [a, b])]
    [('A', 'B')]
    """
    if models is None:
        models = _models(mentions)
    out = []
    for (a, ai), (b, bi) in pairwise(models):
        if a.best.id == b.best.id:
            continue
        between = text[a.end : b.start]
        first = _FIRST.match(between)
        if first is None:
            continue
        rest = between[first.end() :]
        second = _SECOND_BEFORE.search(rest)
        if second is None and _SECOND_JOIN.search(rest) and len(rest) < 80:
            second = _SECOND_AFTER.match(text, b.end, min(len(text), b.end + 60))
        if second is None or len(rest) > 120:
            continue
        x, y = _value(first[1]), _value(second[1])
        if x == y:
            continue
        win, wi, lose, li = (a, ai, b, bi) if x > y else (b, bi, a, ai)
        out.append(_match(SENTENCE_RULES["scores"], win, wi, lose, li))
    if not models:
        return out
    subject, si = models[0]
    for k, (m, mi) in enumerate(models[1:], 1):
        if _SHARED.search(text, max(subject.end, m.start - 60), m.start) is None:
            continue
        out.append(_match(SENTENCE_RULES["shared"], subject, si, m, mi))
        for n, ni in models[k + 1 :]:  # "vượt B và C": the list shares the verb
            if not _MODEL_AND.match(text[m.end : n.start]):
                break
            out.append(_match(SENTENCE_RULES["shared"], subject, si, n, ni))
            m = n
        break
    return out


def inner_names(mentions: list[Found], named: frozenset[str] | None = None) -> list[Match]:
    """Facts a name states about itself: "Nvidia H800" is made by Nvidia, "Alibaba Cloud"
    is part of Alibaba, the "US Entity List" is issued by the US.

    A company read only inside another name (`named`: the ids the document names on their
    own) is a word of that name, no party to the story: "Amazon Web Services" alone states
    no tie to Amazon, nor "DeepSeek-R1" alone who made it; makers and states keep theirs.
    """
    out = []
    for m in mentions:
        for inner in m.inner:
            for k, c in enumerate(m.candidates):
                for ik, ic in enumerate(inner.candidates):
                    if ic.id == c.id:
                        continue
                    prefix = inner.start == m.start
                    if ic.type in ("Location", "Organization") and c.type == "Policy" and prefix:
                        out.append(_match(SENTENCE_RULES["name_issued"], inner, ik, m, k))
                    elif ic.type != "Organization" or not prefix:
                        continue
                    elif c.type == "Hardware":
                        out.append(_match(SENTENCE_RULES["name_manufactures"], inner, ik, m, k))
                    elif named is not None and ic.id not in named:
                        continue
                    elif c.type in ("AIModel", "Product", "Benchmark"):
                        out.append(_match(SENTENCE_RULES["name_developed"], inner, ik, m, k))
                    elif c.type == "Organization" and (named is None or ic.id in named):
                        out.append(_match(SENTENCE_RULES["name_part_of"], m, k, inner, ik))
    return out


def catalogue_links(catalogue: Catalogue, text: str, mentions: list[Found]) -> list[Match]:
    """Links the catalogue records between two mentions of the same sentence; a company's
    country only where the sentence describes the company by it (`describes`)."""
    out = []
    at = {c.id: (m, k) for m in mentions for k, c in enumerate(m.candidates)}
    for m in mentions:
        for k, c in enumerate(m.candidates):
            entry = catalogue.entries.get(c.id) if c.source == "catalogue" else None
            if entry is None:
                continue
            dev = at.get(entry.developer) if entry.developer else None
            if dev and c.type in ("AIModel", "Product", "Hardware", "Benchmark"):
                kind = "manufactures" if c.type == "Hardware" else "developed"
                out.append(_match(SENTENCE_RULES[kind], dev[0], dev[1], m, k))
            par = at.get(entry.parent) if entry.parent else None
            if par and c.type in ("Organization", "Product"):
                kind = "part_of" if c.type == "Organization" else "owns"
                src, si, tgt, ti = (
                    (m, k, par[0], par[1]) if kind == "part_of" else (par[0], par[1], m, k)
                )
                out.append(_match(SENTENCE_RULES[kind], src, si, tgt, ti))
            if entry.country and c.type == "Organization":
                for place in mentions:
                    if place.best.id == entry.country and describes(text, m, place, mentions):
                        out.append(_match(SENTENCE_RULES["located"], m, k, place, place.chosen))
                        break
    return out
