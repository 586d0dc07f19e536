"""Generated sentences for the VADER parity fixture (see make_fixture.py): hand-written rule cases, VADER's
demo sentences, and seeded random word salads over the rule vocabularies. Deterministic for a given seed."""
from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE, SPECIAL_CASES

POSITIVE = ["good", "great", "excellent", "happy", "love", "nice", "brave", "wonderful", "fun", "smart",
            "handsome", "funny", "best", "ok", "lol", "amazing", "kind", "hope", "win", "cool", "yes", "like"]
NEGATIVE = ["bad", "terrible", "awful", "hate", "sad", "horrible", "poor", "worst", "ugly", "sux", "shit",
            "die", "death", "bomb", "kill", "no", "doubt", "war", "crisis", "fail", "stop", "ass", "heart"]
NEUTRAL = ["the", "movie", "food", "service", "it", "was", "is", "a", "book", "plot", "characters", "day",
           "today", "I", "you", "we", "and", "or", "nor", "of", "to", "for", "at", "this", "that", "bus",
           "yeah", "right", "kiss", "beating", "just", "enough", "sort", "kind", "least", "very", "so", "never",
           "without", "but", "BUT", "But", "there", "be", "with", "government", "Russia", "2021"]
EMOTICONS = [":)", ":(", ":-)", ":D", ":-D", ":P", ";)", ":'(", "<3", "</3", ":/", "XD", "xD", "D:", "=)", "(:",
             ":-(", ":|", "^_^", "-_-", "o.O", "O.o", ":-|"]
EMOJI = ["😁", "😀", "😢", "😡", "💘", "💋", "❤", "❤️", "👍", "👎", "🙂", "🙁", "🔥", "💩", "😂", "🤣", "☹", "😍", "🇺🇸",
         "👨‍👩‍👧", "🏴‍☠️", "#️⃣", "©", "‼", "⁉", "™", "🎉", "😭", "💔", "🤬"]
PUNCT = ["!", "!!", "!!!", "!!!!!", "?", "??", "???", "????", "?!", "!?", "...", ",", ".", ";", "-", "--", "\"", "'",
         "(", ")", "*", "&", "#", "@", "%", "$"]
UNICODE_WORDS = ["ÉNORME", "café", "naïve", "GOOD\u212a", "İYİ", "ΣΑΣ", "ΌΣΟΣ", "straße", "STRASSE", "don’t", "isn’t",
                 "Ǆ", "ǅungla", "ⓖⓞⓞⓓ", "ＧＯＯＤ", "good\u00adness", "Þ", ":-Þ", "ÅNGSTRÖM", "ﬁne", "ǈ", "Ⅻ",
                 "ʕgoodʔ", "ªgood"]
SPACES = [" ", " ", " ", " ", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\u2028", "\x1c", "\u200b",
          "\u180e", "\x85", "\r\n", "\u202f"]

DEMO = [
    "VADER is smart, handsome, and funny.", "VADER is smart, handsome, and funny!",
    "VADER is very smart, handsome, and funny.", "VADER is VERY SMART, handsome, and FUNNY.",
    "VADER is VERY SMART, handsome, and FUNNY!!!", "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
    "VADER is not smart, handsome, nor funny.", "The book was good.", "At least it isn't a horrible book.",
    "The book was only kind of good.",
    "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "Today SUX!", "Today only kinda sux! But I'll get by, lol", "Make sure you :) or :D today!",
    "Catch utf-8 emoji such as 💘 and 💋 and 😁", "Not bad at all",
    "Sentiment analysis has never been good.", "Sentiment analysis has never been this good!",
    "Most automated sentiment analysis tools are shit.", "With VADER, sentiment analysis is the shit!",
    "Other sentiment analysis tools can be quite bad.", "On the other hand, VADER is quite bad ass",
    "VADER is such a badass!", "Without a doubt, excellent idea.",
    "Roger Dodger is one of the most compelling variations on this theme.",
    "Roger Dodger is at least compelling as a variation on the theme.",
    "Roger Dodger is one of the least compelling variations on this theme.",
    "Not such a badass after all.", "Without a doubt, an excellent idea.",
    "It was one of the worst movies I've seen, despite good reviews.", "Unbelievably bad acting!!",
    "Poor direction.", "VERY poor production.", "The movie was bad.", "Very bad movie.", "VERY BAD movie!",
]

RULE_CASES = [
    "", " ", "   \t\n ", "!!!", "???", "?!?!", "...", ":)", ":(", "😁", "😁😁😁", "good", "GOOD", "Good", "gOOD",
    "not good", "not GOOD", "NOT good", "isn't good", "isnt good", "ain't bad", "never good", "never so good",
    "never this good", "never so very good", "never this bad", "so this good", "it so good", "it this good",
    "without doubt good", "without a doubt good", "without any doubt, good", "without doubt it good",
    "no good", "no good at all", "no, good", "no problem", "no", "No!", "no no", "no no good", "no or good",
    "no nor good", "no cake or good", "no cake nor good", "no one is good", "no NO good",
    "at least good", "very least good", "least good", "the least good", "At Least it is good",
    "kind of good", "kind of bad", "it is kind of good", "sort of good", "the food was sort of good",
    "it was just enough good", "kinda good", "sorta bad", "kind-of good", "kindof great", "kind good",
    "kind of", "of kind good", "the kind of love", "they were sort of a kind of good",
    "good but bad", "bad but good", "good, but bad", "good BUT bad", "But good", "good but", "but",
    "good good but good good", "good bad but bad good", "great good but good great", "bad bad bad but bad",
    "good but bad but good", "love love love but hate hate hate", "good nice great but great nice good",
    "very good", "VERY good", "very GOOD", "VERY GOOD", "extremely bad", "EXTREMELY bad things",
    "barely good", "BARELY good here", "slightly bad", "really really good", "so so good", "really so very good",
    "the shit", "it is the shit", "it was the shit!", "the bomb", "this is the bomb", "bad ass", "a bad ass movie",
    "yeah right", "oh yeah right", "the kiss of death", "a kiss of death", "to die for", "food to die for",
    "beating heart", "a beating heart here", "bus stop", "the bus stop", "at the bus stop", "badass",
    "cut the mustard", "under the weather",
    "I love it!", "I love it!!", "I love it!!!", "I love it!!!!", "I love it!!!!!!", "I hate it!!!",
    "good?", "good??", "good???", "good????", "good?????", "bad??", "bad?!?!", "is it good?!",
    "GREAT!!! AWFUL???", "ALL CAPS SENTENCE IS GOOD", "ALL CAPS GOOD but not bad", "THE Food was GOOD",
    "I AM SO HAPPY", "I am SO happy", "I AM so HAPPY", "NOT BAD", "not BAD at all", "NO GOOD",
    "Make sure you :) or :D today!", ":-) good", "good :-(", "<3 it", "I </3 it", "xD lol", "XD LOL",
    "great😁", "😁great", "great 😁 bad", "😁 😢", "I 💘 you", "❤️ this", "❤ this", "🇺🇸 great", "👍👍", "💩 movie",
    "good.", "good!", "(good)", "\"good\"", "'good'", "...good...", "--good--", "g", "go", "goo", ":)good", "good:)",
    "ok", "OK", "Ok", "fav", "FAV", "lmao", "LMAO", "lol", "LOL", "sob", "muah", "d:", "(-:O", "O_o",
    "don't like it", "doesn't like it", "don’t like it", "I can't stand it", "can't stand", "fed up with it",
    "screwed up", "it's not that great", "it is not very good", "it was not so bad", "it was never really good",
    "nothing good", "none good", "nope, good", "uh-uh good", "uhuh good", "despite good reviews", "rarely good",
    "seldom bad", "neither good nor bad", "nor good", "cannot be good", "cant be good", "wont be good",
    "ÉNORME success", "Une café naïve", "İYİ good", "ΣΑΣ good", "good\u00a0bad", "good\u2003bad", "good\u200bbad",
    "good\x1cbad", "good\u2028bad", "GOOD\u212a good", "ＧＯＯＤ", "ⓖⓞⓞⓓ", "straße STRASSE good", "Ⅻ GOOD bad",
    "The movie was good . The food was bad .", "It was good; it was bad; it was ok.",
    "He said \"great\" and she said \"awful\"", "I'm happy", "I’m happy", "you're great", "they're awful",
]


def _word(rng):
    roll = rng.random()
    if roll < 0.18:
        word = rng.choice(POSITIVE)
    elif roll < 0.36:
        word = rng.choice(NEGATIVE)
    elif roll < 0.60:
        word = rng.choice(NEUTRAL)
    elif roll < 0.70:
        word = rng.choice(list(BOOSTER_DICT))
    elif roll < 0.78:
        word = rng.choice(NEGATE + ["no", "No", "NO"])
    elif roll < 0.83:
        word = rng.choice(list(SPECIAL_CASES))
    elif roll < 0.88:
        word = rng.choice(EMOTICONS)
    elif roll < 0.93:
        word = rng.choice(EMOJI)
    elif roll < 0.97:
        word = rng.choice(PUNCT)
    else:
        word = rng.choice(UNICODE_WORDS)
    shape = rng.random()
    if shape < 0.12:
        word = word.upper()
    elif shape < 0.20:
        word = word.capitalize()
    if rng.random() < 0.12:
        word = word + rng.choice(PUNCT)
    if rng.random() < 0.04:
        word = rng.choice(PUNCT) + word
    return word


def _salad(rng):
    length = rng.choice([1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30])
    parts = []
    for index in range(length):
        if index:
            parts.append(rng.choice(SPACES) if rng.random() < 0.08 else " ")
        parts.append(_word(rng))
    if rng.random() < 0.3:
        parts.append(rng.choice(PUNCT))
    return "".join(parts)


def _long_cases(rng):
    """Long sentences: the but-check's quirk with many equal valences (over 256 words) and a long paragraph."""
    yield " ".join(["good"] * 150 + ["but"] + ["good"] * 150)
    yield " ".join(rng.choice(["good", "bad", "great", "the", "very", "not"]) for _ in range(300)) + " but " + \
        " ".join(rng.choice(["good", "bad", "love", "a", "kind", "of"]) for _ in range(300))
    yield " ".join(_word(rng) for _ in range(600))
    yield " ".join(["very good", "not bad", "but", "kind of great"] * 80)


def generated_sentences(rng, random_count):
    """Rule cases, VADER's demo sentences, every booster, negation and idiom in context, and random salads."""
    sentences = list(RULE_CASES) + list(DEMO)
    for booster in BOOSTER_DICT:
        sentences.append("it was %s good" % booster)
        sentences.append("The %s BAD food" % booster.upper())
    for negation in NEGATE:
        sentences.append("%s good" % negation)
        sentences.append("it is %s very good" % negation)
        sentences.append("%s it was so bad" % negation)
    for idiom in SPECIAL_CASES:
        sentences.append("I think %s here" % idiom)
        sentences.append("a %s is good" % idiom)
    sentences.extend(_long_cases(rng))
    sentences.extend(_salad(rng) for _ in range(random_count))
    return sentences
