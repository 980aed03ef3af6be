"""The shared parameter checks."""

from __future__ import annotations

import pytest

from graph import query_checks as qc
from graph.errors import InvalidQuery


@pytest.mark.parametrize(
    "check,good,bad",
    [
        (qc.check_depth, [1, 3], [0, 4, -1, True, "2", 1.5, None]),
        (qc.check_hops, [1, 6], [0, 7]),
        (qc.check_k, [1, 10], [0, 11]),
        (qc.check_limit, [1, 500], [0, 501]),
    ],
)
def test_integer_ranges(check, good, bad):
    for value in good:
        assert check(value) == value
    for value in bad:
        with pytest.raises(InvalidQuery):
            check(value)


def test_limit_message_names_the_parameter():
    with pytest.raises(InvalidQuery, match="top must be from 1 to 500"):
        qc.check_limit(0, "top")


def test_types_accept_lists_and_comma_strings():
    assert qc.check_types(None) == ()
    assert qc.check_types([]) == ()
    assert qc.check_types(["OWNS", "OWNS", " LEADS "]) == ("OWNS", "LEADS")
    assert qc.check_types("DEVELOPED, USES") == ("DEVELOPED", "USES")
    assert qc.check_entity_types("AIModel,Person") == ("AIModel", "Person")


def test_types_refuse_unknown_names():
    with pytest.raises(InvalidQuery, match="unknown relation type 'developed'"):
        qc.check_types(["developed"])
    with pytest.raises(InvalidQuery, match="unknown entity type"):
        qc.check_entity_types(["Company"])
    with pytest.raises(InvalidQuery):
        qc.check_types([3])


@pytest.mark.parametrize("good", ["2024", "2024-02", "2024-02-29", None])
def test_as_of_accepts_partial_dates(good):
    assert qc.check_as_of(good) == good


@pytest.mark.parametrize(
    "bad", ["", "24", "2024-2", "2024-13", "2023-02-29", "2024/01/01", "yesterday", 2024]
)
def test_as_of_refuses_other_text(bad):
    with pytest.raises(InvalidQuery):
        qc.check_as_of(bad)


def test_direction_and_confidence():
    assert [qc.check_direction(d) for d in ("any", "out", "in")] == ["any", "out", "in"]
    with pytest.raises(InvalidQuery, match="direction"):
        qc.check_direction("both")
    assert qc.check_min_confidence(0) == 0.0
    for bad in (-0.1, 1.5, float("nan"), "0.5", True):
        with pytest.raises(InvalidQuery):
            qc.check_min_confidence(bad)


def test_path_ends_and_refs():
    qc.check_path_ends("a", "b")
    with pytest.raises(InvalidQuery):
        qc.check_path_ends("a", "a")
    assert qc.check_ref("OpenAI") == "OpenAI"
    for bad in ("", "   ", None):
        with pytest.raises(InvalidQuery):
            qc.check_ref(bad)


def test_search_key_ignores_case_accents_and_spacing():
    assert qc.search_key("  Trung   QUỐC ") == "trung quoc"
    assert qc.search_key("Đài Loan") == "dai loan"
    assert qc.search_key("快手") == "快手"


def test_search_rank_prefers_exact_then_prefix_then_substring():
    assert qc.search_rank("deepseek", ["DeepSeek"]) == 0
    assert qc.search_rank("deep", ["DeepSeek-R1"]) == 1
    assert qc.search_rank("seek", ["DeepSeek"]) == 2
    assert qc.search_rank("seek", ["Seeker", "DeepSeek"]) == 1
    assert qc.search_rank("zzz", ["DeepSeek"]) is None
    assert qc.search_rank("", ["anything"]) == 2
