"""Rules for policy: ISSUED, RESTRICTS, APPROVED.

Data only: each `rule(...)` is a `PairRule` (see `extract.relations.rule`).
"""

from __future__ import annotations

from extract.relations.rule import (
    EN_CURB,
    EN_ISSUE,
    GOODS,
    NEED_LICENCE,
    ON_GOODS,
    VI_CURB,
    VI_ISSUE,
    PairRule,
    rule,
)

# "<policy> on H20 sales", "curbs on exports of the A100": the curbed goods after a policy
CURBED_GOODS = r"(?:'s )?(?:\S+ ){0,2}" + ON_GOODS + r"(?:\S+ ){0,3}" + GOODS
# a company signing a rule adheres to it: only a state's signature makes one (`issued.signed`)
NOT_SIGNED = r"(?!(?:\S+ ){0,4}(?:signed|signs|signing|ký) )"

RULES: tuple[PairRule, ...] = (
    # ISSUED: Location, Organization -> Policy
    rule("issued.vi.of", "ISSUED", "vi", r"{w4}(?:của|từ|do) ", 0.8, True),
    rule(
        "issued.vi.verb",
        "ISSUED",
        "vi",
        NOT_SIGNED + r"{w3}(?:" + VI_ISSUE + r"|ra) {w4}",
        0.8,
    ),
    rule(
        "issued.en.verb",
        "ISSUED",
        "en",
        # "Senator X, an Arkansas Republican, has proposed": the place describes a lawmaker
        NOT_SIGNED
        + r"(?!(?:republican|democrat|lawmaker|senator|congressman|congresswoman|legislator|"
        r"representative|politician)s? )" + r"{w3}" + EN_ISSUE + r" {w4}",
        0.8,
    ),
    # "Mistral signed the code of practice": a company signs on to a rule, a state makes it
    rule(
        "issued.signed",
        "ISSUED",
        "*",
        r"{w3}(?:signed|signs|has signed|formally signed|đã ký|ký|vừa ký|ký ban hành) {w4}",
        0.75,
        src="Location",
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
    # "the licensing rules the Netherlands introduced in 2023", "các quy định Mỹ áp dụng"
    rule(
        "issued.en.relative_bare",
        "ISSUED",
        "en",
        r" ?(?:the )?",
        0.7,
        True,
        tail=r"\s*(?:has |had |have |just |had just )?(?:issued|imposed|introduced|adopted|"
        r"enacted|passed|rolled out|put in place|unveiled|drew up|drafted|brought in)\b",
    ),
    rule(
        "issued.vi.relative_bare",
        "ISSUED",
        "vi",
        r" ?",
        0.7,
        True,
        tail=r"\s*(?:đã |vừa |mới |từng )?(?:ban hành|áp dụng|áp đặt|đưa ra|thông qua|công bố|"
        r"triển khai|ban bố)\b",
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
        # not "bar sales of Nvidia's chips": the seller is no issuer; "maintained by the
        # Commerce Department's Bureau of Industry and Security": the bureau keeps the list
        r"(?!(?:.* )?(?:sales|shipments|exports|sale|shipment|export|deliveries) of )"
        r"(?:{w3}(?:imposed|issued|introduced|announced|passed|maintained|administered|run|"
        r"overseen|enforced|drawn up|drafted|written|adopted|enacted|published|released|unveiled|"
        r"approved|finalized|finalised|proposed|rolled out|put forward|set out|laid out|"
        r"launched|signed|brought in|put in place) by|{w1}(?:from|by|of)) "
        r"(?:the )?(?:(?:\S+ ){0,2}\S+'s )?",
        0.7,
        True,
    ),
    # "the rules, which were issued by CAC": handled by `issued.en.by`; "quy định được CAC ban
    # hành": the agent of a passive issuing verb stands between "được" and the verb
    rule(
        "issued.vi.passive_agent",
        "ISSUED",
        "vi",
        r"{w4}(?:được|đã được|vừa được|mới được|cũng được) ",
        0.75,
        True,
        tail=r"\s*(?:chính thức |chủ trì |phối hợp )?(?:ban hành|công bố|thông qua|ban bố|áp dụng|"
        r"áp đặt|đưa ra|ký ban hành|soạn thảo)(?!\w)",
    ),
    # "under the rule, India was capped", "theo quy tắc này, Việt Nam bị giới hạn": what a rule
    # opening the sentence curbs is the subject of the passive curb after it
    rule(
        "restricts.en.under",
        "RESTRICTS",
        "en",
        r"{w8}, (?:the )?",
        0.65,
        src="Policy",
        tgt="Location Organization",
        head=r"\bunder\s+(?:the\s+|its\s+|a\s+|this\s+)?$",
        tail=r"\s*(?:\S+\s+){0,4}?(?:is|are|was|were|would be|will be|could be|has been|have been)"
        r"\s+(?:\S+\s+){0,2}?(?:restricted|capped|limited|banned|barred|blocked|shut out|cut off|"
        r"curbed|covered)\b",
    ),
    rule(
        "restricts.vi.under",
        "RESTRICTS",
        "vi",
        r"{w8}, (?:các |những )?(?:nước |quốc gia )?",
        0.65,
        src="Policy",
        tgt="Location Organization",
        head=r"(?:theo|dưới|căn cứ)\s+$",
        tail=r"\s*(?:\S+\s+){0,8}?(?:bị|sẽ bị|đều bị|cũng bị|phải chịu)\s+(?:giới hạn|hạn chế|cấm|"
        r"chặn|siết|kiểm soát|áp trần)",
    ),
    # "barred operators of power grids from buying products made by X": a regulator curbs
    # the maker whose goods it keeps buyers from
    rule(
        "restricts.en.barred_buying",
        "RESTRICTS",
        "en",
        r"{w3}(?:barred|bars|bar|banned|bans|ban|prohibited|prohibits|forbade|forbids|"
        r"forbidden) (?:\S+ ){1,6}?(?:from|to stop) (?:buying|using|purchasing|procuring|"
        r"importing|installing|deploying) (?:\S+ ){0,3}?(?:made by|supplied by|sold by|"
        r"produced by|built by|from) (?:the )?",
        0.7,
        src="Policy Location Organization",
        tgt="Organization",
    ),
    rule(
        "restricts.vi.barred_buying",
        "RESTRICTS",
        "vi",
        r"{w3}(?:đã |vừa )?(?:cấm|không cho phép|ngăn|ngăn cấm) (?:\S+ ){1,12}?(?:mua|sử dụng|dùng|"
        r"nhập khẩu|lắp đặt) (?:các |những )?(?:sản phẩm|chip|thiết bị|linh kiện|hàng hóa|hàng hoá)"
        r"(?: \S+){0,2}? (?:của|do) ",
        0.7,
        src="Policy Location Organization",
        tgt="Organization",
        head=r"(?<!của )$",
    ),
    # RESTRICTS: Policy, Location, Organization -> Location, Organization, Hardware
    rule(
        "restricts.vi.policy",
        "RESTRICTS",
        "vi",
        # not "với cáo buộc hỗ trợ quân đội": a charge, not a target
        r"{w5}(?:đối với|với(?! cáo buộc| lý do| mục tiêu| mục đích)|lên|nhằm vào|nhắm vào|"
        r"đối|cho|sang) (?:thị trường )?{w3}",
        0.65,
        src="Policy",
    ),
    rule(
        "restricts.vi.verb",
        "RESTRICTS",
        "vi",
        # "quy định mà Mỹ áp dụng đã ngăn Nvidia": Mỹ issued the rule, the rule does the blocking
        r"(?!(?:đã |vừa )?(?:áp dụng|ban hành|áp đặt|đưa ra|thông qua) )"
        r"{w2}(?:đã |vừa |sẽ |còn |cũng |tiếp tục )?"
        + VI_CURB
        + r" {w5}(?<!của )(?<!công nghệ )(?<!tiếp cận )",
        0.7,
        head=r"(?<!của )(?<!từ )$",  # "lệnh ... của Mỹ đã chặn": Mỹ owns the subject, is not it
    ),
    rule(
        "restricts.vi.export",
        "RESTRICTS",
        "vi",
        r"{w2}(?:(?:cấm|hạn chế|chặn|kiểm soát|siết|siết chặt|thắt chặt|ngăn|ngừng|dừng|cắt) "
        r"(?:việc )?(?:xuất khẩu|bán|xuất|nhập khẩu|vận chuyển|cung cấp|giao)|"
        r"(?:yêu cầu|bắt buộc|buộc|đòi hỏi) (?:phải )?(?:có |xin )?giấy phép(?: xuất khẩu)? "
        r"(?:đối với|cho|khi bán|để bán|để xuất khẩu|khi xuất khẩu)|cắt nguồn cung|cấm vận) "
        r"{w5}(?<!của )",
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
        r"{w4}(?:(?:bị|chịu|đã bị|vẫn bị|từng bị) (?:cản trở|hạn chế|ảnh hưởng|cấm|trừng phạt|chặn|"
        r"nhắm|cấm vận|tác động|siết|kiểm soát)(?: \S+){0,2} (?:bởi|của|từ|theo)|"
        r"(?:nằm trong diện|thuộc diện|rơi vào diện|chịu sự điều chỉnh của|chịu tác động của|"
        r"chịu ảnh hưởng của|bị ràng buộc bởi|vi phạm)(?: các| những)?) {w3}",
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
    # "US export rules for China": a curb written "for" a country curbs that country
    rule(
        "restricts.en.for",
        "RESTRICTS",
        "en",
        r"for (?:the )?",
        0.65,
        src="Policy",
        tgt="Location",
        left=r"(?i).*\b(?:controls?|curbs?|restrictions?|bans?|rules|regulations|embargo|"
        r"sanctions|licen[cs]e requirements?)",
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
    # the broad family of curbing verbs, when a named rule is the subject
    rule(
        "restricts.en.policy_curb",
        "RESTRICTS",
        "en",
        r"(?!(?:.* )?(?:has |had |have )?(?:issued|imposed|introduced|announced|adopted|enacted|"
        r"passed|put in place|rolled out) )"
        r"{w6}(?:would |will |could |also |further |effectively |largely )?" + EN_CURB + r" {w6}",
        0.65,
        src="Policy",
    ),
    # "the controls kept Nvidia's best chips out of Chinese hands"
    rule(
        "restricts.en.kept_out",
        "RESTRICTS",
        "en",
        r"{w4}(?:kept|keeps|keep|keeping|locked|locks|shut|shuts|froze|freezes|barred|bars) {w8}",
        0.65,
        src="Policy",
        tail=r"\s*(?:,[^,]{0,60},\s*)?(?:\S+\s+){0,3}?(?:out of|away from|from)\b",
    ),
    # "under the rule, H20 sales to China need a licence"
    rule(
        "restricts.en.need_licence",
        "RESTRICTS",
        "en",
        r"{w10}",
        0.65,
        src="Policy",
        tail=r"\s*(?:chips?\s+|accelerators?\s+|processors?\s+|gpus?\s+)?(?:"
        + GOODS
        + r"\s+)?(?:to\s+(?:the\s+)?\S+\s+)?"
        + NEED_LICENCE,
    ),
    # "a licence requirement on H20 sales to China", "curbs on exports of A100 to Russia"
    rule(
        "restricts.en.goods",
        "RESTRICTS",
        "en",
        CURBED_GOODS + r" (?:of (?:the |its )?(?:\S+ ){0,6})?(?:to|into|by|for|in) (?:the )?",
        0.65,
        src="Policy",
        tgt="Location Organization",
    ),
    rule(
        "restricts.en.goods_of",
        "RESTRICTS",
        "en",
        CURBED_GOODS + r" of (?:the |its |\S+ 's )?",
        0.65,
        src="Policy",
        tgt="Hardware",
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
        r"{w10}(?:cấm|hạn chế|ngăn|chặn|ngăn chặn|cắt|siết|kiểm soát|thắt chặt|giấy phép|ngừng|"
        r"dừng|cấm vận)(?: \S+){0,8} (?:bán|xuất khẩu|xuất|vận chuyển|cung cấp|giao|chuyển giao)"
        r"(?: \S+){0,8} (?:sang|tới|cho|vào|đến) (?:thị trường )?",
        0.7,
        src="Policy",
        tgt="Location Organization",
    ),
    # "theo quy định mới, việc bán H20 sang Trung Quốc phải xin giấy phép"
    rule(
        "restricts.vi.need_licence",
        "RESTRICTS",
        "vi",
        r"{w10}",
        0.65,
        src="Policy",
        tail=r"\s*(?:sang\s+\S+(?:\s+\S+)?\s+)?(?:giờ\s+|nay\s+|sẽ\s+|đều\s+|cũng\s+)?"
        r"(?:cần|phải có|phải xin|cần xin|buộc phải xin|buộc phải có|bắt buộc phải có|"
        r"bắt buộc phải xin)\s+(?:có\s+)?giấy phép",
    ),
    rule(
        "restricts.en.passive",
        "RESTRICTS",
        "en",
        r"{w3}(?:(?:was |were |is |are |has been |have been |had been |being )?(?:hit|hampered|"
        r"restricted|banned|blocked|affected|barred|hobbled|constrained|sanctioned|blacklisted|"
        r"cut off|caught|covered|ensnared|targeted|squeezed|hurt|crippled|choked|limited|curbed|"
        r"locked out|shut out|prohibited|swept up|captured|snared|named) (?:by|under|in)|"
        r"subject to|falls under|fell under|falling under|covered under|swept into|"
        r"caught up in|on the wrong side of|in breach of|in violation of) {w3}",
        0.75,
        True,
    ),
    # "the department tightened the rules, and the A800 and H800 were caught as well"
    rule(
        "restricts.en.caught_too",
        "RESTRICTS",
        "en",
        r"{w4}(?:, )?and (?:the |its |their )?",
        0.65,
        src="Policy",
        tgt="Hardware Organization",
        tail=r"\s*(?:were|was|are|is|got|have been|has been) (?:also |soon |then |quickly )?"
        r"(?:caught|covered|hit|swept up|included|affected|targeted|restricted|banned|blocked)"
        r"(?! by)\b",
    ),
    rule(
        "restricts.vi.caught_too",
        "RESTRICTS",
        "vi",
        r"{w4}(?:, )?(?:và|khiến) (?:cả )?(?:các |những )?(?:dòng |mẫu |chip )?",
        0.65,
        src="Policy",
        tgt="Hardware Organization",
        tail=r"\s*(?:cũng |đều |lần lượt )?(?:bị|chịu) (?:ảnh hưởng|chặn|cấm|hạn chế|siết|"
        r"nhắm tới|nhắm vào)(?! bởi)",
    ),
    # "controls that were meant to keep China behind"
    rule(
        "restricts.en.meant",
        "RESTRICTS",
        "en",
        r"{w4}(?:meant|designed|intended|aimed|written|crafted|drawn up|built) to (?:keep|hold back|"
        r"hold|slow|slow down|curb|limit|restrict|deny|block|stop|prevent|cut off|choke off|"
        r"hobble|contain|starve|constrain) {w3}",
        0.7,
        src="Policy",
    ),
    rule(
        "restricts.en.listed",
        "RESTRICTS",
        "en",
        # not "the US added Huawei to the list": the one adding is not the one listed
        r"(?!(?:.* )?(?:added|adds|adding|placed|places|placing|put|puts|putting) "
        r"(?!to |on |onto )\S+ )"
        # nor "the United States added to the list": listing in the active voice, the lister
        r"(?!(?:has |have |had |also |then |later |quietly )*(?:added|adds|placed|places|put|puts) "
        r"(?:to|on|onto) )"
        r"{w3}(?:have |has |had )?(?:been |are |is |was |were )?(?:placed |added |put )?(?:on|to) "
        r"(?:the )?",
        0.75,
        True,
        src="Policy",
    ),
    # "added 140 firms to its Entity List, including Huawei": the list names who was put on
    rule(
        "restricts.en.listed_including",
        "RESTRICTS",
        "en",
        r"{w4}(?:,|:|\(|–) (?:including|among them|such as|notably|among which were|"
        r"which included|among others) (?:the |chinese )?(?:\S+ )?",
        0.7,
        src="Policy",
        tgt="Organization",
        head=r"(?:added|adds|adding|placed|places|placing|put|puts|putting)\s+(?:\S+\s+){0,6}"
        r"(?:to|on|onto)\s+(?:the\s+|its\s+|a\s+)?$",
    ),
    rule(
        "restricts.vi.listed_including",
        "RESTRICTS",
        "vi",
        r"{w4}(?:,|:|\(|–) (?:trong đó có|trong số đó có|trong đó|gồm|bao gồm|như|có cả) "
        r"(?:cả )?(?:công ty |hãng |tập đoàn |startup |các công ty )?",
        0.7,
        src="Policy",
        tgt="Organization",
        head=r"(?:đưa|thêm|bổ sung|liệt)(?:\s+\S+){0,8}\s+(?:vào|lên)\s+$",
    ),
    # "SenseTime, the company that Washington added to the Entity List": a relative clause
    rule(
        "restricts.en.listed_relative",
        "RESTRICTS",
        "en",
        r"(?:, |\( )?(?:the |a |an |one )?(?:\S+ ){0,4}(?:that|which|whom) (?:\S+ ){1,5}"
        r"(?:added|placed|put|blacklisted) (?:\S+ ){0,2}(?:to|on|onto) (?:the |its |a )?",
        0.7,
        True,
        src="Policy",
    ),
    rule(
        "restricts.vi.listed",
        "RESTRICTS",
        "vi",
        r"{w9}(?:bị |đã bị |được )?(?:\S+ ){0,2}(?:đưa vào|đưa|thêm vào|liệt vào|nằm trong|có tên trong) ",
        0.75,
        True,
        src="Policy",
        head=r"(?<!bị )(?<!bởi )$",  # "bị Mỹ đưa vào": Mỹ is the one listing
    ),
    # APPROVED: Organization -> Product, AIModel
    rule(
        "approved.vi.verb",
        "APPROVED",
        "vi",
        # "ngừng cấp phép", "thu hồi giấy phép": a licence stopped or taken back is no approval
        r"{w4}(?<!ngừng )(?<!dừng )(?<!thôi )(?<!thu hồi )(?:phê duyệt|chấp thuận|cấp phép|"
        r"cho phép|thông qua|phê chuẩn|bật đèn xanh cho|cấp giấy phép cho|cấp giấy phép) {w5}",
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
        r"{w8}(?:được|đã được|vừa được|mới được) ",
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
        r"gave (?:the |a )?(?:green light|go-ahead|nod) to|granted (?:a )?licen[cs]es? to|"
        r"(?:has |have |had )?(?:given|gave|gives|give|granted|grants|grant|issued|issues) "
        r"(?:its |their |a |an |the )?(?:regulatory |formal |official |final |initial )?"
        r"(?:approval|approvals|clearance|authori[sz]ation|permission|licen[cs]es?|green light|"
        r"go-ahead) (?:to|for)) {w4}",
        0.8,
    ),
    # "the CAC's approval of Qwen2.5", "Beijing's green light for the model"
    rule(
        "approved.en.possessive_noun",
        "APPROVED",
        "en",
        r"'s (?:regulatory |formal |official |final |initial )?(?:approval|clearance|"
        r"authori[sz]ation|licensing|green light|go-ahead|sign-off) (?:of|for) (?:the )?",
        0.75,
    ),
    rule(
        "approved.en.passive",
        "APPROVED",
        "en",
        r"{w8}(?:approved by|cleared by|authorized by|authorised by|licensed by|"
        r"won approval from|received approval from|got approval from|gained approval from|"
        r"registered with|got the green light from|won the green light from|got the go-ahead from|"
        r"won (?:regulatory )?clearance from|received (?:a )?licen[cs]es? from|"
        r"passed (?:a )?(?:security )?(?:review|assessment) by) {w3}",
        0.8,
        True,
    ),
    # "Bureau X ... added 140 entities to its Entity List": the agency keeps the list it adds to
    rule(
        "issued.en.added_to_its",
        "ISSUED",
        "en",
        r"{w20}(?:added|adds|adding|placed|places|placing|put|puts|putting) (?:\S+ ){0,5}"
        r"(?:to|on|onto) its ",
        0.75,
        src="Organization",
        # the sentence's subject (a few words from its start), not an object on the way
        head=r"(?:\A|[.!?\"”]\s+|\n\s*)(?:[^\s.!?]+\s+){0,5}$",
    ),
    # "Bộ Thương mại Mỹ đưa thêm 20 tổ chức vào danh sách thực thể": the agency keeps the list
    rule(
        "issued.vi.added_to",
        "ISSUED",
        "vi",
        r"(?!(?:\S+ )*(?:bị|được) ){w3}(?:đã |vừa |sẽ )?(?:đưa|thêm|bổ sung|liệt) (?:thêm )?"
        r"(?:\S+ ){0,8}(?:vào|lên) ",
        0.7,
        src="Organization",
    ),
    # "Chủ tịch Ủy ban châu Âu Ursula von der Leyen công bố sáng kiến InvestAI": the office acts
    rule(
        "issued.vi.office_holder",
        "ISSUED",
        "vi",
        r"{w6}(?:hồi |hôm |vào |ngày )?(?:\S+ ){0,3}" + VI_ISSUE + r" (?:\S+ ){0,2}",
        0.7,
        src="Organization",
        head=r"(?:chủ tịch|phó chủ tịch|bộ trưởng|thứ trưởng|người đứng đầu|tổng thống|thủ tướng|"
        r"ủy viên|cao ủy|giám đốc|trưởng)\s+$",
    ),
    rule(
        "issued.en.office_holder",
        "ISSUED",
        "en",
        r"(?:president|chief|head|secretary|minister|chair|chairman|commissioner|director) "
        r"(?:\S+ ){1,4}" + EN_ISSUE + r" (?:the |a |an |its )?(?:\S+ ){0,2}",
        0.7,
        src="Organization",
    ),
    # "đưa vào danh sách thực thể, trong đó có Zhipu AI": the list names its members
    rule(
        "restricts.vi.including",
        "RESTRICTS",
        "vi",
        r"(?:,|:) (?:trong đó có|bao gồm|gồm|gồm cả|kể cả|có cả) (?:các |những )?"
        r"(?:công ty |hãng |tập đoàn |startup )?",
        0.7,
        src="Policy",
        tgt="Organization",
    ),
    # "yêu cầu chặn ứng dụng chatbot của DeepSeek": a regulator blocks a company's app
    rule(
        "restricts.vi.block_app",
        "RESTRICTS",
        "vi",
        r"{w3}(?:yêu cầu |ra lệnh |quyết định |đã |vừa )?(?:chặn|cấm|gỡ|gỡ bỏ|tạm dừng|đình chỉ) "
        r"(?:\S+ ){0,1}(?:ứng dụng|dịch vụ|chatbot|trợ lý)(?: \S+){0,2} (?:của )?",
        0.7,
        src="Organization Location",
        tgt="Organization",
    ),
    # "Beijing told Alibaba to stop buying the H20", "CAC yêu cầu các hãng ngừng đặt mua H20"
    rule(
        "restricts.en.stop_buying",
        "RESTRICTS",
        "en",
        r"(?!(?:'s|’s) ){w3}(?:ordered|orders|told|tells|instructed|instructs|asked|asks|urged|urges|directed|"
        r"directs|pressed|presses|pressured|pressures|warned|warns|advised|advises|summoned) "
        r"{w6}(?:to |not to )(?:stop|halt|cease|suspend|avoid|pause|cancel|shun|not) "
        r"(?:buying|purchasing|ordering|using|importing|testing|placing orders for|orders of|"
        r"orders for|purchases of|imports of|buy|purchase|use|order) {w3}",
        0.7,
        src="Policy Location Organization",
        tgt="Hardware",
    ),
    rule(
        "restricts.vi.stop_buying",
        "RESTRICTS",
        "vi",
        r"{w3}(?:yêu cầu|ra lệnh|chỉ đạo|bắt|buộc|khuyến cáo|hướng dẫn|đề nghị|cảnh báo) "
        r"{w8}(?:ngừng|dừng|tạm dừng|không|hủy|huỷ|tránh|thôi) (?:việc )?(?:đặt mua|mua|sử dụng|"
        r"dùng|nhập|nhập khẩu|đặt hàng|thử nghiệm|đơn hàng) {w3}",
        0.7,
        src="Policy Location Organization",
        tgt="Hardware",
        head=r"(?<!của )$",  # "lệnh ... của Mỹ khiến": Mỹ owns the subject
    ),
    # "the H20, designed to comply with US export controls": the rule shapes the chip
    rule(
        "restricts.en.comply",
        "RESTRICTS",
        "en",
        r"{w6}(?:designed|built|made|tailored|created|developed|engineered|modified|customised|"
        r"customized|crafted|downgraded|cut down|pared back) (?:\S+ ){0,2}?(?:to|so as to|in "
        r"order to) (?:comply with|meet|satisfy|stay within|stay under|fall under|fall below|"
        r"skirt|get around|work around|sidestep|navigate|circumvent|evade) (?:the |a )?{w3}",
        0.7,
        True,
        src="Policy",
        tgt="Hardware",
    ),
    rule(
        "restricts.vi.comply",
        "RESTRICTS",
        "vi",
        r"{w8}(?:thiết kế|phát triển|chế tạo|tùy chỉnh|tuỳ chỉnh|điều chỉnh|làm|cắt giảm|"
        r"hạ cấu hình|giảm cấu hình)(?: riêng| lại)? (?:để|nhằm) (?:tuân thủ|đáp ứng|lách|né|"
        r"vượt qua|phù hợp với|không vi phạm) {w2}",
        0.7,
        True,
        src="Policy",
        tgt="Hardware",
    ),
    # "export controls made it hard for Chinese firms to buy the H100", "khiến các hãng khó mua"
    rule(
        "restricts.en.hard_to_buy",
        "RESTRICTS",
        "en",
        r"(?!(?:'s|’s) ){w3}(?:make|makes|made|making|have made|has made) it (?:hard|harder|difficult|more "
        r"difficult|impossible|costly|costlier|tough|tougher) (?:for (?:\S+ ){1,4})?to "
        r"(?:buy|get|obtain|acquire|import|access|source|purchase|secure) {w3}",
        0.7,
        src="Policy Location Organization",
        tgt="Hardware",
    ),
    rule(
        "restricts.vi.hard_to_buy",
        "RESTRICTS",
        "vi",
        r"{w3}(?:khiến|làm|làm cho|buộc) {w5}(?:khó|không thể|khó khăn trong việc|không được|"
        r"khó có thể) (?:mua|tiếp cận|nhập|nhập khẩu|sở hữu|có được|mua được|tiếp cận được) {w3}",
        0.7,
        src="Policy Location Organization",
        tgt="Hardware",
        head=r"(?<!của )$",  # "lệnh ... của Mỹ khiến": Mỹ owns the subject
    ),
    # "buyers of Ascend chips could breach US export controls": what a rule forbids
    rule(
        "restricts.en.breach",
        "RESTRICTS",
        "en",
        r"{w6}(?:could |would |may |might |will |can |to )?(?:breach|breaches|breached|breaching|"
        r"violate|violates|violated|violating|contravene|contravenes|contravened|run afoul of|"
        r"runs afoul of|ran afoul of|fall foul of|falls foul of|fell foul of) (?:the )?",
        0.65,
        True,
        src="Policy",
        tgt="Hardware Organization",
    ),
)
