"""Typed facts for countries.tsv: English short forms that ISO 3166 does not list.

Everything here is a plain fact about names in use (no text copied from other lists).
The generator takes each ISO 3166-1 entry from pycountry and applies these tables on top.
"""

# alpha-2 code → the main name to use instead of the ISO `common_name`/`name`.
# Used where the ISO short name is an inverted or formal form ("Korea, Republic of") or where
# English-language news uses another short name as the main one.
MAIN_NAME = {
    "BN": "Brunei",
    "BO": "Bolivia",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CI": "Ivory Coast",
    "CV": "Cape Verde",
    "FK": "Falkland Islands",
    "FM": "Micronesia",
    "IR": "Iran",
    "KP": "North Korea",
    "KR": "South Korea",
    "LA": "Laos",
    "MD": "Moldova",
    "MF": "Saint Martin",
    "MO": "Macau",
    "PN": "Pitcairn Islands",
    "PS": "Palestine",
    "RU": "Russia",
    "SH": "Saint Helena",
    "SX": "Sint Maarten",
    "SY": "Syria",
    "TR": "Turkey",
    "TW": "Taiwan",
    "TZ": "Tanzania",
    "VA": "Vatican City",
    "VE": "Venezuela",
    "VG": "British Virgin Islands",
    "VI": "US Virgin Islands",
    "VN": "Vietnam",
}

# alpha-2 code → other English names of the same country or territory (short forms, former names,
# acronyms). The ISO names (`name`, `common_name`, `official_name`) are added by the generator.
ALIASES = {
    "AE": ["UAE", "U.A.E."],
    "AX": ["Aland"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "BO": ["Plurinational State of Bolivia"],
    "CD": ["DR Congo", "DRC", "D.R. Congo", "Democratic Republic of Congo", "Congo-Kinshasa",
           "Congo", "Zaire"],
    "CG": ["Republic of Congo", "Congo-Brazzaville", "Congo Republic"],
    "CI": ["Côte d'Ivoire", "Republic of Côte d'Ivoire"],
    "CV": ["Cabo Verde"],
    "CZ": ["Czech Republic"],
    "FK": ["Falklands", "Malvinas"],
    "FM": ["Federated States of Micronesia"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain",
           "United Kingdom of Great Britain and Northern Ireland"],
    "HK": ["Hong Kong SAR"],
    "IR": ["Islamic Republic of Iran"],
    "KP": ["Democratic People's Republic of Korea", "DPRK"],
    "KR": ["Republic of Korea"],
    "LA": ["Lao People's Democratic Republic", "Lao PDR"],
    "MD": ["Republic of Moldova"],
    "MK": ["Macedonia", "Republic of North Macedonia"],
    "MM": ["Burma"],
    "MO": ["Macao"],
    "NL": ["Holland"],
    "PS": ["State of Palestine"],
    "RU": ["Russian Federation"],
    "SA": ["KSA"],
    "ST": ["São Tomé and Príncipe"],
    "SZ": ["Swaziland"],
    "TL": ["East Timor"],
    "TR": ["Türkiye", "Republic of Türkiye"],
    "TW": ["Republic of China"],
    "TZ": ["United Republic of Tanzania"],
    "US": ["United States of America", "US", "U.S.", "USA", "U.S.A.", "America"],
    "VA": ["Vatican", "Holy See", "Vatican City State"],
    "VE": ["Bolivarian Republic of Venezuela"],
    "VN": ["Viet Nam"],
}

# ISO names we do not use as names: contested or misleading as a surface form.
DROP_ISO_NAMES = {
    "CG": ["Congo"],  # news (Reuters, AP) use bare "Congo" for the DRC; it is an alias of CD above
    "TW": ["Taiwan, Province of China"],
}

# Entries whose label is not GPE (no government of their own). Antarctica is listed here, not in
# regions.tsv, so that it keeps its ISO id.
LABEL = {
    "AQ": "LOC",
    "BV": "LOC",
    "HM": "LOC",
}

# Historical states from ISO 3166-3 (pycountry.historic_countries) that still appear in news as
# entities of their own: alpha-4 code → (main name, aliases). States that were only renamed
# (Burma, Zaire, East Timor, Swaziland) are aliases of their successor above instead.
HISTORIC = {
    "SUHH": ("Soviet Union", ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"]),
    "YUCS": ("Yugoslavia", ["Socialist Federal Republic of Yugoslavia", "Federal Republic of Yugoslavia"]),
    "DDDE": ("East Germany", ["German Democratic Republic", "GDR"]),
    "CSHH": ("Czechoslovakia", []),
    "CSXX": ("Serbia and Montenegro", []),
    "YDYE": ("South Yemen", ["People's Democratic Republic of Yemen"]),
    "RHZW": ("Rhodesia", ["Southern Rhodesia"]),
}

# Geopolitical entities outside ISO 3166-1 that news treats as countries or states:
# id → (main name, aliases). Ids of UK nations are their ISO 3166-2 codes; Kosovo's is the
# user-assigned code XK that the EU and IMF use; the rest are de facto states or state names
# with `gpe:` ids.
EXTRA = {
    "iso3166:XK": ("Kosovo", ["Republic of Kosovo"]),
    "iso3166-2:GB-ENG": ("England", []),
    "iso3166-2:GB-SCT": ("Scotland", []),
    "iso3166-2:GB-WLS": ("Wales", []),
    "iso3166-2:GB-NIR": ("Northern Ireland", []),
    "gpe:abkhazia": ("Abkhazia", []),
    "gpe:south-ossetia": ("South Ossetia", []),
    "gpe:transnistria": ("Transnistria", ["Pridnestrovie"]),
    "gpe:northern-cyprus": ("Northern Cyprus", ["Turkish Republic of Northern Cyprus", "TRNC"]),
    "gpe:somaliland": ("Somaliland", []),
    # The state as proclaimed by the Taliban (1996-2001 and since 2021): a different thing from the
    # country Afghanistan (iso3166:AF) and from the movement (org:taliban).
    "gpe:islamic-emirate-of-afghanistan": ("Islamic Emirate of Afghanistan", ["Islamic Emirate"]),
    "gpe:west-germany": ("West Germany", []),
}
