"""What every reader shares: the read report, decoding with a clear error, and date parsing."""

from __future__ import annotations

import codecs
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass
class Problem:
    origin: str  # "file:line" or "file"
    reason: str
    skipped: bool = True  # False: a warning, the article was still read


@dataclass
class ReadReport:
    """Counts what was read and lists what was skipped or warned about, and why."""

    read: int = 0
    problems: list[Problem] = field(default_factory=list)
    seen_ids: set[str] = field(default_factory=set)

    def skip(self, origin: str, reason: str) -> None:
        self.problems.append(Problem(origin, reason, True))

    def warn(self, origin: str, reason: str) -> None:
        self.problems.append(Problem(origin, reason, False))

    @property
    def skipped(self) -> int:
        return sum(1 for p in self.problems if p.skipped)

    def reasons(self) -> Counter[str]:
        return Counter(p.reason.split(":")[0] for p in self.problems if p.skipped)

    def unique_id(self, wanted: str, origin: str) -> str:
        """``wanted``, or ``wanted#2`` … when an earlier article had the same id (warned)."""
        if wanted not in self.seen_ids:
            self.seen_ids.add(wanted)
            return wanted
        n = 2
        while f"{wanted}#{n}" in self.seen_ids:
            n += 1
        new = f"{wanted}#{n}"
        self.warn(origin, f"duplicate id {wanted!r}: renamed {new!r}")
        self.seen_ids.add(new)
        return new


def read_bytes(path: "Path", report: ReadReport) -> bytes | None:
    """The file's bytes, or None (and a skip naming the file) when it cannot be read."""
    try:
        return path.read_bytes()
    except OSError as exc:
        report.skip(str(path), f"unreadable file: {exc.strerror}")
        return None


def decode_bytes(data: bytes, origin: str, report: ReadReport) -> str | None:
    """UTF-8 (with or without BOM) or UTF-16 with BOM; None (and a skip) when undecodable."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            report.skip(origin, f"undecodable bytes: invalid UTF-16 at byte {exc.start}")
            return None
    text = _utf16_without_bom(data)
    if text is not None:
        report.warn(origin, "decoded as UTF-16 without a byte order mark")
        return text.replace("\x00", "")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = _legacy_arabic(data)
        if text is None:
            report.skip(origin, f"undecodable bytes: invalid UTF-8 at byte {exc.start}")
            return None
        report.warn(origin, "decoded as windows-1256")
    if "\x00" in text:
        text = text.replace("\x00", "")
        report.warn(origin, "NUL characters removed")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 written without its byte order mark: every second byte is 0x00 or 0x06 (the high byte
    of ASCII and of Arabic letters), with some 0x06, which no UTF-8 or windows-1256 text holds so
    often. ASCII-only UTF-16 keeps its old path (UTF-8 with the NULs removed)."""
    if len(data) < 4 or len(data) % 2:
        return None
    for parity, codec in ((1, "utf-16-le"), (0, "utf-16-be")):
        high = data[parity::2]
        sixes = high.count(6)
        if sixes and high.count(0) + sixes >= 0.9 * len(high):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


_UTF8_ARABIC = re.compile(rb"[\xd8-\xdb][\x80-\xbf]")


def _legacy_arabic(data: bytes) -> str | None:
    """Windows-1256 text (older Arabic sites), only when the bytes hold no UTF-8 Arabic at all
    and decode to mostly Arabic letters; UTF-8 with a corrupt byte stays undecodable."""
    if _UTF8_ARABIC.search(data):
        return None
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text if c.isalpha()]
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff")
    return text if letters and arabic / len(letters) > 0.6 else None


def parse_date(value: object) -> dt.date | None:
    """An ISO day (``2015-08-06``, optionally with a time); None when absent or not a date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    m = _ISO_DAY.search(str(value))
    if not m:
        raise ValueError(f"not an ISO date: {str(value)[:40]!r}")
    return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


HIJRI_YEARS = (1343, 1500)  # the Umm al-Qura years hijridate converts; no news is dated 1343-1500 CE


def hijri_as_gregorian(day: dt.date) -> dt.date | None:
    """A publication day written in the Hijri calendar (``1437-09-15``) as its Gregorian day; None when
    the year cannot be a Hijri one of the convertible range (the day is then taken as Gregorian)."""
    if not HIJRI_YEARS[0] <= day.year <= HIJRI_YEARS[1]:
        return None
    from hijridate import Hijri

    try:
        return Hijri(day.year, day.month, day.day).to_gregorian()
    except (ValueError, OverflowError):
        return None
