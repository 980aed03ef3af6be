"""More ways news says a model is built on another (BASED_ON), beside `rules_claims`.

Data only: each `rule(...)` is a `PairRule` (see `extract.relations.rule`).

(An apposed successor, "a successor to Sonnet 4, Claude Sonnet 4.5", is read in
`bases.apposed_successors`: the two names form one comma group the pair rules skip.)

- "trained Sky-T1 by fine-tuning Qwen2.5", "tạo ra X bằng cách tinh chỉnh Y";
- "Nemotron, a Llama-based model", "the Llama-based Nemotron";
- "a fine-tune of Qwen2.5", "trained from Llama 3", "initialised from Mistral 7B".
"""

from __future__ import annotations

from extract.relations.rule import PairRule, rule

RULES: tuple[PairRule, ...] = (
    rule(
        "based_on.en.by_tuning",
        "BASED_ON",
        "en",
        r"{w6}by (?:fine-tuning|finetuning|fine tuning|distilling|post-training|further training|"
        r"retraining|tuning|adapting|continuing to train|extending) (?:the |a |an |its )?"
        r"(?:open |open-source |open-weight )?(?:\S+ ){0,2}",
        0.7,
    ),
    rule(
        "based_on.vi.by_tuning",
        "BASED_ON",
        "vi",
        r"{w6}bằng cách (?:tinh chỉnh|chưng cất|huấn luyện thêm|huấn luyện lại|tinh chỉnh lại) "
        r"(?:mô hình |mô hình mã nguồn mở )?(?:\S+ ){0,2}",
        0.7,
    ),
    # "Nemotron, a Llama-based model": the base is the hyphenated adjective
    rule(
        "based_on.en.based_adjective",
        "BASED_ON",
        "en",
        r"(?:,|\(|–) (?:is )?(?:a |an |the |its )?(?:new |small |smaller |open |open-source |"
        r"reasoning )?",
        0.7,
        tail=r"-based\b",
    ),
    rule(
        "based_on.en.based_prefix",
        "BASED_ON",
        "en",
        r"-based (?:\S+ ){0,2}",
        0.7,
        True,
    ),
    rule(
        "based_on.en.tuned_from",
        "BASED_ON",
        "en",
        r"(?!(?:and|or|as well as) ){w6}(?:a fine-tune of|fine-tune of|a finetune of|"
        r"trained from|tuned from|post-trained from|initialized from|initialised from|"
        r"(?:a |an )?(?:\S+ )?(?:derivative|descendant) of|built from|created from|"
        r"adapted from|retrained from|distilled down from) (?:the |a |an )?(?:\S+ ){0,2}",
        0.75,
    ),
    # "Nvidia built Nemotron on top of Llama 3.1", "Tencent phát triển T1 trên nền tảng Turbo S":
    # the verb of making stands before the newer model, the base after it
    rule(
        "based_on.en.made_on",
        "BASED_ON",
        "en",
        r"(?:on top of|on|upon|atop|from) (?:the |an |a )?(?:open |open-source )?(?:\S+ ){0,2}",
        0.7,
        head=r"\b(?:built|builds|build|building|trained|trains|train|training|fine-tuned|"
        r"fine-tunes|fine-tune|fine-tuning|developed|develops|created|creates|distilled|distils|"
        r"distills)\s+(?:the\s+|its\s+|a\s+)?(?:new\s+)?$",
    ),
    rule(
        "based_on.vi.made_on",
        "BASED_ON",
        "vi",
        r"(?:trên nền tảng|trên nền|dựa trên|từ) (?:của )?(?:mô hình )?(?:\S+ ){0,2}",
        0.7,
        head=r"(?:xây dựng|phát triển|huấn luyện|tinh chỉnh|tạo ra|chưng cất)\s+(?:mô hình\s+)?$",
    ),
)
