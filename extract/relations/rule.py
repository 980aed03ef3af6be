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
    "DESCRIBING",
    "EN_CURB",
    "EN_ISSUE",
    "EN_MADE_TAIL",
    "EN_MAKE",
    "EVENT_DATED_TYPES",
    "GOODS",
    "MADE",
    "NARRATED_TYPES",
    "NEED_LICENCE",
    "ON_GOODS",
    "ORG",
    "PASSIVE_TAIL",
    "PERSON_ORG",
    "VI_CURB",
    "VI_ISSUE",
    "VI_MAKE",
    "PairRule",
    "narrated",
    "rule",
]

# Types whose facts happen at a time worth recording (a post or a use taken up: "left for
# Meta in October", "switched to Ascend chips last year").
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
        "LOCATED_IN",
        "WORKS_FOR",
        "LEADS",
        "USES",
    }
)
# Dated types dated only when the source is an event: a conference is held somewhere at a
# time, while a company's seat is no dated fact.
EVENT_DATED_TYPES = frozenset({"LOCATED_IN"})
# Dated types whose facts, told in a sentence without a date, happened at the time their
# paragraph is telling of ("X released Y on Friday. The weights went up on Hugging Face").
# Founders, owners, makers, posts and uses are mostly background, told at any time.
NARRATED_TYPES = DATED_TYPES - {"FOUNDED", "OWNS", "MANUFACTURES", "WORKS_FOR", "LEADS", "USES"}
# Words of rule names (`developed.en.possessive`) for constructions that name or describe a
# fact rather than tell it happening ("OpenAI's o1", "Nvidia H100", "X, a backer of Y"), and
# facts known from the catalogue: none of them takes a date from the sentences before.
DESCRIBING = frozenset({
    "possessive", "apposition", "prefix", "its", "whose", "of", "behind", "mention", "variant",
    "partner", "copula", "adjective", "name", "demonym", "first", "meant", "title",
})  # fmt: skip


def narrated(rule: PairRule) -> bool:
    """Whether a fact of `rule` is told as an event (see `NARRATED_TYPES`, `DESCRIBING`).

    >>> narrated(PairRule("hosts.en.available", "HOSTS", "en", ""))
    True
    >>> narrated(PairRule("developed.en.possessive", "DEVELOPED", "en", ""))
    False
    """
    kind = rule.name.rsplit(".", 1)[-1]
    return rule.type in NARRATED_TYPES and DESCRIBING.isdisjoint(kind.split("_"))


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
    expand: str = "both"  # which coordinated groups share the fact: both, left, right, none
    left: str | None = None  # regex the left mention's own text must match (e.g. "its")
    adjacent: bool = False  # no other mention may stand between L and R ("X's Y")


_EXPAND = {"LOCATED_IN": "left", "PART_OF": "none"}


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
    r"mở công cụ|cập nhật|mở mã nguồn|ra đời|hé lộ|thương mại hóa|tung|chào sân|cho ra|"
    r"phát hành thử nghiệm|công bố ra mắt|tự phát triển|thiết kế|ra mắt thử nghiệm|"
    r"cùng phát triển|đồng phát triển|tham gia phát triển|cùng xây dựng)"
)
EN_MAKE = (
    r"(?:has |have |had |also |just |quietly |officially )?(?:launched|launches|released|releases|"
    r"unveiled|unveils|introduced|introduces|announced|announces|developed|develops|built|builds|"
    r"debuted|debuts|rolled out|rolls out|open-sourced|open-sources|trained|trains|created|"
    r"creates|shipped|ships|published|updated|upgraded|previewed|teased|is behind|was behind|"
    r"put out|puts out|made public|took the wraps off|pushed out|open sourced|launching|releasing|"
    r"unveiling|developing|building|training|unleashed|unleashes|"
    r"came out with|comes out with|rolling out|debuting|previewing|open-weighted|"
    r"co-created|co-creates|co-developed|co-develops|co-designed|co-designs|co-wrote|"
    r"helped (?:build|create|develop|design|write)|"
    r"(?:will |to |would |plans to |is set to |is preparing to )(?:launch|release|unveil|"
    r"introduce|debut|ship|open-source|roll out))"
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

# what a state or agency does to a rule it owns: make it, change it, or end it
EN_ISSUE = (
    r"(?:has |have |had |also |just |quietly |formally |officially |finally )?(?:imposed|imposes|"
    r"imposing|issued|issues|issuing|introduced|introduces|introducing|announced|announces|"
    r"announcing|passed|passes|enacted|enacts|adopted|adopts|tightened|tightens|tightening|"
    r"expanded|expands|expanding|unveiled|unveils|signed|signs|rolled out|rolls out|implemented|"
    r"implements|extended|extends|updated|updates|updating|published|publishes|released|"
    r"finalized|finalised|finalizes|finalises|drafted|drafts|proposed|proposes|laid out|"
    r"put in place|puts in place|brought in|brings in|scrapped|scraps|scrapping|rescinded|"
    r"rescinds|rescinding|revoked|revokes|repealed|repeals|tore up|tears up|tearing up|"
    r"withdrew|withdraws|overturned|overturns|rolled back|rolls back|rolling back|revised|"
    r"revises|amended|amends|loosened|loosens|eased|eases|relaxed|relaxes|lifted|lifts|"
    r"lifting|rewrote|rewrites|drew up|draws up|codified|enforced|enforces|enforcing|"
    r"broadened|broadens|widened|widens|set out|sets out|laid down|lays down|instituted|"
    r"established|slapped|reinstated|reinstates|renewed|renews|narrowed|narrows|strengthened|"
    r"toughened|unwound|dropped|ditched|axed|killed|paused|suspended|suspends|delayed|"
    r"(?:will|would|plans to|planned to|moved to|moves to|voted to|agreed to|is set to|"
    r"was set to|is expected to|wants to|vowed to|sought to|seeks to|decided to) (?:impose|issue|"
    r"introduce|tighten|expand|scrap|rescind|revoke|repeal|lift|ease|relax|extend|update|adopt|"
    r"enact|pass|finalize|finalise|roll out|roll back|tear up|amend|revise|unveil|draft|"
    r"publish|enforce|replace|withdraw|loosen|suspend|broaden|widen|narrow|renew|reinstate))"
)
VI_ISSUE = (
    r"(?:đã |vừa |mới |sẽ |chính thức |cũng |quyết định |tuyên bố |thông báo )?(?:ban hành|áp đặt|"
    r"áp|đưa ra|công bố|thông qua|siết chặt|mở rộng|thắt chặt|triển khai|ký|áp dụng|cập nhật|"
    r"ban bố|hoàn tất|bãi bỏ|hủy bỏ|huỷ bỏ|dỡ bỏ|nới lỏng|sửa đổi|điều chỉnh|rút lại|thu hồi|"
    r"gia hạn|tái áp dụng|soạn thảo|đề xuất|thực thi|siết|bổ sung|phê duyệt|ký ban hành|"
    r"ngừng áp dụng|tạm hoãn|hoãn|thay thế|viết lại|mở rộng phạm vi|nâng cấp|hủy|huỷ|xóa bỏ|"
    r"xoá bỏ|gỡ bỏ)"
)
# a rule keeping a target from chips: the verb and its family
EN_CURB = (
    r"(?:restrict|restricts|restricted|restricting|limit|limits|limited|limiting|ban|bans|"
    r"banned|banning|bar|bars|barred|barring|block|blocks|blocked|blocking|cut off|cuts off|"
    r"cutting off|curb|curbs|curbed|curbing|target|targets|targeted|targeting|prevent|prevents|"
    r"prevented|hamper|hampers|hampered|cover|covers|covered|blacklisted|blacklists|sanctioned|"
    r"sanctions|choke off|chokes off|choked off|prohibit|prohibits|prohibited|forbid|forbids|"
    r"forbade|outlaw|outlaws|outlawed|shut out|shuts out|shutting out|locked out|locks out|"
    r"squeezed|squeezes|squeeze|hobble|hobbles|hobbled|cripple|cripples|crippled|choke|chokes|"
    r"choked|starve|starves|starved|constrain|constrains|constrained|deny|denies|denied|cap|"
    r"caps|capped|throttle|throttles|throttled|hit|hits|halt|halts|halted|stop|stops|stopped|"
    r"exclude|excludes|excluded|apply to|applies to|applied to|extend to|extends to|"
    r"extended to|affect|affects|affected|catch|catches|caught|ensnare|ensnares|ensnared|"
    r"single out|singles out|singled out|clamp down on|clamps down on|clamped down on|"
    r"crack down on|cracks down on|cracked down on|tighten (?:\S+ )?on|tightened (?:\S+ )?on|"
    r"penalize|penalizes|penalized|penalise|penalised|punish|punishes|punished|isolate|"
    r"isolates|isolated|wall off|walled off|freeze out|froze out|frozen out)"
)
VI_CURB = (
    r"(?:hạn chế|cấm|cấm vận|trừng phạt|chặn|ngăn|ngăn chặn|kiểm soát|cắt nguồn cung cho|"
    r"đưa vào danh sách đen|áp lệnh cấm|siết|siết chặt|thắt chặt|cản trở|nhắm vào|nhằm vào|"
    r"gây khó cho|bóp nghẹt|cô lập|loại|loại bỏ|chặn đường|cắt đứt|khóa|khoá|phong tỏa|"
    r"phong toả|áp hạn ngạch lên|giới hạn)"
)
GOODS = (
    r"(?:sales|shipments|exports|sale|shipment|export|deliveries|supplies|supply|imports|access)"
)
ON_GOODS = (
    r"(?:on|for|over|covering|governing|limiting|restricting|curbing|banning|barring|blocking|"
    r"halting|stopping|capping|that (?:bar|bars|ban|bans|block|blocks|limit|limits|curb|curbs|"
    r"halt|halts|cap|caps|restrict|restricts)) (?:the |all |any |most |new |further )?"
)
NEED_LICENCE = (
    r"(?:now |will |would |also |must |still )?(?:need|needs|needed|require|requires|required|"
    r"must obtain|must get|must seek|must apply for|have to obtain|has to obtain) "
    r"(?:a |an )?(?:special |export |government |us |u\.s\. )?(?:licen[cs]e|permit|permission|"
    r"approval)"
)
