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
_OPENS = re.compile(r"\s*(?:[^,.;!?\n]{0,40},\s+)?$")
_CUE = {"en": (" and ", " but "), "vi": (" và ",)}
_AND = PairRule("uses.subject_and_trained", "USES", "*", "", confidence=0.65)
_PAST = PairRule("uses.subject_past_apposition", "USES", "*", "", confidence=0.6)


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
    for chip in mentions[1:]:
        if chip.type != "Hardware":
            continue
        span = text[subject.end : chip.start]
        if ";" in span or not (span.startswith(",") or any(c in span for c in _CUE[lang])):
            continue
        if rx.search(text, subject.end, chip.start) is not None:
            rule = _AND
        elif _APPOSED_USE[lang].fullmatch(text, subject.end, chip.start) is not None:
            rule = _PAST
        else:
            continue
        out.append(
            Match(rule, subject, chip, subject.chosen, chip.chosen, subject.start, chip.end, 0)
        )
    return out
