"""Partners told by deals, launches, consortia, founders, licences and supply deals.

Every sentence is written for the test and runs the bundled catalogue; each feature has
cases (English and Vietnamese) that must not fire.
"""

from __future__ import annotations

import pytest

from extract.pipeline import DocumentInput, extract


def _partners(text: str, lang: str) -> set[frozenset[str]]:
    result = extract([DocumentInput(text, language=lang, published="2025-06-01")])
    return {frozenset((r.source, r.target)) for r in result.relations if r.type == "PARTNERS_WITH"}


def _pair(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


@pytest.mark.parametrize(
    ("text", "lang", "pairs"),
    [
        # a deal noun after "agreed": a venture is a deal too
        ("Nvidia has agreed a $2 billion venture with Oracle.", "en", [("nvidia", "oracle")]),
        # joint launches of one named thing
        ("Microsoft and Oracle launched Stargate Cloud on Tuesday.", "en", [("microsoft", "oracle")]),
        ("Mistral AI và Nvidia công bố Mistral Compute tại Paris.", "vi", [("mistral-ai", "nvidia")]),
        # a consortium named by its members
        (
            "A consortium made up of Microsoft, Oracle and SoftBank bid for the site.",
            "en",
            [("microsoft", "oracle"), ("microsoft", "softbank"), ("oracle", "softbank")],
        ),
        ("Liên minh mới, gồm Viettel, FPT và Nvidia, sẽ xây trung tâm dữ liệu.", "vi",
         [("fpt", "viettel"), ("nvidia", "viettel"), ("fpt", "nvidia")]),
        # companies founding one together, and what they founded
        (
            "Stargate was set up in 2025 by SoftBank, Oracle and OpenAI.",
            "en",
            [("openai", "oracle"), ("softbank", "stargate"), ("openai", "stargate")],
        ),
        # the partner in a fronted deal phrase, then the subject
        ("After its deal with Nvidia, FPT opened a new AI factory.", "en", [("fpt", "nvidia")]),
        ("Sau thỏa thuận hợp tác với Nvidia, FPT mở nhà máy AI mới.", "vi", [("fpt", "nvidia")]),
        # licences of technology
        ("Rapidus is licensing its chip process from IBM.", "en", [("ibm", "rapidus")]),
        ("Groq thông báo cấp phép công nghệ suy luận cho Nvidia.", "vi", [("groq-inc", "nvidia")]),
        # supply deals for power or computing
        ("OpenAI agreed to buy computing capacity from Oracle for five years.", "en",
         [("openai", "oracle")]),
        ("OpenAI cam kết mua năng lực tính toán từ Cerebras trong ba năm.", "vi",
         [("cerebras", "openai")]),
        # one of a company's investors, with words before the noun
        ("Sam Altman là một trong những nhà đầu tư cá nhân đầu tiên của Cerebras.", "vi",
         [("cerebras", "sam-altman")]),
        ("SoftBank is one of the largest early investors in OpenAI.", "en", [("openai", "softbank")]),
        # work done in partnership, or a team formed with another firm
        ("OpenAI built the chip in partnership with Broadcom.", "en", [("broadcom", "openai")]),
        ("Meta teamed with Google on cloud capacity.", "en", [("google", "meta-platforms")]),
        # a customer or backer counted or named with "is"
        ("CoreWeave counts Microsoft as its biggest customer.", "en", [("coreweave", "microsoft")]),
        ("Anthropic's largest backer is Amazon.", "en", [("amazon", "anthropic")]),
    ],
)  # fmt: skip
def test_partners_found(text: str, lang: str, pairs: list[tuple[str, str]]) -> None:
    found = _partners(text, lang)
    for a, b in pairs:
        assert _pair(a, b) in found, (a, b, found)


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        # each launched its own things; "rival" models are no joint launch
        ("Alibaba and Tencent both released new models on Monday.", "en", ("alibaba", "tencent")),
        ("Google and Meta launched rival assistants.", "en", ("google", "meta")),
        ("Alibaba và Tencent đều ra mắt mô hình mới.", "vi", ("alibaba", "tencent")),
        # a list set aside before the subject: only the subject launched
        ("Ngoài Huawei và Zhipu AI, Tencent giới thiệu Hunyuan hôm thứ hai.", "vi",
         ("huawei", "tencent")),
        ("Besides Huawei and Baidu, Tencent unveiled Hunyuan this week.", "en",
         ("baidu", "huawei")),
        # people founding a company do not partner each other
        ("Moonshot AI was founded in 2023 by Yang Zhilin and Zhou Xinyu.", "en",
         ("yang-zhilin", "zhou-xinyu")),
        # a licence to export is a government's permit, no technology deal
        ("The Commerce Department denied Nvidia a licence to export technology to Huawei.", "en",
         ("huawei", "nvidia")),
        ("Mỹ không cấp phép xuất khẩu công nghệ của Nvidia cho Huawei.", "vi", ("huawei", "nvidia")),
        # a rival counted or named with "is" is no partner
        ("CoreWeave counts Microsoft as a rival.", "en", ("coreweave", "microsoft")),
        ("Nvidia's biggest rival is AMD.", "en", ("amd", "nvidia")),
        # buying power is no partnership when it is barred
        ("Regulators barred Amazon from buying power from Talen Energy.", "en",
         ("amazon", "talen-energy")),
    ],
)  # fmt: skip
def test_partners_not_found(text: str, lang: str, pair: tuple[str, str]) -> None:
    assert _pair(*pair) not in _partners(text, lang)
