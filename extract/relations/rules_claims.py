"""Rules for models, rankings and policy: BASED_ON, OUTPERFORMS, RANKS, ISSUED, RESTRICTS,
APPROVED.

Data only: each `rule(...)` is a `PairRule` (see `extract.relations.rule`).
"""

from __future__ import annotations

from extract.relations.rule import PairRule, rule

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
        r"{w6}(?:based on|built on|builds on|build on|building on|built upon|fine-tuned from|fine-tuned on|finetuned from|"
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
        r"{w5}(?:vượt trội|vượt qua|vượt mặt|đánh bại|vượt|hơn hẳn|tốt hơn|áp đảo|bỏ xa|"
        r"nhỉnh hơn|vượt lên|qua mặt|soán ngôi|lấn át|trội hơn|(?:điểm |điểm số )?cao hơn) "
        r"(?:so với |cả |hơn |trước )?{w6}",
        0.8,
    ),
    rule(
        "outperforms.vi.behind",
        "OUTPERFORMS",
        "vi",
        r"{w5}(?:chưa đạt tới mức của|chưa đạt mức của|chưa bằng|kém hơn|kém|thua|thua kém|xếp sau|"
        r"đứng sau|thấp hơn|chưa theo kịp|chưa vượt qua|vẫn sau) (?:so với |cả |mức của )?{w5}",
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
        r"{w5}(?:outperforms|outperformed|outperforming|outperform|beats|beat|beating|surpasses|"
        r"surpassed|surpassing|exceeds|exceeded|tops|topped|bests|bested|edged out|outscored|"
        r"outscores|outpaced|outpaces|(?:is |was )?better than|scored higher than|"
        r"(?:is |was )?ahead of|leapfrogged|overtook|overtakes|outclassed|outclasses|outshone|"
        r"outshines|trounced|eclipsed|eclipses|outdid|outdoes|dethroned|dethrones|outranked|"
        r"outranks|(?:is |was )?superior to|pulled ahead of|edges out|edged past|edges past) {w6}",
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
        r"{w5}(?:trails|trailed|trailing|lags|lagged|lagging|lags behind|lagged behind|"
        r"falls short of|fell short of|(?:is |was |still )?behind|scored lower than|"
        r"(?:is |was )?worse than|underperforms|underperformed) {w5}",
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
    # ISSUED: Location, Organization -> Policy
    rule("issued.vi.of", "ISSUED", "vi", r"{w4}(?:của|từ|do) ", 0.8, True),
    rule(
        "issued.vi.verb",
        "ISSUED",
        "vi",
        r"{w3}(?:ban hành|áp đặt|áp|đưa ra|công bố|thông qua|siết chặt|mở rộng|thắt chặt|"
        r"triển khai|ký|áp dụng|cập nhật|ra|đưa ra|ban bố|công bố|hoàn tất) {w4}",
        0.8,
    ),
    rule(
        "issued.en.verb",
        "ISSUED",
        "en",
        r"{w3}(?:imposed|imposes|issued|issues|introduced|introduces|announced|announces|passed|"
        r"enacted|adopted|tightened|tightens|expanded|expands|unveiled|signed|rolled out|"
        r"implemented|extended|updated|published|released|finalized|finalised|drafted|"
        r"proposed|unveiled|laid out|put in place|brought in) {w4}",
        0.8,
    ),
    rule(
        "issued.list",
        "ISSUED",
        "*",
        # "Huawei was added to the list": the one listed issues nothing
        r"(?!(?:was|were|is|are|been|has been|have been|had been|bị|đã bị|được) )"
        r"{w1}(?:added|adds|placed|places|put|puts|đưa|thêm|bổ sung) (?:\S+ ){0,6}(?:to|on|onto|vào|lên) "
        r"(?:the |its )?",
        0.7,
    ),
    rule("issued.en.possessive", "ISSUED", "en", r"(?:'s )?", 0.75),
    # "the rules that the Commerce Department issued", "quy định mà Mỹ áp dụng"
    rule(
        "issued.en.relative",
        "ISSUED",
        "en",
        r"(?:(?!that |which )\S+ ){0,4}(?:that|which) (?:the )?",
        0.75,
        True,
        tail=r"\s*(?:has |had |have |just |had just )?(?:issued|imposed|introduced|announced|adopted|"
        r"enacted|passed|rolled out|put in place|unveiled|drew up|drafted|tightened|expanded|"
        r"signed|brought in)\b",
    ),
    rule(
        "issued.vi.relative",
        "ISSUED",
        "vi",
        r"{w4}mà (?:chính quyền |chính phủ |nhà chức trách )?",
        0.75,
        True,
        tail=r"\s*(?:đã |vừa |mới |từng )?(?:ban hành|áp dụng|áp đặt|đưa ra|thông qua|công bố|ký|"
        r"triển khai|siết chặt|thắt chặt|ban bố)",
    ),
    rule(
        "issued.en.by",
        "ISSUED",
        "en",
        # not "bar sales of Nvidia's chips": the seller is no issuer
        r"(?!(?:.* )?(?:sales|shipments|exports|sale|shipment|export|deliveries) of )"
        r"{w3}(?:imposed by|issued by|introduced by|announced by|passed by|from|by|of) (?:the )?",
        0.7,
        True,
    ),
    # RESTRICTS: Policy, Location, Organization -> Location, Organization, Hardware
    rule(
        "restricts.vi.policy",
        "RESTRICTS",
        "vi",
        r"{w5}(?:đối với|với|lên|nhằm vào|nhắm vào|đối|cho|sang) (?:thị trường )?{w3}",
        0.65,
        src="Policy",
    ),
    rule(
        "restricts.vi.verb",
        "RESTRICTS",
        "vi",
        # "quy định mà Mỹ áp dụng đã ngăn Nvidia": Mỹ issued the rule, the rule does the blocking
        r"(?!(?:đã |vừa )?(?:áp dụng|ban hành|áp đặt|đưa ra|thông qua) )"
        r"{w2}(?:hạn chế|cấm|cấm vận|trừng phạt|chặn|ngăn|ngăn chặn|kiểm soát|cắt nguồn cung cho|"
        r"đưa vào danh sách đen|áp lệnh cấm|siết|cản trở) {w5}(?<!của )(?<!công nghệ )(?<!tiếp cận )",
        0.7,
        head=r"(?<!của )(?<!từ )$",  # "lệnh ... của Mỹ đã chặn": Mỹ owns the subject, is not it
    ),
    rule(
        "restricts.vi.export",
        "RESTRICTS",
        "vi",
        r"{w2}(?:cấm xuất khẩu|cấm bán|hạn chế xuất khẩu|hạn chế bán|yêu cầu giấy phép (?:đối với|cho)|"
        r"cắt nguồn cung|chặn xuất khẩu|cấm vận) {w5}(?<!của )",
        0.7,
        src="Policy Organization",
    ),
    rule(
        "restricts.vi.blacklist",
        "RESTRICTS",
        "vi",
        r"{w2}(?:đưa|thêm|bổ sung) ",
        0.75,
        tail=r"\s*vào (?:danh sách|Danh sách)",
    ),
    rule(
        "restricts.vi.added",
        "RESTRICTS",
        "vi",
        r"(?:vào|lên) ",
        0.75,
        True,
        src="Policy",
        head=r"(?:đưa|thêm|bổ sung|liệt)\s+(?:\S+\s+){0,2}$",
    ),
    rule(
        "restricts.vi.passive",
        "RESTRICTS",
        "vi",
        r"{w4}(?:bị|chịu|đã bị) (?:cản trở|hạn chế|ảnh hưởng|cấm|trừng phạt|chặn|nhắm|cấm vận|"
        r"tác động)(?: \S+){0,2} (?:bởi|của|từ) {w3}",
        0.7,
        True,
    ),
    rule(
        "restricts.en.policy",
        "RESTRICTS",
        "en",
        r"{w4}(?:on|against|targeting|targeted at|aimed at) (?:(?!that |which )\S+ ){0,3}",
        0.7,
        src="Policy",
    ),
    rule(
        "restricts.en.verb",
        "RESTRICTS",
        "en",
        # "controls that the US issued in May bar ...": the US is inside the relative clause
        r"(?!(?:has |had |have )?(?:issued|imposed|introduced|announced|adopted|enacted|passed|"
        r"put in place|rolled out) )"
        r"{w4}(?:restrict|restricts|restricted|restricting|limit|limits|limited|limiting|ban|bans|"
        r"banned|banning|bar|bars|barred|block|blocks|blocked|cut off|cuts off|curb|curbs|curbed|"
        r"target|targets|targeted|prevent|prevents|prevented|hamper|hampered|cover|covers|"
        r"blacklisted|sanctioned|sanctions|choke off|choked off) {w5}",
        0.7,
    ),
    rule(
        "restricts.en.added",
        "RESTRICTS",
        "en",
        r"(?:to|on|onto) (?:the |its |a )?",
        0.75,
        True,
        src="Policy",
        head=r"(?:added|adds|adding|placed|places|placing|put|puts|putting)\s+(?:\S+\s+){0,2}$",
    ),
    rule(
        "restricts.en.policy_verb",
        "RESTRICTS",
        "en",
        r"{w9}(?:cut (?:\S+ ){0,3}off from|cuts (?:\S+ ){0,3}off from|barred (?:\S+ ){0,3}from|"
        r"bars (?:\S+ ){0,3}from|blocked (?:\S+ ){0,3}from|require[sd]? (?:a |an )?(?:export )?"
        r"licen[cs]es? (?:for|to sell|to ship|to export)|apply to|applies to|covers|covered) {w4}",
        0.65,
        src="Policy",
        tail=r"(?!\s*(?:'s|’s)\b)",  # "off from Nvidia's A100": the chip, not its maker
    ),
    rule(
        "restricts.en.export_to",
        "RESTRICTS",
        "en",
        r"{w10}(?:cut off|cuts off|bar|bars|barred|ban|bans|banned|block|blocks|blocked|halt|halts|"
        r"halted|stop|stops|stopped|restrict|restricts|restricted|curb|curbs|curbed|prohibit|"
        r"prohibits|prohibited|limit|limits|limited) (?:\S+ ){0,3}(?:sales|shipments|exports|"
        r"sale|shipment|export|deliveries) (?:of (?:\S+ ){0,8})?(?:to|into) (?:the )?",
        0.7,
        src="Policy",
        tgt="Location Organization",
    ),
    rule(
        "restricts.en.export_of",
        "RESTRICTS",
        "en",
        r"{w10}(?:cut off|cuts off|bar|bars|barred|ban|bans|banned|block|blocks|blocked|halt|halts|"
        r"halted|stop|stops|stopped|restrict|restricts|restricted|curb|curbs|curbed|prohibit|"
        r"prohibits|prohibited|limit|limits|limited) (?:\S+ ){0,3}(?:sales|shipments|exports|"
        r"sale|shipment|export|deliveries) of (?:the |its |\S+ 's )?",
        0.7,
        src="Policy",
        tgt="Hardware",
    ),
    rule(
        "restricts.vi.export_to",
        "RESTRICTS",
        "vi",
        r"{w10}(?:cấm|hạn chế|ngăn|chặn|ngăn chặn|cắt|siết) (?:\S+ ){0,8}(?:bán|xuất khẩu|xuất|"
        r"vận chuyển|cung cấp|giao) (?:\S+ ){0,8}(?:sang|tới|cho|vào) (?:thị trường )?",
        0.7,
        src="Policy",
        tgt="Location Organization",
    ),
    rule(
        "restricts.en.passive",
        "RESTRICTS",
        "en",
        r"{w3}(?:hit by|hampered by|restricted by|banned by|blocked by|subject to|affected by|"
        r"barred by|hobbled by|constrained by|sanctioned by|blacklisted by|cut off by) {w3}",
        0.75,
        True,
    ),
    rule(
        "restricts.en.listed",
        "RESTRICTS",
        "en",
        # not "the US added Huawei to the list": the one adding is not the one listed
        r"(?!(?:.* )?(?:added|adds|adding|placed|places|placing|put|puts|putting) "
        r"(?!to |on |onto )\S+ )"
        r"{w3}(?:have |has |had )?(?:been |are |is |was |were )?(?:placed |added |put )?(?:on|to) "
        r"(?:the )?",
        0.75,
        True,
        src="Policy",
    ),
    rule(
        "restricts.vi.listed",
        "RESTRICTS",
        "vi",
        r"{w9}(?:bị |đã bị |được )?(?:\S+ ){0,2}(?:đưa vào|đưa|thêm vào|nằm trong|có tên trong) ",
        0.75,
        True,
        src="Policy",
        head=r"(?<!bị )(?<!bởi )$",  # "bị Mỹ đưa vào": Mỹ is the one listing
    ),
    # RANKS: Benchmark -> AIModel
    rule(
        "ranks.vi.model_first",
        "RANKS",
        "vi",
        r"{w5}(?:đứng đầu|dẫn đầu|xếp hạng|xếp thứ|đạt|đạt điểm|ghi điểm|trên|theo|top|giành|"
        r"ghi được|lọt|lọt vào) {w4}",
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
        r"according to|atop|first on|first in|number one on) (?:the )?{w3}",
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
    # APPROVED: Organization -> Product, AIModel
    rule(
        "approved.vi.verb",
        "APPROVED",
        "vi",
        r"{w4}(?:phê duyệt|chấp thuận|cấp phép|cho phép|thông qua|phê chuẩn|bật đèn xanh cho|"
        r"cấp giấy phép cho|cấp giấy phép) {w5}",
        0.8,
    ),
    rule(
        "approved.vi.passive",
        "APPROVED",
        "vi",
        r"{w4}(?:được|đã được|nhận được|vượt qua) {w3}(?:phê duyệt|chấp thuận|cấp phép|thẩm định)"
        r"(?: \S+){0,2} "
        r"(?:bởi|của|từ) {w3}",
        0.8,
        True,
    ),
    rule(
        "approved.vi.passive_tail",
        "APPROVED",
        "vi",
        r"{w4}(?:được|đã được) ",
        0.8,
        True,
        tail=r"\s*(?:phê duyệt|chấp thuận|cấp phép)",
    ),
    rule(
        "approved.en.verb",
        "APPROVED",
        "en",
        r"{w4}(?:approved|approves|cleared|clears|authorized|authorised|licensed|greenlit|"
        r"green-lit|granted approval to|gave approval to|registered|signed off on|"
        r"gave (?:the |a )?(?:green light|go-ahead|nod) to|granted (?:a )?licen[cs]es? to) {w4}",
        0.8,
    ),
    rule(
        "approved.en.passive",
        "APPROVED",
        "en",
        r"{w4}(?:approved by|cleared by|authorized by|authorised by|licensed by|"
        r"won approval from|received approval from|got approval from|gained approval from|"
        r"registered with|got the green light from|won the green light from|got the go-ahead from|"
        r"won (?:regulatory )?clearance from|received (?:a )?licen[cs]es? from|"
        r"passed (?:a )?(?:security )?(?:review|assessment) by) {w3}",
        0.8,
        True,
    ),
)
