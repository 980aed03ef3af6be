"""Partners and rivals told by memoranda, tie-ups, pledged investments, deals worked
under, joint work, dashed name pairs, races, fights for the same prize and lost leads.

Every sentence is written for the test and runs the bundled catalogue; each family has
cases (English and Vietnamese) that must not fire.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.facts import found_in, has_fact

P, C = "PARTNERS_WITH", "COMPETES_WITH"


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        # memoranda, settlements, tie-ups and joined hands
        ("Samsung signed a memorandum of understanding with OpenAI on memory.", "en",
         ("samsung-electronics", P, "openai")),
        ("OpenAI reached a settlement with Microsoft over revenue.", "en", ("openai", P, "microsoft")),
        ("The plant is run by Tata Electronics in tie-up with Intel.", "en",
         ("tata-electronics", P, "intel")),
        ("Samsung has joined hands with Nvidia on an AI factory.", "en",
         ("samsung-electronics", P, "nvidia")),
        # an investment pledged or planned ("agreed to invest ... in")
        ("SoftBank agreed to invest $40 billion in OpenAI.", "en", ("softbank", P, "openai")),
        ("Google has committed to invest a further $1 billion into Anthropic.", "en",
         ("google", P, "anthropic")),
        # the investor's own investment or stake, in the possessive
        ("Microsoft's $1.5 billion investment in G42 drew scrutiny.", "en", ("microsoft", P, "g42")),
        # work done under a deal with the partner
        ("Apple is bringing ChatGPT to Siri under an agreement with OpenAI.", "en",
         ("apple", P, "openai")),
        ("AMD cung cấp chip cho khách hàng theo thỏa thuận với OpenAI.", "vi", ("amd", P, "openai")),
        # among the backers of
        ("Nvidia is among the investors backing xAI.", "en", ("nvidia", P, "xai")),
        # made together: a list before "jointly", a list after "jointly ... by"
        ("The chip is being developed jointly by OpenAI and Broadcom.", "en",
         ("openai", P, "broadcom")),
        ("Arm and SoftBank are partnering on a new chip venture.", "en", ("arm", P, "softbank")),
        ("Huawei và Seres cùng nhau phát triển xe điện.", "vi", ("huawei", P, "seres")),
        # hired to help design
        ("Nvidia has tapped MediaTek to help design a PC chip.", "en", ("nvidia", P, "mediatek")),
        # Vietnamese deals with no words or many words between the deal and "với"
        ("Vingroup đã đạt thỏa thuận với Nvidia về VinBrain.", "vi", ("vingroup", P, "nvidia")),
        ("OpenAI ký hợp đồng điện toán đám mây trị giá 300 tỷ USD với Oracle.", "vi",
         ("openai", P, "oracle")),
        # rivals: verbs of a contest
        ("Huawei is challenging Nvidia in AI chips.", "en", ("huawei", C, "nvidia")),
        ("Baidu vies with Alibaba for cloud customers.", "en", ("baidu", C, "alibaba")),
        ("Google is racing against OpenAI to ship agents.", "en", ("google", C, "openai")),
        ("Moonshot AI competes head-on with DeepSeek.", "en", ("moonshot-ai", C, "deepseek")),
        ("Anthropic is going toe-to-toe with OpenAI in sales.", "en", ("anthropic", C, "openai")),
        ("Alibaba is in a price war with Tencent.", "en", ("alibaba", C, "tencent")),
        ("Huawei đang chạy đua với Nvidia để giành thị phần.", "vi", ("huawei", C, "nvidia")),
        ("Xiaomi muốn soán ngôi Apple trên thị trường điện thoại.", "vi", ("xiaomi", C, "apple")),
        ("Xiaomi đang bám đuổi Apple trên thị trường smartphone.", "vi", ("xiaomi", C, "apple")),
        # going after another's lead, or fighting it for a prize
        ("AMD is trying to chip away at Nvidia's dominance.", "en", ("amd", C, "nvidia")),
        ("Groq is taking aim at Nvidia's grip on inference.", "en", ("groq-inc", C, "nvidia")),
        ("Baidu is battling Alibaba for the top spot in cloud.", "en", ("baidu", C, "alibaba")),
        # the rival named with a copula and a possessive
        ("AMD is Nvidia's closest rival.", "en", ("amd", C, "nvidia")),
        ("AMD is one of Nvidia's main competitors.", "en", ("amd", C, "nvidia")),
        ("Nvidia's arch-rival AMD launched a chip.", "en", ("amd", C, "nvidia")),
        ("AMD, Nvidia's arch-rival, launched a chip.", "en", ("amd", C, "nvidia")),
        ("AMD là một trong những đối thủ lớn nhất của Nvidia.", "vi", ("amd", C, "nvidia")),
        ("AMD và Nvidia là hai đối thủ lớn.", "vi", ("amd", C, "nvidia")),
        # gaining on, lagging behind, overtaken in the passive, a position threatened
        ("AMD is gaining on Nvidia.", "en", ("amd", C, "nvidia")),
        ("Baidu lags behind Alibaba in cloud.", "en", ("baidu", C, "alibaba")),
        ("Baidu bị Alibaba vượt mặt.", "vi", ("baidu", C, "alibaba")),
        ("Huawei đe dọa vị thế của Nvidia.", "vi", ("huawei", C, "nvidia")),
        # base forms and a partnership widened or deepened
        ("Apple said it would partner with Alibaba in China.", "en", ("apple", P, "alibaba")),
        ("Microsoft expanded its partnership with OpenAI.", "en", ("microsoft", P, "openai")),
        ("Google deepened its collaboration with Anthropic.", "en", ("google", P, "anthropic")),
        ("Amazon is a long-time partner of Anthropic.", "en", ("amazon", P, "anthropic")),
        # supplied with goods
        ("Nvidia will supply xAI with more chips.", "en", ("nvidia", P, "xai")),
        # two names joined by a dash before or after the deal noun
        ("The Microsoft-OpenAI partnership is under strain.", "en", ("microsoft", P, "openai")),
        ("Thương vụ Nvidia – Groq gây chú ý.", "vi", ("nvidia", P, "groq-inc")),
        # a backer in the company's round, or leading an investment in it
        ("Tencent joined Moonshot AI's $300 million round.", "en", ("tencent", P, "moonshot-ai")),
        ("Nvidia led a $6.6 billion investment in OpenAI.", "en", ("nvidia", P, "openai")),
        # support named before the subject; two makers co-developing
        ("With support from Nvidia, Samsung built an AI factory.", "en",
         ("samsung-electronics", P, "nvidia")),
        ("SK Hynix and TSMC agreed to co-develop HBM4.", "en", ("sk-hynix", P, "tsmc")),
        # a stake without "tại"/"của"
        ("Alibaba nắm 36% cổ phần Moonshot AI.", "vi", ("alibaba", P, "moonshot-ai")),
    ],
)  # fmt: skip
def test_fact_found(text: str, lang: str, fact: tuple[str, str, str]) -> None:
    _, found = found_in(text, lang)
    assert has_fact(found, fact), (fact, found)


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        # ", and" after the first of two names opens a clause: no list of two
        (("AMD announced a $10 billion collaboration with Humain, and Amazon Web Services said "
          "it would invest in Humain."), "en", ("amd", P, "aws")),
        # an army is no company for "công ty này" to recall
        (("Zhipu bị cáo buộc hỗ trợ quân đội Trung Quốc, nhưng công ty này vẫn gọi được vốn từ "
          "Alibaba."), "vi", ("alibaba", P, "pla")),
        # a deal only planned or rejected, a co-investment, a launch each on its own
        ("Microsoft's planned investment in G42 was blocked.", "en", ("microsoft", P, "g42")),
        ("Alibaba and Tencent jointly invested in Moonshot AI.", "en", ("alibaba", P, "tencent")),
        ("The round was co-led by Alibaba and Tencent.", "en", ("alibaba", P, "tencent")),
        ("Alibaba và Tencent cùng ra mắt mô hình riêng.", "vi", ("alibaba", P, "tencent")),
        ("Apple did not ship ChatGPT under an agreement with OpenAI.", "en", ("apple", P, "openai")),
        ("FPT không làm việc theo thỏa thuận với Nvidia.", "vi", ("fpt", P, "nvidia")),
        # partners said not to be rivals
        ("OpenAI and Microsoft are partners, not rivals.", "en", ("openai", C, "microsoft")),
        # a fight or race against a regulator is no rivalry
        ("The Commerce Department is in a fight with Nvidia over exports.", "en",
         ("us-department-of-commerce", C, "nvidia")),
        ("The Commerce Department is fighting Huawei over export rules.", "en",
         ("us-department-of-commerce", C, "huawei")),
        ("The Commerce Department wants to break Nvidia's monopoly.", "en",
         ("us-department-of-commerce", C, "nvidia")),
        # a tie or rivalry that was, or that was stopped
        ("Microsoft, a former partner of OpenAI, launched a model.", "en",
         ("microsoft", P, "openai")),
        ("Washington stopped Nvidia from supplying Huawei with chips.", "en",
         ("nvidia", P, "huawei")),
        ("Apple và Alibaba không phải là hai đối thủ.", "vi", ("apple", C, "alibaba")),
        # the dashed pair is the deal's two parties; the subject after it is not a third
        ("Sau thương vụ Nvidia – Groq, OpenAI mua thêm chip của Cerebras.", "vi",
         ("nvidia", P, "openai")),
        # a partnership is no rivalry
        ("FPT hợp tác với Nvidia.", "vi", ("fpt", C, "nvidia")),
        ("FPT và Viettel ký thỏa thuận hợp tác.", "vi", ("fpt", C, "viettel")),
    ],
)  # fmt: skip
def test_fact_not_found(text: str, lang: str, fact: tuple[str, str, str]) -> None:
    _, found = found_in(text, lang)
    assert not has_fact(found, fact), (fact, found)
