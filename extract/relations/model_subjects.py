"""A model named in one sentence and carried on as the next one's subject.

News describes a model, then goes on about it without its name: "Alibaba
released Qwen3 on Monday. It beats GPT-4o on MMLU", "Mô hình này đạt 70 điểm",
"Nó đạt 80 điểm", "Đây là bản nâng cấp của V3", "Ông Trương cho biết mô hình chỉ cần
tám chip H20 để vận hành". Resolution reads "the model" already; here a subject pronoun
or a bare "mô hình này/mới" that opens a sentence (or follows its opening
adverbial) and is followed by a claim verb (beats, trails, scored, vượt, đạt...)
becomes a reference (`ref`) to the model `Salience` recalls, so the claim rules
can pair it. Nothing is added when no model is in view.

>>> bool(_SUBJECT["en"].match("It narrowly beats GPT-4o")), bool(_SUBJECT["en"].match("It said"))
(True, False)
"""

from __future__ import annotations

import re

from extract.resolution import Salience
from extract.spans import Candidate, Found

__all__ = ["model_subjects"]

_EN_CLAIM = (
    r"(?:beats|beat|outperforms|outperformed|surpasses|surpassed|tops|topped|leads|led|trails|"
    r"trailed|lags|lagged|scored|scores|ranks|ranked|achieved|achieves|reached|reaches|edges|"
    r"edged|outscored|outscores|outpaces|outpaced|matches|matched|exceeds|exceeded|"
    r"(?:is|was) (?:better|worse|stronger|weaker|ahead|behind|second|first)|"
    # what it was made from and on: "It was trained on 2,000 H800s", "It is built on Llama 3"
    r"(?:is|was|has been) (?:trained|built|based|fine-tuned|pretrained|developed|distilled|"
    r"derived|tuned) (?:on|upon|from)|"
    # what it is a version of: "It is a distilled version of R1"
    r"(?:is|was) (?:a|an|the) (?:\S+ ){0,2}(?:version|variant|successor|upgrade|fine-tune|"
    r"distillation) (?:of|to)|"
    r"(?:runs|ran) on)"
)
_VI_CLAIM = (
    r"(?:vượt|vượt qua|vượt trội|đánh bại|đạt|đạt được|ghi|ghi được|đứng đầu|dẫn đầu|xếp|"
    r"đứng|kém|thua|cao hơn|thấp hơn|nhỉnh hơn|tốt hơn|bỏ xa|ngang|ngang ngửa|sánh ngang|"
    r"được (?:huấn luyện|đào tạo|xây dựng|phát triển|tinh chỉnh|chưng cất) (?:trên|dựa trên|từ)|"
    r"dựa trên|chạy trên|"
    # what it needs to run: "mô hình chỉ cần tám chip H20 để vận hành"
    r"cần|cần tới|đòi hỏi|"
    # what it is a version of: "Đây là bản hoàn chỉnh của QwQ-32B-Preview"
    r"là (?:bản|phiên bản|biến thể|bản nâng cấp|bản chưng cất|bản tinh chỉnh) (?:\S+ ){0,2}"
    r"(?:của|từ))"
)
# the subject at a sentence start, or after its opening adverbial ("Theo Alibaba, ...")
_SUBJECT = {
    "en": re.compile(
        r"(?:[^,.;:]{1,60},\s+)?(?P<ref>It|it)(?=\s(?:(?:also|now|reportedly|even|still|narrowly|"
        r"comfortably|easily|clearly)\s)?" + _EN_CLAIM + r"\b)"
    ),
    # also after a verb of saying: "CEO Trương Bằng cho biết mô hình chỉ cần ..."
    "vi": re.compile(
        r"(?:[^,.;:]{1,60},\s+|[^.;:]{1,80}?\s(?:cho biết|cho hay|khẳng định|nói)\s(?:rằng\s|là\s)?)?"
        r"(?P<ref>[Nn]ó|Đây|[Mm]ô hình(?: này| mới| mới này)?)(?=\s(?:(?:cũng|còn|đã|vẫn|"
        r"thậm chí|chỉ)\s)?" + _VI_CLAIM + r"\b)"
    ),
}

_CUE = {"en": ("It ", "it "), "vi": ("Nó ", "nó ", "Mô hình ", "mô hình ", "Đây ")}


def model_subjects(st, by_sentence: dict[int, list[Found]]) -> None:
    """Add to `by_sentence` a model reference for each sentence a model pronoun opens."""
    rx = _SUBJECT.get(st.language)
    if rx is None:
        return
    text = st.text
    salience = Salience(st, by_sentence)
    cue = _CUE[st.language]
    for index, sentence in enumerate(st.sentences):
        head = text[sentence.start : min(sentence.end, sentence.start + 80)]
        if not any(c in head for c in cue):
            continue  # the cheap test: no pronoun near the sentence start
        m = rx.match(text, sentence.start, sentence.end)
        if m is None:
            continue
        a, b = m.span("ref")
        mentions = by_sentence.get(index, [])
        if any(f.start < b and a < f.end for f in mentions) or any(
            f.type == "AIModel" and f.start < a for f in mentions
        ):
            continue  # resolution read it already, or a model named earlier is the subject
        model = salience.antecedent(a, "AIModel", index, True)
        if model is None:
            continue
        c = model.best
        cand = Candidate(c.id, c.name, c.type, c.source, c.confidence)
        ref = Found(a, b, text[a:b], [cand], index, ref=True)
        by_sentence[index] = sorted([*mentions, ref], key=lambda f: f.start)
