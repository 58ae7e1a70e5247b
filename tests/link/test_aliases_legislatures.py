"""A country's legislature named by the common noun (البرلمان, with or without the country's adjective)
and by its chamber's name (مجلس النواب): one body when the article names one chamber."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    pytest.param("وصوت البرلمان الأردني على القانون بالأغلبية. وقال نائب إن البرلمان سيعقد جلسة أخرى.",
                 {"البرلمان الأردني", "البرلمان"}, id="parliament-alone"),
    pytest.param("ودعا رئيس مجلس النواب اللبناني الكتل إلى الحوار. وقال مصدر في البرلمان اللبناني إن "
                 "الجلسة تأجلت. وأضاف أن البرلمان لن ينعقد قبل الشهر المقبل.",
                 {"مجلس النواب اللبناني", "البرلمان اللبناني", "البرلمان"}, id="chamber-and-parliament"),
    pytest.param("وأعلن مجلس الشعب السوري موعد الجلسة. وقال عضو في البرلمان إن الموعد نهائي.",
                 {"مجلس الشعب السوري", "البرلمان"}, id="chamber-then-bare-word"),
])
def test_one_legislature(tagged, text: str, expected: set[str]) -> None:
    assert any(expected <= c for c in tagged(text))


@pytest.mark.parametrize("text", [
    pytest.param("ودعا رئيس مجلس النواب الأمريكي إلى التصويت. وقال رئيس البرلمان الأوروبي إن القرار خاطئ.",
                 id="two-countries"),
    pytest.param("وأقر مجلس النواب المشروع. ورفضه مجلس الشيوخ. وقال نائب إن البرلمان منقسم.",
                 id="two-chambers"),
])
def test_two_legislatures(tagged, text: str) -> None:
    assert not any({"مجلس النواب", "مجلس النواب الأمريكي"} & c and {"البرلمان", "البرلمان الأوروبي"} & c
                   for c in tagged(text))
