"""Catalogue aliases that named another product: each product resolves to its own entry or none.

A version or model code in an alias that differs from its entry's ("Kling 2.5" under "Kling
2.1", "BR104" under "Biren BR100") made the newer or sister product the older one. The
sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from extract.catalogue import load_catalogue
from tests.unit.extract.facts import found_in

# (other product's name, the entry that wrongly held it)
MOVED = [
    ("B30A", "nvidia-b20"),
    ("RTX Pro 6000D", "nvidia-b20"),
    ("MetaX C600", "metax-c500"),
    ("Atlas 900", "atlas-950-superpod"),
    ("Atlas 960 SuperPoD", "atlas-950-superpod"),
    ("BR104", "biren-br100"),
    ("HBM4E", "hbm4"),
    ("Snapdragon X2 Elite", "snapdragon-x-elite"),
    ("ERNIE X1.1", "ernie-x1-turbo"),
    ("Kling 2.5", "kling-2.1"),
    ("Hermes 4", "hermes-3"),
    ("Baichuan-M2", "baichuan-m1"),
    ("Grok 1.5", "grok-1"),
    ("Pangu 5.0", "pangu-5.5"),
    ("Qwen2-VL", "qwen2.5-vl"),
    ("SenseNova V6.5", "sensenova-v6"),
    ("Qualcomm AI250", "qualcomm-ai200"),
]


def _ids(text: str, language: str = "en") -> set[str]:
    return set(found_in(text, language)[0])


@pytest.mark.parametrize(("name", "wrong"), MOVED)
def test_the_catalogue_no_longer_gives_the_name_to_the_other_entry(name, wrong):
    assert wrong not in load_catalogue().lookup(name)


@pytest.mark.parametrize(("name", "wrong"), MOVED)
def test_a_sentence_naming_only_the_other_product_does_not_find_the_entry(name, wrong):
    assert wrong not in _ids(f"Reviewers spent a week testing {name} before its release.")


@pytest.mark.parametrize(
    ("name", "entry"),
    [
        ("Nvidia B20", "nvidia-b20"),
        ("MetaX C500", "metax-c500"),
        ("Atlas 950 SuperPoD", "atlas-950-superpod"),
        ("BR100", "biren-br100"),
        ("HBM4", "hbm4"),
        ("Snapdragon X Elite", "snapdragon-x-elite"),
        ("ERNIE X1 Turbo", "ernie-x1-turbo"),
        ("Kling 2.1 Master", "kling-2.1"),
        ("Hermes 3", "hermes-3"),
        ("Baichuan M1", "baichuan-m1"),
        ("Grok-1", "grok-1"),
        ("Qwen 2.5 VL", "qwen2.5-vl"),
        ("SenseNova 6", "sensenova-v6"),
        ("AI200", "qualcomm-ai200"),
    ],
)
def test_the_entries_keep_their_own_names(name, entry):
    assert entry in load_catalogue().lookup(name)


def test_a_newer_version_beside_the_older_one_is_an_entity_of_its_own():
    found = _ids("Kuaishou put Kling 2.5 on sale, while Kling 2.1 stays free.")
    assert {"kling-2.1", "kling-2.5"} <= found


def test_a_newer_model_in_vietnamese_is_not_the_older_one():
    found = _ids("Baidu ra mắt ERNIE X1.1, mạnh hơn ERNIE X1 Turbo.", "vi")
    assert "ernie-x1-turbo" in found and "ernie-x1.1" in found


def test_chip_nvidia_before_a_model_code_names_the_chip_not_nvidia_gpus():
    found = _ids("Công ty mua thêm chip Nvidia H100 cho trung tâm dữ liệu mới.", "vi")
    assert "nvidia-h100" in found and "nvidia-gpus" not in found


def test_nvidia_gpus_keep_their_vietnamese_names():
    assert "nvidia-gpus" in _ids("Nhiều startup thuê GPU Nvidia để huấn luyện mô hình.", "vi")


def test_china_variants_of_nvidia_chips_are_entries_of_their_own():
    ids = _ids("Nvidia offered the B30A and the RTX Pro 6000D to buyers.")
    assert {"nvidia-b30a", "nvidia-rtx-pro-6000d"} <= ids
    assert "nvidia-b20" not in ids
