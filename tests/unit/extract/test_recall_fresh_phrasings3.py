"""Relations news writes with partner lists ("partners such as A, B and C"), long deal
phrases, a company's seat fronted before it ("Based in X, Y ..."), offices in a relative
clause, a firm's managing director before the name, and Vietnamese directors of a field
or chairs of a unit, who work for the firm rather than lead it.

Every sentence here is invented for the test. Each feature has cases in English and
Vietnamese where the construction exists in both, and cases that must not fire.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.facts import has_fact

POSITIVE = [
    # each firm of a partner list partners the firm the clause is about
    (
        "Microsoft will sell the tool through partners such as Nvidia, Huawei and Alibaba.",
        "en",
        ("microsoft", "PARTNERS_WITH", "huawei"),
    ),
    (
        "Microsoft will sell the tool through partners such as Nvidia, Huawei and Alibaba.",
        "en",
        ("microsoft", "PARTNERS_WITH", "alibaba"),
    ),
    (
        "Microsoft sẽ bán công cụ này qua các đối tác như Nvidia, Huawei và Alibaba.",
        "vi",
        ("microsoft", "PARTNERS_WITH", "alibaba"),
    ),
    (
        "Microsoft sẽ bán công cụ này qua các đối tác như Nvidia, Huawei và Alibaba.",
        "vi",
        ("microsoft", "PARTNERS_WITH", "nvidia"),
    ),
    # a deal with several words describing it before "với", and two partners after it
    (
        "OpenAI vừa ký các hợp đồng cung cấp điện toán nhiều năm với Huawei và Nvidia.",
        "vi",
        ("openai", "PARTNERS_WITH", "nvidia"),
    ),
    (
        "OpenAI vừa ký các hợp đồng cung cấp điện toán nhiều năm với Huawei và Nvidia.",
        "vi",
        ("openai", "PARTNERS_WITH", "huawei"),
    ),
    # the seat fronted before the company
    (
        "Headquartered in Hangzhou, Zeta Robotics sells robot arms abroad.",
        "en",
        ("zeta-robotics", "LOCATED_IN", "hangzhou"),
    ),
    (
        "Có trụ sở tại Hàng Châu, Zeta Robotics bán cánh tay robot ra nước ngoài.",
        "vi",
        ("zeta-robotics", "LOCATED_IN", "hangzhou"),
    ),
    # offices named in a relative clause or apposition of the company
    (
        "Hugging Face, which has offices in Beijing and Shanghai, hired more staff.",
        "en",
        ("hugging-face", "LOCATED_IN", "shanghai"),
    ),
    (
        "Hugging Face, công ty có văn phòng tại Bắc Kinh và Thượng Hải, tuyển thêm người.",
        "vi",
        ("hugging-face", "LOCATED_IN", "beijing"),
    ),
    # the firm's managing director, named after the firm and the title
    (
        "Huawei managing director Jane Roe spoke at the launch.",
        "en",
        ("jane-roe", "LEADS", "huawei"),
    ),
    # a Vietnamese director of one field, or the chair of one unit, works for the firm
    (
        "Bà Trần Thu Hà, giám đốc truyền thông của Alibaba, cho biết như vậy.",
        "vi",
        ("tran-thu-ha", "WORKS_FOR", "alibaba"),
    ),
    (
        "Ông Lê Văn Nam, chủ tịch mảng điện thoại của Huawei, ra mắt sản phẩm.",
        "vi",
        ("le-van-nam", "WORKS_FOR", "huawei"),
    ),
]


@pytest.mark.parametrize(("text", "lang", "fact"), POSITIVE)
def test_fresh_phrasing_gives_the_fact(stated, text, lang, fact):
    assert has_fact(stated(text, language=lang), fact)


NEGATIVE = [
    # partners no longer worked with are no partners
    (
        "Microsoft no longer sells through partners such as Huawei.",
        "en",
        ("microsoft", "PARTNERS_WITH", "huawei"),
    ),
    (
        "Microsoft không còn bán qua các đối tác như Huawei.",
        "vi",
        ("microsoft", "PARTNERS_WITH", "huawei"),
    ),
    # a deal not signed
    (
        "OpenAI chưa ký các hợp đồng cung cấp điện toán với Huawei.",
        "vi",
        ("openai", "PARTNERS_WITH", "huawei"),
    ),
    # a fronted seat types only the company right after it, not someone speaking there
    (
        "Based in Shanghai, analysts at Zeta Capital expect more orders.",
        "en",
        ("zeta-capital", "LOCATED_IN", "shanghai"),
    ),
    # the director of a field or the chair of a unit does not lead the whole firm
    (
        "Bà Trần Thu Hà, giám đốc truyền thông của Alibaba, cho biết như vậy.",
        "vi",
        ("tran-thu-ha", "LEADS", "alibaba"),
    ),
    (
        "Ông Lê Văn Nam, chủ tịch mảng điện thoại của Huawei, ra mắt sản phẩm.",
        "vi",
        ("le-van-nam", "LEADS", "huawei"),
    ),
    # a licence stopped is no approval
    (
        "Google phải ngừng cấp phép ChatGPT cho người dùng.",
        "vi",
        ("google", "APPROVED", "chatgpt"),
    ),
]


@pytest.mark.parametrize(("text", "lang", "fact"), NEGATIVE)
def test_fresh_phrasing_keeps_out_the_wrong_fact(stated, text, lang, fact):
    assert not has_fact(stated(text, language=lang), fact)


def test_chief_executive_of_the_whole_firm_still_leads_it(stated):
    found = stated("Ông Lê Văn Nam, giám đốc điều hành của Huawei, phát biểu.", language="vi")
    assert has_fact(found, ("le-van-nam", "LEADS", "huawei"))
