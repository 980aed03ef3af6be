"""Lists, possessives and appositions: the writing patterns of unseen articles.

A fact stated once for a list holds for each item ("backers that included A,
B and C"); a possessor ("A's X") qualifies only its own noun; a title before a
name is no reference. Each case has a sentence that states the fact and a near
miss that does not, in English and Vietnamese. Sentences are written for these
tests; entities come from the test catalogue (conftest.py) or are discovered.
"""

from __future__ import annotations

import pytest

from extract.discovery import list_names
from tests.unit.extract.facts import has_fact

# (relation triple, language, sentence that states it, sentence that does not)
CASES = [
    # PARTNERS_WITH: money raised from a list of backers, through a relative clause
    (
        ("deepseek", "PARTNERS_WITH", "huawei"),
        "en",
        (
            "DeepSeek, which Liang Wenfeng runs, raised $2 billion from backers that included "
            "Nvidia and Huawei."
        ),
        "DeepSeek, which Liang Wenfeng runs, bought chips from Nvidia and praised Huawei.",
    ),
    (
        ("deepseek", "PARTNERS_WITH", "huawei"),
        "vi",
        "DeepSeek huy động 2 tỷ USD từ các nhà đầu tư gồm Nvidia và Huawei.",
        "DeepSeek so sánh chip của Nvidia và Huawei.",
    ),
    # PARTNERS_WITH: "cùng" joins two organisations, not two people at a meeting
    (
        ("alibaba", "PARTNERS_WITH", "deepseek"),
        "vi",
        "Alibaba cùng công ty DeepSeek công bố một bộ dữ liệu mới.",
        "Ông Sam Altman ngồi cạnh ông Liang Wenfeng, cùng với nhiều khách mời, tại hội nghị.",
    ),
    # PARTNERS_WITH: "X, its biggest investor"
    (
        ("microsoft", "PARTNERS_WITH", "openai"),
        "en",
        "OpenAI renegotiated terms with Microsoft, its biggest investor.",
        "OpenAI renegotiated terms with Microsoft, its landlord in Seattle.",
    ),
    # FOUNDED: "X was a co-founder of Y"
    (
        ("sam-altman", "FOUNDED", "openai"),
        "en",
        "Sam Altman was a co-founder of OpenAI in 2015.",
        "Sam Altman was a critic of OpenAI in 2015.",
    ),
    # LEADS: "Person, Org's chief executive"
    (
        ("jensen-huang", "LEADS", "nvidia"),
        "en",
        "On stage was Jensen Huang, Nvidia's chief executive, in a leather jacket.",
        "On stage was Jensen Huang, Nvidia's best-known face, in a leather jacket.",
    ),
    # FOUNDED with a coordinated founder list and romanised names in brackets
    (
        ("chen-hai", "FOUNDED", "deepseek"),
        "vi",
        (
            "DeepSeek là công ty do hai ông Trần Quang Hải (Chen Hai) và Lý Minh Đức (Li Mingde) "
            "lập năm 2023."
        ),
        (
            "DeepSeek là công ty mà hai ông Trần Quang Hải (Chen Hai) và Lý Minh Đức (Li Mingde) "
            "từng phỏng vấn năm 2023."
        ),
    ),
    # LOCATED_IN: "X, a <place> start-up" / "X, công ty <nơi>"
    (
        ("deepseek", "LOCATED_IN", "hangzhou"),
        "en",
        "DeepSeek, a Hangzhou start-up, surprised the industry.",
        "DeepSeek, a rival of the Hangzhou champions, surprised the industry.",
    ),
    (
        ("deepseek", "LOCATED_IN", "hangzhou"),
        "vi",
        "DeepSeek, công ty Hàng Châu, gây bất ngờ cho giới công nghệ.",
        "DeepSeek, đối thủ của các hãng Hàng Châu, gây bất ngờ cho giới công nghệ.",
    ),
    # LOCATED_IN: "<place> is home to X" / "<nơi> là nơi đặt trụ sở của X"
    (
        ("alibaba", "LOCATED_IN", "hangzhou"),
        "en",
        "Hangzhou has long been home to Alibaba.",
        "Hangzhou has long been a market for Alibaba.",
    ),
    (
        ("alibaba", "LOCATED_IN", "hangzhou"),
        "vi",
        "Hàng Châu từ lâu đã là nơi đặt trụ sở của Alibaba.",
        "Hàng Châu từ lâu đã là thị trường lớn của Alibaba.",
    ),
    # OWNS: "X is majority-owned by Y", past an apposition
    (
        ("alibaba", "OWNS", "hugging-face"),
        "en",
        "Hugging Face, the model-sharing platform, is majority-owned by Alibaba.",
        "Hugging Face, the model-sharing platform, is widely used by Alibaba.",
    ),
    # USES: "chạy được" a model
    (
        ("huawei", "USES", "deepseek-r1"),
        "vi",
        "Huawei cho biết chip của hãng đã chạy được các bản rút gọn của mô hình DeepSeek-R1.",
        "Huawei cho biết chip của hãng chưa được thử với DeepSeek-R1.",
    ),
    # OUTPERFORMS: each item of a list, owners included
    (
        ("deepseek-r1", "OUTPERFORMS", "qwq"),
        "en",
        "DeepSeek-R1 scored higher than OpenAI's o1, Alibaba's QwQ and GPT-4o on maths.",
        "DeepSeek-R1 was tested after OpenAI's o1, Alibaba's QwQ and GPT-4o on maths.",
    ),
    # RESTRICTS: "cả A lẫn B bị <agent> đưa vào <list>"
    (
        ("entity-list", "RESTRICTS", "bytedance"),
        "vi",
        "Cả Huawei lẫn ByteDance bị Microsoft đưa vào Danh sách thực thể.",
        "Cả Huawei lẫn ByteDance bình luận về Danh sách thực thể.",
    ),
]


@pytest.mark.parametrize(("triple", "lang", "positive", "negative"), CASES)
def test_list_pattern_is_found_when_stated(triples, triple, lang, positive, negative):
    assert has_fact(triples(positive, language=lang), triple)


@pytest.mark.parametrize(("triple", "lang", "positive", "negative"), CASES)
def test_list_pattern_is_not_found_in_a_near_miss(stated, triple, lang, positive, negative):
    assert not has_fact(stated(negative, language=lang), triple)


def test_every_listed_backer_is_a_partner(triples):
    found = triples(
        "DeepSeek raised $1 billion from backers that included Nvidia and Huawei as well as "
        "Microsoft.",
        language="en",
    )
    for backer in ("nvidia", "huawei", "microsoft"):
        assert has_fact(found, ("deepseek", "PARTNERS_WITH", backer))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Liang Wenfeng's DeepSeek released DeepSeek-R1 in January.", "en"),
        ("Sam Altman's OpenAI launched Sora in December.", "en"),
    ],
)
def test_a_possessor_is_not_the_subject_of_the_verb(triples, text, lang):
    found = triples(text, language=lang)
    assert not any(s in ("liang-wenfeng", "sam-altman") and t == "DEVELOPED" for s, t, _ in found)
    assert any(s in ("deepseek", "openai") and t == "DEVELOPED" for s, t, _ in found)


def test_a_list_item_with_its_own_owner_is_not_the_last_owners(triples):
    found = triples(
        "The lab compared OpenAI's o1, Alibaba's QwQ and DeepSeek-V3 on coding.", language="en"
    )
    assert ("alibaba", "DEVELOPED", "qwq") in found
    assert ("alibaba", "DEVELOPED", "deepseek-v3") not in found


def test_a_title_before_a_name_is_not_a_reference(run):
    result = run("Sam Altman, who runs the rival lab DeepSeek, spoke on Monday.", language="en")
    found = {(r.source, r.type, r.target) for r in result.relations}
    assert ("sam-altman", "LEADS", "deepseek") in found
    assert not any(t == "LEADS" and o != "deepseek" for _, t, o in found)


def test_unknown_names_in_a_list_take_the_lists_type(run):
    result = run(
        "Bên cạnh Alibaba, nhóm gồm DeepSeek, Zorvex Labs, Kestrel AI và Huawei.", language="vi"
    )
    types = {e.id: e.type for e in result.entities}
    assert types.get("zorvex-labs") == "Organization"
    assert types.get("kestrel-ai") == "Organization"


def test_a_sentence_opening_word_is_not_a_list_member():
    text = "Monday, Alibaba and DeepSeek met."
    assert list_names(text, [(8, 15, "Organization"), (20, 28, "Organization")], {}) == {}


def test_a_romanised_name_in_brackets_is_the_same_person(run):
    result = run("Ông Trần Quang Hải (Chen Hai) điều hành DeepSeek.", language="vi")
    ids = {m.text: m.entity for m in result.mentions}
    assert ids.get("Trần Quang Hải") == ids.get("Chen Hai") == "chen-hai"


def test_a_nationality_is_not_an_entity(run):
    result = run("Nvidia, the American chip designer, sells to Alibaba.", language="en")
    assert "American" not in {e.name for e in result.entities}
    # the adjective may only stand for its state (Nvidia LOCATED_IN the United States)
    assert {m.entity for m in result.mentions if m.text == "American"} <= {"united-states"}
