"""Partners and rivals told by a round's listed backers, a deal named through "its", ties a
company holds, things built with a partner, rounds joined, "and its backer", affiliates,
customers, suppliers of another's goods, co-founders; rivals told by comparisons, relative
clauses, races joined, being up against or overtaking another. Lists that tie nothing: a
name set aside ("Ngoài A, B ..."), a reference before a comma, "A, B and C-backed D".

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
        # every backer a round lists, also past the first one
        (("Mistral AI raised $640 million in a round led by General Catalyst with participation "
         "from Nvidia and Samsung."), "en", ("mistral-ai", P, "samsung-electronics")),
        (("Mistral AI closed a $640 million round led by General Catalyst; Nvidia and Samsung "
         "also took part."), "en", ("mistral-ai", P, "nvidia")),
        (("Mistral AI is a Paris start-up. In June the French company closed a $640 million "
         "round, led by General Catalyst and joined by Nvidia and Bpifrance."), "en",
         ("mistral-ai", P, "bpifrance")),
        # a round told in a sentence of its own backs the company in view
        (("Mistral AI raised $640 million in June. The round was led by General Catalyst, with "
         "Nvidia and Samsung also taking part."), "en", ("mistral-ai", P, "samsung-electronics")),
        (("Mistral AI gọi được 600 triệu euro trong vòng Series B. Vòng này do General Catalyst "
         "dẫn dắt, với sự tham gia của Nvidia, Samsung và tập đoàn Pháp Bpifrance."), "vi",
         ("mistral-ai", P, "bpifrance")),
        (("Mistral AI là startup Pháp. Công ty có trụ sở tại Paris này vừa huy động 1 tỷ USD "
         "trong vòng gọi vốn do Nvidia và Samsung dẫn dắt."), "vi",
         ("mistral-ai", P, "samsung-electronics")),
        # the deal of what "its" recalls, ties a company holds
        ("Microsoft said its partnership with OpenAI remains strong.", "en",
         ("microsoft", P, "openai")),
        ("Nvidia has research partnerships with Samsung and SK Hynix.", "en",
         ("nvidia", P, "sk-hynix")),
        ("Huawei có thỏa thuận với Seres.", "vi", ("huawei", P, "seres")),
        # built, run or opened together
        ("G42 is building a large AI campus with OpenAI and Oracle.", "en", ("g42", P, "oracle")),
        ("Amazon said it would build a data centre in Riyadh with Humain.", "en",
         ("amazon", P, "humain")),
        ("FPT công bố kế hoạch xây nhà máy AI tại Hà Nội với Nvidia.", "vi", ("fpt", P, "nvidia")),
        ("Viettel đang phối hợp với Qualcomm phát triển thiết bị 5G.", "vi",
         ("viettel", P, "qualcomm")),
        ("FPT sau đó cùng Nvidia xây dựng nhà máy AI.", "vi", ("fpt", P, "nvidia")),
        # rounds joined, a backer after "and its", affiliates, customers, co-founders
        ("MGX has joined funding rounds for OpenAI and xAI.", "en", ("mgx", P, "xai")),
        ("OpenAI and its largest backer, Microsoft, were sued.", "en", ("openai", P, "microsoft")),
        ("Ant Group, công ty tài chính liên kết với Alibaba, ra mắt ứng dụng mới.", "vi",
         ("ant-group", P, "alibaba")),
        ("Ant Group, a fintech firm affiliated with Alibaba, launched an app.", "en",
         ("ant-group", P, "alibaba")),
        ("Microsoft is the largest customer of CoreWeave.", "en", ("microsoft", P, "coreweave")),
        ("Meta là khách hàng lớn nhất của Nvidia.", "vi", ("meta-platforms", P, "nvidia")),
        ("SK Hynix supplies most of the memory stacked beside Nvidia's accelerators.", "en",
         ("sk-hynix", P, "nvidia")),
        ("G42, the Abu Dhabi group that helped found MGX, is expanding.", "en", ("g42", P, "mgx")),
        # deals won, firms picked to supply, memoranda, a joint venture formed with a third
        ("Samsung won a contract from Tesla to make chips.", "en",
         ("samsung-electronics", P, "tesla")),
        ("Nvidia selected Foxconn to supply servers.", "en", ("nvidia", P, "foxconn")),
        ("Viettel ký MoU với Qualcomm.", "vi", ("viettel", P, "qualcomm")),
        ("AMD and Cisco agreed to form a joint venture with Humain.", "en", ("amd", P, "cisco")),
        ("AMD và Cisco sẽ thành lập liên doanh với Humain.", "vi", ("amd", P, "cisco")),
        # the backers fronted before the company
        ("Backed by Alibaba and Tencent, Moonshot AI raised $1 billion.", "en",
         ("moonshot-ai", P, "tencent")),
        # rivals: a relative clause, a comparison, a race joined, up against, overtaking
        (("DeepSeek-R1, the reasoning model released on Monday that its maker says rivals "
         "OpenAI's o1, is free."), "en", ("deepseek-r1", C, "o1")),
        ("EXAONE 4.0, mô hình mà LG cho là ngang ngửa DeepSeek-R1, ra mắt tháng 7.", "vi",
         ("exaone", C, "deepseek-r1")),
        ("The Ascend 910B is often compared with Nvidia's A100.", "en",
         ("ascend-910b", C, "nvidia-a100")),
        ("Chip Ascend 910B của Huawei thường được so sánh với Nvidia A100.", "vi",
         ("ascend-910b", C, "nvidia-a100")),
        (("Alibaba launched its glasses on Thursday, joining Xiaomi and Rokid in a race to sell "
         "smart eyewear."), "en", ("alibaba", C, "rokid")),
        ("Alibaba gia nhập cuộc đua kính thông minh cùng Xiaomi.", "vi", ("alibaba", C, "xiaomi")),
        ("Nvidia's H20 is up against Huawei's Ascend 910B.", "en", ("nvidia-h20", C, "ascend-910b")),
        ("Xiaomi surpassed Apple in phone shipments.", "en", ("xiaomi", C, "apple")),
        ("Xiaomi lần đầu vượt qua Apple về doanh số.", "vi", ("xiaomi", C, "apple")),
    ],
)  # fmt: skip
def test_partners_and_rivals_found(text, lang, fact):
    _, found = found_in(text, lang)
    assert has_fact(found, fact), found


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        # a push led by a person, a list after "do" that founded, a name inside an apposition
        ("OpenAI's funding push, led by chief executive Sam Altman, continued.", "en",
         ("openai", P, "sam-altman")),
        (("Mistral AI gọi được 600 triệu euro trong vòng Series B. Vòng này do General Catalyst, "
         "quỹ đầu tư của tỷ phú Elon Musk, dẫn dắt."), "vi", ("mistral-ai", P, "elon-musk")),
        ("Moonshot AI, do Alibaba và Tencent sáng lập, ra mắt Kimi.", "vi",
         ("moonshot-ai", P, "tencent")),
        # a project led by others is no round
        ("The project, led by Alibaba and Tencent, ended in May.", "en", ("alibaba", P, "tencent")),
        # a deal ended, a tie denied, goods used, a rival measured against
        ("Microsoft ended its partnership with OpenAI.", "en", ("microsoft", P, "openai")),
        ("Nvidia has no deal with Samsung.", "en", ("nvidia", P, "samsung-electronics")),
        ("Baidu trained its model with Nvidia's chips.", "en", ("baidu", P, "nvidia")),
        ("Baidu built new models to compete with OpenAI.", "en", ("baidu", P, "openai")),
        ("Alibaba phát triển mô hình để cạnh tranh với OpenAI.", "vi", ("alibaba", P, "openai")),
        ("Intel sold its chip unit to SK Hynix.", "en", ("intel", P, "sk-hynix")),
        # a race joined is no partnership, and "joining" a partner is no race
        ("Alibaba launched its glasses, joining Xiaomi in a partnership with Meta.", "en",
         ("alibaba", C, "xiaomi")),
        # overtaking the owner's product, not the owner
        ("Hugging Face models overtook Meta's Llama on downloads.", "en",
         ("hugging-face", C, "meta-platforms")),
        # a name set aside, a description before a comma, a compound backer of one
        ("Ngoài Landing AI, FPT còn hợp tác với Mila để đào tạo.", "vi", ("landing-ai", P, "mila")),
        ("Like Nvidia, AMD sells chips to Microsoft.", "en", ("nvidia", P, "microsoft")),
        ("Nvidia said it would invest $100 billion in the company, AMD agreed to supply chips.",
         "en", ("amd", P, "nvidia")),
        ("Huawei, Lenovo and TCL-backed RayNeo also sell glasses.", "en", ("huawei", P, "rayneo")),
        ("Tháng 4, tập đoàn của ông Trương Gia Bình ký thỏa thuận với Nvidia.", "vi",
         ("truong-gia-binh", P, "nvidia")),
        # deals each signed with a third party, separate joint ventures, backers with no company
        ("AMD and Cisco each signed deals with Humain.", "en", ("amd", P, "cisco")),
        ("Backed by Alibaba, Tencent and Sequoia, the start-up grew.", "en",
         ("alibaba", P, "tencent")),
        # models compared in revenue are not rivals by "compared"
        ("Alibaba's revenue grew fast compared with Tencent.", "en", ("alibaba", C, "tencent")),
    ],
)  # fmt: skip
def test_partners_and_rivals_not_found(text, lang, fact):
    _, found = found_in(text, lang)
    assert not has_fact(found, fact), found
