import SiftCore

extension NameRulesStage {
    /// Id `ner.names.v1` (alias `names`): requires `text`, `tokens` and `sentences`, provides `entities`.
    public static let descriptor = StageDescriptor(
        id: "ner.names.v1",
        aliases: ["names"],
        summary: "Finds names no gazetteer lists (people after titles, organisations by head words, given names, other capitalised names) and links later mentions to earlier ones.",
        details: """
            Runs after the gazetteer (or alone) and keeps the entities already in the entities layer. Rules, \
            in order: (1) a title or role, optionally after modifiers (former, acting, then-, deputy), \
            followed by capitalised words is a PERSON, the title excluded: President Vladimir Putin, Foreign \
            Minister Amir Khan Muttaqi, Secretary of State Antony Blinken, Russian envoy Dmitry Zhirnov, Mr. \
            Smith; (2) a capitalised sequence ending in a head word takes the head's label, with an "of" \
            complement: Russian Foreign Ministry, Supreme Court, State Duma, Enron Corp., Ministry of \
            Foreign Affairs (ORG), Gulf of Mexico (LOC), Fifth Avenue (FAC), Republic of Korea (GPE); an \
            ORG swallows a NORP or GPE entity right before it (Russian + Foreign Ministry), not a \
            possessive one (Russia's Supreme Court stays two entities); (3) "the X of Y" without a head \
            word is an ORG: the Islamic Emirate of Afghanistan; (4) one to four capitalised words starting \
            with a given name (1990 US Census names plus names of other cultures) are a PERSON: Joe Biden, \
            Gul Hassan Hassan; (5) an unknown word in capitals follows "acronyms"; (6) any other capitalised \
            sequence that is not made of common English words is MISC (or dropped, per "misc"). Sentence-\
            initial common words (Nonetheless, Critics), function words (The, However), days, months and \
            headings in Title Case or capitals ("Russia Grants Recognition to Taliban Government") yield \
            nothing. Names stay whole across particles and hyphens (Osama bin Laden, Muqtada al-Sadr) and \
            end before a possessive (Putin's → Putin). Then mentions are linked: the same words share one \
            label and id; a PERSON's last name (and first + last name for three-word names) anywhere in the \
            document, including headings, gets the person's label and id (a list id, or \
            local:PERSON:<slug of the longest mention>); other rule names get local:<LABEL>:<slug>. \
            Sources: names:title, names:head, names:of-phrase, names:given-name, names:acronym, \
            names:capitalised, names:linked. The word lists are compiled in (copies of \
            Config/lexicons/names/); lexicon_dir replaces any of them with files of the same name.
            """,
        requires: [.text, TokensLayer.name, SentencesLayer.name],
        provides: [EntitiesLayer.name],
        options: [
            OptionDoc("lexicon_dir", .path, default: "",
                      "A folder with word lists (titles.txt, title_modifiers.txt, heads.txt, prefixes.txt, particles.txt, function_words.txt, non_names.txt, given_names.txt, common_words.txt; format as in Config/lexicons/names/): each file found replaces the built-in list of that name. Empty (default): the built-in copies of Config/lexicons/names/, so configs work from any folder."),
            OptionDoc("misc", .oneOf(["keep", "drop"]), default: "keep",
                      "Capitalised names no rule or list explains: \"keep\" reports them as MISC, \"drop\" leaves them out."),
            OptionDoc("acronyms", .oneOf(["org", "misc", "drop"]), default: "org",
                      "An unknown word in capitals that is no common word (TASS, NTSB): reported as ORG, as MISC, or dropped."),
            OptionDoc("single_given_names", .boolean, default: true,
                      "A given name alone (Tina, Vladimir) is a PERSON; given names that are also common words (Will, Mark) never count alone."),
            OptionDoc("absorb_modifiers", .boolean, default: true,
                      "An ORG name swallows a NORP or GPE entity right before it: Russian Foreign Ministry is one ORG, not NORP + ORG."),
            OptionDoc("link_mentions", .boolean, default: true,
                      "Link later mentions to earlier ones: a PERSON's last name gets its id and label, rule-found names are found again in headings and sentence starts, and a capitalised sequence a list names elsewhere in the document (Turkey first in a sentence) is that list entity."),
        ],
        examples: [
            StageExample("Afghan Foreign Minister Amir Khan Muttaqi met Russian envoy Dmitry Zhirnov.", options: ["misc": "drop"],
                         expect: ["entities": ["Amir Khan Muttaqi", "Dmitry Zhirnov"]]),
            StageExample("The Russian Foreign Ministry and the Supreme Court agreed. Enron Corp. hired J. Smith.",
                         expect: ["entities": ["Russian Foreign Ministry", "Supreme Court", "Enron Corp.", "J. Smith"]]),
            StageExample("Former President Joe Biden spoke. Later, Biden’s aides left.", expect: ["entities": ["Joe Biden", "Biden"]]),
            StageExample("He praised the Islamic Emirate of Afghanistan and the Ministry of Foreign Affairs.",
                         expect: ["entities": ["Islamic Emirate of Afghanistan", "Ministry of Foreign Affairs"]]),
            StageExample("Russia Grants Recognition to Taliban Government of Afghanistan\n\nNonetheless, Moscow waited.",
                         expect: ["entities": ["Moscow"]]),
        ]
    )
}
