"""Entries, name folding and the TSV writer shared by the gazetteer generator.

File format (Config/gazetteers/README.md is the reference): UTF-8, one entry per line,
`name<TAB>label<TAB>id[<TAB>alias]...`; `#` lines are comments; blank lines are skipped.
"""
import re
import unicodedata

LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "MISC")

# Letters that NFKD does not decompose into base letter + combining mark.
_SPECIAL_LETTERS = {
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE",
    "œ": "oe", "Œ": "OE", "ı": "i", "ħ": "h", "Ħ": "H", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
    "ŀ": "l", "Ŀ": "L", "ŧ": "t", "Ŧ": "T",
    "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u02bb": "'", "\u02be": "'", "\u02bf": "'", "\u2032": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
}


def ascii_fold(text):
    """`text` without diacritics (`São Paulo` → `Sao Paulo`, `Łódź` → `Lodz`, `Ts’khinvali` → `Ts'khinvali`).

    Returns None when the result still holds non-ASCII characters (other scripts)."""
    mapped = "".join(_SPECIAL_LETTERS.get(ch, ch) for ch in text)
    decomposed = unicodedata.normalize("NFKD", mapped)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = unicodedata.normalize("NFC", stripped)
    return stripped if stripped.isascii() else None


_DOTS_APOSTROPHES = re.compile(r"[.'\u2019\u2018`]")
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015/]+")


def match_key(text):
    """The key under which two surface forms count as the same string for a tolerant matcher.

    Case-, diacritic-, dot-, apostrophe- and hyphen-insensitive: `U.S.` ~ `US`, `al-Qaeda` ~ `Al Qaeda`,
    `Côte d'Ivoire` ~ `Cote dIvoire`. Two different entities never share a key in the shipped lists."""
    mapped = "".join(_SPECIAL_LETTERS.get(ch, ch) for ch in text)
    decomposed = unicodedata.normalize("NFKD", mapped)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    key = _DOTS_APOSTROPHES.sub("", stripped.casefold())
    return _SEPARATORS.sub(" ", key).strip()


def slug(text):
    """Lower-case ASCII id part: `Central Asia` → `central-asia`, `Côte d'Ivoire` → `cote-divoire`."""
    folded = ascii_fold(text) or text
    folded = _DOTS_APOSTROPHES.sub("", folded.lower())
    return re.sub(r"[^a-z0-9+]+", "-", folded).strip("-")


class Entry:
    """One gazetteer line: a main name, its label and stable id, and other names of the same entity."""

    __slots__ = ("name", "label", "id", "aliases", "population", "capital")

    def __init__(self, name, label, ident, aliases=(), population=0, capital=False):
        if label not in LABELS:
            raise ValueError(f"{ident}: label {label!r} not in {LABELS}")
        self.name = clean(name)
        self.label = label
        self.id = ident
        self.aliases = []
        self.population = population
        self.capital = capital
        self.add_aliases(aliases)

    def add_aliases(self, names):
        for alias in names:
            alias = clean(alias)
            if alias and alias != self.name and alias not in self.aliases:
                self.aliases.append(alias)

    def add_ascii_variants(self):
        """Adds the diacritic-free spelling of every name that has diacritics."""
        self.add_aliases([f for f in (ascii_fold(n) for n in self.names()) if f])

    def names(self):
        return [self.name] + self.aliases

    def remove_names(self, doomed):
        """Drops the names in `doomed`; the first remaining alias becomes the main name. False when none is left."""
        remaining = [n for n in self.names() if n not in doomed]
        if not remaining:
            return False
        self.name, self.aliases = remaining[0], remaining[1:]
        return True

    def line(self):
        return "\t".join([self.name, self.label, self.id] + self.aliases)


def clean(name):
    name = unicodedata.normalize("NFC", name)
    name = re.sub(r"\s+", " ", name).strip()
    if "\t" in name or "\n" in name:
        raise ValueError(f"control character in name {name!r}")
    return name


def sort_key(entry):
    return (entry.name.casefold(), entry.name, entry.id)


def write_tsv(path, header_lines, entries):
    """Writes `entries` sorted by name, after `#` header lines; returns the number of entries."""
    entries = sorted(entries, key=sort_key)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for line in header_lines:
            out.write(f"# {line}".rstrip() + "\n")
        for entry in entries:
            out.write(entry.line() + "\n")
    return len(entries)
