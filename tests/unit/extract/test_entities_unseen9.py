"""Names in text nobody tuned to, ninth round: a paragraph opening with a footer's words is
no footer ("Nổi bật nhất là X, ..."); a word of several known names typed by a cue is a new
name; titles and professions before people ("TS.BS X", "thầy X", "chemist X", "Justice X");
a name between a determiner and a head noun ("its X conference", "the company's X research
team", "the X video model"); plural company nouns before names ("fashion labels X and Y");
districts ("quận X"); a pointed noun and "là" ("Phần mềm này là X"); programmes named in
quotes; acronyms of a union or of a name opening with its place; qualifying compounds at a
name's end ("Blackwell-generation"); a Vietnamese place before a foreign name; a company
and its brand in brackets; one-word sources ("theo X,"); courts; and what is no name or no
party: a head noun alone ("Phone chips"), a company read only inside another's name
("Amazon Web Services"), a chip's family beside its code, a software licence.

These run the bundled catalogue. Rule cases use invented names, so they test the cue and not
the catalogue; each rule also has cases where it must not fire. Sentences written for the test.
"""

from __future__ import annotations

from extract.catalogue import variants
from extract.furniture import furniture
from extract.namecues import adjectival
from extract.text import vi_syllable
from tests.unit.extract.facts import found_in, typed_names

# --- page furniture -----------------------------------------------------------------------------


def test_a_paragraph_opening_with_a_footer_word_is_kept():
    body = "Hãng Zorvia ra mắt trợ lý mới cho doanh nghiệp trong nước. " * 5
    text = body + "\nNổi bật nhất là Quenra, tác tử đa năng do một startup ở Hà Nội phát triển.\n"
    assert not any("Quenra" in text[a:b] for a, b in furniture(text))
    text = body + "\nTrending upward, Quenra shares rose for a fifth day as traders bought.\n"
    assert not any("Quenra" in text[a:b] for a, b in furniture(text))


def test_a_footer_heading_still_ends_the_article():
    body = "Hãng Zorvia ra mắt trợ lý mới cho doanh nghiệp trong nước. " * 5
    text = body + "\nXem thêm:\n- Quenra gọi vốn thành công\n"
    assert any("Quenra" in text[a:b] for a, b in furniture(text))
    text = body + "\nNổi bật\nQuenra gọi vốn thành công\n"
    assert any("Quenra" in text[a:b] for a, b in furniture(text))


# --- a word of several known names ----------------------------------------------------------------


def test_a_word_of_several_known_names_typed_by_an_apposition_is_a_new_name():
    found = typed_names("Turing, công ty ở Palo Alto, chuyển sang bán dữ liệu lập trình.", "vi")
    assert found.get("Turing") == "Organization"


def test_a_vietnamese_syllable_after_a_cue_stays_unnamed():
    assert vi_syllable("Minh") and vi_syllable("Giao") and not vi_syllable("Turing")
    found = typed_names("Bang này thông qua Đạo luật Minh bạch dữ liệu năm ngoái.", "vi")
    assert "Minh" not in found


# --- titles and professions before people ---------------------------------------------------------


def test_a_degree_and_a_profession_written_as_one_word_open_a_person():
    found = typed_names("Theo TS.BS Lưu Quang Tín, phó khoa Nội, bệnh viện đã dùng AI.", "vi")
    assert found.get("Lưu Quang Tín") == "Person"
    assert "TS.BS Lưu Quang Tín" not in found


def test_teachers_and_business_people_in_vietnamese():
    found = typed_names("Thầy Đoàn Văn Khải, giáo viên tin học, kể học sinh dùng AI.", "vi")
    assert found.get("Đoàn Văn Khải") == "Person"
    found = typed_names("Công ty do doanh nhân Marco Venn sáng lập năm 2019.", "vi")
    assert found.get("Marco Venn") == "Person"


def test_a_scientist_by_field_and_a_judge_before_their_names():
    found = typed_names("The biotech was started by Yale chemist Oren Baltasar last year.")
    assert found.get("Oren Baltasar") == "Person"
    found = typed_names("Justice Maren Holloway found on Monday that the model was lawful.")
    assert found.get("Maren Holloway") == "Person"


def test_the_justice_department_names_no_person():
    found = typed_names("The Justice Department Inspector General opened a review.")
    assert not any(kind == "Person" for kind in found.values())


# --- a determiner, a name and its head noun -----------------------------------------------------


def test_a_name_before_an_event_team_model_or_benchmark_noun():
    found = typed_names("At its Lumora conference in Austin, the firm showed new glasses.")
    assert found.get("Lumora") == "Event"
    found = typed_names("The model was built by the company's Tessel research team.")
    assert found.get("Tessel") == "Organization"
    found = typed_names("The studio trained the Vireo video model on licensed films.")
    assert found.get("Vireo") == "AIModel"
    found = typed_names("It said the company's Calyx.AI software suite saved months.")
    assert found.get("Calyx.AI") == "Product"
    found = typed_names("Its model topped the PRISM9 structure-prediction assessment.")
    assert found.get("PRISM9") == "Benchmark"


def test_a_head_noun_that_opens_a_longer_noun_types_nothing():
    found = typed_names("Fans praised the Tessel team effort this season.")
    assert found.get("Tessel") != "Organization"


def test_a_name_after_a_noun_and_called_or_known_as():
    found = typed_names("A knowledge test known as VKQA will be one of the yardsticks.")
    assert found.get("VKQA") == "Benchmark"
    found = typed_names("Its generative chemistry engine, Moleva9, proposes structures.")
    assert found.get("Moleva9") == "Product"


# --- company nouns -----------------------------------------------------------------------------


def test_plural_company_nouns_before_a_list_of_names():
    found = typed_names("The frames come from fashion labels Orsolo Vanti and Pell Brant.")
    assert found.get("Orsolo Vanti") == "Organization"
    assert found.get("Pell Brant") == "Organization"


def test_investors_before_a_name_leave_its_type_open():
    found = typed_names("The round drew investors Peter Vance and others.")
    assert found.get("Peter Vance") != "Organization"


def test_a_biotech_in_an_apposition_is_a_company():
    found = typed_names("It signed a pact with Corvanta, a new U.S. biotech based in Boston.")
    assert found.get("Corvanta") == "Organization"


def test_courts_are_bodies():
    found = typed_names("The Hangzhou Internet Court ruled against the app maker.")
    assert found.get("Hangzhou Internet Court") == "Organization"


def test_a_one_word_source_before_a_comma_is_a_body():
    found = typed_names("Tuy vậy, theo Stellametrics, thị phần của trình duyệt vẫn tăng.", "vi")
    assert found.get("Stellametrics") == "Organization"
    found = typed_names("According to Quantara, shipments rose ten percent.")
    assert found.get("Quantara") == "Organization"


def test_a_source_that_is_a_persons_surname_is_no_body():
    found = typed_names("Jane Trovell spoke at the fair. According to Trovell, sales fell.")
    assert "Trovell" not in found


# --- Vietnamese -------------------------------------------------------------------------------


def test_a_district_noun_before_a_place():
    found = typed_names("Văn phòng của hãng nằm ở quận Hòa Xuân Tây của thành phố.", "vi")
    assert found.get("Hòa Xuân Tây") == "Location"


def test_a_pointed_noun_and_la_name_a_product():
    found = typed_names(
        "Hệ thống đọc phim chụp. Phần mềm này là Radix, do Zorvia phát triển.", "vi"
    )
    assert found.get("Radix") == "Product"
    found = typed_names("Người đứng sau là Nguyễn Văn Tường, kỹ sư cũ.", "vi")
    assert found.get("Nguyễn Văn Tường") != "Product"


def test_an_apposition_after_the_owner_speaks_of_the_name():
    found = typed_names(
        "Đối thủ lớn nhất là Velocity của Google, trình duyệt chiếm 70% thị phần.", "vi"
    )
    assert found.get("Velocity") == "Product"


def test_a_vietnamese_place_before_a_foreign_name_is_an_adjective():
    found = typed_names("Anh Lê Văn Khoa, kỹ sư của startup Hà Nội Lumio Labs, nhận định.", "vi")
    assert found.get("Lumio Labs") == "Organization"
    assert "Hà Nội Lumio Labs" not in found


def test_a_company_and_its_brand_in_brackets_are_one():
    text = "Nhân viên của Công ty CP Dữ liệu Sông Mây (Maydata) gán nhãn ảnh. Maydata cho biết vậy."
    found = typed_names(text, "vi")
    assert found.get("Maydata") == "Organization"
    assert "CP Dữ" not in found and "Sông Mây" not in found


def test_initials_joined_by_a_hyphen_name_the_same_ministry():
    assert "Bộ KH-CN" in variants("Bộ KH&CN")
    found, _ = found_in("Bộ GD-ĐT đang hoàn thiện khung nội dung AI cho học sinh.", "vi")
    assert found.get("vietnam-moet") == "Organization"


# --- programmes named in quotes -------------------------------------------------------------------


def test_a_programme_named_in_quotes_after_its_noun():
    found = typed_names(
        'Tỉnh này theo đuổi dự án "Bắc Vân Nam Điện" để xây trung tâm dữ liệu.', "vi"
    )
    assert found.get("Bắc Vân Nam Điện") == "Policy"
    found = typed_names('The council launched the "Compute Bridge" initiative last year.')
    assert found.get("Compute Bridge") == "Policy"


def test_a_quoted_phrase_in_lower_case_is_no_programme():
    found = typed_names('Tỉnh này theo đuổi dự án "xanh hóa" trong năm nay.', "vi")
    assert not any(kind == "Policy" for kind in found.values())


# --- acronyms ----------------------------------------------------------------------------------


def test_an_acronym_after_a_vietnamese_union():
    found = typed_names("Quỹ được đặt tại Liên đoàn Kỹ sư Miền Tây (LKMT) ở Cần Thơ.", "vi")
    assert found.get("LKMT") == "Organization"


def test_an_acronym_of_a_name_opening_with_its_place():
    found = typed_names(
        "Tại đây, Guizhou-Stream Data Works (GSDW) vận hành trung tâm dữ liệu.", "vi"
    )
    assert found.get("GSDW") == "Organization"
    found = typed_names("Memory makers use Stacked Wide Memory (SWM) in servers.")
    assert found.get("SWM") != "Organization"


# --- name boundaries and what is no name -------------------------------------------------------


def test_a_qualifying_compound_ends_no_name():
    assert adjectival("Nvidia Blackwell-generation") and not adjectival("Park Ji-min")
    found = typed_names("Sales of 5,000 Zephra Orion-class chips were approved.")
    assert "Zephra Orion-class" not in found


def test_a_head_noun_or_an_adverb_alone_is_no_name():
    found = typed_names(
        "Phone chips pull in the same direction\n\nInside, the glasses pair two chips."
    )
    assert not found
    found = typed_names("Two chips, one frame\n\nThe design is new.")
    assert not found


def test_a_company_read_only_inside_another_name_is_no_party():
    found, facts = found_in("Amazon Web Services said it would invest $5 billion.")
    assert "amazon" not in found
    found, facts = found_in("Amazon said its unit Amazon Web Services would invest.")
    assert ("aws", "PART_OF", "amazon") in facts


def test_a_chip_family_beside_its_code_is_that_chip():
    found, _ = found_in("Nvidia will ship 18,000 of its GB300 Grace Blackwell chips to the firm.")
    assert "nvidia-gb300" in found and "nvidia-gb200" not in found


def test_a_software_licence_names_no_body():
    found, _ = found_in("The lab released the weights under the permissive MIT licence.")
    assert "mit" not in found
    found, _ = found_in("MIT researchers said the weights are open.")
    assert "mit" in found


# --- lists of places ----------------------------------------------------------------------------


def test_a_long_list_of_places_types_its_other_members():
    found = typed_names("The firm has offices in Paris, Berlin, Madrid and Velmora.")
    assert found.get("Velmora") == "Location"
    found = typed_names("Nhà máy đặt ở Hà Nội, Đà Nẵng, Cần Thơ và Vĩnh Tường Đông.", "vi")
    assert found.get("Vĩnh Tường Đông") == "Location"


def test_a_place_and_one_name_make_no_list_of_places():
    found = typed_names("The startup works in Paris and Velmora Labs.")
    assert found.get("Velmora Labs") != "Location"
