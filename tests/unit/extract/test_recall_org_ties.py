"""Ties between organisations told through references and titles.

Deals and rivalries are often told of an organisation without its name ("invested
$1 billion in it", "tập đoàn công nghệ này", "Công ty nhanh chóng ..."), owners
are written as titles ("TikTok owner ByteDance", "công ty mẹ của TikTok là
ByteDance"), partners as "its partner", and supply deals as goods shipped to a
buyer. Every sentence here is written for the test; each case has a sentence that
states the fact and one that must not, in English and Vietnamese where the
construction exists in both. Only facts a text rule found count (`stated`).
"""

from __future__ import annotations

import pytest

from tests.unit.extract.facts import has_fact

# (fact, language, text that states it, text that does not)
CASES = [
    # an object "it" recalls the organisation in view, never its own clause's subject
    (
        ("alibaba", "PARTNERS_WITH", "deepseek"),
        "en",
        "DeepSeek drew wide attention this winter. Alibaba invested $1 billion in it in March.",
        "DeepSeek drew wide attention this winter. Alibaba wrote a long note about it in March.",
    ),
    (
        ("nvidia", "PARTNERS_WITH", "deepseek"),
        "en",
        "DeepSeek sold its old servers last year, before Nvidia invested $2 billion in it.",
        "DeepSeek sold its old servers last year, before Nvidia wrote about it.",
    ),
    (
        ("microsoft", "COMPETES_WITH", "openai"),
        "en",
        "OpenAI had a record year. Microsoft now competes with it in chatbots.",
        "OpenAI had a record year. Microsoft now writes about it in blogs.",
    ),
    # a company noun with a describing word and "này"
    (
        ("bytedance", "PARTNERS_WITH", "nvidia"),
        "vi",
        "ByteDance mở rộng mảng AI. Tháng 4, tập đoàn công nghệ này ký hợp tác với Nvidia.",
        "Thị trường AI sôi động. Tháng 4, tập đoàn công nghệ này ký hợp tác với Nvidia.",
    ),
    (
        ("huawei", "COMPETES_WITH", "nvidia"),
        "vi",
        "Huawei vừa báo lãi. Hãng viễn thông này hiện là đối thủ lớn nhất của Nvidia.",
        "Huawei vừa báo lãi. Hãng viễn thông này hiện là khách quen của Nvidia.",
    ),
    # a bare company noun and an adverb opening a sentence
    (
        ("deepseek", "COMPETES_WITH", "openai"),
        "vi",
        "DeepSeek ra mắt R1 vào tháng 1. Công ty nhanh chóng được xem là đối thủ của OpenAI.",
        "DeepSeek ra mắt R1 vào tháng 1. Công ty con của Huawei được xem là đối thủ của OpenAI.",
    ),
    # a partner named as "its partner"
    (
        ("alibaba", "PARTNERS_WITH", "nvidia"),
        "en",
        "Alibaba also named Nvidia its main training partner.",
        "Alibaba also named Nvidia its biggest threat.",
    ),
    # an owner written as a title of its name, or as a compound modifier
    (
        ("bytedance", "OWNS", "tiktok"),
        "en",
        "TikTok owner ByteDance reported higher sales on Monday.",
        "TikTok rival ByteDance reported higher sales on Monday.",
    ),
    (
        ("alibaba", "OWNS", "deepseek"),
        "en",
        "The Alibaba-owned DeepSeek released a model.",
        "The Alibaba-backed DeepSeek released a model.",
    ),
    (
        ("bytedance", "OWNS", "tiktok"),
        "vi",
        "Công ty mẹ của TikTok là ByteDance, một tập đoàn ở Bắc Kinh.",
        "Đối thủ của TikTok là ByteDance, một tập đoàn ở Bắc Kinh.",
    ),
    # goods shipped to a buyer tie seller and buyer; a ban on shipping does not
    (
        ("nvidia", "PARTNERS_WITH", "alibaba"),
        "en",
        "Nvidia said it would ship 10,000 of its H20 chips to Alibaba for a data centre.",
        "Nvidia said it cannot ship its H20 chips to Alibaba for a data centre.",
    ),
    (
        ("nvidia", "PARTNERS_WITH", "alibaba"),
        "vi",
        "Nvidia sẽ giao 10.000 chip H20 cho Alibaba trong năm nay.",
        "Mỹ cấm Nvidia bán chip H20 cho Alibaba trong năm nay.",
    ),
]


@pytest.mark.parametrize(("fact", "lang", "text", "_near"), CASES)
def test_tie_is_stated(stated, fact, lang, text, _near):
    assert has_fact(stated(text, language=lang), fact)


@pytest.mark.parametrize(("fact", "lang", "_text", "near"), CASES)
def test_near_miss_states_no_tie(stated, fact, lang, _text, near):
    assert not has_fact(stated(near, language=lang), fact)


def test_object_it_never_ties_the_actor_to_itself(run):
    text = "Alibaba spent months on the model before it invested $1 billion in it."
    assert not any(r.source == r.target for r in run(text, language="en").relations)


def test_working_with_another_company_is_a_partnership(triples):
    found = triples("Alibaba is working closely with Nvidia on new servers.", language="en")
    assert has_fact(found, ("alibaba", "PARTNERS_WITH", "nvidia"))
    found = triples("Alibaba said rivals working at Nvidia left.", language="en")
    assert not has_fact(found, ("alibaba", "PARTNERS_WITH", "nvidia"))


def test_its_product_is_owned_but_not_what_its_things_run_on(triples):
    found = triples("ByteDance expanded its popular app TikTok.", language="en")
    assert ("bytedance", "OWNS", "tiktok") in found
    found = triples("ByteDance promotes its videos on ChatGPT.", language="en")
    assert ("bytedance", "OWNS", "chatgpt") not in found
