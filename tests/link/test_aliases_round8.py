"""Aliases, round 8: person names on unseen reports (own sentences, full stages)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    pytest.param("ونقلت الصحيفة عن عز الدين أوزتورك، حاكم الولاية، أن الشرطة عثرت على الجثتين. وأوضح أوزتورك "
                 "أن التحقيق مستمر.", {"عز الدين أوزتورك", "أوزتورك"}, id="compound-given-name-in-din"),
    pytest.param("وقال المتحدث باسم البنتاغون جيف ماكين إن الغارة استهدفت القيادي. وأشار ماكين إلى أن "
                 "الهجوم نجح.", {"جيف ماكين", "ماكين"}, id="foreign-given-name"),
    pytest.param("وقتل جنود من القوات الموالية للرئيس اليمني عبد ربه منصور هادي في هجوم. وكانت الكتيبة أعلنت "
                 "ولاءها للرئيس هادي في عدن.", {"عبد ربه منصور هادي", "هادي"}, id="surname-after-title-with-lam"),
    pytest.param("وذكرت وكالة دوغان للأنباء أن انفجارا وقع قرب مركز للشرطة. وأضافت دوغان أن شرطيين أصيبا.",
                 {"وكالة دوغان للأنباء", "دوغان"}, id="news-agency-and-its-short-name"),
    pytest.param("وأعلنت وكالة أنباء الأناضول أن جنديين قتلا. وقتل شرطي في هجوم آخر بحسب الأناضول.",
                 {"وكالة أنباء الأناضول", "الأناضول"}, id="news-agency-written-with-anba"),
    pytest.param("وقال وزير الخارجية الأمريكي جون كيري إن المحادثات مستمرة. وأكد الوزير كيري أن الاتفاق قريب. "
                 "وقال كيري إن الوفود ستلتقي.",
                 {"جون كيري", "كيري"}, id="civil-title-stays-out-of-the-short-form"),
    pytest.param("وقال العميد أحمد الزهراني إن القوات صدت الهجوم. وأضاف العميد الزهراني أن المعارك مستمرة.",
                 {"العميد أحمد الزهراني", "العميد الزهراني"}, id="rank-is-written-with-the-short-form"),
    pytest.param("وقال وزير الخارجية الأمريكي جون كيري إن المحادثات مستمرة. وأضاف كيري أن الاتفاق قريب.",
                 {"جون كيري", "كيري"}, id="surname-opening-like-a-proclitic-written-twice"),
    pytest.param("ونقل أمير المنطقة تعازي خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود لذوي الضحايا.",
                 {"خادم الحرمين الشريفين", "الملك سلمان بن عبدالعزيز آل سعود"}, id="office-epithet-in-apposition"),
    pytest.param("وأكد أن توجيهات الملك سلمان بن عبدالعزيز آل سعود تقضي بدعم الأسر. وقال إن خادم الحرمين الشريفين "
                 "الملك سلمان بن عبدالعزيز آل سعود وجه بذلك.",
                 {"خادم الحرمين الشريفين", "الملك سلمان بن عبدالعزيز آل سعود"},
                 id="name-after-the-same-title-elsewhere-keeps-it-too"),
])
def test_cluster_found(tagged, text: str, expected: set[str]) -> None:
    assert expected in tagged(text)


@pytest.mark.parametrize("text, name", [
    pytest.param("وقال رجل الدين أحمد سالم إن المسجد أغلق. وأضاف سالم أن الصلاة علقت.", "رجل الدين أحمد سالم",
                 id="cleric-is-no-compound-name"),
    pytest.param("وقتل جنود في هجوم، وحمل مصدر عسكري تنظيم القاعدة المسؤولية. وقال المصدر إن تنظيم القاعدة "
                 "ينشط في المنطقة.", "تنظيم القاعدة المسؤولية", id="claimed-responsibility-is-no-adjective"),
    pytest.param("1984 - وفاة الممثل البريطاني جون ريتشاردز (ولد في1909). وكان ريتشاردز ممثلا.", "ولد في1909",
                 id="year-in-parentheses-is-no-name"),
    pytest.param("وقصف الجيش السوري بلدات في الريف الشرقي. واتهمت المعارضة النظام السوري بارتكاب مجزرة.",
                 "النظام السوري", id="the-regime-is-no-name-of-its-army"),
    pytest.param("ودعا إلى حل سلمي بروح وطنية، وطالب الأطراف بالعمل وبروح المسؤولية.", "سلمي بروح",
                 id="preposition-and-noun-written-twice-is-no-surname"),
    pytest.param("وترأس نائب خادم الحرمين الشريفين الأمير محمد بن نايف جلسة مجلس الوزراء.",
                 "خادم الحرمين الشريفين", id="epithet-without-its-title-after-it"),
    pytest.param("فقد استنكر نائب رئيس مجلس الأمة الكويتي مبارك الحمدان التفجير الإرهابي الذي تعرض له المسجد. "
                 "وطالب العلماء بمحاربة فكر التكفير والتفجير بمختلف الوسائل.", "التفجير",
                 id="definite-verbal-noun-is-no-surname"),
])
def test_no_such_name(tagged, text: str, name: str) -> None:
    assert not any(name in c for c in tagged(text))
