"""Rules for hardware and platforms: MANUFACTURES, USES, HOSTS.

Data only: each `rule(...)` is a `PairRule` (see `extract.relations.rule`).
"""

from __future__ import annotations

from extract.relations.rule import ORG, PairRule, rule
from extract.relations.rules_making import APPOSED, VI_OWN_MAKE

# putting a model inside a product: the product is where it goes, not what is used
_PUT_IN = {
    "en": r"(?:integrated|integrates|integrating|integrate|added|adds|adding|add|brought|brings|"
    r"bringing|built|builds|building|baked|bakes|embedded|embeds|embedding|plugged|plugs|"
    r"put|puts|putting|rolled out|rolls out|deployed|deploys|adopted|adopts|adopting|chose|"
    r"chooses|picked|picks|selected|selects)",
    "vi": r"(?:tích hợp|bổ sung|đưa|cài|cài đặt|nhúng|triển khai|thêm)",
}
# "built Qwen into DingTalk", "dùng R1 cho trợ lý ảo": the product right after
# "into"/"for" is where the model goes or whom it serves, not a second thing used (the
# cheap test of the words before the product runs first)
_NOT_DESTINATION = {
    lang: r"(?!(?=.* " + into + r" " + det + r"$)(?:\S+ )*?(?:" + verb + r") )"
    for lang, verb, into, det in (
        (
            "en",
            _PUT_IN["en"] + r"|uses|used|using|use",
            r"(?:into|onto|for|in|inside)",
            # "into its in-car assistant Xpilot": a few words may name the kind of place
            r"(?:the |its |their |a )?(?:[^\s,]+ ){0,3}",
        ),
        (
            "vi",
            _PUT_IN["vi"] + r"|dùng|sử dụng",
            r"(?:vào|cho|trong)",
            # "vào hệ thống buồng lái thông minh Xuanji": the kind of place, then its name
            (
                r"(?:(?:ứng dụng|trợ lý|nền tảng|dịch vụ|tính năng|công cụ|chatbot|sản phẩm|"
                r"hệ thống|phần mềm|xe|điện thoại|mẫu xe|dòng xe|thiết bị) (?:[^\s,]+ ){0,4})?"
            ),
        ),
    )
}

# "X built on Y of Z and trained on H100s", "Qualcomm's Snapdragon; the phone runs ...": a
# name followed by "and <verb>" is the object of the verb before it, and a semicolon ends
# the clause, so neither is the subject of a use told after it
_OBJECT_BEFORE = {
    "vi": r"(?!(?:\S+ )*; )(?!(?:của (?:\S+ ){1,3})?(?:, )?và (?:được |đã |sau đó |cũng )?"
    r"(?:huấn luyện|đào tạo|chạy|vận hành|triển khai) )",
    "en": r"(?!(?:\S+ )*; )(?!(?:of (?:\S+ ){1,3})?(?:, )?and (?:was |were |is |then |also )?"
    r"(?:trained|trains|ran|runs|deployed|served|serves) )",
}
# a verb of saying between the subject and its use does not count toward the distance:
# "Công ty cho biết chỉ tốn 500.000 USD thuê 512 GPU", "X said it had integrated R1"
_SAID = {
    # only when no new subject follows: "cho biết đã ...", "cho biết chỉ tốn ..."
    "vi": r"(?:(?:cho biết|cho hay|khẳng định|tuyên bố|xác nhận|thông báo) (?:rằng |là )?"
    r"(?=(?:đã|sẽ|đang|vừa|chỉ|mới|cũng|hiện|vẫn|từng) ))?",
    # "said (on Tuesday) (that) it had integrated": the subject comes back as "it"/"they"
    "en": r"(?:(?:said|says|announced|confirmed|disclosed|revealed) (?:on \S+ )?(?:that )?"
    r"(?:it|they) )?",
}
# a verb of saying with a new subject after it is someone else's use: "Huawei said rivals
# would use H20 chips", "Huawei cho biết các đối thủ sẽ dùng chip H20" (the subject's own
# clause, "said it would use", is read by `_SAID` and by the reported-frame words; no
# negation word may stand here, or `negation.undenied` would take the rule as reading it)
_OTHERS_SAID = {
    "en": r"(?!(?:\S+ )*?(?:said|says|say|told|claimed|claims|expects|expected|believes|believed|"
    r"argued|argues|warned|warns|predicted|predicts|thinks|thought|estimated|estimates) "
    r"(?!(?:on \S+ )?(?:that )?(?:it|they) ))",
    "vi": r"(?!(?:\S+ )*?(?:cho biết|cho hay|cho rằng|nói|dự đoán|tin rằng|lo ngại|cảnh báo|"
    r"ước tính|nhận định) (?!(?:rằng |là )?(?:(?:hãng|công ty|tập đoàn|họ|ông|bà) )?(?:đã|sẽ|"
    r"đang|vừa|chỉ|mới|cũng|hiện|vẫn|từng|dự kiến|có kế hoạch) ))",
}
# a verb of use after which the thing used follows ("plans to run", "is building ... on")
_EN_PLAN = (
    r"(?:will |would |plans to |planned to |aims to |intends to |is set to |agreed to |"
    r"is preparing to |expects to |hopes to )"
)
# the subject is one of the first (or few) to use something: "among the first to integrate"
_FIRST = {
    # "became the first cloud provider to deploy", "là hãng đầu tiên ở châu Âu triển khai"
    "en": r"{w2}(?:was |is |were |are |became |becomes |will be )?(?:(?:among|one of) the "
    r"(?:first|earliest|latest|few|biggest|largest|major)|the (?:first|earliest))(?: \S+){0,4} "
    r"to (?:integrate|adopt|deploy|use|run|buy|switch to|embrace|tap|install|roll out|offer|"
    r"order) (?:the |its |a )?(?:\S+ ){0,2}",
    "vi": r"{w2}(?:(?:là |nằm |đứng )?(?:một trong những|một trong các|trong số|trong nhóm|"
    r"trong số những)(?: \S+){0,9} (?:đầu tiên|tiên phong|sớm nhất|hiếm hoi|lớn nhất)|"
    r"(?:là|trở thành) (?:\S+ ){1,3}(?:đầu tiên|tiên phong)(?: (?:ở|tại)(?: \S+){1,3}?)?) "
    r"(?:đã )?(?:tích hợp|sử dụng|dùng|triển khai|áp dụng|mua|ứng dụng|chạy) "
    r"(?:mô hình |chip |các |những |hệ thống )?(?:\S+ ){0,3}",
}

RULES: tuple[PairRule, ...] = (
    # MANUFACTURES: Organization -> Hardware
    rule(
        "manufactures.vi.verb",
        "MANUFACTURES",
        "vi",
        APPOSED
        + r"{w3}(?:đã |vừa |sẽ |đang |tự |cũng |chính thức )?(?:sản xuất|chế tạo|thiết kế|phát triển|"
        r"gia công|ra mắt|tung ra|trình làng|giới thiệu|cung cấp|bán|tung|trưng bày|công bố|"
        r"sản xuất hàng loạt|xuất xưởng|đúc|làm ra|tạo ra|nâng cấp) {w5}",
        0.8,
    ),
    # "Kunlun P800, dòng chip mới của Baidu": an apposition names the maker
    rule(
        "manufactures.vi.apposition",
        "MANUFACTURES",
        "vi",
        r"(?:,|\(|-|–) (?:là )?(?:một )?(?:dòng |mẫu |thế hệ |loại |con )?(?:chip|bộ xử lý|vi xử lý|gpu|"
        r"bộ tăng tốc|card|siêu máy tính|máy chủ|bộ nhớ)(?: \S+){0,8} (?:của|do) "
        r"(?:hãng |công ty |tập đoàn )?",
        0.75,
        True,
    ),
    rule("manufactures.vi.of", "MANUFACTURES", "vi", r"(?:\S+ )?(?:của|do|từ) ", 0.7, True),
    rule(
        "manufactures.en.verb",
        "MANUFACTURES",
        "en",
        APPOSED + r"{w3}(?:makes|made|manufactures|manufactured|produces|produced|designs|designed|"
        r"fabricates|fabricated|builds|built|unveiled|launched|released|ships|shipped|sells|sold|"
        r"developed|develops|supplies|supplied|supplying|turns out|turned out|turning out|"
        r"mass-produces|mass-produced|mass-producing|is producing|started producing|"
        r"began producing|(?:started|began|starts|begins) (?:volume |mass )?production of|"
        r"ramped up production of|fabs|fabbed|packages|packaged|assembles|assembled|tapes out|"
        r"taped out|(?:is |was )?sampling|sampled|samples|showcased|showcases|revealed|reveals|"
        r"debuted|debuts|rolled out|rolls out|touts its|introduced|introduces|announced|announces|"
        r"(?:will |would |plans to |is set to |aims to )(?:make|build|produce|ship|launch|release|"
        r"mass-produce|manufacture|sell|design|supply)) {w5}",
        0.8,
    ),
    rule("manufactures.en.possessive", "MANUFACTURES", "en", r"'s {w2}", 0.8),
    rule("manufactures.en.its", "MANUFACTURES", "en", r" ?{w2}", 0.7, left=r"its|their"),
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
    # "the Nvidia-designed Grace CPU", "TSMC-made chips": the maker as a hyphenated adjective
    rule(
        "manufactures.en.maker_adjective",
        "MANUFACTURES",
        "en",
        r"-(?:designed|made|built|fabricated|fabbed|produced|manufactured|engineered|developed) "
        r"(?:\S+ ){0,2}",
        0.75,
    ),
    # "the MI308, AMD's China-only accelerator": an apposition names the maker
    rule(
        "manufactures.en.apposition_possessive",
        "MANUFACTURES",
        "en",
        r"(?:,|\(|-|–) (?:the |a )?",
        0.75,
        True,
        tail=r"\s*(?:'s|’s)\s+(?:\S+\s+){0,3}(?:chip|processor|accelerator|gpu|npu|cpu|card|"
        r"memory|server|supercomputer|system)s?\b",
    ),
    # "AMD, whose MI308 accelerator ...": a relative possessive names the maker
    rule("manufactures.en.whose", "MANUFACTURES", "en", r"(?:,|\(|-|–) whose (?:own )?", 0.75),
    # "the chip is made on SMIC's 7nm process", "fabricated at TSMC"
    rule(
        "manufactures.en.made_at",
        "MANUFACTURES",
        "en",
        r"{w3}(?:is |are |was |were |being )?(?:(?:made|manufactured|produced|fabricated|built|"
        r"packaged|etched|mass-produced|(?:started|starts|began|begins|entered|enters|went into|"
        r"goes into|is in|are in|was in|were in) (?:mass |volume |full |trial )?production) "
        r"(?:\S+ ){0,3}(?:at|on|in|using) |(?:rolled|rolls|roll|rolling|coming|come|came) off )"
        r"(?:the |a )?",
        0.7,
        True,
        tail=r"(?:\s*(?:'s|’s)\s+(?:\S+\s+){0,3}(?:process|node|technology|fabs?|plants?|factor|"
        r"foundr|lines?)|\s*(?:fabs?|foundr|plants?|factor))",
    ),
    # "Dòng Ascend được sản xuất trên quy trình 7 nm của SMIC", "chip X do Y thiết kế"
    rule(
        "manufactures.vi.passive",
        "MANUFACTURES",
        "vi",
        r"{w3}(?:được |do |bởi )?(?:sản xuất|chế tạo|gia công|đúc|thiết kế|phát triển)"
        r"(?: \S+){0,9} (?:của|bởi|do|tại) (?:hãng |công ty |tập đoàn |nhà máy )?",
        0.7,
        True,
    ),
    rule(
        "manufactures.vi.do_tail",
        "MANUFACTURES",
        "vi",
        r"{w3}(?:do|bởi|được) (?:hãng |công ty |tập đoàn )?",
        0.75,
        True,
        tail=r"\s*(?:tự |trực tiếp |chính )?(?:sản xuất|chế tạo|thiết kế|gia công|phát triển|đúc)",
    ),
    # USES: Organization, AIModel -> Hardware, AIModel, Product
    rule(
        "uses.vi.verb",
        "USES",
        "vi",
        _OTHERS_SAID["vi"]
        + _NOT_DESTINATION["vi"]
        + _OBJECT_BEFORE["vi"]
        + APPOSED
        + _SAID["vi"]
        # "cho dùng miễn phí X": a maker letting others use its model is no user
        + r"{w4}(?<!người )(?<!cho )(?<!cho phép )(?:sử dụng|dùng|đào tạo trên|huấn luyện trên|đào tạo bằng|huấn luyện bằng|chạy trên|"
        r"tích hợp|triển khai|áp dụng|mua|được đào tạo trên|được huấn luyện trên|"
        r"đào tạo mô hình dựa trên|tích trữ|vận hành trên|chạy bằng|được chạy trên|dựa vào chip|"
        r"chuyển sang dùng|thuê|chạy được|vận hành được|trang bị|được trang bị|lắp đặt|"
        r"phụ thuộc vào|đặt mua|đặt hàng|huấn luyện với|được huấn luyện với|"
        r"được huấn luyện bằng|được xây dựng trên|kết hợp|khai thác|tận dụng|trang bị thêm|"
        r"nhập|nhập khẩu|mua thêm|gom|tích trữ thêm|sắm|nhận|được cung cấp|cài đặt|chạy|"
        r"vận hành|dựa vào|sử dụng tới|dùng tới|dùng đến|sử dụng đến|nhờ vào|thử nghiệm|"
        r"là khách hàng của|là khách hàng lớn của|là khách hàng mua|đã mua|sẽ mua|sẽ dùng|"
        r"sẽ sử dụng|đã dùng|đã sử dụng|đang dùng|đang sử dụng) {w7}",
        0.7,
        head=r"(?<!với )(?<!cùng )$",  # "hợp tác với Nvidia, sử dụng ...": the partner is an object
    ),
    rule(
        "uses.en.verb",
        "USES",
        "en",
        _OTHERS_SAID["en"]
        + _NOT_DESTINATION["en"]
        + _OBJECT_BEFORE["en"]
        + APPOSED
        + _SAID["en"]
        + r"{w4}(?:uses|used|using|trained on|trains on|training on|runs on|ran on|running on|"
        r"(?:is |are |was |were )?(?:trained|served|run|deployed|hosted)(?: and (?:trained|served|"
        r"run|deployed|hosted))? on|"
        r"builds on|building on|builds upon|"
        r"(?:relies|relied|rely|relying|leans|leaned|leaning|lean) (?:heavily |largely |mostly |"
        r"partly |increasingly )?on|deployed|deploys|integrates|integrated|bought|buys|purchased|"
        r"(?:was |were |is |are )?(?:built|powered|running) (?:on|with)|switched to|"
        r"stockpiled|powered by|is powered by|built with|adopted|adopts|taps|tapped|ordered|orders|"
        r"(?:is |are |was |were |has been |have been )(?:buying|purchasing|ordering|renting|"
        r"deploying|adopting|integrating|stockpiling)|"
        r"order|rents|rented|equipped with|packed with|fitted with|(?:is |was |were )?trained using|"
        r"trained with|depends on|depend on|depended on|placed orders for|"
        r"switched over to|moved to|harnesses|"
        r"harnessed|harnessing|leverages|leveraged|leveraging|employs|employed|employing|"
        r"built around|taps into|tapped into|licenses|licensed|licensing|plugged into|"
        r"plugs into|will use|plans to use|(?:will |would |plans to |agreed to |is set to |"
        r"committed to |commits to |pledged to |pledges to |promised to |signed up to )"
        r"(?:buy|deploy|rent|adopt|integrate|run on|train on|install|order|purchase|use)|"
        r"(?:is |are |was |were )?(?:based|built|trained|running|run) (?:on|with|using)) {w6}",
        0.7,
        head=r"(?<!with )(?<!alongside )$",  # "teamed up with Nvidia, using ...": an object
    ),
    # "combines Claude with Qwen"; not "pairs the memory with its own chips" (those it makes)
    rule(
        "uses.en.combine",
        "USES",
        "en",
        r"{w4}(?:combines|combined|combining|pairs|paired|pairing|mixes|mixed|blends|blended|"
        r"couples|coupled) {w6}(?<! its )(?<! their )(?<! own )",
        0.65,
    ),
    # verbs that only mean "uses" with chips as the object: "got 10,000 H20s"
    rule(
        "uses.en.hardware_verb",
        "USES",
        "en",
        # "Nvidia's biggest customers for the H20": the possessor sells them
        _OTHERS_SAID["en"] + r"(?!(?:'s|’s) (?:\S+ ){0,2}(?:customer|buyer|user)s? )"
        r"{w4}(?:secured|secures|snapped up|stocked up on|stockpiling|amassed|amasses|hoarded|"
        r"hoarding|(?:is |was )?testing|tested|installed|installs|runs|ran|(?:will |would )?get|"
        r"got|gets|received|receives|took delivery of|takes delivery of|(?:a |the |biggest |largest |"
        r"major |key )?(?:customer|buyer|user)s? (?:for|of)|acquired|acquires|bagged|landed|"
        r"operates|operated|operating|is running|was running|are running|"
        + _EN_PLAN
        + r"(?:get|receive|acquire|secure|run|operate|use)) {w6}",
        0.65,
        tgt="Hardware",
        head=r"(?<!with )(?<!alongside )$",  # "a platform built with Nvidia, will use ...": an object
    ),
    # "GLM-4.5 needs only eight H20 chips to run", "chỉ cần tám chip H20 để vận hành"
    rule(
        "uses.en.needs",
        "USES",
        "en",
        r"(?:only |still |just |also )?(?:needs|need|needed|requires|require|required)"
        r"(?: only| just)?(?: \S+){0,3} ",
        0.65,
        tgt="Hardware",
        tail=r"(?:\s+(?:chips?|gpus?|GPUs?|processors?|accelerators?|cards?|units?))?\s+to "
        r"(?:run|train|serve|operate|power)\b",
    ),
    rule(
        "uses.vi.needs",
        "USES",
        "vi",
        r"(?:chỉ |vẫn |cũng )?(?:cần|cần tới|cần đến|đòi hỏi)(?: \S+){0,4} ",
        0.65,
        tgt="Hardware",
        tail=r"(?:\s+của\s+[^\s,.;]+(?:\s+[^\s,.;]+)?)?\s+(?:để|mới) (?:có thể )?(?:vận hành|chạy|"
        r"huấn luyện|đào tạo|phục vụ)\b",
    ),
    # "YTL Power is building an AI cloud on GB200 systems"
    rule(
        "uses.en.built_on",
        "USES",
        "en",
        r"{w3}(?:build|builds|building|built|is building|will build|plans to build)(?: \S+){1,6} "
        r"(?:on|around|using) (?:the |its |a )?(?:\S+ ){0,3}",
        0.65,
        src=ORG,
        tgt="Hardware",
    ),
    # "Honor was among the first to integrate R1", "là một trong những hãng đầu tiên tích hợp R1"
    rule("uses.en.among_first", "USES", "en", _NOT_DESTINATION["en"] + _FIRST["en"], 0.65),
    rule("uses.vi.among_first", "USES", "vi", _NOT_DESTINATION["vi"] + _FIRST["vi"], 0.65),
    # "became the first cloud provider to make Blackwell systems generally available"
    rule(
        "uses.en.first_available",
        "USES",
        "en",
        r"{w2}(?:was |is |became |becomes |will be )?(?:(?:among|one of) the|the) (?:first|"
        r"earliest)(?: \S+){0,4} to make (?:the |its |a )?(?:\S+ ){0,2}",
        0.6,
        src=ORG,
        tgt="Hardware",
        tail=r"\s+(?:\S+\s+){0,2}(?:generally |widely |commercially |broadly |publicly )?"
        r"available\b",
    ),
    # "the H20, which ByteDance and Tencent have begun buying": the relative clause's subject
    rule(
        "uses.en.which",
        "USES",
        "en",
        r", (?:which|that) ",
        0.65,
        True,
        src=ORG,
        tail=r"(?:\s+and\s+(?:other|several|many|some|rival)\s+[^,.;]{0,50}?)?\s+(?:has |have |had |"
        r"is |are |was |were )?(?:also |already |now |reportedly |since |widely |quietly )?(?:begun |"
        r"began |started |been |continued )?(?:buying|using|deploying|adopting|ordering|"
        r"stockpiling|integrating|running|renting|used|uses|use|bought|buys|buy|deploys|deployed|"
        r"deploy|adopted|adopts|runs|ran|ordered|orders|stockpiled|integrated|integrates|"
        r"licensed|licenses|rents|rented)\b",
    ),
    rule(
        "uses.vi.which",
        "USES",
        "vi",
        r"(?:, )?(?:loại chip |dòng chip |mô hình )?mà ",
        0.65,
        True,
        src=ORG,
        tail=r"(?:\s+(?:và|cùng)\s+(?:nhiều|các|những)\s+[^,.;]{0,50}?)?\s+(?:đang |đã |vẫn |cũng |"
        r"từng |sẽ |bắt đầu |tiếp tục )*(?:dùng|sử dụng|mua|triển khai|tích hợp|vận hành|đặt mua|"
        r"tích trữ|thuê|áp dụng)\b",
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
        head=r"\b(?:supplies|supplied|supplying|supply|ships|shipped|shipping|ship|delivers|"
        r"delivered|delivering|deliver|sells|sold|selling|sell|provides|provided|providing|provide|"
        r"sends|sent|sending|send|offers|offered|offering|offer|rents|rented|renting|rent|"
        r"leases|leased|leasing|lease|promised|promises|pledged|pledges|allocated|allocates|"
        r"earmarked|reserved)\s+(?:\S+\s+){0,5}$",
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
        head=r"(?:cung cấp|bán|giao|(?<!sản )xuất)\s+(?:\S+\s+){0,3}$",
    ),
    rule(
        "uses.en.passive",
        "USES",
        "en",
        r"{w3}(?:used by|adopted by|deployed by|bought by|integrated into|powering|powers) {w3}",
        0.7,
        True,
    ),
    # "Qwen được Apple tích hợp vào iPhone": the agent of a passive "put in" uses the thing
    rule(
        "uses.vi.passive_agent",
        "USES",
        "vi",
        r"(?:đã |từng |vừa |cũng |sẽ )?được (?:hãng |công ty |tập đoàn )?",
        0.7,
        True,
        src=ORG,
        tail=r"\s*(?:\([^)]{0,40}\)\s*)?(?:tích hợp|nhúng|cài|triển khai|sử dụng|dùng|áp dụng)\b",
    ),
    # "Zhipu trained GLM on 10,000 H800s", "huấn luyện mô hình trên chip Ascend"
    rule(
        "uses.en.trained_on",
        "USES",
        "en",
        _OBJECT_BEFORE["en"]
        + r"{w3}(?:trained|trains|training|train|ran|runs|running|run|served|serves|serving|"
        r"deployed|deploys|tested|tests)(?: \S+){1,4} on (?:a |an |the |its |their )?"
        r"(?:cluster of |fleet of |cluster with |farm of )?(?:some |about |around |roughly |"
        r"more than |over |nearly |up to |at least |tens of |thousands of |hundreds of )?"
        r"(?:\d[\d.]*(?: , \d{3})*(?: million| thousand)? )?(?:\S+ )?",
        0.7,
        tgt="Hardware",
    ),
    # "trained the new model on 8,000 H20s": the model trained on the chips uses them
    rule(
        "uses.en.model_trained_on",
        "USES",
        "en",
        r"(?:on|using|with) (?:\S+ ){0,5}",
        0.7,
        src="AIModel",
        tgt="Hardware",
        head=r"\b(?:trained|trains|train|training|pre-trained|pretrained|served|serves|ran|runs)\s+"
        r"(?:the |its |their |a )?(?:\S+\s+)?$",
    ),
    rule(
        "uses.vi.model_trained_on",
        "USES",
        "vi",
        r"(?:trên|bằng|với) (?:\S+ ){0,7}",
        0.7,
        src="AIModel",
        tgt="Hardware",
        head=r"(?:huấn luyện|đào tạo|chạy|vận hành)\s+(?:mô hình\s+)?$",
    ),
    rule(
        "uses.vi.trained_on",
        "USES",
        "vi",
        _OBJECT_BEFORE["vi"]
        + r"{w3}(?:huấn luyện|đào tạo|chạy|vận hành|triển khai|thử nghiệm|xây dựng|lắp ráp)"
        r"(?: \S+){1,6} (?:trên|bằng) "
        r"(?:cụm |hệ thống )?{w2}",
        0.7,
        tgt="Hardware",
    ),
    # HOSTS: Product, Organization -> AIModel
    # "Alibaba built Qwen into DingTalk", "tích hợp Gemini vào Gmail": the destination hosts it
    rule(
        "hosts.en.into",
        "HOSTS",
        "en",
        r"(?:into|to|in|inside|across|within|onto) (?:the |its |their |a )?(?:\S+ )?",
        0.7,
        True,
        head=r"\b" + _PUT_IN["en"] + r"\s+(?:\S+\s+){0,2}$",
    ),
    rule(
        "hosts.vi.into",
        "HOSTS",
        "vi",
        r"(?:vào|lên|trong|trên) (?:ứng dụng |trợ lý |nền tảng |dịch vụ |tính năng |công cụ )?",
        0.7,
        True,
        head=_PUT_IN["vi"] + r"\s+(?:\S+\s+){0,2}$",
    ),
    rule(
        "hosts.vi.on",
        "HOSTS",
        "vi",
        r"{w6}(?:trên|lên) (?:nền tảng |kho |trang )?(?:đám mây |điện toán đám mây )?(?:như |của )?",
        0.7,
        True,
    ),
    rule(
        "hosts.vi.download",
        "HOSTS",
        "vi",
        r"{w10}(?:tải|tải về|tải xuống|có mặt|có sẵn|đăng tải|phát hành|công bố|truy cập|tải lên|"
        r"đưa lên|dùng thử|trải nghiệm|sử dụng|mở mã nguồn|phân phối|bán|cung cấp|thương mại hóa)"
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
        # not a bare "to" ("a rival to Alibaba"): "added X to Bedrock" is `hosts.en.into`'s
        r"{w6}(?:on|via|through|onto) (?:the |its |their )?(?:platform |hub |repository )?",
        0.65,
        True,
    ),
    # "GPT-4o is now available in the ChatGPT app", "can be downloaded from Hugging Face"
    rule(
        "hosts.en.available",
        "HOSTS",
        "en",
        r"{w6}(?:available|accessible|offered|live|downloadable|usable|free|listed|published|"
        r"uploaded|posted|integrated|built into|baked into|downloaded|served|hosted|deployed)"
        r"(?: to \S+(?: \S+)?)?(?: for (?:free|download|developers|users))? (?:in|inside|within|into|"
        r"through|via|on|from|across) (?:the |its |their )?(?:platform |hub |app )?",
        0.7,
        True,
    ),
    rule(
        "hosts.vi.integrated",
        "HOSTS",
        "vi",
        r"{w6}(?:được )?(?:tích hợp|cài sẵn|đưa|bổ sung|có mặt|xuất hiện|triển khai) "
        r"(?:vào|trong|trên|lên) (?:ứng dụng |trợ lý |dịch vụ |nền tảng |chatbot )?",
        0.7,
        True,
    ),
    rule(
        "hosts.en.verb",
        "HOSTS",
        "en",
        r"{w3}(?:hosts|hosted|hosting|distributes|distributed|lists|listed|serves|offers|offered|"
        r"added|adds|integrates|integrated|supports|made available|makes available|"
        r"began offering|started offering) "
        # "hosts open models such as Meta's Llama": the kind of model, then its examples
        r"(?:(?:\S+ ){0,2}(?:models|llms|systems) (?:such as|including|like) )?{w4}",
        0.7,
    ),
    # "Baidu vận hành 30.000 chip Kunlun P800 tự phát triển": the subject made its own chip
    rule(
        "manufactures.vi.own_make",
        "MANUFACTURES",
        "vi",
        APPOSED + r"{w10}",
        0.65,
        src=ORG,
        tgt="Hardware",
        tail=VI_OWN_MAKE,
    ),
    # "Trae gave users free access to GPT-4o", "cho phép người dùng truy cập miễn phí GPT-4o"
    rule(
        "hosts.en.access",
        "HOSTS",
        "en",
        # "Trae, an editor launched in January that gave users ...": a relative clause's verb
        r"(?:, (?:an? |the )?(?:\S+ ){0,6}?(?:that|which) )?"
        r"{w4}(?:gave|gives|giving|offered|offers|offering|provided|provides|providing|opened|"
        r"opens|granted|grants|sells|sold|selling) (?:\S+ ){0,2}(?:free |early |paid |unlimited |"
        r"direct |api )?access to (?:the |its )?(?:\S+'s )?",
        0.65,
        src="Product",
    ),
    rule(
        "hosts.vi.access",
        "HOSTS",
        "vi",
        r"{w4}(?:cho phép|mở|cấp|cung cấp|bán) (?:quyền )?(?:người dùng |nhà phát triển |khách hàng )?"
        r"(?:quyền )?truy cập (?:miễn phí )?(?:vào |tới )?(?:mô hình )?",
        0.65,
        src="Product",
    ),
    # "Microsoft plans to offer DeepSeek-R1", "teamed up with X to serve the model"
    rule(
        "hosts.en.to_offer",
        "HOSTS",
        "en",
        r"{w3}to (?:offer|serve|host|distribute) (?:the |its |their )?(?:open |open-source )?"
        r"(?:models? )?",
        0.65,
    ),
)
