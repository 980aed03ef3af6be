"""Posts, uses and issued rules told in common news phrasings.

Every sentence here is invented for the test: a move from one organisation to found or
join another ("left A to found B", "rời A để gia nhập B"), a Vietnamese passive agent with
a title ("do giáo sư X dẫn dắt"), a company named as its head's own ("startup của CEO X"),
a staff title before a name ("nhà khoa học X của Y"), a post held "as" a staff title,
employers described by a kind noun ("a researcher at the Bengaluru think tank Y"), a
subject's relative clause before the verb, co-founders named after the company founded,
rules passed "by" an agency, chips counted in the plural ("10,000 H100s"), "hay" lists and
a leader's administration standing for the state. Each feature has a case that must not
fire.
"""

from __future__ import annotations

import pytest

from extract.pipeline import DocumentInput, extract
from tests.unit.extract.facts import found_in


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        # leaving one organisation for another
        (
            "Engineer Tobin Vale left Google in 2023 to found Anthropic.",
            "en",
            ("tobin-vale", "FOUNDED", "anthropic"),
        ),
        (
            "Researcher Ines Carrow quit OpenAI and joined Anthropic.",
            "en",
            ("ines-carrow", "WORKS_FOR", "anthropic"),
        ),
        (
            "Bà Đoàn Minh Thư rời Google để đồng sáng lập Anthropic.",
            "vi",
            ("doan-minh-thu", "FOUNDED", "anthropic"),
        ),
        (
            "Ông Lâm Hữu Phước rời Baidu để gia nhập Alibaba.",
            "vi",
            ("lam-huu-phuoc", "WORKS_FOR", "alibaba"),
        ),
        # a past post told with "formerly", "previously worked", "spent years at"
        (
            "Analyst Dana Whitlock, formerly of Google, joined the board.",
            "en",
            ("dana-whitlock", "WORKS_FOR", "google"),
        ),
        (
            "Analyst Dana Whitlock, who previously worked at Google, spoke.",
            "en",
            ("dana-whitlock", "WORKS_FOR", "google"),
        ),
        (
            "Engineer Tobin Vale spent a decade at Google.",
            "en",
            ("tobin-vale", "WORKS_FOR", "google"),
        ),
        (
            "Analyst Dana Whitlock, a Google veteran, said the chips were late.",
            "en",
            ("dana-whitlock", "WORKS_FOR", "google"),
        ),
        # a staff post told with a copula
        (
            "Engineer Tobin Vale is the chief scientist of OpenAI.",
            "en",
            ("tobin-vale", "WORKS_FOR", "openai"),
        ),
        (
            "Dana Whitlock, OpenAI's research chief, said so.",
            "en",
            ("dana-whitlock", "WORKS_FOR", "openai"),
        ),
        # the head of a part of the firm works for the firm
        (
            "Dana Whitlock, who heads AI research at Alibaba, said so.",
            "en",
            ("dana-whitlock", "WORKS_FOR", "alibaba"),
        ),
        (
            "Dana Whitlock, the head of Alibaba's cloud unit, said so.",
            "en",
            ("dana-whitlock", "WORKS_FOR", "alibaba"),
        ),
        # hiring told as the purpose of a payment
        (
            "Nvidia paid $900 million to hire Dana Whitlock, the start-up's founder.",
            "en",
            ("dana-whitlock", "WORKS_FOR", "nvidia"),
        ),
        (
            "Nvidia chi 900 triệu USD để tuyển ông Lâm Hữu Phước.",
            "vi",
            ("lam-huu-phuoc", "WORKS_FOR", "nvidia"),
        ),
        # a Vietnamese passive agent with a title
        (
            "Zhipu AI do giáo sư Hà Quang Vinh dẫn dắt.",
            "vi",
            ("ha-quang-vinh", "LEADS", "zhipu-ai"),
        ),
        (
            "SK hynix là công ty con của Tập đoàn SK do ông Lý Đức Toàn làm chủ tịch.",
            "vi",
            ("ly-duc-toan", "LEADS", "sk-group"),
        ),
        # a company named as its head's or founder's own
        (
            "Mô hình mới do Upstage, startup của CEO Phan Gia Khiêm, phát triển.",
            "vi",
            ("phan-gia-khiem", "LEADS", "upstage"),
        ),
        (
            "Upstage, startup của nhà sáng lập Phan Gia Khiêm, vừa gọi vốn.",
            "vi",
            ("phan-gia-khiem", "FOUNDED", "upstage"),
        ),
        # a staff title before the name, the organisation after "của"
        (
            "Nhà khoa học Vũ Thanh Hà của Meta cho rằng mô hình còn hạn chế.",
            "vi",
            ("vu-thanh-ha", "WORKS_FOR", "meta-platforms"),
        ),
        (
            "Chuyên gia Trịnh Minh Quân của DGA Group nhận định thị trường sẽ hồi phục.",
            "vi",
            ("trinh-minh-quan", "WORKS_FOR", "dga-group"),
        ),
        # two titles joined by "kiêm"
        (
            "Ông Đặng Văn Lực là chủ tịch kiêm đồng sáng lập OpenAI.",
            "vi",
            ("dang-van-luc", "FOUNDED", "openai"),
        ),
        # a staff post held "as"
        (
            "Ms. Mara Ellison serves as chief technology officer at OpenAI.",
            "en",
            ("mara-ellison", "WORKS_FOR", "openai"),
        ),
        (
            "Dr. Orrin Pell worked as a research scientist at Google for six years.",
            "en",
            ("orrin-pell", "WORKS_FOR", "google"),
        ),
        # the employer described by a kind noun
        (
            "Dana Whitlock, a researcher at the Bengaluru think tank Pragati Labs, said so.",
            "en",
            ("dana-whitlock", "WORKS_FOR", "pragati-labs"),
        ),
        # the subject's own relative clause before the verb
        (
            "Tobin Vale, who had run the sales team, was named OpenAI's interim chief executive.",
            "en",
            ("tobin-vale", "LEADS", "openai"),
        ),
        # co-founders named after the company founded
        (
            "Ms. Mara Ellison co-founded Anthropic in 2021 with Mr. Orrin Pell.",
            "en",
            ("orrin-pell", "FOUNDED", "anthropic"),
        ),
        (
            "Ông Lâm Hữu Phước đồng sáng lập Anthropic cùng với bà Đoàn Minh Thư.",
            "vi",
            ("doan-minh-thu", "FOUNDED", "anthropic"),
        ),
        # a rule passed "by" its maker
        (
            "The AI Act, approved by the European Parliament in 2024, bans some uses of AI.",
            "en",
            ("european-parliament", "ISSUED", "eu-ai-act"),
        ),
        (
            "The AI Diffusion Rule, published by the Commerce Department, capped chip imports.",
            "en",
            ("us-department-of-commerce", "ISSUED", "ai-diffusion-rule"),
        ),
        # chips counted in the plural, and a purchase under way
        ("DeepSeek bought 10,000 H100s before the ban.", "en", ("deepseek", "USES", "nvidia-h100")),
        (
            "Meta is buying Google TPUs for its data centres.",
            "en",
            ("meta-platforms", "USES", "google-tpu"),
        ),
        # "hay" joins a list as "và" does
        (
            "Các hãng như ByteDance hay Tencent vẫn mua nhiều chip Nvidia H20.",
            "vi",
            ("bytedance", "USES", "nvidia-h20"),
        ),
        # a leader's administration stands for the state
        (
            "The AI Diffusion Rule, which the Biden administration issued in January, was scrapped.",
            "en",
            ("united-states", "ISSUED", "ai-diffusion-rule"),
        ),
        (
            "Nvidia criticised the Biden administration's AI Diffusion Rule.",
            "en",
            ("united-states", "ISSUED", "ai-diffusion-rule"),
        ),
        (
            "Chính quyền Tổng thống Donald Trump đã hủy quy tắc lan tỏa AI.",
            "vi",
            ("united-states", "ISSUED", "ai-diffusion-rule"),
        ),
    ],
)
def test_a_common_phrasing_gives_the_fact(text, lang, fact):
    assert fact in found_in(text, lang)[1]


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        # the one who founded the new company is another person
        (
            "Engineer Tobin Vale left Google, and researcher Ines Carrow founded Anthropic.",
            "en",
            ("tobin-vale", "FOUNDED", "anthropic"),
        ),
        (
            "Ông Lâm Hữu Phước rời Baidu, còn bà Đoàn Minh Thư thành lập Anthropic.",
            "vi",
            ("lam-huu-phuoc", "FOUNDED", "anthropic"),
        ),
        # "do" after a comma and "từ X": X is where the company came from, not what is led
        (
            "Zhipu AI tách ra từ Đại học Thanh Hoa, do ông Hà Quang Vinh làm CEO.",
            "vi",
            ("ha-quang-vinh", "LEADS", "tsinghua-university"),
        ),
        # a staff title whose holder meets another organisation's head
        (
            "Nhà khoa học Vũ Thanh Hà gặp CEO của OpenAI.",
            "vi",
            ("vu-thanh-ha", "WORKS_FOR", "openai"),
        ),
        # the head's post is no staff post
        (
            "Ms. Mara Ellison took over as chief executive of OpenAI.",
            "en",
            ("mara-ellison", "WORKS_FOR", "openai"),
        ),
        # the employer in the relative clause is not the one led
        (
            "Mr. Tobin Vale, who worked at Google, was named chief executive of OpenAI.",
            "en",
            ("tobin-vale", "LEADS", "google"),
        ),
        # a researcher at an unnamed place says something about a company
        (
            "Dana Whitlock, a researcher at the university, said OpenAI was ahead.",
            "en",
            ("dana-whitlock", "WORKS_FOR", "openai"),
        ),
        # the head of a part of the firm does not lead the firm
        (
            "Dana Whitlock, who heads AI research at Alibaba, said so.",
            "en",
            ("dana-whitlock", "LEADS", "alibaba"),
        ),
        (
            "Dana Whitlock, the head of Alibaba's cloud unit, said so.",
            "en",
            ("dana-whitlock", "LEADS", "alibaba"),
        ),
        # a chief executive is no staff member
        (
            "Dana Whitlock, OpenAI's chief executive, said so.",
            "en",
            ("dana-whitlock", "WORKS_FOR", "openai"),
        ),
        # a place describing a lawmaker does not propose the lawmaker's bill
        (
            "Senator Tom Cotton, an Arkansas Republican, has proposed the Chip Security Act.",
            "en",
            ("arkansas", "ISSUED", "chip-security-act"),
        ),
        # a backer named after "with money from" is no co-founder
        (
            "Ms. Mara Ellison founded Anthropic with money from Mr. Orrin Pell.",
            "en",
            ("orrin-pell", "FOUNDED", "anthropic"),
        ),
        # a critic of a rule did not make it
        (
            "The AI Act, criticised by Google in 2024, takes effect next year.",
            "en",
            ("google", "ISSUED", "eu-ai-act"),
        ),
        # a new clause after the comma: its subject founded the company, not the one before
        (
            "Engineer Tobin Vale left Google, and researcher Ines Carrow founded Anthropic.",
            "en",
            ("ines-carrow", "FOUNDED", "google"),
        ),
    ],
)
def test_a_near_phrasing_does_not_give_the_fact(text, lang, fact):
    assert fact not in found_in(text, lang)[1]


def test_a_lobbied_administration_issues_nothing():
    text = "Nvidia lobbied the Trump administration over the H20."
    assert not any(t == "ISSUED" for _, t, _ in found_in(text)[1])


def _dates(text: str, lang: str) -> dict[tuple[str, str, str], str | None]:
    result = extract([DocumentInput(text, language=lang, published="2025-06-01")])
    return {(r.source, r.type, r.target): r.date for r in result.relations}


def test_the_issuing_told_in_a_relative_clause_keeps_its_date():
    text = (
        'Bộ này thông báo bãi bỏ "quy tắc lan tỏa AI" mà chính quyền Biden ban hành hồi '
        "tháng 1, vốn chia các nước thành ba nhóm."
    )
    assert _dates(text, "vi")[("united-states", "ISSUED", "ai-diffusion-rule")] == "2025-01"


def test_the_date_of_undoing_a_rule_does_not_date_its_issuing():
    text = (
        "On May 13 the Commerce Department rescinded the Biden administration's AI Diffusion Rule."
    )
    assert _dates(text, "en")[("united-states", "ISSUED", "ai-diffusion-rule")] is None
