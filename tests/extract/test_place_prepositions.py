"""A preposition that folds into a given name (على → علي, إن/أن → ان) makes no surname of the place after it."""

import pytest

from tests.extract.test_places import spans


@pytest.mark.parametrize("text, name, count", [
    pytest.param("وسيطرت القوات على الرمادي بعد معارك عنيفة. وقال مسؤول إن الرمادي باتت آمنة.", "الرمادي", 2,
                 id="ala-then-inna"),
    pytest.param("شنت الطائرات غارات على اللاذقية. وقالت مصادر إن اللاذقية تعرضت لقصف.", "اللاذقية", 2,
                 id="ala-iyya-name"),
    pytest.param("وأكد أن الرمادي محاصرة منذ أيام بعد هجوم على مدينة الرمادي.", "الرمادي", 2, id="anna"),
    pytest.param("قال علي الرمادي إن الوضع صعب.", "الرمادي", 0, id="given-name-ali-keeps-surname"),
])
def test_place_after_preposition(text, name, count):
    assert spans(text).count(name) == count, spans(text)


@pytest.mark.parametrize("text, name, count", [
    pytest.param("قصفت الطائرات مدينة الزبداني أمس. وألقت المروحيات البراميل على الزبداني، ما أوقع قتلى.",
                 "الزبداني", 2, id="nisba-shaped-town-seen-with-a-head"),
    pytest.param("وزار المسؤول منطقة الشرقية أمس، وقال إن أمانة الشرقية تعمل.", "الشرقية", 1,
                 id="direction-adjective-needs-evidence-each-time"),
])
def test_nisba_shaped_town_named_before(text, name, count):
    assert spans(text).count(name) == count, spans(text)
