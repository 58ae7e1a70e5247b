"""The compiled vocabulary and patterns of the times stage (see :mod:`khabar.extract.times`).

Reads the data files of ``lang/ar/times/`` (weekdays.tsv, relative.tsv, units.tsv, numbers.tsv,
parts.tsv, cues.tsv, months.yaml) once, folds every form with :func:`normalize_form`, and builds the
regular expressions of each family of expressions. Nothing here is Arabic: all words come from data.

Example::

    >>> lex = lexicon()
    >>> lex.weekday[normalize_form("الجمعة")]
    5
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from khabar.errors import LangDataError
from khabar.lang import load_tsv, load_yaml
from khabar.text.normalize import normalize_form

CONTEXT_LEVELS = ("free", "cue", "strict")


@dataclass(slots=True)
class MonthForm:
    month: int
    calendar: str  # gregorian | hijri
    context: str  # free | cue | strict


@dataclass(slots=True)
class Lexicon:
    weekday: dict[str, int] = field(default_factory=dict)
    rel_day: dict[str, int] = field(default_factory=dict)
    modifier: dict[str, str] = field(default_factory=dict)
    period: dict[str, str] = field(default_factory=dict)
    units: dict[str, tuple[str, int | None]] = field(default_factory=dict)
    cardinal: dict[str, int] = field(default_factory=dict)
    ordinal: dict[str, int] = field(default_factory=dict)
    months: dict[str, MonthForm] = field(default_factory=dict)
    parts: dict[str, str] = field(default_factory=dict)  # form -> kind
    cues: dict[str, frozenset[str]] = field(default_factory=dict)  # kind -> forms
    patterns: tuple[tuple[str, re.Pattern[str]], ...] = ()
    starts: frozenset[str] = frozenset()  # first words of every expression
    proclitics: tuple[str, ...] = ("",)  # "" and the proclitics that may precede one, shortest first
    today_forms: frozenset[str] = frozenset()  # one-word relative days of offset 0 (اليوم)
    year_range_next: re.Pattern[str] | None = None  # " إلى نحو 2008" after the first year of a range

    def cue(self, kind: str) -> frozenset[str]:
        return self.cues.get(kind, frozenset())


def _fold(s: str) -> str:
    return " ".join(normalize_form(s).split())


def alternation(forms, boundary: str = r"(?!\w)", space: str = " +") -> str:
    """A regex alternation of literal forms, longest first, a space in a form matching ``space``
    (any run of spaces)."""
    uniq = sorted({f for f in forms if f}, key=lambda f: (-len(f), f))
    if not uniq:
        return "(?!)"
    return "(?:" + "|".join(re.escape(f).replace(r"\ ", space) for f in uniq) + ")" + boundary


_NO_LETTER = r"(?![^\W\d_])"  # a month name may touch its year: يوليو2015


def _forms(lex: Lexicon, kind: str) -> list[str]:
    return sorted(lex.cue(kind))


def _load() -> Lexicon:
    lex = Lexicon()
    for r in load_tsv("times/weekdays.tsv", ("form", "weekday")):
        lex.weekday[_fold(r["form"])] = int(r["weekday"])
    for r in load_tsv("times/relative.tsv", ("form", "kind", "value")):
        f, k, v = _fold(r["form"]), r["kind"], r["value"]
        if k == "day":
            lex.rel_day[f] = int(v)
        elif k == "modifier":
            lex.modifier[f] = v
        elif k == "period":
            lex.period[f] = v
        else:
            raise LangDataError(f"times/relative.tsv:{r['_line']}: unknown kind {k!r}")
    for r in load_tsv("times/units.tsv", ("form", "unit")):
        lex.units[_fold(r["form"])] = (r["unit"], int(r["count"]) if r.get("count") else None)
    for r in load_tsv("times/numbers.tsv", ("form", "value", "kind")):
        target = lex.ordinal if r["kind"] == "ordinal" else lex.cardinal
        target[_fold(r["form"])] = int(r["value"])
    for r in load_tsv("times/parts.tsv", ("form", "kind")):
        lex.parts[_fold(r["form"])] = r["kind"]
    cues: dict[str, set[str]] = {}
    for r in load_tsv("times/cues.tsv", ("form", "kind")):
        cues.setdefault(r["kind"], set()).add(_fold(r["form"]))
    lex.cues = {k: frozenset(v) for k, v in cues.items()}
    lex.proclitics = ("",) + tuple(sorted(lex.cue("proclitic"), key=len))
    data = load_yaml("times/months.yaml")
    for calendar in ("gregorian", "hijri"):
        for month, forms in (data.get(calendar) or {}).items():
            for entry in forms:
                ctx = entry.get("context", "free")
                if ctx not in CONTEXT_LEVELS or not 1 <= int(month) <= 12:
                    raise LangDataError(f"times/months.yaml: bad entry {entry!r} for month {month}")
                lex.months[_fold(entry["form"])] = MonthForm(int(month), calendar, ctx)
    lex.patterns = _patterns(lex)
    lex.starts = _starts(lex)
    lex.today_forms = frozenset(f for f, v in lex.rel_day.items() if v == 0 and " " not in f)
    lex.year_range_next = re.compile(" *" + alternation(lex.cue("range_to")) + " +(?:" + alternation(lex.cue("approx"))
                                     + " +)?(?:19|20)\\d\\d(?!\\d)")
    return lex


def _parts(lex: Lexicon, *kinds: str) -> list[str]:
    return [f for f, k in lex.parts.items() if k in kinds]


def _patterns(lex: Lexicon) -> tuple[tuple[str, re.Pattern[str]], ...]:
    greg = [f for f, m in lex.months.items() if m.calendar == "gregorian"]
    mon_all = alternation(lex.months, _NO_LETTER)
    gmon = alternation(greg, _NO_LETTER)
    wd = alternation(lex.weekday)
    rel = alternation(lex.rel_day)
    mod = alternation(lex.modifier)
    of = alternation(_forms(lex, "of"))
    this = alternation(_forms(lex, "this"))
    same_as = alternation(_forms(lex, "same_as"))
    era = "(?:" + alternation(_forms(lex, "era_gregorian")) + "|" + alternation(_forms(lex, "era_hijri")) + ")"
    ago = alternation(_forms(lex, "ago"))
    approx = alternation(_forms(lex, "approx"))
    dayw = alternation(_parts(lex, "day_word"))
    monw = alternation(_parts(lex, "month_word"))
    yw = alternation(_parts(lex, "year_word"))
    dp = alternation(_parts(lex, "daypart"))
    part = alternation(_parts(lex, "part"))
    part_season = alternation(_parts(lex, "part", "season"))
    ordinal = alternation(lex.ordinal)
    day_art = alternation(lex.cue("day_article"), boundary="")
    cardinal = alternation(lex.cardinal)
    periods = alternation(f for f, v in lex.period.items() if not v.startswith("season"))
    seasons = alternation(f for f, v in lex.period.items() if v.startswith("season"))
    month_period = alternation(f for f, v in lex.period.items() if v == "month")
    week_period = alternation(f for f, v in lex.period.items() if v == "week")
    year_period = alternation(f for f, v in lex.period.items() if v == "year")
    unit_n = alternation(f for f, (_, c) in lex.units.items() if c is None)
    unit_1 = alternation(f for f, (_, c) in lex.units.items() if c is not None)
    unit_any = alternation(lex.units)

    year = rf"(?P<year>\d{{4}})(?!\d)(?: *(?P<era>{era}))?"
    monx = rf"(?P<mon>{mon_all})(?:(?: *[(/\-–] *| +)(?P<mon2>{gmon})(?: *\))?)?"
    year_tail = rf"(?:(?: *[,\u060c])? *(?:{of} +)?(?:{yw} +)?{year})?"
    rel_year_tail = (rf"(?: +{of} +(?:(?P<pthis>{this}) +(?P<pyw2>{year_period})|"
                     rf"(?P<pyw>{year_period}) +(?P<pmod>{mod})))?")
    src = {
        # 7 يوليو 2023 / السابع من تموز / الجمعة 7 يوليو / 25 شوال 1436 هـ
        "date": rf"(?:(?P<yom>{dayw}) +)?(?:(?P<wd>{wd})(?: *[,\u060c]? *{same_as})? *[,\u060c]? *)?"
                rf"(?:{day_art} *)?(?P<day>\d{{1,2}}(?!\d)|{ordinal})(?: +{of})? *(?:{monw} +)?{monx}"
                rf"{year_tail}{rel_year_tail}(?: +(?P<mod>{mod}))?",
        # السابع عشر من الشهر الجاري
        "date_rel_month": rf"(?:(?P<yom>{dayw}) +)?(?:{day_art} *)?(?P<day>\d{{1,2}}(?!\d)|{ordinal}) +{of} +"
                          rf"(?:(?P<this>{this}) +)?(?P<per>{month_period})(?: +(?P<mod>{mod}))?",
        # الأسبوع الأول من أغسطس
        "week_of_month": rf"(?P<per>{week_period}) +(?P<day>{ordinal}) +{of} +(?:{monw} +)?{monx}"
                         rf"{year_tail}(?: +(?P<mod>{mod}))?",
        # منتصف آذار/مارس 2011 / يوليو الحالي / شهر رمضان
        "month": rf"(?:(?P<part>{part}) +(?:{of} +)?)?(?:(?P<mw>{monw}) +)?{monx}{year_tail}"
                 rf"{rel_year_tail}(?: +(?P<mod>{mod}))?",
        # عام 2013 / نهاية 2001 / 1436 هـ / (bare) 1984
        "year": rf"(?:(?P<part>{part_season}) +(?:{of} +)?)?(?:(?P<yw>{yw}) +)?{year}",
        # 7/7/2023, 2023-07-07, 10/10/1436هـ
        "numeric": rf"(?:(?P<yom>{dayw}) +)?(?:(?P<wd>{wd})(?: *[,\u060c]? *{same_as})? *[,\u060c]? *)?"
                   rf"(?P<a>\d{{1,4}}) *(?P<sep>[/.\-]) *(?P<b>\d{{1,2}}) *(?P=sep) *(?P<c>\d{{1,4}})(?!\d)"
                   rf"(?: *(?P<era>{era}))?",
        # فجر أمس / يوم أمس الاثنين / اليوم الجمعة / يوم غد الأربعاء
        "relative_day": rf"(?:(?P<yom>{dayw}) +)?(?:(?P<dp>{dp}) +(?:{dayw} +)?)?(?P<rel>{rel})"
                        rf"(?: *[,\u060c]? *(?P<wd>{wd}))?",
        # ليل الأحد الإثنين
        "weekday_night": rf"(?:(?P<yom>{dayw}) +)?(?P<dp>{dp}) +(?:{dayw} +)?(?P<wd>{wd})"
                         rf"(?: *[-–/] *| +)(?P<wd2>{wd})",
        # يوم الجمعة الماضي / مساء السبت / الخميس
        "weekday": rf"(?:(?P<yom>{dayw}) +)?(?:(?P<dp>{dp}) +(?:{dayw} +)?)?(?P<wd>{wd})"
                   rf"(?: +(?P<mod>{mod}))?",
        # الأسبوع الماضي / هذا العام / نهاية الشهر الماضي / صيف العام الماضي / الصيف الماضي
        "period": rf"(?:(?P<part>{part_season}) +(?:{of} +)?)?(?:(?P<this>{this}) +)?"
                  rf"(?P<per>{periods}|{seasons})(?: +(?P<mod>{mod}))?",
        # قبل يومين / قبل ثلاثة أيام / قبل نحو 4 أشهر
        "ago": rf"(?P<ago>{ago}) +(?:(?P<approx>{approx}) +)?(?:(?P<num>\d{{1,3}}(?!\d)|{cardinal}) *"
               rf"(?P<unit>{unit_n}|{unit_any})|(?P<unit1>{unit_1}))",
    }
    return tuple((name, re.compile(p)) for name, p in src.items())


def _starts(lex: Lexicon) -> frozenset[str]:
    first: set[str] = set()
    pools = [lex.weekday, lex.rel_day, lex.ordinal, lex.months, lex.period, lex.parts]
    for pool in pools:
        first.update(f.split(" ")[0] for f in pool)
    for kind in ("ago", "this"):
        first.update(f.split(" ")[0] for f in lex.cue(kind))
    return frozenset(first)


@functools.cache
def lexicon() -> Lexicon:
    """The times vocabulary and patterns, built once per process."""
    return _load()
