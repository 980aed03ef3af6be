"""Policy facts news states in ways the older rules missed (ISSUED and RESTRICTS).

- a licence requirement said of the seller: "Nvidia phải xin giấy phép để bán H20";
- the agent of a passive issuing verb ("được CAC ban hành") and the bodies that
  issued a rule with its issuer ("together with", "cùng");
- a regulator keeping buyers from a maker's goods ("barred ... from buying products
  made by X", "cấm ... mua sản phẩm của X");
- a catalogue policy named with its maker after "của" ("Đạo luật AI của EU");
- a quoted name after a Vietnamese rule head ('quy tắc "lan tỏa AI"');
- what a rule opening the sentence curbs ("Under the rule, India was capped");
- a bare "the list" / "danh sách" something is put on, and those listed with it;
- a country imposing controls the catalogue puts in another country ("China has imposed
  export controls", whose generic alias names the US controls) issues none of those.

Each case has a near miss that must not fire, in English and Vietnamese. Every
sentence is written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.pipeline import DocumentInput, extract
from tests.unit.extract.conftest import ENTRIES, _e
from tests.unit.extract.facts import found_in

EXTRA = [
    _e("micron", "Micron Technology", "Organization", ["Micron"]),
    _e("miit", "Ministry of Industry and Information Technology", "Organization", ["MIIT"],
       ["Bộ Công nghiệp và Công nghệ thông tin"], country="china"),
    _e("cambricon", "Cambricon", "Organization", country="china"),
    _e("biren", "Biren Technology", "Organization", ["Biren"], country="china"),
    _e("hygon", "Hygon", "Organization", country="china"),
    _e("sugon", "Sugon", "Organization", country="china"),
    _e("india", "India", "Location", [], ["Ấn Độ"]),
    _e("vietnam", "Vietnam", "Location", ["Viet Nam"], ["Việt Nam"]),
    _e("european-union", "European Union", "Location", ["EU"], ["Liên minh châu Âu", "EU"]),
    _e("mistral-ai", "Mistral AI", "Organization", ["Mistral"]),
    _e("eu-ai-act", "EU AI Act", "Policy", ["AI Act"], ["Đạo luật AI của Liên minh châu Âu"],
       country="european-union"),
    _e("ai-diffusion-rule", "AI Diffusion Rule", "Policy", ["AI diffusion rule"],
       ["quy tắc lan tỏa AI"], country="united-states"),
    _e("cn-labelling-measures", "AI Content Labelling Measures", "Policy", [],
       ["Biện pháp gắn nhãn nội dung AI"], country="china"),
]  # fmt: skip
LICENCE = "h20-licence-requirement"


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory):
    """`found(text, language=...)` -> (relation triples, {entity id: names}) of one document."""
    path = Path(tmp_path_factory.mktemp("policy7")) / "catalogue.json"
    path.write_text(json.dumps({"version": 1, "entities": ENTRIES + EXTRA}), encoding="utf-8")

    def _found(text: str, language: str = "en"):
        res = extract([DocumentInput(text, language=language)], catalogue_path=str(path))
        names = {e.id: {e.name, *e.aliases} for e in res.entities}
        return {(r.source, r.type, r.target) for r in res.relations}, names

    return _found


# --- a licence the seller must ask for -------------------------------------------------


def test_seller_must_ask_for_a_licence_vi(found):
    facts, names = found(
        "Kể từ mùa xuân, Nvidia phải xin giấy phép để bán H20 cho khách hàng Trung Quốc.",
        language="vi",
    )
    assert (LICENCE, "RESTRICTS", "nvidia-h20") in facts
    assert "xin giấy phép" in names[LICENCE]  # named as news names it, without the modal


def test_licence_for_something_else_is_no_policy_vi(found):
    facts, names = found("Người dân phải xin giấy phép để xây nhà ở ven đô.", language="vi")
    assert not any(f[1] == "RESTRICTS" for f in facts)
    assert LICENCE not in names


# --- passive issuers and co-issuers ----------------------------------------------------


def test_passive_agent_and_co_issuers_vi(found):
    facts, _ = found(
        "Biện pháp gắn nhãn nội dung AI được CAC ban hành vào tháng 3, cùng Bộ Công nghiệp "
        "và Công nghệ thông tin (MIIT).",
        language="vi",
    )
    assert ("cac", "ISSUED", "cn-labelling-measures") in facts
    assert ("miit", "ISSUED", "cn-labelling-measures") in facts


def test_passive_praise_is_no_issuing_vi(found):
    facts, _ = found("Biện pháp gắn nhãn nội dung AI được Alibaba hoan nghênh.", language="vi")
    assert ("alibaba", "ISSUED", "cn-labelling-measures") not in facts


def test_co_issuer_en(found):
    facts, _ = found(
        "The CAC issued the AI Content Labelling Measures together with the Ministry of "
        "Industry and Information Technology."
    )
    assert ("cac", "ISSUED", "cn-labelling-measures") in facts
    assert ("miit", "ISSUED", "cn-labelling-measures") in facts


def test_a_company_beside_the_issuer_issues_nothing_en(found):
    facts, _ = found("The CAC issued the AI Content Labelling Measures together with Alibaba.")
    assert ("cac", "ISSUED", "cn-labelling-measures") in facts
    assert ("alibaba", "ISSUED", "cn-labelling-measures") not in facts


# --- a regulator keeps buyers from a maker's goods -------------------------------------


def test_barred_from_buying_a_makers_products_en(found):
    facts, _ = found("Last year the CAC barred state agencies from buying products made by Micron.")
    assert ("cac", "RESTRICTS", "micron") in facts


def test_barred_from_criticising_is_no_curb_en(found):
    facts, _ = found(
        "The CAC barred the operators of power grids from criticising products made by Micron."
    )
    assert ("cac", "RESTRICTS", "micron") not in facts


def test_barred_from_buying_a_makers_products_vi(found):
    facts, _ = found(
        "Năm ngoái, CAC cấm các cơ quan nhà nước mua sản phẩm của Micron.", language="vi"
    )
    assert ("cac", "RESTRICTS", "micron") in facts


def test_banned_talk_is_no_curb_vi(found):
    facts, _ = found("CAC cấm bình luận tiêu cực về sản phẩm của Micron.", language="vi")
    assert ("cac", "RESTRICTS", "micron") not in facts


# --- a maker written inside a catalogue name -------------------------------------------


def test_maker_after_cua_in_a_catalogue_name_vi(found):
    facts, _ = found(
        "Mistral phải tuân thủ Đạo luật AI của Liên minh châu Âu (EU) từ tháng 8.", language="vi"
    )
    assert ("european-union", "ISSUED", "eu-ai-act") in facts


def test_a_company_of_a_state_issues_nothing_vi(found):
    facts, _ = found(
        "Các công ty của Mỹ như OpenAI phải tuân thủ Đạo luật AI của Liên minh châu Âu.",
        language="vi",
    )
    assert ("united-states", "ISSUED", "eu-ai-act") not in facts
    assert ("openai", "ISSUED", "eu-ai-act") not in facts


# --- a quoted name after a rule head ---------------------------------------------------


def test_quoted_rule_name_vi(found):
    facts, names = found(
        'Bộ Thương mại Mỹ công bố quy tắc "lan tỏa AI" vào tháng 1.', language="vi"
    )
    assert "ai-diffusion-rule" in names
    assert ("us-commerce-department", "ISSUED", "ai-diffusion-rule") in facts


def test_quoted_words_without_a_rule_head_vi(found):
    _facts, names = found('Bộ Thương mại Mỹ gọi đó là "lan tỏa AI" trong thông cáo.', language="vi")
    assert "ai-diffusion-rule" not in names


# --- what a rule opening the sentence curbs --------------------------------------------


def test_under_the_rule_a_state_is_capped_en(found):
    facts, _ = found("Under the AI Diffusion Rule, India would have been capped at 50,000 GPUs.")
    assert ("ai-diffusion-rule", "RESTRICTS", "india") in facts


def test_under_the_rule_a_state_buys_freely_en(found):
    facts, _ = found("Under the AI Diffusion Rule, India would have been able to buy freely.")
    assert ("ai-diffusion-rule", "RESTRICTS", "india") not in facts


def test_under_the_rule_a_state_is_capped_vi(found):
    facts, _ = found(
        "Theo quy tắc lan tỏa AI, Việt Nam nằm trong nhóm bị giới hạn lượng chip nhập khẩu.",
        language="vi",
    )
    assert ("ai-diffusion-rule", "RESTRICTS", "vietnam") in facts


def test_under_the_rule_a_state_buys_freely_vi(found):
    facts, _ = found("Theo quy tắc lan tỏa AI, Việt Nam được mua chip tự do.", language="vi")
    assert ("ai-diffusion-rule", "RESTRICTS", "vietnam") not in facts


# --- a bare list, and those listed together --------------------------------------------


def test_bare_list_and_those_listed_with_it_en(found):
    facts, _ = found(
        "Huawei has sat on the Entity List since 2019. Its rival Cambricon was added to the "
        "list in 2022 along with Biren."
    )
    assert ("entity-list", "RESTRICTS", "cambricon") in facts
    assert ("entity-list", "RESTRICTS", "biren") in facts


def test_a_list_of_something_else_en(found):
    facts, _ = found(
        "Huawei has sat on the Entity List since 2019. Nvidia is on the list of the most "
        "valuable companies."
    )
    assert ("entity-list", "RESTRICTS", "nvidia") not in facts


def test_bare_list_and_those_listed_with_it_vi(found):
    facts, names = found(
        "Danh sách thực thể không còn xa lạ với các hãng chip. Hygon bị liệt vào danh sách "
        "từ năm 2019 cùng Sugon. Cambricon bị Mỹ đưa vào danh sách cùng Biren.",
        language="vi",
    )
    for company in ("hygon", "sugon", "cambricon", "biren"):
        assert ("entity-list", "RESTRICTS", company) in facts
    assert not any("cùng" in n for ns in names.values() for n in ns)


def test_a_sales_list_is_not_the_entity_list_vi(found):
    facts, _ = found(
        "Danh sách thực thể không còn xa lạ với các hãng chip. Cửa hàng đưa Nvidia vào danh "
        "sách bán chạy.",
        language="vi",
    )
    assert ("entity-list", "RESTRICTS", "nvidia") not in facts


@pytest.mark.parametrize(
    "text, lang, issuer",
    [
        ("China has imposed export controls on gallium and germanium.", "en", "china"),
        ("Beijing announced export restrictions on graphite.", "en", "china"),
        ("Trung Quốc ban hành lệnh hạn chế xuất khẩu đối với gali và germani.", "vi", "china"),
    ],
)
def test_a_country_imposing_generic_export_controls_does_not_issue_another_countrys(
    text, lang, issuer
):
    _, facts = found_in(text, lang)
    assert (issuer, "ISSUED", "us-chip-export-controls") not in facts


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The US announced export restrictions on chips.", "en"),
        ("Mỹ ban hành lệnh hạn chế xuất khẩu chip mới.", "vi"),
    ],
)
def test_the_country_of_the_controls_still_issues_them(text, lang):
    _, facts = found_in(text, lang)
    assert ("united-states", "ISSUED", "us-chip-export-controls") in facts
