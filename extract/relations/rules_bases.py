"""More ways news says a model is built on another (BASED_ON), beside `rules_claims`.

Data only: each `rule(...)` is a `PairRule` (see `extract.relations.rule`).

(An apposed successor, "a successor to Sonnet 4, Claude Sonnet 4.5", is read in
`bases.apposed_successors`: the two names form one comma group the pair rules skip.)

- "trained Sky-T1 by fine-tuning Qwen2.5", "tạo ra X bằng cách tinh chỉnh Y";
- "Nemotron, a Llama-based model", "the Llama-based Nemotron";
- "a fine-tune of Qwen2.5", "trained from Llama 3", "initialised from Mistral 7B";
- "fewer errors than its predecessor, GPT-4o", "GPT-5's predecessor", "GPT-4o, the
  predecessor of GPT-5", "người tiền nhiệm GPT-4o", "tiền thân của GPT-5";
- "fine-tuned Llama 3 into ELYZA-JP", "tinh chỉnh Llama 3 thành ELYZA-JP";
- "TinySwallow, mô hình nhỏ được xây dựng trên nền Qwen2.5": an apposition tells the base.
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
    # "o3 invents facts more often than its predecessor, o1": the newer model names its own
    rule(
        "based_on.en.predecessor",
        "BASED_ON",
        "en",
        r"{w6}(?:its|their) (?:immediate |direct |own |older )?predecessors? (?:model )?(?:, )?",
        0.7,
    ),
    rule(
        "based_on.en.predecessor_possessive",
        "BASED_ON",
        "en",
        r"'s (?:immediate |direct )?predecessor (?:model )?(?:, )?(?:the )?",
        0.75,
    ),
    # "GPT-4o, the predecessor of GPT-5": the older model first
    rule(
        "based_on.en.predecessor_of",
        "BASED_ON",
        "en",
        r"(?:, |\( )?(?:is |was )?(?:the |a )?(?:direct |immediate )?predecessor (?:of|to) "
        r"(?:the |its )?",
        0.7,
        True,
    ),
    rule(
        "based_on.vi.predecessor",
        "BASED_ON",
        "vi",
        r"{w6}(?:người |bản |phiên bản |mô hình |thế hệ )?tiền nhiệm (?:của (?:nó|mình|hãng) )?"
        r"(?:là |, )?",
        0.7,
    ),
    rule(
        "based_on.vi.predecessor_of",
        "BASED_ON",
        "vi",
        r"(?:, |\( )?(?:là )?(?:người |bản |phiên bản |mô hình )?(?:tiền nhiệm|tiền thân) (?:của|cho) "
        r"(?:mô hình )?",
        0.7,
        True,
    ),
    # "fine-tuned Meta's Llama 3 into ELYZA-JP": the tuned model is the one made
    rule(
        "based_on.en.tuned_into",
        "BASED_ON",
        "en",
        r"(?:of (?:\S+ ){1,3})?into (?:a |an |the )?(?:new )?(?:model |version )?(?:called |named |"
        r"dubbed )?",
        0.7,
        True,
        head=r"\b(?:fine-tuned|fine-tunes|fine-tune|fine-tuning|finetuned|distilled|distils|"
        r"distills|distilling|adapted|adapts|retrained|post-trained|turned|turns|converted)\s+"
        r"(?:\S+\s+){0,2}$",
    ),
    rule(
        "based_on.vi.tuned_into",
        "BASED_ON",
        "vi",
        r"(?:của (?:\S+ ){1,3})?thành (?:mô hình |phiên bản |bản )?(?:mới )?",
        0.7,
        True,
        head=r"(?:tinh chỉnh|chưng cất|huấn luyện lại|tinh chỉnh lại|biến|chuyển)\s+"
        r"(?:mô hình\s+)?$",
    ),
    # "TinySwallow, mô hình nhỏ được xây dựng trên nền Qwen2.5", "Nemo, a small model built on Llama"
    rule(
        "based_on.vi.apposed",
        "BASED_ON",
        "vi",
        r", (?:là )?(?:một )?(?:mô hình|phiên bản|bản|biến thể|dòng mô hình)(?: \S+){0,6} "
        r"(?:được )?(?:xây dựng|phát triển|huấn luyện|tinh chỉnh)(?: dựa)? (?:trên nền tảng|"
        r"trên nền|trên|dựa trên|từ) (?:của )?(?:mô hình )?",
        0.7,
    ),
    rule(
        "based_on.en.apposed",
        "BASED_ON",
        "en",
        r", (?:a |an |the )(?:\S+ ){0,5}(?:model|version|variant|system) (?:that was |which was |"
        r"that is |which is )?(?:built|based|trained|fine-tuned|developed|distilled) (?:on top of|"
        r"on|upon|from|atop) (?:the |a )?",
        0.7,
    ),
)
