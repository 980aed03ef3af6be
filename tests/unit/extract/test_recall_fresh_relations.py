"""Relations news writes around inserted clauses, nationalities, funding rounds and lists.

Every sentence here is invented for the test. Each feature has cases in English and
Vietnamese where the construction exists in both, and cases that must not fire.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.facts import found_in, has_fact

# --- a subject and its verb on either side of an inserted clause ------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        (
            (
                "Huawei, a telecoms group that started out selling switches to rural carriers in the "
                "1980s and later moved into phones, laptops and cloud services across Asia, Africa "
                "and Europe, signed a deal with Alibaba on Monday."
            ),
            "en",
            ("huawei", "PARTNERS_WITH", "alibaba"),
        ),
        (
            (
                "ByteDance, which owns several apps that hundreds of millions of people open every "
                "single day in dozens of countries, and which employs many thousands of engineers, "
                "raised fresh money from investors including Microsoft."
            ),
            "en",
            ("bytedance", "PARTNERS_WITH", "microsoft"),
        ),
        (
            (
                "DeepSeek, công ty khởi nghiệp do một nhóm kỹ sư trẻ từng làm việc cho nhiều quỹ "
                "đầu tư định lượng lớn ở Bắc Kinh lập ra từ vài năm trước, vừa hợp tác với Huawei."
            ),
            "vi",
            ("deepseek", "PARTNERS_WITH", "huawei"),
        ),
    ],
)
def test_subject_reaches_its_verb_across_a_clause(stated, text, lang, fact):
    assert has_fact(stated(text, language=lang), fact)


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        # the name inside the clause is not the subject of the verb after it
        (
            "Vào tháng 3, ByteDance, công ty tách ra từ một dự án của Alibaba, giới thiệu Qwen2.5.",
            "vi",
            ("alibaba", "DEVELOPED", "qwen2.5"),
        ),
        # a list, not an inserted clause: "and" follows the comma
        (
            (
                "Huawei, a phone maker, and Microsoft signed nothing with Alibaba in the end, "
                "people close to the talks said."
            ),
            "en",
            ("microsoft", "PARTNERS_WITH", "alibaba"),
        ),
    ],
)
def test_clause_names_do_not_take_the_verb(triples, text, lang, fact):
    assert fact not in triples(text, language=lang)


# --- nationality adjectives -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Nvidia, an American chip designer, reported record sales.", ("nvidia", "LOCATED_IN", "united-states")),
        ("The app was built by the Chinese start-up DeepSeek last year.", ("deepseek", "LOCATED_IN", "china")),
        ("Analysts praised the Chinese group Huawei for its resilience.", ("huawei", "LOCATED_IN", "china")),
    ],
)  # fmt: skip
def test_nationality_places_the_company(stated, text, fact):
    assert fact in stated(text, language="en")


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The fund sold its stake to Aker, the Norwegian industrial group.", ("aker", "LOCATED_IN", "norway")),
        ("The Malaysian chip designer Orvix taped out a processor.", ("orvix", "LOCATED_IN", "malaysia")),
        ("Kestrel Pay, a Brazilian fintech firm, raised money.", ("kestrel-pay", "LOCATED_IN", "brazil")),
    ],
)  # fmt: skip
def test_nationalities_beyond_the_chip_powers(text, fact):
    # the bundled catalogue: it knows every country these adjectives name
    types, found = found_in(text)
    assert fact in found
    assert "Hardware" not in types.values()  # "Malaysian" is no chip


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the adjective describes chips, not the company
        ("Huawei, the American chips inside its servers aside, is self-reliant.", ("huawei", "united-states")),
        # the company is the buyer, the adjective the seller's kind
        ("Alibaba buys from American suppliers such as Nvidia.", ("alibaba", "united-states")),
    ],
)  # fmt: skip
def test_nationality_elsewhere_places_nothing(triples, text, pair):
    assert (pair[0], "LOCATED_IN", pair[1]) not in triples(text, language="en")


# --- rivals and alternatives ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        (
            (
                "Both Huawei and Alibaba now market their accelerators as cheaper, home-grown "
                "alternatives to Nvidia."
            ),
            "en",
            ("huawei", "COMPETES_WITH", "nvidia"),
        ),
        (
            (
                "Microsoft and Google, whose lawyers argue that rivals such as Alibaba face lighter "
                "rules, filed a complaint."
            ),
            "en",
            ("google", "COMPETES_WITH", "alibaba"),
        ),
        (
            "Ở Trung Quốc, DeepSeek từng được kỳ vọng là đối trọng với OpenAI.",
            "vi",
            ("deepseek", "COMPETES_WITH", "openai"),
        ),
    ],
)
def test_rivals_and_alternatives(stated, text, lang, fact):
    assert has_fact(stated(text, language=lang), fact)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Huawei faces stiff competition from Alibaba in cloud chips.", ("alibaba", "COMPETES_WITH", "huawei")),
        ("Baidu trails Alibaba in cloud revenue.", ("baidu", "COMPETES_WITH", "alibaba")),
        ("Huawei overtook Apple in tablet shipments.", ("huawei", "COMPETES_WITH", "apple")),
        ("Tencent is taking on ByteDance with a new chatbot.", ("tencent", "COMPETES_WITH", "bytedance")),
    ],
)  # fmt: skip
def test_competition_told_by_who_leads_whom(text, fact):
    assert has_fact(found_in(text)[1], fact)


def test_a_competition_from_abroad_in_general_names_no_rival():
    _, found = found_in("Huawei said competition from abroad was fierce, Alibaba noted.")
    assert not has_fact(found, ("huawei", "COMPETES_WITH", "alibaba"))


def test_no_alternative_is_no_rival(triples):
    found = triples(
        "For many labs Huawei is still not a real alternative to Nvidia.", language="en"
    )
    assert not has_fact(found, ("huawei", "COMPETES_WITH", "nvidia"))


# --- money and work between companies ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        (
            "In May a funding round led by Microsoft valued DeepSeek at $9 billion.",
            "en",
            ("microsoft", "PARTNERS_WITH", "deepseek"),
        ),
        (
            "DeepSeek closed a $600 million round last week with participation from Alibaba.",
            "en",
            ("deepseek", "PARTNERS_WITH", "alibaba"),
        ),
        (
            "Huawei went its own way, signing a cloud partnership with Microsoft in March.",
            "en",
            ("huawei", "PARTNERS_WITH", "microsoft"),
        ),
        (
            "DeepSeek cũng phát hành ứng dụng ChatGPT trên điện thoại và nhận vốn từ Alibaba.",
            "vi",
            ("deepseek", "PARTNERS_WITH", "alibaba"),
        ),
        (
            "Từ năm ngoái, ByteDance đã thuê Huawei sản xuất một phần chip máy chủ.",
            "vi",
            ("bytedance", "PARTNERS_WITH", "huawei"),
        ),
        (
            "Giới phân tích tìm thấy một linh kiện do Huawei gia công cho ByteDance.",
            "vi",
            ("huawei", "PARTNERS_WITH", "bytedance"),
        ),
        (
            "ByteDance hired Huawei to manufacture its first inference chip.",
            "en",
            ("bytedance", "PARTNERS_WITH", "huawei"),
        ),
        (
            "Last year Huawei made custom accelerators for ByteDance in small batches.",
            "en",
            ("huawei", "PARTNERS_WITH", "bytedance"),
        ),
    ],
)
def test_funding_and_contract_ties(stated, text, lang, fact):
    assert has_fact(stated(text, language=lang), fact)


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("Nvidia stopped making chips for Huawei after the rules changed.", "en", ("nvidia", "huawei")),
        ("Mỹ cấm Nvidia sản xuất chip cho Huawei.", "vi", ("nvidia", "huawei")),
    ],
)  # fmt: skip
def test_halted_production_is_no_tie(triples, text, lang, pair):
    assert not has_fact(triples(text, language=lang), (pair[0], "PARTNERS_WITH", pair[1]))


# --- places -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        ("In Hangzhou, DeepSeek keeps a low profile.", "en", ("deepseek", "LOCATED_IN", "hangzhou")),
        ("Tại Bắc Kinh, ByteDance đang tuyển thêm kỹ sư.", "vi", ("bytedance", "LOCATED_IN", "beijing")),
        (
            'DeepSeek, một "tân binh" khác cũng ở Hàng Châu, gây bất ngờ.',
            "vi",
            ("deepseek", "LOCATED_IN", "hangzhou"),
        ),
    ],
)  # fmt: skip
def test_fronted_and_shared_places(stated, text, lang, fact):
    assert fact in stated(text, language=lang)


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        # where a person stood is not where they live
        ("Jensen Huang met officials in Beijing on Friday.", "en", ("jensen-huang", "beijing")),
        # a role at a company's branch: the branch is there, not the company
        (
            "Ông Lý, cựu tổng giám đốc Microsoft tại Trung Quốc, gia nhập ByteDance.",
            "vi",
            ("microsoft", "china"),
        ),
    ],
)
def test_visits_and_branches_place_nothing(triples, text, lang, pair):
    assert (pair[0], "LOCATED_IN", pair[1]) not in triples(text, language=lang)


# --- people: a unit's head, a field's director, founders --------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "fact", "not_fact"),
    [
        (
            "Huawei is hiring; Jensen Huang, who runs its consumer chip division, said so.",
            "en",
            ("jensen-huang", "WORKS_FOR", "huawei"),
            ("jensen-huang", "LEADS", "huawei"),
        ),
        (
            "Sam Altman, giám đốc phụ trách quan hệ đối ngoại của Microsoft, phát biểu tại hội nghị.",
            "vi",
            ("sam-altman", "WORKS_FOR", "microsoft"),
            ("sam-altman", "LEADS", "microsoft"),
        ),
        (
            "Sam Altman, Phó chủ tịch điều hành Microsoft phụ trách chính sách, phát biểu.",
            "vi",
            ("sam-altman", "WORKS_FOR", "microsoft"),
            ("sam-altman", "LEADS", "microsoft"),
        ),
    ],
)
def test_heads_of_a_part_work_for_the_whole(stated, text, lang, fact, not_fact):
    found = stated(text, language=lang)
    assert fact in found
    assert not_fact not in found


def test_founder_apposition_takes_an_adjective(stated):
    found = stated("Liang Wenfeng, the publicity-shy founder of DeepSeek, spoke.", language="en")
    assert ("liang-wenfeng", "FOUNDED", "deepseek") in found


def test_one_founder_title_is_not_shared_by_a_list(triples):
    found = triples(
        "She sat beside DeepSeek founder Liang Wenfeng and Jensen Huang.", language="en"
    )
    assert ("liang-wenfeng", "FOUNDED", "deepseek") in found
    assert ("jensen-huang", "FOUNDED", "deepseek") not in found


def test_founding_does_not_run_past_a_new_clause(triples):
    text = (
        "DeepSeek do Lương Văn Phong (Liang Wenfeng) sáng lập năm 2023, và Alibaba đầu tư sau đó."
    )
    found = triples(text, language="vi")
    assert ("liang-wenfeng", "FOUNDED", "alibaba") not in found


# --- policies: who keeps a list, who announces, who is on it ----------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        (
            (
                "Last week the Commerce Department banned sales of H20 chips to China, widened "
                "checks on two kinds of tools and added 30 firms to its Entity List."
            ),
            "en",
            ("us-commerce-department", "ISSUED", "entity-list"),
        ),
        (
            "Bộ Thương mại Mỹ hôm qua đưa thêm 12 công ty Trung Quốc vào Danh sách thực thể.",
            "vi",
            ("us-commerce-department", "ISSUED", "entity-list"),
        ),
        (
            "Washington đưa thêm nhiều tổ chức vào Danh sách thực thể, trong đó có ByteDance.",
            "vi",
            ("entity-list", "RESTRICTS", "bytedance"),
        ),
        (
            "Cơ quan quản lý CAC yêu cầu chặn ứng dụng trò chuyện của DeepSeek.",
            "vi",
            ("cac", "RESTRICTS", "deepseek"),
        ),
    ],
)
def test_lists_and_bans(stated, text, lang, fact):
    assert fact in stated(text, language=lang)


def test_added_to_its_list_is_the_subjects_list(triples):
    text = (
        "The Commerce Department barred Nvidia from selling to Huawei and added 30 firms to "
        "its Entity List."
    )
    assert ("huawei", "ISSUED", "entity-list") not in triples(text, language="en")


# --- models listed together are not derived from each other -----------------------------------


def test_a_listed_model_is_not_a_base(triples):
    text = "The service offers GPT-4o and a distilled version of DeepSeek-R1 to paying users."
    assert ("gpt-4o", "BASED_ON", "deepseek-r1") not in triples(text, language="en")


def test_an_apposition_founder_is_the_last_names_alone(triples):
    text = "The panel seated Jensen Huang and Liang Wenfeng, the founder of DeepSeek, side by side."
    found = triples(text, language="en")
    assert ("liang-wenfeng", "FOUNDED", "deepseek") in found
    assert ("jensen-huang", "FOUNDED", "deepseek") not in found


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "DeepSeek, which is run by former hedge-fund manager Liang Wenfeng, hires few people.",
            ("liang-wenfeng", "LEADS", "deepseek"),
        ),
        (
            "Alibaba, a group chaired by veteran investor Sam Altman in this story, grew fast.",
            ("sam-altman", "LEADS", "alibaba"),
        ),
    ],
)
def test_a_title_may_stand_before_the_leader(stated, text, fact):
    assert fact in stated(text, language="en")


def test_led_by_a_title_alone_names_no_leader(triples):
    found = triples(
        "DeepSeek is run by a former hedge-fund manager, Microsoft said.", language="en"
    )
    assert not any(t == "LEADS" for _, t, _ in found)


# --- investors named in the ways news names them ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        (
            "Microsoft-backed DeepSeek hired again.",
            "en",
            ("microsoft", "PARTNERS_WITH", "deepseek"),
        ),
        (
            "DeepSeek, in which Alibaba holds a small stake, hired again.",
            "en",
            ("alibaba", "PARTNERS_WITH", "deepseek"),
        ),
        (
            "DeepSeek counts Alibaba and Microsoft among its early backers.",
            "en",
            ("microsoft", "PARTNERS_WITH", "deepseek"),
        ),
        (
            "Investors in DeepSeek include Alibaba, filings show.",
            "en",
            ("alibaba", "PARTNERS_WITH", "deepseek"),
        ),
        (
            "DeepSeek, whose backers include Microsoft, hired again.",
            "en",
            ("microsoft", "PARTNERS_WITH", "deepseek"),
        ),
        (
            "DeepSeek, công ty do Alibaba hậu thuẫn, tuyển thêm người.",
            "vi",
            ("alibaba", "PARTNERS_WITH", "deepseek"),
        ),
        (
            "Các nhà đầu tư của DeepSeek gồm Alibaba và Microsoft.",
            "vi",
            ("microsoft", "PARTNERS_WITH", "deepseek"),
        ),
        (
            "DeepSeek có Alibaba là cổ đông lớn nhất.",
            "vi",
            ("alibaba", "PARTNERS_WITH", "deepseek"),
        ),
    ],
)
def test_investors_in_news_phrasing(stated, text, lang, fact):
    assert has_fact(stated(text, language=lang), fact)


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("Nvidia and Huawei include Alibaba in their talks.", "en", ("alibaba", "nvidia")),
        ("DeepSeek do Alibaba sáng lập? Không, do Lương Văn Phong.", "vi", ("alibaba", "deepseek")),
    ],
)
def test_include_and_do_need_an_investor_word(triples, text, lang, pair):
    assert not has_fact(triples(text, language=lang), (pair[0], "PARTNERS_WITH", pair[1]))


def test_plural_founders_share_the_title(stated):
    found = stated("OpenAI co-founders Sam Altman and Jensen Huang spoke.", language="en")
    assert {("sam-altman", "FOUNDED", "openai"), ("jensen-huang", "FOUNDED", "openai")} <= found


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        ("China's DeepSeek shocked investors.", "en", ("deepseek", "LOCATED_IN", "china")),
        ("Hangzhou-headquartered DeepSeek hired.", "en", ("deepseek", "LOCATED_IN", "hangzhou")),
        ("Ông chủ Nvidia Jensen Huang đến Bắc Kinh.", "vi", ("jensen-huang", "LEADS", "nvidia")),
    ],
)
def test_possessive_places_and_bosses(stated, text, lang, fact):
    assert fact in stated(text, language=lang)


def test_a_place_owning_a_person_places_no_person(triples):
    found = triples("China's Liang Wenfeng spoke.", language="en")
    assert ("liang-wenfeng", "LOCATED_IN", "china") not in found


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        (
            "ByteDance mở cụm máy chủ mới hợp tác với Nvidia, sử dụng hàng nghìn chip A100.",
            "vi",
            ("nvidia", "nvidia-a100"),
        ),
        (
            "ByteDance opened a new cluster together with Nvidia, using thousands of A100 chips.",
            "en",
            ("nvidia", "nvidia-a100"),
        ),
    ],
)
def test_the_partner_after_with_is_not_the_user(triples, text, lang, pair):
    assert (pair[0], "USES", pair[1]) not in triples(text, language=lang)
