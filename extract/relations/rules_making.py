"""Rules for making and having things: DEVELOPED, OWNS, MANUFACTURES, USES, HOSTS.

Data only: each `rule(...)` is a `PairRule` (see `extract.relations.rule`).
"""

from __future__ import annotations

from extract.relations.rule import (
    EN_MADE_TAIL,
    EN_MAKE,
    MADE,
    ORG,
    PASSIVE_TAIL,
    VI_MAKE,
    PairRule,
    rule,
)

RULES: tuple[PairRule, ...] = (
    # DEVELOPED: Organization, Person -> AIModel, Product, Benchmark (hardware: MANUFACTURES)
    rule(
        "developed.vi.verb",
        "DEVELOPED",
        "vi",
        # "do ông Y làm tổng giám đốc, phát triển Z": the subject is the company, not Y
        r"(?!(?:.* )?(?:làm|giữ chức|là) (?:tổng giám đốc|giám đốc|chủ tịch|ceo|lãnh đạo) )"
        r"{w5}" + VI_MAKE + r" {w7}",
        0.8,
        tgt=MADE,
    ),
    rule("developed.vi.possessive", "DEVELOPED", "vi", r"{w2}(?:của|thuộc) ", 0.7, True, tgt=MADE),
    rule("developed.vi.from", "DEVELOPED", "vi", r"{w1}(?:từ|đến từ) {w1}", 0.65, True, tgt=MADE),
    rule(
        "developed.vi.passive",
        "DEVELOPED",
        "vi",
        r"{w8}(?:được|do|bởi) {w5}",
        0.8,
        True,
        tgt=MADE,
        tail=PASSIVE_TAIL,
    ),
    # "X mà Y vừa ra mắt": an object relative names the maker
    rule(
        "developed.vi.relative",
        "DEVELOPED",
        "vi",
        r"{w4}mà (?:công ty |hãng |tập đoàn |startup |nhóm )?",
        0.75,
        True,
        tgt=MADE,
        tail=PASSIVE_TAIL,
    ),
    # "R1, mô hình suy luận mới nhất của startup DeepSeek": a long Vietnamese apposition
    rule(
        "developed.vi.apposition",
        "DEVELOPED",
        "vi",
        r"(?:,|\(|-|–) (?:là )?(?:mô hình|chatbot|trợ lý|ứng dụng|công cụ|sản phẩm|phiên bản|dòng|"
        r"hệ thống|nền tảng|bộ|trình|bảng xếp hạng|bài kiểm tra)(?: \S+){0,9} (?:của|thuộc) "
        r"(?:công ty |hãng |tập đoàn |startup |nhóm |phòng thí nghiệm |\S+ ){0,3}",
        0.7,
        True,
        tgt=MADE,
    ),
    rule(
        "developed.en.verb",
        "DEVELOPED",
        "en",
        # not "X's models are trained on Z" (X's Y is the subject) nor "... built on Z" (a base)
        r"(?!'s )(?!(?:.* )?(?:built on|based on|built atop|derived from|distilled from|"
        r"fine-tuned from|fine-tuned on|on top of|(?:trained|served|run|hosted)(?: and \S+)? on) )"
        r"{w5}" + EN_MAKE + r" {w6}",
        0.8,
        tgt=MADE,
    ),
    rule(
        "developed.en.possessive",
        "DEVELOPED",
        "en",
        r"'s (?!(?:rivals?|competitors?|partners?|investors?|customers?|users?) ){w3}",
        0.75,
        tgt="AIModel Benchmark",
    ),
    rule(
        "developed.en.its",
        "DEVELOPED",
        "en",
        r"(?:(?!(?:for|on|in|against|with|at|about) )\S+ ){0,3}",  # not "its charts for AIME"
        0.7,
        tgt="AIModel Benchmark",
        left=r"its|their",
    ),
    rule(
        "developed.en.relative",
        "DEVELOPED",
        "en",
        r"{w1}(?:,|\(|-|–) {w5}(?:that |which )?",
        0.7,
        True,
        tgt=MADE,
        tail=EN_MADE_TAIL,
    ),
    # "the model that OpenAI released in May" (no comma: the relative rule above needs one)
    rule(
        "developed.en.relative_that",
        "DEVELOPED",
        "en",
        r"{w3}(?:that|which) (?:the )?",
        0.7,
        True,
        tgt=MADE,
        tail=EN_MADE_TAIL,
    ),
    rule(
        "developed.en.work_of",
        "DEVELOPED",
        "en",
        r"{w4}(?:the )?(?:work|project|brainchild|creation) of (?:researchers |engineers |a team )?"
        r"(?:at |from )?(?:the )?",
        0.65,
        True,
        tgt=MADE,
    ),
    rule(
        "developed.en.behind",
        "DEVELOPED",
        "en",
        r"(?:,|\(|-|–) (?:the |a |an )(?:\S+ ){0,3}(?:behind|maker of|creator of|developer of|"
        r"builder of|(?:that|which) (?:makes|built|created|developed)) (?:the |its )?",
        0.75,
        tgt=MADE,
    ),
    rule(
        "developed.en.behind_ref",
        "DEVELOPED",
        "en",
        r"(?:behind|maker of|creator of|developer of) (?:the |its )?",
        0.75,
        tgt=MADE,
        left=r"(?:the |this |that )?(?:\S+ )?(?:start-?up|company|firm|lab|group|developer|team)",
    ),
    rule(
        "developed.vi.behind",
        "DEVELOPED",
        "vi",
        r"(?:,|\(|-|–) (?:là )?(?:(?:công ty|hãng|startup|nhóm|tập đoàn|đơn vị)(?: \S+){0,3} đứng sau|"
        r"cha đẻ(?: của)?|nhà phát triển(?: của)?|đơn vị chủ quản(?: của)?) "
        r"(?:mô hình |ứng dụng |chatbot |trợ lý |công cụ )?",
        0.75,
        tgt=MADE,
    ),
    rule(
        "developed.en.by",
        "DEVELOPED",
        "en",
        # not "approval from Y", "funding from Y": Y neither made nor released X
        r"(?!(?:.* )?(?:approval|green light|go-ahead|clearance|licen[cs]es?|permission|criticism|"
        r"pressure|competition|funding|investment|backing|support|rivals?|demand) (?:from|by) )"
        r"{w6}(?:from|by|made by|developed by|built by|created by|released by|launched by|"
        r"unveiled by|trained by|(?:is|was) (?:made|developed|built|created|released|launched) by) "
        r"{w2}",
        0.7,
        True,
        tgt=MADE,
    ),
    # OWNS: Organization -> Organization, Product
    rule(
        "owns.vi.apposition",
        "OWNS",
        "vi",
        r"{w1}(?:\(|,|-|–) (?:là )?(?:chủ sở hữu|công ty mẹ của|công ty mẹ|sở hữu|đơn vị sở hữu) {w3}",
        0.9,
        src=ORG,
    ),
    rule(
        "owns.vi.verb",
        "OWNS",
        "vi",
        r"{w3}(?:sở hữu|mua lại|thâu tóm|là công ty mẹ của|là chủ sở hữu của|nắm quyền kiểm soát|"
        r"hoàn tất (?:việc |thương vụ )?mua lại|thôn tính|sáp nhập) (?!(?:\S+ )?cổ phần ){w4}",
        0.8,
        src=ORG,
        # "do Y, cựu lãnh đạo X, sáng lập, sở hữu Z": X sits inside the founder clause
        head=r"(?<!lãnh đạo )(?<!nhân viên )(?<!giám đốc )$",
    ),
    rule(
        "owns.vi.passive",
        "OWNS",
        "vi",
        r"{w3}(?:thuộc sở hữu của|thuộc sở hữu|thuộc quyền sở hữu của|do|được) {w2}",
        0.8,
        True,
        src=ORG,
        tail=r"\s*(?:sở hữu|mua lại|thâu tóm)",
    ),
    rule(
        "owns.vi.belongs",
        "OWNS",
        "vi",
        r"{w1}(?:thuộc sở hữu của|thuộc sở hữu|thuộc) {w1}",
        0.75,
        True,
        src=ORG,
        tgt="Product",
    ),
    rule(
        "owns.en.apposition",
        "OWNS",
        "en",
        r"{w1}(?:\(|,|-|–) (?:the |which |that )?(?:owner of|parent of|parent company of|owns|"
        r"which owns) {w3}",
        0.9,
        src=ORG,
    ),
    rule(
        "owns.en.verb",
        "OWNS",
        "en",
        r"{w3}(?:owns|owned|acquired|acquires|bought|buys|has acquired|took over|takes over|"
        r"purchased|controls|is the parent of|is the owner of|snapped up|"
        r"took (?:full |majority )?control of|completed (?:its |the )?"
        r"(?:acquisition|purchase|takeover) of|agreed to (?:buy|acquire)|is buying|is acquiring)"
        r" (?!(?:a |an |its |their )?(?:\S+ )?(?:stake|shares?|minority) ){w3}",
        0.8,
        src=ORG,
    ),
    rule(
        "owns.en.passive",
        "OWNS",
        "en",
        r"{w3}(?:owned by|acquired by|bought by|a subsidiary of|subsidiary of|controlled by|"
        r"a unit of|part of) {w2}",
        0.8,
        True,
        src=ORG,
        tgt="Product",
    ),
    rule(
        "owns.en.owned_by",
        "OWNS",
        "en",
        r"(?:, (?:\S+ ){1,6}, )?{w2}(?:is |was )?(?:majority-|wholly-|wholly |majority |partly |"
        r"fully )?(?:owned|"
        r"controlled) by {w2}",
        0.8,
        True,
        src=ORG,
        tgt=ORG,
    ),
    rule(
        "owns.en.possessive",
        "OWNS",
        "en",
        r"'s (?:subsidiary|unit|app|platform|service )?{w2}",
        0.75,
        src=ORG,
        tgt="Product",
    ),
    rule(
        "owns.en.parent_possessive",
        "OWNS",
        "en",
        r"'s (?:parent|parent company|parent group|corporate parent|owner|majority owner) ",
        0.8,
        True,
        src=ORG,
    ),
    rule("owns.en.subsidiary", "OWNS", "en", r"'s (?:\S+ )?subsidiary ", 0.75, src=ORG, tgt=ORG),
    rule(
        "owns.vi.subsidiary",
        "OWNS",
        "vi",
        r"{w2}(?:,|\(|là|-|–) (?:một )?(?:công ty con|công ty thành viên|đơn vị con) (?:của|thuộc) "
        r"(?:tập đoàn |công ty |hãng )?",
        0.8,
        True,
        src=ORG,
        tgt=ORG,
    ),
    rule("owns.en.its", "OWNS", "en", r"{w2}", 0.7, src=ORG, tgt="Product", left=r"its|their"),
    rule(
        "owns.en.its_deal",
        "OWNS",
        "en",
        r"(?:\S+ )?(?:acquisition|purchase|takeover|buyout) of (?:the )?",
        0.75,
        src=ORG,
        left=r"its|their",
    ),
    # MANUFACTURES: Organization -> Hardware
    rule(
        "manufactures.vi.verb",
        "MANUFACTURES",
        "vi",
        r"{w3}(?:sản xuất|chế tạo|thiết kế|phát triển|gia công|ra mắt|tung ra|trình làng|"
        r"giới thiệu|cung cấp|bán) {w5}",
        0.8,
    ),
    rule("manufactures.vi.of", "MANUFACTURES", "vi", r"(?:\S+ )?(?:của|do|từ) ", 0.7, True),
    rule(
        "manufactures.en.verb",
        "MANUFACTURES",
        "en",
        r"{w3}(?:makes|made|manufactures|manufactured|produces|produced|designs|designed|"
        r"fabricates|fabricated|builds|built|unveiled|launched|released|ships|shipped|sells|sold|"
        r"developed|develops|supplies|supplied|supplying|turns out|turned out|turning out|"
        r"mass-produces|mass-produced|mass-producing|is producing|started producing|"
        r"began producing|(?:started|began|starts|begins) (?:volume |mass )?production of|"
        r"ramped up production of) {w5}",
        0.8,
    ),
    rule("manufactures.en.possessive", "MANUFACTURES", "en", r"'s {w2}", 0.8),
    rule("manufactures.en.its", "MANUFACTURES", "en", r"{w2}", 0.7, left=r"its|their"),
    rule(
        "manufactures.en.maker_of",
        "MANUFACTURES",
        "en",
        r"{w1}(?:,|\(|-|–) (?:the |a |an )?(?:\S+ ){0,3}(?:maker|manufacturer|designer|producer|"
        r"supplier|vendor) of (?:the |its )?(?:\S+ ){0,2}",
        0.75,
    ),
    # "Huawei với dòng chip Ascend": a company presented with its line of chips
    rule(
        "manufactures.vi.line",
        "MANUFACTURES",
        "vi",
        # the cue right after the company: "cạnh tranh với dòng chip Y" is no maker
        r"(?:với|có|sở hữu) (?:các |những )?dòng (?:chip|bộ xử lý|gpu|vi xử lý|bộ tăng tốc|"
        r"card)(?: \S+){0,2} ",
        0.7,
    ),
    rule(
        "manufactures.en.by",
        "MANUFACTURES",
        "en",
        r"{w3}(?:made|manufactured|produced|designed|built|fabricated|developed|sold) by {w4}",
        0.8,
        True,
    ),
    rule("manufactures.en.from", "MANUFACTURES", "en", r"{w2}from ", 0.65, True),
    # USES: Organization, AIModel -> Hardware, AIModel, Product
    rule(
        "uses.vi.verb",
        "USES",
        "vi",
        r"{w4}(?<!người )(?:sử dụng|dùng|đào tạo trên|huấn luyện trên|đào tạo bằng|huấn luyện bằng|chạy trên|"
        r"tích hợp|triển khai|áp dụng|mua|được đào tạo trên|được huấn luyện trên|"
        r"đào tạo mô hình dựa trên|tích trữ|vận hành trên|chạy bằng|được chạy trên|dựa vào chip|"
        r"chuyển sang dùng|thuê|chạy được|vận hành được|trang bị|được trang bị|lắp đặt|"
        r"phụ thuộc vào|đặt mua|đặt hàng|huấn luyện với|được huấn luyện với|"
        r"được huấn luyện bằng|được xây dựng trên) {w7}",
        0.7,
    ),
    rule(
        "uses.en.verb",
        "USES",
        "en",
        r"{w4}(?:uses|used|using|trained on|trains on|training on|runs on|ran on|running on|"
        r"(?:is |are |was |were )?(?:trained|served|run|deployed|hosted)(?: and (?:trained|served|"
        r"run|deployed|hosted))? on|"
        r"relies on|relied on|rely on|deployed|deploys|integrates|integrated|bought|buys|purchased|"
        r"(?:was |were |is |are )?(?:built|powered|running) (?:on|with)|switched to|"
        r"stockpiled|powered by|is powered by|built with|adopted|adopts|taps|tapped|ordered|orders|"
        r"order|rents|rented|equipped with|packed with|fitted with|(?:is |was |were )?trained using|"
        r"trained with|depends on|depend on|depended on|leans on|placed orders for|"
        r"switched over to|moved to) {w6}",
        0.7,
    ),
    # "a cluster with 100,000 H100 chips", "với hàng nghìn GPU H100"
    rule(
        "uses.en.with_count",
        "USES",
        "en",
        r"{w6}with (?:some |about |around |roughly |more than |over |nearly |up to |at least )?"
        # rules see "20,000" as "20 , 000" (punctuation is split off)
        r"(?:\d[\d.]*(?: , \d{3})*(?: million| thousand)?|thousands of|tens of thousands of|"
        r"hundreds of thousands of) (?:\S+ )?",
        0.65,
        tgt="Hardware",
    ),
    rule(
        "uses.vi.with_count",
        "USES",
        "vi",
        r"{w6}(?:với|bằng|gồm) (?:khoảng |hơn |gần |tới |lên tới |hàng |vài )?(?:\d[\d.,]*|nghìn|"
        r"ngàn|trăm|vạn|chục)(?: nghìn| ngàn| triệu| trăm)? (?:chiếc |bộ )?(?:chip |gpu |card |"
        r"bộ xử lý )?",
        0.65,
        tgt="Hardware",
    ),
    # "Nvidia's main supplier of HBM": the possessor uses what is supplied
    rule(
        "uses.en.source_of",
        "USES",
        "en",
        r"'s (?:\S+ ){0,2}(?:source|supplier|provider|vendor) of ",
        0.7,
        src=ORG,
        tgt="Hardware",
    ),
    rule(
        "uses.en.supplied_to",
        "USES",
        "en",
        r"(?:chips |parts |units |processors )?(?:to|for) ",
        0.65,
        True,
        src=ORG,
        tgt="Hardware",
        head=r"\b(?:supplies|supplied|supplying|supply|ships|shipped|shipping|delivers|delivered|"
        r"delivering|sells|sold|selling)\s+(?:\S+\s+){0,3}$",
    ),
    rule(
        "uses.vi.supplied_to",
        "USES",
        "vi",
        r"(?:\S+ ){0,2}cho ",
        0.65,
        True,
        src=ORG,
        tgt="Hardware",
        head=r"(?:cung cấp|bán|giao|xuất)\s+(?:\S+\s+){0,3}$",
    ),
    rule(
        "uses.en.passive",
        "USES",
        "en",
        r"{w3}(?:used by|adopted by|deployed by|bought by|integrated into|powering|powers) {w3}",
        0.7,
        True,
    ),
    # HOSTS: Product, Organization -> AIModel
    rule(
        "hosts.vi.on",
        "HOSTS",
        "vi",
        r"{w6}(?:trên|lên) (?:nền tảng |kho |trang )?(?:như |của )?",
        0.7,
        True,
    ),
    rule(
        "hosts.vi.download",
        "HOSTS",
        "vi",
        r"{w10}(?:tải|tải về|tải xuống|có mặt|có sẵn|đăng tải|phát hành|công bố|truy cập)"
        r"(?: miễn phí| mở)? (?:từ|trên|tại|qua) (?:nền tảng |kho |trang |cộng đồng )?",
        0.7,
        True,
    ),
    rule(
        "hosts.platform_first",
        "HOSTS",
        "*",
        r", {w8}",
        0.6,
        head=r"(?:^|[.!?]\s+|\n\s*)(?:trên|on)\s+(?:nền tảng\s+|kho\s+|the\s+)?$",
    ),
    rule(
        "hosts.vi.serve_models",
        "HOSTS",
        "vi",
        r"{w2}(?:cung cấp|phân phối|lưu trữ|triển khai) (?:các |những )?(?:mô hình|model) ",
        0.65,
    ),
    rule(
        "hosts.vi.verb",
        "HOSTS",
        "vi",
        r"{w3}(?:lưu trữ|phân phối|tích hợp|đưa|bổ sung|cho phép truy cập|cung cấp) {w4}",
        0.65,
        src="Product",
    ),
    rule(
        "hosts.en.on",
        "HOSTS",
        "en",
        r"{w6}(?:on|via|through|onto|to) (?:the |its |their )?(?:platform |hub |repository )?",
        0.65,
        True,
    ),
    rule(
        "hosts.en.verb",
        "HOSTS",
        "en",
        r"{w3}(?:hosts|hosted|hosting|distributes|distributed|lists|listed|serves|offers|offered|"
        r"added|adds|integrates|integrated|supports|made available|makes available|"
        r"began offering|started offering|rolled out) {w4}",
        0.7,
    ),
)
