"""The sentence's subject uses the chips a later coordinated verb, or its own verb past an
apposition, names.

"SSI, which has offices in Palo Alto, was valued at $32bn and trains its models on
TPUs", "Mô hình được xây dựng trên Llama 3.1 của Meta và huấn luyện trên 120 GPU
H100": the chips are used by the subject that opens the sentence, not by the name
right before "and"/"và" (the object of the first verb, which the pair rules would
take as the nearer argument). Only a subject that opens its sentence (maybe after an
adverbial: "Tháng 3, ") and a verb of training or running count, and not chips named
after "rather than"/"thay vì". "Humain, launched in May by the PIF, plans to run
Blackwell chips": past a closed apposition (which may name other companies, nearer
arguments to the pair rules) the subject's own verb of use names the chips.
"FPT, tập đoàn do ông X làm chủ tịch, đã khai trương các nhà máy AI tại Nhật Bản và Việt
Nam với hàng nghìn GPU H100", "Recursion trains its models on BioHive-2, a supercomputer
built from H100 processors", "X signed a deal with Nvidia to build a data centre with
18,000 GB300 chips": the subject builds, opens or runs a facility (a data centre, a
supercomputer, an AI factory) made of the chips, so it uses them. A facility built
together with someone else ("cùng Deutsche Telekom xây dựng") is left alone.
"""

from __future__ import annotations

import re

from extract.relations.lexicon import PairRule
from extract.relations.rules import Match
from extract.spans import Found

__all__ = ["trained_subjects"]

_AND_TRAINED = {
    "en": re.compile(
        r"\s(?:and|but) (?:also |now |then |was |is |has been |were |are )?(?:trains|trained|runs|"
        r"ran|serves|served|pretrained|pre-trained|fine-tuned)(?: [^\s.;]+){0,4} on (?:the |a |"
        r"an |its |their )?(?:(?!rather |instead |than )[^\s.;]+ ){0,4}$",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"\svà (?:được |đã |cũng |sau đó )?(?:huấn luyện|đào tạo|chạy|vận hành)(?: [^\s.;]+){0,8} "
        r"(?:trên|bằng) (?:(?!thay |chứ |hơn )[^\s.;]+ ){0,4}$",
        re.IGNORECASE,
    ),
}
# "Humain, launched in May by the PIF, plans to run Nvidia's Blackwell chips": past an
# apposition closed by a comma, the subject's own verb of use
_APPOSED_USE = {
    "en": re.compile(
        r",[^;]{1,160}?,\s+(?:also |now |still |already )?(?:plans to |will |would |aims to |"
        r"intends to |is set to |agreed to |has |had |have )?(?:runs?|ran|running|uses?|used|"
        r"using|deploys?|deployed|operates?|operated|buys?|bought|trains?|trained|rents?|rented)"
        r"(?:\s+(?!rather |instead |than )[^\s.;,]+){0,5}\s+$"
    ),
    "vi": re.compile(
        r",[^;]{1,160}?,\s+(?:cũng |đã |sẽ |đang |vẫn |dự kiến |có kế hoạch )*(?:dùng|sử dụng|"
        r"vận hành|triển khai|chạy|mua|huấn luyện|thuê)(?: (?!thay |chứ |hơn )[^\s.;,]+){0,7} $"
    ),
}
# a facility made of chips, and the words that say what it is made of
_FACILITY_NOUN = {
    "en": r"(?:(?:ai|gpu|new|giant|large|massive|first|second)\s+)*(?:data cent(?:er|re)s?|"
    r"supercomputers?|clusters?|ai factor(?:y|ies)|campus(?:es)?|cloud|facilit(?:y|ies)|"
    r"server farms?|computing platform)",
    "vi": r"(?:[\"“]\s*)?(?:nhà máy ai|nhà máy trí tuệ nhân tạo|siêu máy tính|cụm máy chủ|cụm gpu|"
    r"trung tâm dữ liệu|đám mây ai|hạ tầng ai|hạ tầng điện toán|hệ thống máy chủ|"
    r"cụm siêu máy tính|nền tảng hạ tầng)(?:\s*[\"”])?",
}
_FACILITY = {
    "en": re.compile(
        r"(?:,[^;]{1,160}?,)?\s+(?:[^;]{0,80}?\s(?:to|will|would|said|says)\s)?(?:(?:it|they)\s+)?"
        r"(?:(?:also|has|have|had|now|"
        r"is|was|has been|recently|quietly)\s+)*(?:built|builds|building|build|opened|opens|open|"
        r"switched on|switches on|launched|launches|launch|unveiled|unveils|operates|operated|"
        r"operate|runs|ran|run|commissioned|completed|brought online|installed|deployed|deploy|"
        r"set up|sets up|trains|trained|train)\s+(?:[^\s;]+\s+){0,6}?"
        + _FACILITY_NOUN["en"]
        + r"(?:\s[^;]{0,80}?)?\s(?:with|using|built from|built with|built on|powered by|packed "
        r"with|running|of)\s+(?:[^\s;,]+(?:,\d+)*\s+){0,4}$",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"(?:,[^;]{1,160}?,)?\s+(?:[^;]{0,80}?\s(?:để|nhằm|sẽ|cho biết|cho hay)\s)?(?:(?:cũng|đã|sẽ|đang|hiện|"
        r"vừa|mới|dự kiến|có kế hoạch|chính thức)\s+)*(?:xây|xây dựng|khai trương|vận hành|"
        r"đưa vào vận hành|ra mắt|mở|khánh thành|lắp đặt|triển khai|hoàn thành|công bố|"
        r"huấn luyện|đào tạo)\s+(?:[^\s;]+\s+){0,6}?"
        + _FACILITY_NOUN["vi"]
        + r"(?:\s[^;]{0,80}?)?\s(?:với|dùng|sử dụng|gồm|chạy trên|chạy|trang bị|vận hành trên|"
        r"bằng)\s+(?:[^\s;,]+(?:,\d+)*\s+){0,4}$",
        re.IGNORECASE,
    ),
}
# the subject is a (big) customer of a maker for the chips: "Công ty từng là một trong những
# khách hàng lớn nhất của Nvidia tại Trung Quốc với chip H20", "is one of Nvidia's biggest
# customers for the H20"
_CUSTOMER = {
    "en": re.compile(
        r"(?:,[^;]{1,160}?,)?\s+(?:(?:was|is|has been|became|remains|remained|once|also|long)\s+)+"
        r"(?:one of\s+)?(?:[^\s;,]+(?:'s|’s)\s+)?(?:(?:biggest|largest|major|main|key|top|"
        r"leading)\s+)?(?:customers?|buyers?|clients?)\s+(?:of|for)\s+(?:[^;,]{1,40}?(?:'s|’s)\s+)?"
        r"(?:the\s+)?(?:[^\s;,]+\s+){0,2}",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"(?:,[^;]{1,160}?,)?\s+(?:(?:từng|đã|vẫn|cũng|hiện|luôn)\s+)*là\s+(?:một trong (?:những|các)"
        r"\s+)?khách hàng(?:\s+(?:lớn|lớn nhất|chính|quan trọng|hàng đầu|mua nhiều nhất))?\s+của"
        r"\s+[^;,]{1,60}?\s(?:với|về|cho)\s+(?:[^\s;,]+\s+){0,2}",
        re.IGNORECASE,
    ),
}
# built together with someone else: "cùng Deutsche Telekom xây dựng", "together with X"
_TOGETHER = re.compile(r"\b(?:cùng|together with|jointly with)\s+\S+", re.IGNORECASE)
# a name between the subject and its facility is a partner, an owner or an apposition's
# person ("a deal with Nvidia", "do ông X làm chủ tịch"); any other is a new subject
# ("Microsoft said OpenAI would build ...")
_BESIDE = re.compile(
    r"(?:\b(?:với|with|từ|from|của|of|by|bởi|do|ông|bà|for|cho))\s+(?:the\s+)?$", re.IGNORECASE
)
_LISTED = re.compile(
    r"(?:\s+(?:chips?|GPUs?|gpus?|processors?|accelerators?|systems?))?\s*(?:,|và|and|or|hoặc|&|"
    r", and|, và)\s*"
)
_ACTORS = frozenset({"Organization", "Person", "AIModel", "Product"})
# the subject opens its sentence: after an adverbial ("Tháng 3, ") or a head noun of a
# few lowercase words ("Công ty con FPT Smart Cloud")
_OPENS = re.compile(r"\s*(?:[^,.;!?\n]{0,40},\s+)?(?:\w+(?: [^\W\d_A-Z][^\s,]*){0,2} )?$")
_CUE = {"en": (" and ", " but "), "vi": (" và ",)}
_AND = PairRule("uses.subject_and_trained", "USES", "*", "", confidence=0.65)
_PAST = PairRule("uses.subject_past_apposition", "USES", "*", "", confidence=0.6)
_BUILT = PairRule("uses.subject_facility", "USES", "*", "", confidence=0.6)
_BUYER = PairRule("uses.subject_customer", "USES", "*", "", confidence=0.6)


def trained_subjects(text: str, lang: str, mentions: list[Found], start: int) -> list[Match]:
    """USES matches of the sentence subject (from `start`) for the chips its later verb names."""
    rx = _AND_TRAINED.get(lang)
    if rx is None or len(mentions) < 2:
        return []
    subject = mentions[0]
    if subject.type not in ("Organization", "AIModel") or not _OPENS.fullmatch(
        text, start, subject.start
    ):
        return []
    out = []
    last = None  # the chip of the last match: a chip listed right after it shares the use
    for chip in mentions[1:]:
        if chip.type != "Hardware":
            continue
        span = text[subject.end : chip.start]
        if ";" in span:
            continue
        if last is not None and _LISTED.fullmatch(text, last.target.end, chip.start):
            rule = last.rule
        elif (
            _FACILITY[lang].fullmatch(span) is not None
            and not _TOGETHER.search(span)
            and all(
                m.type not in _ACTORS
                or m.best.id == subject.best.id
                or _BESIDE.search(text, max(subject.end, m.start - 16), m.start)
                for m in mentions[1:]
                if subject.end <= m.start < chip.start
            )
        ):
            rule = _BUILT
        elif subject.type == "Organization" and _CUSTOMER[lang].fullmatch(span) is not None:
            rule = _BUYER
        elif not (span.startswith(",") or any(c in span for c in _CUE[lang])):
            continue
        elif rx.search(text, subject.end, chip.start) is not None:
            rule = _AND
        elif _APPOSED_USE[lang].fullmatch(text, subject.end, chip.start) is not None:
            rule = _PAST
        else:
            continue
        last = Match(rule, subject, chip, subject.chosen, chip.chosen, subject.start, chip.end, 0)
        out.append(last)
    return out
