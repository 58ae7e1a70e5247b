"""The one loader of khabar's language data (``lang/<language>/<stage>/*.tsv|yaml``).

Files are read once and cached. A TSV has a header row; lines starting with ``#`` and blank lines are
skipped; every row must have the header's columns and the required ones non-empty. Problems are
raised as :class:`khabar.errors.LangDataError` naming ``file:line``.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from khabar.errors import LangDataError

# libyaml's parser when PyYAML was built with it (its wheels are): the same documents as the pure
# Python SafeLoader, about 8x faster (~0.2 s of start-up, and the files first read mid-run)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def lang_root(language: str = "ar") -> Path:
    return Path(str(resources.files("khabar") / "lang" / language))


def data_path(relpath: str, language: str = "ar") -> Path:
    return lang_root(language) / relpath


@functools.cache
def load_tsv(relpath: str, required: tuple[str, ...] = (), language: str = "ar") -> tuple[dict[str, str], ...]:
    """Rows of a TSV data file as dicts keyed by the header. ``required`` columns must be non-empty."""
    path = data_path(relpath, language)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise LangDataError(f"{path}: cannot read: {exc}") from exc
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            missing = [c for c in required if c not in header]
            if missing:
                raise LangDataError(f"{path}:{lineno}: header lacks columns {missing}")
            continue
        if len(cells) > len(header):
            raise LangDataError(f"{path}:{lineno}: {len(cells)} cells, header has {len(header)}")
        cells += [""] * (len(header) - len(cells))
        row = dict(zip(header, cells))
        empty = [c for c in required if not row.get(c)]
        if empty:
            raise LangDataError(f"{path}:{lineno}: empty required column(s) {empty}")
        row["_line"] = str(lineno)
        rows.append(row)
    if header is None:
        raise LangDataError(f"{path}:1: no header row")
    return tuple(rows)


@functools.cache
def load_yaml(relpath: str, language: str = "ar") -> Any:
    """A YAML data file, parsed."""
    path = data_path(relpath, language)
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_YAML_LOADER)
    except (OSError, UnicodeDecodeError) as exc:
        raise LangDataError(f"{path}: cannot read: {exc}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        raise LangDataError(f"{path}:{line}: invalid YAML: {exc}") from exc


def all_data_files(language: str = "ar") -> list[Path]:
    root = lang_root(language)
    return sorted(p for p in root.rglob("*") if p.suffix in {".tsv", ".yaml", ".yml"})
