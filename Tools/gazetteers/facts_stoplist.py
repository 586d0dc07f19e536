"""Typed facts for stoplist.txt, on top of the words the generator finds automatically.

Automatic part (see build_gazetteers.py, `stop_candidates`): every one-word name or alias of the
lists whose lower-case form is a lower-case entry of the system word list (Debian `wamerican`,
/usr/share/dict/words) and has a Zipf frequency of at least STOP_MIN_ZIPF in English (wordfreq).
"""

# Zipf frequency (log10 of occurrences per billion words) from which a dictionary word counts
# as common: 3.0 is once per million words.
STOP_MIN_ZIPF = 3.0

# Cities below this population whose name is a common word are dropped from cities.tsv rather
# than stop-listed (Mobile, Bath, Surprise, Independence): a capitalised "Independence" is more
# often a title or a longer name ("Independence Day") than that city. Capitals are always kept.
CITY_COMMON_WORD_MIN_POPULATION = 300_000

# Lower-case dictionary words whose proper-noun sense dominates in news: not stop-listed, so a
# sentence-initial "China said" is still tagged. ("china" is porcelain and "japan" lacquer, but
# both are rare next to the countries.)
NOT_STOP = {
    "afghan",      # the blanket
    "bologna",     # the sausage
    "catholic",    # "catholic tastes" is rare next to the church
    "chile",       # the pepper
    "china",
    "cologne",     # the perfume
    "french",      # "french fries"
    "japan",
    "morocco",     # the leather
    "oxford",      # the shoe
    "pacific",     # "peaceful"
    "pentagon",    # the shape; sentence-initial "Pentagon officials" is frequent
    "phoenix",     # the bird
    "polish",      # sentence-initial "Polish officials" is far more frequent than the verb
    "protestant",
    "protestants",
    "shanghai",    # the verb
    "soviet",      # a council
    "soviets",
    "wales",       # plural of "wale"
    "wellington",  # the boot
    "welsh",       # the verb
}

# Common English words that are also names of people, months or things that rules for names
# may meet (not entries of these lists): the same rule applies, tag only when capitalised and
# not sentence-initial.
EXTRA = [
    "august", "bill", "bush", "cash", "close", "faith", "ford", "frank", "grant", "hope", "joy",
    "king", "march", "mark", "may", "miller", "rich", "rose", "said", "smith", "will", "young",
]
