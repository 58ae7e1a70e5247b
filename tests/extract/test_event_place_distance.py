"""An event placed at a reference point that a distance and a direction measure from ("على بعد 50
كيلومترا شمالي مدينة Y") lies that far from it: its coordinates move (event_places._measured_point,
event_merge.best_place); the toponym itself keeps its own (the places stage is untouched)."""

from __future__ import annotations

from khabar.doc import Article
from khabar.pipeline import Pipeline


def _run(text):
    return Pipeline().run(Article(id="t", text=text))


def test_an_attack_fifty_km_north_of_a_town_is_placed_north_of_it():
    doc = _run("وقال الجيش إن المسلحين هاجموا أمس نقطة عسكرية قرب قرية صغيرة على بعد 50 كيلومترا شمالي "
               "مدينة ماريوبول.")
    town = next(p for p in doc.places if p.span.text == "ماريوبول")
    ev = next(e for e in doc.events if e.place is not None)
    assert 0.4 < ev.place.lat - town.lat < 0.5 and abs(ev.place.lon - town.lon) < 0.01
    assert town.lat < 47.2  # the toponym keeps its own point


def test_miles_east_are_converted():
    doc = _run("قتل ثلاثة جنود في هجوم على قافلة عسكرية على بعد 40 ميلا شرق مدينة تمبكتو صباح الأحد.")
    town = next(p for p in doc.places if p.span.text == "تمبكتو")
    ev = next(e for e in doc.events if e.place is not None)
    assert 0.55 < ev.place.lon - town.lon < 0.75 and abs(ev.place.lat - town.lat) < 0.01


def test_a_short_distance_leaves_the_town():
    doc = _run("قتل ثلاثة جنود في هجوم على قافلة عسكرية على بعد 5 كيلومترات شرق مدينة تمبكتو صباح الأحد.")
    town = next(p for p in doc.places if p.span.text == "تمبكتو")
    ev = next(e for e in doc.events if e.place is not None)
    assert (ev.place.lat, ev.place.lon) == (town.lat, town.lon)


def test_a_clash_in_the_northern_countryside_of_a_province_is_north_of_its_capital():
    doc = _run("ودارت اشتباكات عنيفة ليلة أمس بين الفصائل المقاتلة وعناصر التنظيم في ريف حلب الشمالي.")
    capital = next(p for p in doc.places if p.span.text == "حلب")
    ev = next(e for e in doc.events if e.place is not None)
    assert 0.2 < ev.place.lat - capital.lat < 0.35 and abs(ev.place.lon - capital.lon) < 0.01
