"""Calendar arithmetic of the times stage: one matched expression -> ISO date + precision + rule.

Reads the groups of a pattern match from :mod:`khabar.extract.time_lexicon` and the publication day;
returns a :class:`Resolved` (value, precision, rule, calendar, whether it is relative). Weeks start on
Monday; a week/month/year resolves to its first day. Hijri dates are converted with hijridate.
No data files of its own.

Example::

    >>> import datetime as dt
    >>> monday(dt.date(2015, 8, 6))
    datetime.date(2015, 8, 3)
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from hijridate import Gregorian, Hijri

from khabar.extract.time_lexicon import Lexicon

_SOON_DAYS = 120  # a yearless day this close after publication is upcoming (schedules, deadlines)
_FAR_MONTHS = 8  # a bare month a future cue points to lies at most this many months ahead
_MAX_AGO = {"day": 1000, "week": 500, "month": 600, "year": 3000}  # beyond: not a count of units
_MOD_STEP = {"past": -1, "past2": -2, "current": 0, "next": 1, "next2": 2}


class Resolved(NamedTuple):
    value: dt.date | None
    precision: str
    rule: str
    calendar: str = "gregorian"
    relative: bool = False


def monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def add_months(d: dt.date, n: int) -> dt.date:
    """The first day of the month ``n`` months after ``d``'s month."""
    k = d.year * 12 + d.month - 1 + n
    return dt.date(k // 12, k % 12 + 1, 1)


def weekday_near(anchor: dt.date, iso_wd: int, direction: str) -> dt.date:
    """The day of ISO weekday ``iso_wd``: on_or_before / before / on_or_after / after / nearest."""
    back = (anchor.isoweekday() - iso_wd) % 7
    fwd = (iso_wd - anchor.isoweekday()) % 7
    if direction == "on_or_before":
        return anchor - dt.timedelta(days=back)
    if direction == "before":
        return anchor - dt.timedelta(days=back or 7)
    if direction == "on_or_after":
        return anchor + dt.timedelta(days=fwd)
    if direction == "after":
        return anchor + dt.timedelta(days=fwd or 7)
    return anchor - dt.timedelta(days=back) if back <= fwd else anchor + dt.timedelta(days=fwd)


def _key(s: str | None) -> str:
    return " ".join((s or "").split())


def _number(s: str | None, lex: Lexicon) -> int | None:
    s = _key(s)
    if not s:
        return None
    if s.isdigit():
        return int(s)
    return lex.ordinal.get(s) or lex.cardinal.get(s)


def _is_hijri_era(era: str | None, lex: Lexicon) -> bool:
    return _key(era) in lex.cue("era_hijri")


def _pick_year(pub_y: int, pub_m: int, pub_d: int, m: int, d: int | None, mod: str | None,
               future: bool | None) -> int:
    """The year of a month (day) named without a year, relative to a (pub_y, pub_m, pub_d)."""
    if mod == "current":
        return pub_y
    here = (m, d) if d else (m, 0)
    now = (pub_m, pub_d) if d else (pub_m, 0)
    if mod in ("past", "past2"):
        return (pub_y if here < now else pub_y - 1) - (1 if mod == "past2" else 0)
    if mod in ("next", "next2"):
        return (pub_y if here > now else pub_y + 1) + (1 if mod == "next2" else 0)
    if d is None:  # a month: the past one, unless a future cue points forward
        # (to a month of next year only a few months ahead: "ستجرى الانتخابات في مارس" read in
        # August; a month just past with a future cue is a future seen from the past, "أعلن الحزب
        # أنه سيصعد الهجمات في منتصف يوليو" read in August: July of this year, the writer would name
        # the year or say المقبل of a month almost a year ahead)
        if future:
            if m >= pub_m:
                return pub_y
            return pub_y + 1 if m + 12 - pub_m <= _FAR_MONTHS else pub_y
        return pub_y if m <= pub_m else pub_y - 1
    # a day: the past one, unless a future cue or a date only days ahead (a schedule, a deadline)
    ahead = (m - pub_m) * 31 + (d - pub_d)
    if ahead <= 0:
        wrapped = ahead + 12 * 31  # 5 January read on 28 December
        return pub_y + 1 if wrapped <= _SOON_DAYS else pub_y
    if future is False:  # a past cue: منذ 15 سبتمبر, وقعت في 20 سبتمبر
        return pub_y - 1
    return pub_y if future or ahead <= _SOON_DAYS else pub_y - 1


def _month_date(g: dict, pub: dt.date | None, lex: Lexicon, future: bool | None, family: str) -> Resolved | None:
    form = lex.months.get(_key(g.get("mon")))
    if form is None:
        return None
    day = _number(g.get("day"), lex) if family == "date" else None
    precision = "day" if day else "month"
    era_hijri = _is_hijri_era(g.get("era"), lex)
    hijri = form.calendar == "hijri"
    cal = "hijri" if hijri else "gregorian"
    rule = f"{family}:{cal}"
    year = int(g["year"]) if g.get("year") else None
    if year is not None:
        if g.get("era") and hijri != era_hijri:
            return None  # a Hijri month with a Gregorian era mark, or the reverse
        rel = False
        rule += "+year"
    else:
        rel = True
        if pub is None:
            return Resolved(None, precision, rule + "+unresolved", cal, True)
        mod = lex.modifier.get(_key(g.get("mod")))
        pmod = lex.modifier.get(_key(g.get("pmod"))) or ("current" if g.get("pthis") else None)
        if pmod is not None:  # يوليو من العام الماضي
            base = pub.year if not hijri else Gregorian(pub.year, pub.month, pub.day).to_hijri().year
            year = base + _MOD_STEP.get(pmod, 0)
            rule += "+of-" + pmod
        else:
            if hijri:
                h = Gregorian(pub.year, pub.month, pub.day).to_hijri()
                year = _pick_year(h.year, h.month, h.day, form.month, day, mod, future)
            else:
                year = _pick_year(pub.year, pub.month, pub.day, form.month, day, mod, future)
            rule += f"+{mod or ('future' if future else 'past')}"
    if hijri:
        d = Hijri(year, form.month, day or 1).to_gregorian()
        value = dt.date(d.year, d.month, d.day)
    else:
        value = dt.date(year, form.month, day or 1)
    return Resolved(value, precision, rule, cal, rel)


def resolve_match(family: str, g: dict, pub: dt.date | None, lex: Lexicon,
                  future: bool | None = None) -> Resolved | None:
    """Resolve the groups ``g`` of a match of ``family`` against the publication day ``pub``.

    ``future``: True after a future cue, False after a past cue, None when the context is silent.
    """
    if family in ("date", "month"):
        return _month_date(g, pub, lex, future, family)
    if family == "year":
        y = int(g["year"])
        hijri = _is_hijri_era(g.get("era"), lex) or (not g.get("era") and 1300 <= y <= 1600)
        if hijri:  # year precision: 1 January of the Gregorian year in which the Hijri year starts
            try:
                start = Hijri(y, 1, 1).to_gregorian().year
            except (ValueError, OverflowError):  # outside hijridate's range
                if g.get("era"):
                    raise
                start = None
            # a bare year that as Hijri would lie years after publication is Gregorian (ولد عام 1473)
            if start is not None and (g.get("era") or pub is None or start <= pub.year + 1):
                return Resolved(dt.date(start, 1, 1), "year", "year:hijri", "hijri")
        return Resolved(dt.date(y, 1, 1), "year", "year")
    if family == "numeric":
        return _numeric(g, lex)
    if family == "ago":
        return _ago(g, pub, lex)
    if family == "period":
        return _period(g, pub, lex)
    if family == "week_of_month":  # the n-th week of a month: the Monday of its n-th seventh day
        r = _month_date(g, pub, lex, future, "month")
        n = _number(g.get("day"), lex)
        if r is None or not n or n > 5:
            return None
        if r.value is None:
            return Resolved(None, "week", "week-of-month+unresolved", r.calendar, True)
        day = min(1 + 7 * (n - 1), 28)
        return Resolved(monday(r.value.replace(day=day)) if r.calendar == "gregorian"
                        else monday(r.value + dt.timedelta(days=day - 1)), "week",
                        "week-of-month", r.calendar, r.relative)
    if family == "date_rel_month":
        day = _number(g.get("day"), lex)
        mod = lex.modifier.get(_key(g.get("mod")), "current")
        if pub is None or not day:
            return Resolved(None, "day", "date-of-relative-month+unresolved", relative=True)
        first = add_months(pub, _MOD_STEP.get(mod, 0))
        return Resolved(first.replace(day=day), "day", f"date-of-relative-month:{mod}", relative=True)
    if family == "relative_day":
        offset = lex.rel_day.get(_key(g.get("rel")), 0)
        wd = lex.weekday.get(_key(g.get("wd")))
        rule = "relative-day" + ("+weekday" if wd else "")
        if pub is None:
            return Resolved(None, "day", rule + "+unresolved", relative=True)
        anchor = pub + dt.timedelta(days=offset)
        if wd:  # the weekday wins over the relative word, on the side the word points to
            side = "on_or_after" if offset > 0 else "on_or_before"
            return Resolved(weekday_near(pub, wd, side), "day", rule, relative=True)
        return Resolved(anchor, "day", rule, relative=True)
    if family in ("weekday", "weekday_night"):
        wd = lex.weekday[_key(g.get("wd"))]
        mod = lex.modifier.get(_key(g.get("mod")))
        if pub is None:
            return Resolved(None, "day", "weekday+unresolved", relative=True)
        if mod in ("past", "past2"):
            d = weekday_near(pub, wd, "before") - dt.timedelta(days=7 if mod == "past2" else 0)
        elif mod in ("next", "next2"):
            d = weekday_near(pub, wd, "after") + dt.timedelta(days=7 if mod == "next2" else 0)
        elif mod == "current":
            d = weekday_near(pub, wd, "nearest")
        else:
            d = weekday_near(pub, wd, "on_or_after" if future else "on_or_before")
            mod = "future" if future else "past"
        if family == "weekday" and _key(g.get("dp")) in lex.cue("eve_daypart"):
            return Resolved(d - dt.timedelta(days=1), "day", f"weekday:{mod}+eve", relative=True)
        return Resolved(d, "day", f"weekday:{mod}", relative=True)
    return None


def _numeric(g: dict, lex: Lexicon) -> Resolved | None:
    a, b, c = g["a"], g["b"], g["c"]
    if len(a) == 4:
        y, m, d = int(a), int(b), int(c)
    elif len(c) == 4:
        d, m, y = int(a), int(b), int(c)
    else:
        return None
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    if _is_hijri_era(g.get("era"), lex) or 1300 <= y <= 1600:
        h = Hijri(y, m, d).to_gregorian()
        return Resolved(dt.date(h.year, h.month, h.day), "day", "numeric:hijri", "hijri")
    if not 1800 <= y <= 2200:
        return None
    return Resolved(dt.date(y, m, d), "day", "numeric")


def _ago(g: dict, pub: dt.date | None, lex: Lexicon) -> Resolved | None:
    if g.get("unit1"):
        unit, n = lex.units[_key(g["unit1"])]
    else:
        unit, _ = lex.units[_key(g["unit"])]
        n = _number(g.get("num"), lex)
    if not n or n > _MAX_AGO.get(unit, 100):
        return None
    rule = f"ago:{unit}"
    if pub is None:
        return Resolved(None, unit, rule + "+unresolved", relative=True)
    if unit == "day":
        return Resolved(pub - dt.timedelta(days=n), "day", rule, relative=True)
    if unit == "week":
        return Resolved(monday(pub - dt.timedelta(days=7 * n)), "week", rule, relative=True)
    if unit == "month":
        return Resolved(add_months(pub, -n), "month", rule, relative=True)
    if n >= pub.year:
        return None
    return Resolved(dt.date(pub.year - n, 1, 1), "year", rule, relative=True)


def _period(g: dict, pub: dt.date | None, lex: Lexicon) -> Resolved | None:
    kind = lex.period.get(_key(g.get("per")))
    if kind is None:
        return None
    mod = lex.modifier.get(_key(g.get("mod")))
    step = _MOD_STEP.get(mod, 0) if mod else 0
    part = lex.parts.get(_key(g.get("part")))
    precision = "year" if kind.startswith("season") or part == "season" else kind
    rule = f"period:{kind.split(':')[0]}:{mod or 'current'}"
    if pub is None:
        return Resolved(None, precision, rule + "+unresolved", relative=True)
    if kind.startswith("season"):
        start = int(kind.split(":")[1])
        if mod in ("past", "past2"):  # the last season that has ended
            year = (pub.year if start + 3 <= pub.month else pub.year - 1) + (step + 1)
        elif mod in ("next", "next2"):
            year = (pub.year if start > pub.month else pub.year + 1) + (step - 1)
        else:
            year = pub.year if start <= pub.month else pub.year - 1
        return Resolved(dt.date(year, 1, 1), "year", rule, relative=True)
    if kind == "week":
        return Resolved(monday(pub) + dt.timedelta(days=7 * step), "week", rule, relative=True)
    if kind == "month":
        return Resolved(add_months(pub, step), "month", rule, relative=True)
    return Resolved(dt.date(pub.year + step, 1, 1), "year" if precision == "year" else precision,
                    rule, relative=True)
