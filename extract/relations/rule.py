"""The shape of a relation rule, and the cue fragments several rule files share.

A `PairRule` looks at two mentions L ... R in one sentence. `between` is a
regex over the words between them (lowercased, punctuation split off, written
with `{wN}` = "up to N filler words"); `reverse` says R is the source; `tail`
must match right after R ("Sora được OpenAI *phát hành*"), `head` right before
L. Argument types come from `graph.ontology.RELATION_TYPES`, narrowed by
`sources`/`targets` when a cue only fits some kinds. `confidence` is the rule's
own trust: direct appositions high, distant verbs lower.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "DATED_TYPES",
    "EN_MADE_TAIL",
    "EN_MAKE",
    "MADE",
    "ORG",
    "PASSIVE_TAIL",
    "PERSON_ORG",
    "VI_MAKE",
    "PairRule",
    "rule",
]

# Types whose facts happen at a time worth recording.
DATED_TYPES = frozenset(
    {
        "DEVELOPED",
        "APPROVED",
        "ISSUED",
        "FOUNDED",
        "PARTNERS_WITH",
        "RESTRICTS",
        "OWNS",
        "HOSTS",
        "MANUFACTURES",
    }
)


@dataclass(frozen=True, slots=True)
class PairRule:
    name: str
    type: str
    lang: str  # "vi", "en" or "*"
    between: str
    reverse: bool = False
    tail: str | None = None
    head: str | None = None
    confidence: float = 0.75
    sources: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    expand: str = "both"  # which coordinated groups share the fact: both, left, none
    left: str | None = None  # regex the left mention's own text must match (e.g. "its")
    adjacent: bool = False  # no other mention may stand between L and R ("X's Y")


_EXPAND = {"LOCATED_IN": "left", "PART_OF": "none", "BASED_ON": "left"}


def rule(
    name,
    type_,
    lang,
    between,
    conf=0.75,
    rev=False,
    src="",
    tgt="",
    tail=None,
    head=None,
    left=None,
):
    return PairRule(
        name,
        type_,
        lang,
        between,
        rev,
        tail,
        head,
        conf,
        tuple(src.split()),
        tuple(tgt.split()),
        _EXPAND.get(type_, "both"),
        left,
        # possessives ("X's Y", "Y của X") bind the nearest names only
        name.endswith((".possessive", ".of")),
    )


ORG = "Organization"
PERSON_ORG = "Person Organization"
MADE = "AIModel Product Benchmark"
VI_MAKE = (
    r"(?:đã |vừa |sẽ |chính thức |cũng )?(?:cho )?(?:ra mắt|phát hành|trình làng|giới thiệu|"
    r"công bố|tung ra|phát triển|xây dựng|tạo ra|huấn luyện|nâng cấp|mở dịch vụ|mở ứng dụng|"
    r"mở công cụ|cập nhật|mở mã nguồn|ra đời|hé lộ|thương mại hóa)"
)
EN_MAKE = (
    r"(?:has |have |had |also |just |quietly |officially )?(?:launched|launches|released|releases|"
    r"unveiled|unveils|introduced|introduces|announced|announces|developed|develops|built|builds|"
    r"debuted|debuts|rolled out|rolls out|open-sourced|open-sources|trained|trains|created|"
    r"creates|shipped|ships|published|updated|upgraded|previewed|teased|is behind|was behind|"
    r"put out|puts out|made public|took the wraps off|pushed out|open sourced|launching|releasing|"
    r"unveiling|developing|building|training|(?:will |to |would )(?:launch|release|unveil|"
    r"introduce|debut|ship|open-source))"
)
EN_MADE_TAIL = (
    r"\s*(?:has |had |have |also |just )?(?:published|released|launched|unveiled|introduced|"
    r"developed|built|trained|created|shipped|open-sourced|debuted|rolled out|announced|"
    r"put out|made public|came out with|unveils|releases|launches|is developing|"
    r"has been developing|designed)"
)
PASSIVE_TAIL = (
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:đã |vừa |chính thức )?(?:phát triển|phát hành|ra mắt|tạo ra|"
    r"xây dựng|thiết kế|công bố|giới thiệu|trình làng|huấn luyện|đào tạo|sản xuất)"
)
