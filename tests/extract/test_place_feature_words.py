"""Feature words that name a town's landmark or a mountain road (features.tsv: دوار "roundabout",
عقبة "mountain pass"): the feature and the word after it are a place the gazetteer lacks, placed at
the town its sentence names; "عند" before a feature word locates it (guess.yaml feature_cues)."""

from tests.extract.test_places import places


def _by_span(text):
    return {p.span.text: p for p in places(text)}


def test_a_roundabout_after_inda_is_placed_at_its_town():
    ps = _by_span("قتل الضابط عند دوار الأزهري بمدينة اللاذقية ليلة السبت.")
    assert "دوار الأزهري" in ps and ps["دوار الأزهري"].country == "SY"
    assert abs(ps["دوار الأزهري"].lat - ps["اللاذقية"].lat) < 0.2


def test_a_mountain_pass_is_a_place():
    ps = _by_span("دمرت طائرات التحالف رتلا عسكريا للمتمردين في عقبة ثرة قرب مديرية لودر بمحافظة أبين.")
    assert "عقبة ثرة" in ps and ps["عقبة ثرة"].country == "YE"


def test_the_word_obstacle_is_no_place():
    assert all("عقبة" not in p.span.text for p in places("وقال الوزير في صنعاء إن العقبة الأساسية هي السلاح."))


def test_ala_before_a_feature_word_changes_nothing():
    ps = _by_span("سيطرت المقاومة على مثلث العند القريب من القاعدة في لحج.")
    assert "العند" in ps and ps["العند"].name == "Al-Anad Air Base"


def test_a_feature_word_after_a_place_head_opens_the_name():
    # "منطقة وادي X": the head names the feature, whose name the gazetteer lacks (its last letters
    # ني are no pronoun: a word with the article takes none)
    ps = _by_span("وتدور اشتباكات في منطقة وادي الحسيني القريبة من مدينة الحوطة بمحافظة لحج.")
    assert "وادي الحسيني" in ps and ps["وادي الحسيني"].country == "YE"
    assert abs(ps["وادي الحسيني"].lat - ps["الحوطة"].lat) < 0.2



def test_a_name_after_a_head_may_begin_with_a_preposition_letter():
    # "معسكر لبوزة": a noun in construct takes its genitive bare, so ل is the name's own first letter
    ps = _by_span("وتدور معارك عنيفة في معسكر لبوزة بمحافظة لحج منذ يومين.")
    assert "لبوزة" in ps and ps["لبوزة"].country == "YE"


def test_a_preposition_phrase_on_a_head_is_no_name():
    # "معسكر لقوات الأمن": a definite word follows, the preposition opens a phrase on the head
    assert all("لقوات" not in p.span.text for p in places("ووصلت التعزيزات إلى معسكر لقوات الأمن في محافظة لحج."))


def test_an_instrument_after_a_definite_head_with_lil_is_no_name():
    assert all("بصواريخ" not in p.span.text
               for p in places("وقصفت القوات الحي المجاور للمخيم بصواريخ جراد في محافظة درعا."))


def test_the_feature_word_after_a_head_is_no_place_of_its_own():
    spans = [p.span.text for p in places("وقتل جنديان في هجوم على حاجز بمنطقة دوار الزيتون جنوب مدينة رفح.")]
    assert "دوار الزيتون" in spans and "دوار" not in spans


def test_a_head_with_lil_is_definite_and_names_nothing_after_it():
    # "للمدينة": ل before the article (its alef unwritten), so an adjective follows, not a name
    assert all("المثخنة" not in p.span.text
               for p in places("وقال مسؤول في عدن إن القافلة جاءت عونا للمدينة المثخنة بجراح الحرب."))
