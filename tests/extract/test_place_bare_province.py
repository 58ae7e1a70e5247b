"""A list of villages followed by a province's bare name after a preposition ("بصعدة", "في صعدة") is
placed in that province, as it is by "بمحافظة صعدة": each item with a homonym there is a place."""

import pytest

from tests.extract.test_places import places


@pytest.mark.parametrize("text, names, admin1", [
    pytest.param("وقصفت المدفعية حيدان وساقين في صعدة.", ("حيدان", "ساقين"), "Sadah",
                 id="separate-preposition"),
    pytest.param("وشنت الطائرات غارات على مران وحيدان وساقين بصعدة.", ("حيدان", "ساقين"), "Sadah",
                 id="clitic-preposition"),
    pytest.param("وقصفت المدفعية حيدان في صعدة.", ("حيدان",), "Sadah", id="single-item"),
])
def test_list_before_a_bare_province_is_placed_there(text, names, admin1):
    ps = {p.span.text: p for p in places(text)}
    for name in names:
        assert name in ps and ps[name].admin1 == admin1, [(p.span.text, p.admin1) for p in places(text)]
