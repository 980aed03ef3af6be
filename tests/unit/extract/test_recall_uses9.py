"""More ways news tells what organisations use, host and build.

USES: a product's use is its maker's ("Khanmigo, which runs on GPT-4o", "dịch vụ FPT AI
Factory, vận hành trên hàng nghìn GPU H100", "dòng Galaxy S24 bán tại Trung Quốc dùng
mô hình Ernie"), but not a product's own maker's model; a facility built with chips ("đã
khai trương các nhà máy AI ... với hàng nghìn GPU H100 và H200", "built a supercomputer
with 50,000 H100 chips", "trains its models on BioHive-2, a supercomputer built from H100
processors"); a big customer of a maker for a chip ("khách hàng lớn nhất của Nvidia ... với
chip H20", "one of Nvidia's biggest customers for the H20"); "the first cloud provider to
make X generally available", "là đơn vị đầu tiên tại Việt Nam triển khai X"; those a
company followed ("sau Geely và Great Wall Motor vài ngày", "days after Oppo and Vivo");
chips promised "for Humain's first facilities"; "Ông X cho biết mô hình chỉ cần tám chip
H20 để vận hành". HOSTS: "hosts open models such as Meta's Llama", "an editor ... that gave
users free access to GPT-4o". DEVELOPED: a partner a thing was made with ("which it
unveiled with Google DeepMind", "được phát triển cùng Huawei"), "co-created", "cùng phát
triển".

Each case has a near miss (the false friend among them: "X said Y would build ..." gives X
nothing). Every sentence is written for these tests; only facts a text rule found count,
never a catalogue co-mention.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.pipeline import DocumentInput, extract

from .conftest import ENTRIES, _e

USES9 = [
    _e("samsung", "Samsung", "Organization"),
    _e("baidu", "Baidu", "Organization"),
    _e("galaxy-s24", "Galaxy S24", "Product", developer="samsung"),
    _e("khan-academy", "Khan Academy", "Organization"),
    _e("khanmigo", "Khanmigo", "Product", developer="khan-academy"),
    _e("fpt", "FPT", "Organization"),
    _e("fpt-ai-factory", "FPT AI Factory", "Product", developer="fpt"),
    _e("nvidia-h100", "Nvidia H100", "Hardware", ["H100"]),
    _e("nvidia-h200", "Nvidia H200", "Hardware", ["H200"]),
    _e("nvidia-gb300", "Nvidia GB300", "Hardware", ["GB300"]),
    _e("nvidia-blackwell", "Nvidia Blackwell", "Hardware", ["Blackwell"]),
    _e("tencent", "Tencent", "Organization"),
    _e("wechat", "WeChat", "Product", ["Weixin"], developer="tencent"),
    _e("unitree", "Unitree", "Organization"),
    _e("unitree-g1", "Unitree G1", "Product", ["G1"], developer="unitree"),
    _e("jetson-orin", "Nvidia Jetson Orin", "Hardware", ["Jetson Orin"]),
    _e("gemini-2.0", "Gemini 2.0", "AIModel"),
    _e("gemini-app", "Gemini app", "Product", developer="google"),
    _e("tesla", "Tesla", "Organization"),
    _e("recursion", "Recursion", "Organization"),
    _e("biohive-2", "BioHive-2", "Hardware"),
    _e("coreweave", "CoreWeave", "Organization"),
    _e("viettel", "Viettel", "Organization"),
    _e("vietnam", "Vietnam", "Location", [], ["Việt Nam"]),
    _e("byd", "BYD", "Organization"),
    _e("geely", "Geely", "Organization"),
    _e("great-wall-motor", "Great Wall Motor", "Organization"),
    _e("xuanji", "Xuanji", "Product", developer="byd"),
    _e("honor", "Honor", "Organization"),
    _e("oppo", "Oppo", "Organization"),
    _e("vivo", "Vivo", "Organization"),
    _e("humain", "Humain", "Organization"),
    _e("zhipu", "Zhipu AI", "Organization", ["Zhipu"]),
    _e("glm-4.5", "GLM-4.5", "AIModel"),
    _e("groqcloud", "GroqCloud", "Product"),
    _e("llama", "Llama", "AIModel"),
    _e("trae", "Trae", "Product"),
    _e("google-deepmind", "Google DeepMind", "Organization"),
    _e("isomorphic-labs", "Isomorphic Labs", "Organization"),
    _e("alphafold-3", "AlphaFold 3", "AIModel"),
    _e("ruipath", "RuiPath", "AIModel"),
    _e("soumith-chintala", "Soumith Chintala", "Person"),
    _e("pytorch", "PyTorch", "Product"),
    _e("android-xr", "Android XR", "Product"),
]


@pytest.fixture(scope="module")
def told(tmp_path_factory: pytest.TempPathFactory):
    """`told(text, language)` -> the triples a text rule found (no catalogue co-mentions)."""
    path = Path(tmp_path_factory.mktemp("catalogue_uses9")) / "catalogue.json"
    path.write_text(json.dumps({"version": 1, "entities": ENTRIES + USES9}), encoding="utf-8")

    def _told(text: str, language: str) -> set[tuple[str, str, str]]:
        doc = DocumentInput(text, language=language, published="2025-06-02")
        return {
            (r.source, r.type, r.target)
            for r in extract([doc], catalogue_path=str(path)).relations
            if any(".catalogue." not in e.rule for e in r.evidence)
        }

    return _told


# (fact, language, text that states it, near miss that does not)
CASES = [
    # a product's use is its maker's: a clause attached to the product
    (
        ("khan-academy", "USES", "gpt-4o"),
        "en",
        "Khan Academy keeps expanding Khanmigo, which runs on GPT-4o, to more school districts.",
        "Khan Academy compared Khanmigo with GPT-4o in a classroom study.",
    ),
    (
        ("fpt", "USES", "nvidia-h100"),
        "vi",
        "FPT cho biết dịch vụ FPT AI Factory, vận hành trên hàng nghìn GPU H100, đã ra mắt hồi tháng 11.",
        "FPT AI Factory ra mắt hồi tháng 11, cạnh tranh với các cụm GPU H100 của đối thủ.",
    ),
    # ... the product opening its clause, past a short reduced relative
    (
        ("samsung", "USES", "ernie"),
        "vi",
        "Samsung đã đi trước: dòng Galaxy S24 bán tại Trung Quốc dùng mô hình Ernie của Baidu.",
        "Baidu đã đi trước: các máy dùng mô hình Ernie cạnh tranh với dòng Galaxy S24 của Samsung.",
    ),
    (
        ("unitree", "USES", "jetson-orin"),
        "en",
        (
            "Unitree sells several robots. The research edition of the G1 runs on Nvidia's Jetson "
            "Orin module."
        ),
        "Unitree sells several robots. A rival to the G1 runs on Nvidia's Jetson Orin module.",
    ),
    # ... past a closed apposition naming the owner
    (
        ("tencent", "USES", "deepseek-r1"),
        "vi",
        (
            "Giữa tháng 2, Weixin, ứng dụng nhắn tin của Tencent, bắt đầu thử nghiệm tích hợp "
            "DeepSeek-R1."
        ),
        "Giữa tháng 2, DeepSeek-R1 được so sánh với Weixin, ứng dụng nhắn tin của Tencent.",
    ),
    # a facility the subject builds or opens with chips
    (
        ("fpt", "USES", "nvidia-h200"),
        "vi",
        (
            'FPT, tập đoàn do ông Trương Gia Bình làm chủ tịch, đã khai trương các "nhà máy AI" tại '
            "Nhật Bản với hàng nghìn GPU H100 và H200."
        ),
        (
            'FPT, tập đoàn do ông Trương Gia Bình làm chủ tịch, cho biết Nvidia sẽ xây "nhà máy AI" '
            "tại Nhật Bản với hàng nghìn GPU H100 và H200."
        ),
    ),
    (
        ("tesla", "USES", "nvidia-h200"),
        "en",
        "Tesla has built a supercomputer in Austin with 50,000 H100 chips and H200s.",
        (
            "Tesla said Microsoft would build a supercomputer in Austin with 50,000 H100 chips and "
            "H200s."
        ),
    ),
    (
        ("recursion", "USES", "nvidia-h100"),
        "en",
        "Recursion trains its models on BioHive-2, a supercomputer built from H100 processors.",
        (
            "Recursion trains its models on BioHive-2; a rival supercomputer is built from H100 "
            "processors."
        ),
    ),
    # a big customer of a maker for a chip
    (
        ("bytedance", "USES", "nvidia-h20"),
        "vi",
        (
            "ByteDance từng là một trong những khách hàng lớn nhất của Nvidia tại Trung Quốc với "
            "chip H20."
        ),
        "ByteDance từng là một trong những đối thủ lớn nhất của Nvidia tại Trung Quốc về chip H20.",
    ),
    (
        ("bytedance", "USES", "nvidia-h20"),
        "en",
        "ByteDance was one of Nvidia's biggest customers for the H20 last year.",
        "ByteDance was one of Nvidia's biggest critics over the H20 last year.",
    ),
    # the first to take something up
    (
        ("coreweave", "USES", "nvidia-blackwell"),
        "en",
        (
            "CoreWeave became the first cloud provider to make Nvidia's Blackwell systems generally "
            "available."
        ),
        "CoreWeave became the first cloud provider to criticise Nvidia's Blackwell systems.",
    ),
    (
        ("viettel", "USES", "nvidia-h200"),
        "vi",
        "Viettel là đơn vị đầu tiên tại Việt Nam triển khai chip H200.",
        "Viettel là đơn vị đầu tiên tại Việt Nam phê phán chip H200.",
    ),
    # those the subject followed did it first
    (
        ("geely", "USES", "deepseek-r1"),
        "vi",
        "BYD tích hợp DeepSeek-R1 vào hệ thống buồng lái, sau Geely và Great Wall Motor vài ngày.",
        "BYD tích hợp DeepSeek-R1 vào hệ thống buồng lái, sau khi Geely công bố mẫu xe mới.",
    ),
    (
        ("oppo", "USES", "deepseek-r1"),
        "en",
        "Honor integrated DeepSeek-R1 into its assistant, days after Oppo and Vivo.",
        "Honor integrated DeepSeek-R1 into its assistant, following a deal with Oppo.",
    ),
    # chips promised for a company's facilities
    (
        ("humain", "USES", "nvidia-gb300"),
        "en",
        "Nvidia promised 18,000 of its GB300 chips for Humain's first facilities.",
        "Nvidia showed 18,000 of its GB300 chips for Humain's visitors.",
    ),
    # the model a sentence of saying goes on about
    (
        ("glm-4.5", "USES", "nvidia-h20"),
        "vi",
        (
            "Zhipu ra mắt GLM-4.5 hôm thứ Hai. Ông Trương cho biết mô hình chỉ cần tám chip H20 để "
            "vận hành."
        ),
        "Zhipu ra mắt GLM-4.5 hôm thứ Hai. Ông Trương cho biết công ty cần thêm chip H20.",
    ),
    # HOSTS: the kind of model, then its examples; a relative clause's verb
    (
        ("groqcloud", "HOSTS", "llama"),
        "en",
        "GroqCloud hosts open models such as Meta's Llama for developers.",
        "GroqCloud beats open models such as Meta's Llama on speed.",
    ),
    (
        ("trae", "HOSTS", "gpt-4o"),
        "en",
        "Trae, an editor launched in January that gave users free access to GPT-4o, grew fast.",
        "Trae, an editor launched in January that was compared with GPT-4o, grew fast.",
    ),
    # DEVELOPED: the partner a thing was made with
    (
        ("google-deepmind", "DEVELOPED", "alphafold-3"),
        "en",
        "AlphaFold 3, unveiled with Google DeepMind in May, is widely used.",
        "AlphaFold 3 was trained with Google DeepMind's chips in May.",
    ),
    (
        ("huawei", "DEVELOPED", "ruipath"),
        "vi",
        "Bệnh viện ra mắt mô hình RuiPath, được phát triển cùng Huawei, nhằm hỗ trợ bác sĩ.",
        "Bệnh viện ra mắt mô hình RuiPath, được phát triển cùng chip của Huawei.",
    ),
    (
        ("soumith-chintala", "DEVELOPED", "pytorch"),
        "en",
        "Soumith Chintala co-created PyTorch while at Meta.",
        "Soumith Chintala criticised PyTorch while at Meta.",
    ),
    (
        ("samsung", "DEVELOPED", "android-xr"),
        "vi",
        "Google và Samsung cùng phát triển Android XR.",
        "Google và Samsung cùng bàn về Android XR.",
    ),
]


@pytest.mark.parametrize(("fact", "lang", "positive", "negative"), CASES)
def test_phrasing_is_read(told, fact, lang, positive, negative):
    assert fact in told(positive, lang)


@pytest.mark.parametrize(("fact", "lang", "positive", "negative"), CASES)
def test_near_miss_is_not_read(told, fact, lang, positive, negative):
    assert fact not in told(negative, lang)


def test_a_product_serving_its_makers_own_model_is_no_use(told):
    found = told(
        "Google launched Gemini 2.0 last week. The Gemini app now runs on Gemini 2.0.", "en"
    )
    assert ("google", "DEVELOPED", "gemini-2.0") in found
    assert ("google", "USES", "gemini-2.0") not in found


def test_a_product_after_a_clause_naming_others_is_not_the_user(told):
    found = told(
        "Unitree sells robots. The Kirin chip, which powers Huawei's phones, and the G1 robots "
        "unveiled in June, is built on Jetson Orin parts.",
        "en",
    )
    assert ("unitree", "USES", "jetson-orin") not in found


def test_the_destination_named_after_its_kind_is_not_used(told):
    found = told("BYD tích hợp DeepSeek-R1 vào hệ thống buồng lái thông minh Xuanji.", "vi")
    assert ("byd", "USES", "deepseek-r1") in found
    assert ("byd", "USES", "xuanji") not in found


def test_a_seller_of_chips_is_not_their_customer(told):
    found = told("ByteDance was one of Nvidia's biggest customers for the H20 last year.", "en")
    assert ("nvidia", "USES", "nvidia-h20") not in found


def test_a_facility_built_together_is_left_alone(told):
    found = told(
        "Nvidia cho biết sẽ cùng Viettel xây dựng trung tâm dữ liệu tại Việt Nam với 10.000 GPU "
        "Blackwell.",
        "vi",
    )
    assert ("nvidia", "USES", "nvidia-blackwell") not in found


def test_rivals_said_to_use_a_chip_give_the_speaker_nothing(told):
    found = told("Huawei said rivals would use H20 chips in their data centres.", "en")
    assert ("huawei", "USES", "nvidia-h20") not in found
    found = told("Huawei cho biết các đối thủ sẽ dùng chip H20 trong trung tâm dữ liệu.", "vi")
    assert ("huawei", "USES", "nvidia-h20") not in found
    own = told("Huawei said on Tuesday it would use H20 chips in its data centres.", "en")
    assert ("huawei", "USES", "nvidia-h20") in own
    own = told("Huawei cho biết hãng sẽ dùng chip H20 trong trung tâm dữ liệu.", "vi")
    assert ("huawei", "USES", "nvidia-h20") in own


def test_bundled_names_of_services_and_superchips(bundled_catalogue):
    assert bundled_catalogue.lookup("Azure OpenAI") == ("azure-openai",)
    assert bundled_catalogue.lookup("GB300 Grace Blackwell") == ("nvidia-gb300",)
