"""Rules for claims about models: BASED_ON, OUTPERFORMS, RANKS (policy: `rules_policy`).

Data only: each `rule(...)` is a `PairRule` (see `extract.relations.rule`).
"""

from __future__ import annotations

from extract.relations.rule import PairRule, rule
from extract.relations.rules_making import APPOSED

# a verb reporting a score; the number and its unit follow
_EN_SCORED = (
    r"(?:scored|scores|scoring|achieved|achieves|reached|reaches|posted|posts|hit|hits|got|gets|"
    r"managed|recorded|notched|logged|solved|fixed|answered) "
)
_VI_SCORED = r"(?:đạt|đạt được|ghi|ghi được|giành|giành được|giải được|trả lời đúng) "

# "vượt A của X và chỉ thua B", "beats A and trails B": a verb joined by
# "và"/"and" right after the left model has the clause's subject, not that model
# (unless a new subject or a verb of saying follows: "and claimed it beat B")
_NOT_SUBJECT = (
    r"(?!(?:(?:của|of) (?:\S+ ){1,3})?(?:, )?(?:và|and|but|nhưng) "
    r"(?!(?:\S+ )*(?:it|they|nó|này|claimed|claims|said|says|cho biết|khẳng định|tuyên bố) ))"
)

# a rival's own score before its name: "above the 79.2% of", "mức 79,2 điểm của"
_NUMBER = r"\d[\d.]*(?: , \d+)?(?: ?%| per cent| percent| points?| điểm)? "
_RIVAL_SCORE = {
    "en": r"(?:the |a )?" + _NUMBER + r"(?:(?:scored |posted |managed |reached )?by|of|for|from) "
    r"(?:\S+ ?'s )?",
    "vi": r"(?:mức |số điểm |điểm số |điểm )?" + _NUMBER + r"(?:mà |do )?(?:của |mô hình )?"
    r"(?:mô hình )?",
}
_EN_AHEAD = (
    r"(?:well |just |comfortably |narrowly |slightly |clearly )?(?:ahead of|above|better than|"
    r"higher than|beating|topping|edging out|besting|surpassing) "
)
_EN_BEHIND = (
    r"(?:just |narrowly |slightly |well |only |still )?(?:behind|below|lower than|trailing|"
    r"short of) "
)
_VI_AHEAD = r"(?:cao hơn|vượt|vượt qua|nhỉnh hơn|vượt trên|bỏ xa|tốt hơn|vượt xa) (?:so với )?"
_VI_BEHIND = r"(?:thấp hơn|kém|kém hơn|thua|sau) (?:so với )?"

RULES: tuple[PairRule, ...] = (
    # BASED_ON: AIModel -> AIModel
    rule(
        "based_on.vi.verb",
        "BASED_ON",
        "vi",
        r"{w4}(?:dựa trên|xây dựng trên|xây dựng dựa trên|phát triển từ|phát triển dựa trên|"
        r"tinh chỉnh từ|kế thừa|phiên bản nâng cấp của|bản nâng cấp của|phiên bản kế nhiệm của|"
        r"kế nhiệm|phiên bản cải tiến của|chưng cất từ|dựa vào|nâng cấp từ|phiên bản mới của|"
        r"(?:là )?(?:phiên bản|bản|biến thể|thế hệ) (?:\S+ ){0,3}(?:của|từ)|kế thừa từ|thay thế|"
        r"(?:xây dựng|phát triển|huấn luyện|tinh chỉnh) trên nền(?: tảng)?(?: của)?|dựa theo|"
        r"bản chưng cất của|được chưng cất từ) "
        r"{w4}",
        0.8,
    ),
    rule(
        "based_on.vi.foundation",
        "BASED_ON",
        "vi",
        r"{w9}(?:làm nền tảng|làm nền|làm cơ sở|làm mô hình gốc) {w3}(?:cho|để xây dựng|để tạo ra) {w2}",
        0.75,
        True,
    ),
    rule(
        "based_on.en.verb",
        "BASED_ON",
        "en",
        # not "Llama and a distilled version of R1": a list of two models
        r"(?!(?:and|or|as well as) ){w6}(?:based on|built on|builds on|build on|building on|"
        r"built upon|fine-tuned from|fine-tuned on|finetuned from|"
        r"derived from|distilled from|successor to|successor of|an upgraded version of|"
        r"upgraded version of|an upgrade (?:of|to)|a version of|a variant of|variant of|"
        r"(?:a |an |the )?(?:\S+ ){0,2}(?:version|variant|edition|iteration) of|succeeds|"
        r"succeeded|replaces|replaced|the successor to|the successor of|distilled into|"
        r"an updated version of|an update to|built on top of|trained on top of|follow-up to|"
        r"a follow-up to|built atop|based upon|builds upon|built upon|descended from|forked from|"
        r"a fork of|a distillation of|distilled version of|an offshoot of) {w4}",
        0.8,
    ),
    rule(
        "based_on.en.foundation",
        "BASED_ON",
        "en",
        r"{w6}(?:as (?:the |a )?(?:base|foundation|basis|backbone|starting point) (?:for|of)|"
        r"to build|to create|to train) {w3}",
        0.7,
        True,
    ),
    rule("based_on.en.successor", "BASED_ON", "en", r"'s (?:successor|upgrade) {w1}", 0.75, True),
    # OUTPERFORMS: AIModel -> AIModel
    rule(
        "outperforms.vi.verb",
        "OUTPERFORMS",
        "vi",
        # "X xếp sau A, đồng thời vượt B": the subject of "vượt" is X, not A
        r"(?!(?:.* )?, (?:đồng thời|cùng lúc|và cũng|còn|trong khi) )"
        + _NOT_SUBJECT
        + APPOSED
        + r"{w5}(?:vượt trội|vượt qua|vượt mặt|đánh bại|vượt|hơn hẳn|tốt hơn|áp đảo|bỏ xa|"
        r"nhỉnh hơn|vượt lên|qua mặt|soán ngôi|lấn át|trội hơn|(?:điểm |điểm số )?cao hơn|"
        r"vượt xa|vượt trên|xếp trên|đứng trên|xếp hạng cao hơn|mạnh hơn|thắng|hạ gục|đè bẹp|"
        r"ăn đứt|vượt lên trên|dẫn trước|bỏ lại|giỏi hơn|chính xác hơn|nhanh hơn|vượt mặt cả|"
        r"ghi điểm cao hơn|đạt điểm cao hơn|cho kết quả tốt hơn|hiệu quả hơn) "
        r"(?:so với |cả |hơn |trước )?{w6}",
        0.8,
    ),
    rule(
        "outperforms.vi.behind",
        "OUTPERFORMS",
        "vi",
        _NOT_SUBJECT
        + APPOSED
        + r"{w5}(?:chưa đạt tới mức của|chưa đạt mức của|chưa bằng|kém hơn|kém|thua|thua kém|xếp sau|"
        r"đứng sau|thấp hơn|chưa theo kịp|chưa vượt qua|vẫn sau|xếp ngay sau|đứng ngay sau|"
        r"xếp dưới|đứng dưới|yếu hơn|kém xa|thua xa|lép vế trước|lép vế so với|chưa bắt kịp|"
        r"chưa vượt được|không bằng|không theo kịp|chỉ xếp sau|điểm thấp hơn|"
        r"(?:xếp|đứng|hạng|vị trí)(?: \S+){0,4} (?:, )?(?:chỉ |ngay )?sau) "
        r"(?:so với |cả |mức của )?{w5}",
        0.7,
        True,
    ),
    rule(
        "outperforms.vi.passive",
        "OUTPERFORMS",
        "vi",
        r"{w3}(?:bị|đã bị) (?:vượt qua|đánh bại|vượt mặt|bỏ xa|qua mặt) (?:bởi )?{w2}",
        0.75,
        True,
    ),
    rule(
        "outperforms.vi.passive_tail",
        "OUTPERFORMS",
        "vi",
        r"{w3}(?:bị|đã bị|vừa bị) ",
        0.75,
        True,
        tail=r"\s*(?:vượt qua|đánh bại|vượt mặt|bỏ xa|qua mặt|soán ngôi|vượt)",
    ),
    rule(
        "outperforms.en.verb",
        "OUTPERFORMS",
        "en",
        # "X was surpassed by Y" is the passive rule's, the other way round
        r"(?!(?:.* )?(?:outperformed|beaten|beat|surpassed|exceeded|topped|bested|edged out|"
        r"outscored|outpaced|outclassed|eclipsed|dethroned|outranked|leapfrogged) by )"
        r"(?!(?:.* )?, (?:while also|and also|while|but also) )"
        + _NOT_SUBJECT
        + APPOSED
        + r"{w5}(?:outperforms|outperformed|outperforming|outperform|beats|beat|beating|surpasses|"
        r"surpassed|surpassing|exceeds|exceeded|tops|topped|bests|bested|edged out|outscored|"
        r"outscores|outpaced|outpaces|(?:is |was )?better than|scored higher than|"
        r"(?:is |was )?ahead of|leapfrogged|overtook|overtakes|outclassed|outclasses|outshone|"
        r"outshines|trounced|eclipsed|eclipses|outdid|outdoes|dethroned|dethrones|outranked|"
        r"outranks|(?:is |was )?superior to|pulled ahead of|edges out|edged past|edges past|"
        r"outstripped|outstrips|outstripping|edges|edged|edging out|crushed|crushes|trounces|"
        r"bettered|betters|trumped|trumps|came out ahead of|comes out ahead of|finished ahead of|"
        r"finishes ahead of|came in ahead of|(?:ranked|ranks|placed|places|sits|sat|scored|scores|"
        r"landed|lands) (?:just |narrowly |well |comfortably )?(?:above|ahead of)|out-scored|"
        r"outscoring|outpacing|outclassing|beating out|beat out|beats out|pulls ahead of|"
        r"moved ahead of|moves ahead of|stays ahead of|stayed ahead of|remains ahead of|"
        r"(?:is |was )?(?:stronger|more accurate|more capable|smarter) than|"
        r"scored (?:\S+ ){0,4}higher than|scoring higher than|(?:did|does|performed|performs|"
        r"fared|fares) better than|overtaking|outdoing|outshining|topping|besting|surpass|"
        r"exceed|exceeding|outrank|outranking|put it ahead of|puts it ahead of|"
        r"(?:holds|held) (?:its own|a lead) (?:against|over)|leads) {w6}",
        0.8,
    ),
    rule(
        "outperforms.en.relative",
        "OUTPERFORMS",
        "en",
        r"(?:,|\(|-|–) (?:a |an |the )(?:\S+ ){0,4}(?:that|which) (?:\S+ ){0,3}(?:beats|outperforms|"
        r"surpasses|tops|outscores|is better than) ",
        0.7,
    ),
    rule(
        "outperforms.en.behind",
        "OUTPERFORMS",
        "en",
        _NOT_SUBJECT
        + APPOSED
        + r"{w5}(?:trails|trailed|trailing|lags|lagged|lagging|lags behind|lagged behind|"
        r"falls short of|fell short of|(?:is |was |still )?behind|scored lower than|"
        r"(?:is |was )?worse than|underperforms|underperformed|trail|lag behind|lag|"
        r"(?:ranked|ranks|placed|places|sits|sat|came|comes|came in|finished|finishes|fell|falls|"
        r"slipped|slips|landed|lands) (?:just |narrowly |only |well |slightly )?(?:behind|below)|"
        r"second to|runner-up to|lost to|loses to|lose to|losing to|fell behind|falls behind|"
        r"scored (?:\S+ ){0,4}lower than|(?:is |was )?(?:weaker|less capable|less accurate) than|"
        r"(?:did|does|performed|performs|fared|fares) worse than|(?:is |was )?inferior to|"
        r"(?:could not|couldn't|failed to|fails to|did not|didn't) (?:match|beat|surpass|catch)|"
        r"still trails|still lags|only behind|just behind) {w5}",
        0.7,
        True,
    ),
    rule(
        "outperforms.en.passive",
        "OUTPERFORMS",
        "en",
        r"{w3}(?:was |were |is |are )?(?:outperformed|beaten|surpassed|bested|overtaken|"
        r"outclassed|eclipsed|dethroned|outscored) by {w2}",
        0.75,
        True,
    ),
    # "Qwen3 scored 81% on GPQA, ahead of o1": a score, then who it beats
    rule(
        "outperforms.en.score_ahead",
        "OUTPERFORMS",
        "en",
        r"{w2}" + _EN_SCORED + r"(?:\S+ ){1,8}(?:,|;|-|–) (?:well |just |comfortably |narrowly |"
        r"slightly |clearly )?(?:ahead of|above|better than|higher than|beating|topping|"
        r"outperforming|surpassing|edging out|edging past|eclipsing|besting|outscoring|outpacing|"
        r"overtaking|pulling ahead of|leapfrogging) (?:the |both )?(?:\S+ ?'s )?",
        0.75,
    ),
    rule(
        "outperforms.en.score_behind",
        "OUTPERFORMS",
        "en",
        r"{w2}" + _EN_SCORED + r"(?:\S+ ){1,8}(?:,|;|-|–) (?:just |narrowly |slightly |well |only |"
        r"still )?(?:behind|below|lower than|trailing|short of|second to) (?:the |both )?"
        r"(?:\S+ ?'s )?",
        0.7,
        True,
    ),
    # "X đạt 62 điểm trên GPQA, cao hơn Y": a score, then who it beats
    rule(
        "outperforms.vi.score_ahead",
        "OUTPERFORMS",
        "vi",
        r"{w2}"
        + _VI_SCORED
        + r"(?:\S+ ){1,12}(?:,|;|-|–) (?:đồng thời |và )?(?:cao hơn|vượt|vượt qua|"
        r"nhỉnh hơn|vượt trên|bỏ xa|đứng trên|xếp trên|vượt xa|vượt mặt|tốt hơn) "
        r"(?:so với |cả |mức của |điểm của )?(?:mô hình |các mô hình )?",
        0.75,
    ),
    rule(
        "outperforms.vi.score_behind",
        "OUTPERFORMS",
        "vi",
        r"{w2}"
        + _VI_SCORED
        + r"(?:\S+ ){1,12}(?:,|;|-|–) (?:nhưng |và )?(?:vẫn |chỉ )?(?:thấp hơn|"
        r"kém|xếp sau|đứng sau|thua|sau) (?:so với |cả |mức của |điểm của )?(?:mô hình )?",
        0.7,
        True,
    ),
    # RANKS: Benchmark -> AIModel
    # "X, mô hình mới của hãng, ghi được 71 điểm trên bài thi lập trình Y"
    rule(
        "ranks.vi.score_on",
        "RANKS",
        "vi",
        r"{w6}"
        + _VI_SCORED
        + r"(?:\S+ ){1,4}(?:trên|ở|tại|với|trong) (?:các |bài |bộ )?(?:kiểm tra |"
        r"thi |đánh giá |bảng xếp hạng |thang đo |bài kiểm tra |bài thi |bài đánh giá )?(?:\S+ ){0,2}",
        0.7,
        True,
    ),
    rule(
        "ranks.vi.model_first",
        "RANKS",
        "vi",
        r"{w5}(?:đứng đầu|dẫn đầu|xếp hạng|xếp thứ|đạt|đạt điểm|ghi điểm|trên|theo|top|giành|"
        r"ghi được|lọt|lọt vào|trong|tại|ở|với|ghi nhận|thu về|giành được|chiếm|leo lên|"
        r"đạt được|đạt tới|có điểm|được chấm|giải được|trả lời đúng|đứng thứ|vươn lên) {w4}",
        0.7,
        True,
    ),
    rule(
        "ranks.vi.benchmark_first",
        "RANKS",
        "vi",
        r"{w4}(?:xếp hạng|đánh giá|xếp|cho thấy|ghi nhận|đặt|chấm) {w4}",
        0.7,
    ),
    rule(
        "ranks.en.model_first",
        "RANKS",
        "en",
        r"{w5}(?:tops|topped|leads|led|ranks|ranked|ranking|scored|scores|score|on|in|achieved|"
        r"achieves|reached|reaches|posted|posts|earned|earns|scoring|achieving|"
        r"according to|atop|first on|first in|number one on|hit|hits|notched|clocked|managed|"
        r"recorded|registered|logged|took first place on|took the top spot on|came first on|"
        r"sits atop|sat atop|ranked first on|debuted at|climbed to the top of|claimed the top "
        r"spot on|solved|fixed|answered|at the top of|across|under) (?:the )?{w3}",
        0.65,
        True,
    ),
    rule(
        "ranks.en.benchmark_first",
        "RANKS",
        "en",
        r"{w4}(?:ranks|ranked|rated|rates|puts|put|places|placed|shows|showed|evaluates|evaluated|"
        r"lists|listed|has|had) {w4}",
        0.7,
    ),
    # "X scored 80% on AIME, above the 79% of Y", "cao hơn mức 79,2% của Y": the rival's score
    rule(
        "outperforms.en.rival_score",
        "OUTPERFORMS",
        "en",
        r"{w2}" + _EN_SCORED + r"(?:\S+ ){1,8}(?:,|;|-|–) " + _EN_AHEAD + _RIVAL_SCORE["en"],
        0.75,
    ),
    rule(
        "outperforms.en.rival_score_behind",
        "OUTPERFORMS",
        "en",
        r"{w2}" + _EN_SCORED + r"(?:\S+ ){1,8}(?:,|;|-|–) " + _EN_BEHIND + _RIVAL_SCORE["en"],
        0.7,
        True,
    ),
    rule(
        "outperforms.vi.rival_score",
        "OUTPERFORMS",
        "vi",
        r"{w2}"
        + _VI_SCORED
        + r"(?:\S+ ){1,12}(?:,|;|-|–) (?:đồng thời |và )?"
        + _VI_AHEAD
        + _RIVAL_SCORE["vi"],
        0.75,
    ),
    rule(
        "outperforms.vi.rival_score_behind",
        "OUTPERFORMS",
        "vi",
        r"{w2}"
        + _VI_SCORED
        + r"(?:\S+ ){1,12}(?:,|;|-|–) (?:nhưng |và )?(?:vẫn |chỉ )?"
        + _VI_BEHIND
        + _RIVAL_SCORE["vi"],
        0.7,
        True,
    ),
)
