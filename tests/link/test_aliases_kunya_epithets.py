"""A kunya in its three cases (أبو سياف، أبي سياف، أبا سياف، أبوسياف) is one man; a woman's kunya after a
cue (المعروفة باسم أم سياف) is her name; a group has no kunya (قائد الكتيبة المكنى بـ …); the Prophet's
epithets (رسول الله، النبي، الرسول، رسول الرحمة) are one person, another prophet after النبي is not him;
a blessing after a name (رضي الله عنه) is no part of it; an acronym written with dots (د.ب.أ) is found;
الوكالة with two agencies named is the one named last before it (the other not named just before) when every
occurrence agrees."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    pytest.param("قتل القيادي أبو صهيب في غارة أمريكية. وقال مسؤول إن أبا صهيب كان يدير تهريب النفط، "
                 "وإن زوجة أبي صهيب اعتقلت. وكان أبوصهيب قد فر من الموصل.",
                 {"أبو صهيب", "أبا صهيب", "أبي صهيب", "أبوصهيب"}, id="kunya-three-cases-and-joined"),
    pytest.param("وكانت سلمى خالد حسن المعروفة باسم أم صهيب قد اعتقلت مع زوجها.",
                 {"سلمى خالد حسن", "أم صهيب"}, id="mother-kunya-after-cue"),
    pytest.param("وقال الشيخ في خطبته إن رسول الله صلى الله عليه وسلم نهى عن الغلو، وإن النبي كان رحيما "
                 "بأمته، وإن رسول الرحمة عفا عن أهل مكة.",
                 {"رسول الله", "النبي", "رسول الرحمة"}, id="prophet-epithets"),
])
def test_cluster_found(tagged, text, expected):
    assert expected in tagged(text)


@pytest.mark.parametrize("text, name", [
    pytest.param("وقتل قائد كتيبة النخبة الجبلية المكنى بأبي حمزة الساحلي في المعارك.",
                 "كتيبة النخبة الجبلية", id="group-has-no-kunya"),
    pytest.param("فجر التنظيم مرقد النبي يونس في الموصل. وقال الخطيب إن الرسول صلى الله عليه وسلم نهى "
                 "عن هدم المساجد.", "النبي يونس", id="another-prophet"),
])
def test_no_cluster(tagged, text, name):
    assert not any(name in c for c in tagged(text))


def test_a_blessing_is_no_name(tagged):
    text = ('وقتل المتمردون الخليفة "عثمان بن عفان" رضي الله عنه في داره. ثم اتفق الخليفة علي رضي الله '
            'عنه ومعاوية على التحكيم.')
    assert not any("رضي" in name for c in tagged(text) for name in c)


def test_a_dotted_acronym_is_the_agency(tagged):
    text = "وقالت مصادر محلية لوكالة الأنباء الألمانية (د.ب.أ)، إن سلسلة غارات استهدفت مواقع المسلحين."
    assert {"وكالة الأنباء الألمانية", "د.ب.أ"} in tagged(text)


def test_the_agency_is_the_one_named_last(tagged):
    text = ("قال مصدر عسكري لوكالة رويترز إن الهجوم صد. وتشهد المنطقة منذ أسابيع معارك عنيفة بين القوات "
            "الحكومية وفصائل المعارضة المسلحة التي تحاول السيطرة على الطريق الدولي الذي يربط المدينة بالساحل، "
            "فيما تتواصل الغارات الجوية على القرى المحيطة بها وسط نزوح مئات العائلات نحو المخيمات القريبة من "
            "الحدود التركية، حيث تعاني من نقص حاد في المواد الغذائية والأدوية ومياه الشرب مع اقتراب فصل الشتاء. "
            "وذكرت الوكالة العربية السورية للأنباء (سانا) أن الجيش تقدم. وأضافت الوكالة أن عشرة مسلحين قتلوا.")
    assert any({"الوكالة", "سانا"} <= c for c in tagged(text))


def test_an_agency_head_pointing_back_to_two_agencies_is_left_out(tagged):
    text = ("وذكرت وكالة الأنباء الألمانية أن الهجوم صد، وأضافت الوكالة أن القتلى ثلاثة. ونقلت وكالة رويترز "
            "عن مسؤول أن الهجوم فشل، وقالت الوكالة إن المسلحين فروا.")
    assert not any("الوكالة" in c for c in tagged(text))
