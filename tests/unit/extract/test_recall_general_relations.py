"""Relations told the way price-war, deal and export-control stories tell them.

Rival lists ("A, B and C are locked in a price war", "cuộc đua giữa A và B"), partners
chosen or backing from inside an apposition, units described by their business, co-designed
chips, buyers of a maker's chips, agencies telling firms to stop buying a chip, chips shaped
by a rule, rules that make a chip hard to buy, a tycoon's conglomerate, prices set against
each other, members of a team, models sold on a cloud platform, and a chief executive who
leads rather than works for the company.
Every sentence here is invented for the test; each feature has English and Vietnamese cases
where the construction exists in both, and cases that must not fire.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.facts import has_fact

FOUND = [
    # rivals named as one list, then a rivalry verb or after "between"/"giữa"
    (
        "Alibaba and ByteDance are fierce rivals in cloud.",
        "en",
        ("alibaba", "COMPETES_WITH", "bytedance"),
    ),
    (
        "Alibaba, ByteDance and Huawei are locked in a bruising price war over chatbots.",
        "en",
        ("alibaba", "COMPETES_WITH", "huawei"),
    ),
    (
        "Alibaba and ByteDance have been racing to cut prices for months.",
        "en",
        ("alibaba", "COMPETES_WITH", "bytedance"),
    ),
    (
        "Analysts say the tech race between the United States and China will shape the decade.",
        "en",
        ("united-states", "COMPETES_WITH", "china"),
    ),
    (
        "Alibaba, ByteDance, Huawei đua nhau hạ giá dịch vụ mô hình ngôn ngữ.",
        "vi",
        ("bytedance", "COMPETES_WITH", "huawei"),
    ),
    (
        "Giới quan sát lo ngại cuộc chạy đua công nghệ giữa Mỹ và Trung Quốc sẽ còn kéo dài.",
        "vi",
        ("united-states", "COMPETES_WITH", "china"),
    ),
    # a partner chosen "as its partner"
    (
        "Microsoft picked Alibaba as its local partner for the new assistant.",
        "en",
        ("microsoft", "PARTNERS_WITH", "alibaba"),
    ),
    (
        "Microsoft đã chọn Alibaba làm đối tác cho trợ lý mới tại thị trường này.",
        "vi",
        ("microsoft", "PARTNERS_WITH", "alibaba"),
    ),
    # the backer inside an apposition; "được X rót vốn"
    (
        "DeepSeek, a Microsoft-backed newcomer, declined to comment.",
        "en",
        ("microsoft", "PARTNERS_WITH", "deepseek"),
    ),
    (
        "DeepSeek, công ty khởi nghiệp được quỹ đầu tư Alibaba hậu thuẫn, từ chối bình luận.",
        "vi",
        ("alibaba", "PARTNERS_WITH", "deepseek"),
    ),
    # co-designed chips
    (
        "Huawei is co-designing ByteDance's next inference chip.",
        "en",
        ("huawei", "PARTNERS_WITH", "bytedance"),
    ),
    # an agency telling firms to stop buying a chip
    (
        "Regulators at the CAC told local platforms to stop buying the Nvidia H20 last month.",
        "en",
        ("cac", "RESTRICTS", "nvidia-h20"),
    ),
    (
        "CAC đã yêu cầu các nền tảng lớn ngừng đặt mua Nvidia H20 trong tháng này.",
        "vi",
        ("cac", "RESTRICTS", "nvidia-h20"),
    ),
    # a chip shaped by the rule it was designed to meet
    (
        "The Nvidia H20, a chip designed to comply with export controls, sold well in China.",
        "en",
        ("us-chip-export-controls", "RESTRICTS", "nvidia-h20"),
    ),
    (
        "Nvidia H20 là mẫu chip được thiết kế riêng để tuân thủ lệnh hạn chế xuất khẩu.",
        "vi",
        ("us-chip-export-controls", "RESTRICTS", "nvidia-h20"),
    ),
    # a rule that makes a chip hard to buy
    (
        "Export controls have made it harder for Chinese labs to buy the Nvidia A100.",
        "en",
        ("us-chip-export-controls", "RESTRICTS", "nvidia-a100"),
    ),
    (
        "Lệnh hạn chế xuất khẩu khiến nhiều phòng thí nghiệm khó mua Nvidia A100.",
        "vi",
        ("us-chip-export-controls", "RESTRICTS", "nvidia-a100"),
    ),
    # a tycoon's conglomerate
    (
        "Các khoản đầu tư mới của DeepSeek của doanh nhân Liang Wenfeng gây chú ý.",
        "vi",
        ("liang-wenfeng", "LEADS", "deepseek"),
    ),
    # prices set against each other
    (
        "DeepSeek-V3 is now cheaper than GPT-4o for most developers.",
        "en",
        ("deepseek-v3", "COMPETES_WITH", "gpt-4o"),
    ),
    (
        "Sau đợt giảm giá, DeepSeek-V3 còn rẻ hơn cả GPT-4o.",
        "vi",
        ("deepseek-v3", "COMPETES_WITH", "gpt-4o"),
    ),
    # members of a named team
    (
        "A Google team that included Liang Wenfeng published the study.",
        "en",
        ("liang-wenfeng", "WORKS_FOR", "google"),
    ),
    (
        "Nhóm nghiên cứu của Google gồm Liang Wenfeng đã công bố nghiên cứu này.",
        "vi",
        ("liang-wenfeng", "WORKS_FOR", "google"),
    ),
    # a buyer of a company's chips deals with that company
    (
        "ByteDance quietly bought Huawei chips for its new data centre.",
        "en",
        ("bytedance", "PARTNERS_WITH", "huawei"),
    ),
    (
        "ByteDance đã đặt mua hàng nghìn chip của Huawei cho trung tâm dữ liệu mới.",
        "vi",
        ("bytedance", "PARTNERS_WITH", "huawei"),
    ),
    (
        "Microsoft has pledged to spend billions of dollars a year on Alibaba's cloud services.",
        "en",
        ("microsoft", "PARTNERS_WITH", "alibaba"),
    ),
    # a unit described in an apposition by its line of business
    (
        "Qwen team, bộ phận nghiên cứu mô hình ngôn ngữ của Alibaba, vừa công bố kết quả.",
        "vi",
        ("qwen-team", "PART_OF", "alibaba"),
    ),
    # a chip bought under a pledge
    (
        "OpenAI has committed to buy thousands of Nvidia A100 chips next year.",
        "en",
        ("openai", "USES", "nvidia-a100"),
    ),
]

NOT_FOUND = [
    # a list said not to be rivals, or rivals of a third party only
    (
        "Alibaba and ByteDance are not rivals in cloud.",
        "en",
        ("alibaba", "COMPETES_WITH", "bytedance"),
    ),
    (
        "Alibaba and ByteDance are rivals of Huawei.",
        "en",
        ("alibaba", "COMPETES_WITH", "bytedance"),
    ),
    # buying a company's chips does not buy the company
    (
        "ByteDance quietly bought Huawei chips for its new data centre.",
        "en",
        ("bytedance", "OWNS", "huawei"),
    ),
    # a partner described in an apposition is no unit
    (
        "Qwen team, đối tác nghiên cứu lâu năm của Alibaba, vừa công bố kết quả.",
        "vi",
        ("qwen-team", "PART_OF", "alibaba"),
    ),
    # time spent on a company buys nothing from it
    (
        "Microsoft spent years on OpenAI before the deal.",
        "en",
        ("microsoft", "PARTNERS_WITH", "openai"),
    ),
    # a buyer of chips with no maker named deals with nobody
    (
        "ByteDance bought chips while Huawei watched.",
        "en",
        ("bytedance", "PARTNERS_WITH", "huawei"),
    ),
    # a team that met someone does not include them
    (
        "A Google team met Liang Wenfeng in Hangzhou.",
        "en",
        ("liang-wenfeng", "WORKS_FOR", "google"),
    ),
    # a cheaper price is no rivalry when nothing is measured against it
    (
        "DeepSeek-V3 got cheaper after GPT-4o launched.",
        "en",
        ("deepseek-v3", "COMPETES_WITH", "gpt-4o"),
    ),
    # a list that competes with a third party is not a list of rivals of each other
    (
        "Alibaba and ByteDance compete with Huawei in cloud services.",
        "en",
        ("alibaba", "COMPETES_WITH", "bytedance"),
    ),
    (
        "Alibaba và ByteDance cạnh tranh với Huawei trên thị trường đám mây.",
        "vi",
        ("alibaba", "COMPETES_WITH", "bytedance"),
    ),
    # a list that signs a deal is partners, not rivals
    (
        "Alibaba and ByteDance signed a deal on Monday.",
        "en",
        ("alibaba", "COMPETES_WITH", "bytedance"),
    ),
    # chosen as a venue or a customer is no partnership
    (
        "Microsoft picked Alibaba as its main example in the report.",
        "en",
        ("microsoft", "PARTNERS_WITH", "alibaba"),
    ),
    # the country owning the rule is not what makes the chip hard to buy
    (
        "Lệnh hạn chế xuất khẩu của Mỹ khiến nhiều hãng khó mua Nvidia A100.",
        "vi",
        ("united-states", "RESTRICTS", "nvidia-a100"),
    ),
    (
        "The United States's export controls made it hard for labs to buy the Nvidia A100.",
        "en",
        ("united-states", "RESTRICTS", "nvidia-a100"),
    ),
    # telling firms to keep buying restricts nothing
    (
        "The CAC told local platforms to keep buying the Nvidia H20.",
        "en",
        ("cac", "RESTRICTS", "nvidia-h20"),
    ),
    # "của ông" after a product is not a tycoon's conglomerate (a person owns no chatbot)
    (
        "Bài viết của doanh nhân Liang Wenfeng về DeepSeek gây chú ý.",
        "vi",
        ("liang-wenfeng", "LEADS", "deepseek"),
    ),
]


@pytest.mark.parametrize(("text", "lang", "fact"), FOUND)
def test_general_relation_is_found(stated, text, lang, fact):
    assert has_fact(stated(text, language=lang), fact)


@pytest.mark.parametrize(("text", "lang", "fact"), NOT_FOUND)
def test_general_relation_is_not_found(stated, text, lang, fact):
    assert not has_fact(stated(text, language=lang), fact)


def test_chief_executive_leads_rather_than_works_for(stated):
    found = stated("Sam Altman, the chief executive of OpenAI, spoke on Monday.", language="en")
    assert ("sam-altman", "LEADS", "openai") in found
    assert ("sam-altman", "WORKS_FOR", "openai") not in found


def test_an_executive_still_works_for(stated):
    found = stated("Sam Altman, a senior executive at OpenAI, spoke on Monday.", language="en")
    assert ("sam-altman", "WORKS_FOR", "openai") in found


def test_model_sold_on_a_cloud_platform_is_hosted(stated):
    found = stated("Alibaba giảm giá GPT-4o trên nền tảng đám mây Microsoft.", language="vi")
    assert ("microsoft", "HOSTS", "gpt-4o") in found
