"""Aliases, round 9: person names and groups on unseen reports (own sentences, full stages)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    pytest.param("وقال رئيس زامبيا إدغار لونغو إن الانتخابات ستجرى في موعدها. وأضاف لونغو أن المعارضة ترفض الحوار.",
                 {"إدغار لونغو", "لونغو"}, id="country-between-title-and-name-is-no-name"),
    pytest.param("وأدلى رئيس زامبيا إدغار لونغو بصوته صباح الخميس. وتوافد الناخبون على مراكز الاقتراع في الأحياء "
                 "التي تعد معقلا لأنصار لونغو في العاصمة.",
                 {"إدغار لونغو", "لونغو"}, id="surname-after-a-noun-behind-a-preposition"),
    pytest.param("وقال الفريق سالم الكعبي إن الشرطة أوقفت المشتبه بهما. وأضاف الفريق الكعبي أن التحقيق جار.",
                 {"الفريق سالم الكعبي", "الفريق الكعبي"}, id="rank-kept-with-the-full-name-as-with-the-short"),
    pytest.param("واستقبل الأمير سعود بن نايف بن عبدالعزيز أمير المنطقة المعزين. وقال الأمير سعود إن الدولة "
                 "ستعوض المتضررين.", {"الأمير سعود بن نايف بن عبدالعزيز", "الأمير سعود"},
                 id="ruler-title-kept-with-the-full-name"),
    pytest.param("وأكد رئيس المجلس البلدي حاكم وتوت أن السيول أغلقت الطرق. وأضاف وتوت أن فرق الإنقاذ وصلت إلى القرى "
                 "المعزولة.", {"حاكم وتوت", "وتوت"}, id="surname-opening-with-waw-written-twice-as-it-is"),
    pytest.param("وقال العقيد محمد عبدالرحمن القحطاني إن الدوريات انتشرت في الحي. وكان محمد عبد الرحمن القحطاني قد "
                 "أعلن إغلاق الطريق. وأضاف القحطاني أن التحقيق مستمر.",
                 {"محمد عبدالرحمن القحطاني", "محمد عبد الرحمن القحطاني", "القحطاني"},
                 id="particle-written-joined-and-apart-is-one-name"),
])
def test_cluster_found(tagged, text: str, expected: set[str]) -> None:
    assert expected in tagged(text)


@pytest.mark.parametrize("text, name", [
    pytest.param("وتعتقل الشرطة منذ الجمعة خال أحمد سليم عبدالرحمن منفذ الهجوم على المركز. وقال المحامي إن منفذ "
                 "هجوم المركز لم يكن معروفا.", "منفذ", id="perpetrator-noun-after-a-name-is-no-surname"),
    pytest.param("وبعد الصلاة يجتمع علي وجبة الإفطار مع الأهالي، وهي عبارة عن وجبة من التمر والقهوة.", "وجبة",
                 id="noun-opening-with-waw-in-ta-marbuta-is-no-surname"),
    pytest.param("وفي المجموعة السادسة حافظ باريس سان جيرمان على صدارته للمجموعة. ترتيب المجموعة السادسة: 1- باريس "
                 "سان جيرمان (فرنسا): 7 نقاط 2- أياكس (هولندا): 5 نقاط", "سان جيرمان",
                 id="foreign-word-opening-with-ba-is-no-preposition"),
])
def test_no_such_name(tagged, text: str, name: str) -> None:
    assert not any(name in c for c in tagged(text))
