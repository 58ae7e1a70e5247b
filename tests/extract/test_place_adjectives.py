"""Places stage: adjectives that look like toponyms, the nationality that picks a homonym,
continents and regions, work and competition titles, the lists of non-MENA provinces."""

from __future__ import annotations

import pytest

from tests.extract.test_places import places, spans


@pytest.mark.parametrize("text, absent", [
    pytest.param("أغلقت المعابر المتاخمة للحدود السعودية أمس", "السعودية", id="lam-article-noun-then-nisba"),
    pytest.param("وقع الانفجار في منطقة جازان السعودية صباحا", "السعودية", id="nisba-after-a-place-name"),
    pytest.param("قالت الشرطة إن جنديا روسيا أصيب في الحادث", "روسيا", id="accusative-noun-then-country-in-a"),
    pytest.param("وأكدت الصحيفة أن مقاتلاً بريطانياً انضم إلى التنظيم", "بريطانياً", id="tanween-on-country"),
    pytest.param("التقيت طالبا إفريقياً في الجامعة", "إفريقياً", id="tanween-on-continent"),
    pytest.param("وصلت المساعدات إلى صنعاء ومحافظات شمالية أخرى", "شمالية", id="indefinite-direction-adjective"),
    pytest.param("اشتباكات في مدينة بيلوكي الكردية جنوب شرق تركيا", "الكردية", id="unknown-town-then-adjective"),
    pytest.param("عرضت مسرحية «مدغشقر» في القاهرة", "مدغشقر", id="title-of-a-play"),
    pytest.param("تأهل الفريق إلى نهائي كأس آسيا", "آسيا", id="competition-name"),
    pytest.param("فاز النادي بلقب دوري أبطال أفريقيا", "أفريقيا", id="champions-league-name"),
])
def test_adjectives_and_titles_are_not_places(text, absent):
    assert absent not in spans(text)


@pytest.mark.parametrize("text, present", [
    pytest.param("وحث الوزير داعيا تركيا الى التهدئة", "تركيا", id="participle-governs-the-country"),
    pytest.param("وزار الوفد مؤخرا تركيا لبحث الأزمة", "تركيا", id="adverb-before-the-country"),
    pytest.param("قالت الخارجية إن السعودية ترفض التدخل", "السعودية", id="country-as-subject"),
    pytest.param("العاصمة السورية دمشق تشهد هدوءا", "دمشق", id="head-nationality-name"),
    pytest.param("قصفت طائرات مواقع في حلب الشرقية", "حلب", id="direction-adjective-after-a-city"),
])
def test_countries_and_places_beside_adjectives_stay(text, present):
    assert present in spans(text)


@pytest.mark.parametrize("text, country", [
    pytest.param("انفجرت قنبلة قرب مركز للشرطة في إقليم البنجاب الهندي", "IN", id="indian-punjab"),
    pytest.param("قتل جنديان في إقليم البنجاب شرق باكستان", "PK", id="pakistani-punjab"),
])
def test_nationality_after_a_name_picks_the_homonym(text, country):
    found = [p for p in places(text) if "البنجاب" in p.span.text]
    assert found and found[0].country == country


@pytest.mark.parametrize("text, name, country, level", [
    pytest.param("أعلنت الشرطة الهندية حظر التجول في ولاية آسام", "آسام", "IN", "admin1", id="indian-state"),
    pytest.param("سقطت مروحية في منطقة أبوت آباد شمال باكستان", "أبوت آباد", "PK", "city", id="kp-district-seat"),
    pytest.param("وقعت الحادثة في إقليم خيبر بختونخواه الباكستاني", "خيبر بختونخواه", "PK", "admin1",
                 id="kp-spelling-with-final-ha"),
    pytest.param("هاجم مسلحون بلدة أمشيدي في شمال الكاميرون", "أمشيدي", "CM", "city", id="far-north-cameroon"),
    pytest.param("تدفق المهاجرون من أفريقيا نحو السواحل", "أفريقيا", "ZZ", "region", id="continent"),
    pytest.param("يسعى للوصول إلى أوروبا عبر البحر", "أوروبا", "ZZ", "region", id="continent-europe"),
    pytest.param("انتشرت المسيحية في بلاد الشام قديما", "بلاد الشام", "ZZ", "region", id="levant"),
])
def test_regions_and_provinces_outside_mena(text, name, country, level):
    found = [p for p in places(text) if p.span.text == name]
    assert found, spans(text)
    assert (found[0].country, found[0].level) == (country, level)


@pytest.mark.parametrize("text, present", [
    pytest.param("قصفت الطائرات مواقع في ذمار وإب أمس", True, id="two-letter-province-after-waw"),
    pytest.param("وصلت تعزيزات إلى تعز، إب، والحديدة", True, id="two-letter-province-after-comma"),
    pytest.param("قال إب إن الوضع هادئ", False, id="two-letter-name-alone"),
])
def test_two_letter_name_in_a_list_of_places(text, present):
    assert ("إب" in spans(text)) == present


@pytest.mark.parametrize("text, name, lat, lon", [
    pytest.param("انفجرت عبوة ناسفة في حي اليرموك غربي بعقوبة", "اليرموك", 33.75, 44.64, id="quarter-with-direction"),
    pytest.param("سقطت قذائف على دمشق. واستهدف القصف حي جوبر صباحا", "جوبر", 33.51, 36.29,
                 id="quarter-of-the-city-named-before"),
    pytest.param("انفجرت عبوة ناسفة بحي الزهور، وشهدت مدينة العريش إجراءات أمنية مشددة في مصر", "الزهور",
                 31.13, 33.80, id="quarter-whose-only-namesake-lies-abroad"),
    pytest.param("سقطت قذائف على مدينة العريش في سيناء المصرية. وانفجرت عبوة في حي الزهور صباحا", "الزهور",
                 31.13, 33.80, id="quarter-abroad-namesake-city-named-before"),
])
def test_quarter_is_placed_in_its_city(text, name, lat, lon):
    found = [p for p in places(text) if p.span.text == name]
    assert found, spans(text)
    assert abs(found[0].lat - lat) < 0.1 and abs(found[0].lon - lon) < 0.1


@pytest.mark.parametrize("text, name, present", [
    pytest.param("وتستمر معركة الزبداني منذ أسابيع بين النظام والمعارضة في سوريا", "الزبداني", True,
                 id="battle-of-a-town"),
    pytest.param("وتستمر مناقشة الزبداني منذ أسابيع بين النظام والمعارضة في سوريا", "الزبداني", False,
                 id="no-event-noun-no-cue"),
    pytest.param("وتبنى التنظيم تفجير الدالوة في السعودية العام الماضي", "الدالوة", True, id="bombing-of-a-village"),
])
def test_event_noun_before_a_village_is_a_cue(text, name, present):
    assert (name in spans(text)) == present


@pytest.mark.parametrize("text, absent", [
    pytest.param("ربط المسلحون أحزمة ناسفة حول الدجاج في سوريا", "الدجاج", id="animal-noun"),
    pytest.param("تلقى تهديدا بالتصفية بعد عودته إلى العراق", "التصفية", id="verbal-noun-taf3iya"),
    pytest.param("هذا مصير من سار على نهج التنظيم في العراق", "سار", id="verb-after-relative-man"),
])
def test_ordinary_words_after_a_cue_are_not_places(text, absent):
    assert absent not in spans(text)


def test_district_is_placed_at_its_seat_town():
    found = [p for p in places("اندلعت اشتباكات في قضاء تلعفر غرب الموصل في العراق") if p.span.text == "تلعفر"]
    assert found and abs(found[0].lat - 36.38) < 0.1  # the town, not the district's centroid


@pytest.mark.parametrize("text, lat", [
    pytest.param("خرجوا من مدينة اعزاز إلى مقرهم في قرية المالكية القريبة عندما أوقفهم حاجز", 36.54,
                 id="near-the-place-named-before"),
    pytest.param("وصلوا إلى قرية المالكية في ريف الحسكة", 37.18, id="no-near-adjective"),
])
def test_near_adjective_links_to_the_place_before(text, lat):
    found = [p for p in places(text) if p.span.text == "المالكية"]
    assert found and abs(found[0].lat - lat) < 0.1


@pytest.mark.parametrize("text, absent", [
    pytest.param("يأمل الفريق أن يحقق مركز متقدم في بطولة الدوري", "متقدم", id="title-head-places-nothing"),
    pytest.param("أصدر عدد من المشايخ في محافظة الأحساء بيانا", "المشايخ", id="people-noun"),
])
def test_no_guess_or_place_from_titles_and_people_nouns(text, absent):
    assert absent not in spans(text)


@pytest.mark.parametrize("text, present", [
    pytest.param("وقال قائد محور مخمور والكوير، علي حسين، إن القوات تقدمت", False, id="man-named-like-a-village"),
    pytest.param("اقتحمت القوات قرية علي حسين قرب مخمور", True, id="village-after-a-strong-head"),
])
def test_two_given_names_are_a_person_unless_headed(text, present):
    assert ("علي حسين" in spans(text)) == present


@pytest.mark.parametrize("text, name, present", [
    pytest.param("انتقد الخطاط التونسي عامر بن جدو الحركة الفنية", "جدو", False, id="name-after-bin"),
    pytest.param("وتشهد عدة مدن يمنية مواجهات مسلحة في اليمن", "يمنية", False, id="indefinite-nationality-after-head"),
    pytest.param("يسيطر التنظيم على ناحية الصينية غربها في العراق", "الصينية", True, id="definite-name-after-strong-head"),
    pytest.param("قصف الطيران مدينة اللاذقية، صباح السبت", "صباح", False, id="time-word-does-not-take-the-list-head"),
    pytest.param("الفرق بين الحركة في مدينة الرياض وباقي المدن", "باقي", False, id="rest-of-does-not-take-the-list-head"),
    pytest.param("تمركز اللواء في منطقة همدان بمحافظة صنعاء، وأن عناصره رفضوا", "وأن", False, id="wa-anna-is-not-van"),
    pytest.param("تسيطر القوات على محافظات عدن ولحج والضالع", "الضالع", True, id="list-head-still-passes-on"),
])
def test_names_of_people_adjectives_and_words_in_lists(text, name, present):
    assert (name in spans(text)) == present


@pytest.mark.parametrize("text, absent", [
    pytest.param("وللكلمة معانٍ كثيرة في اللغة", "معانٍ", id="tanween-kasr-common-noun"),
    pytest.param("وقال المتحدث باسم مديرية الدفاع المدني بمنطقة جازان", "الدفاع", id="directorate-domain"),
])
def test_indefinite_words_and_directorate_domains_are_not_places(text, absent):
    assert absent not in spans(text)


@pytest.mark.parametrize("text, level", [
    pytest.param("فجر انتحاري نفسه في مسجد بالكويت العاصمة", "city", id="capital-word-after-the-name"),
    pytest.param("زار الرئيس الكويت أمس", "country", id="country-alone"),
])
def test_country_named_capital_followed_by_al_asima_is_the_city(text, level):
    found = [p for p in places(text) if p.span.text.startswith("الكويت")]
    assert found and found[0].level == level


def test_list_head_does_not_place_one_item_inside_the_next():
    found = {p.span.text: p for p in places("وقتل مدنيون في قصف بمحافظة تعز والحديدة أمس")}
    assert abs(found["تعز"].lat - 13.58) < 0.2  # Taiz, not placed inside الحديدة's namesake
