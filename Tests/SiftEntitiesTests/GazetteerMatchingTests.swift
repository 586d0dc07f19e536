import SiftCore
import SiftEntities
import Testing

/// Matching rules: leftmost-longest, priorities between lists, case modes, diacritics, apostrophes,
/// hyphens, acronym periods, stop-lists, sentence ends.
@Suite struct GazetteerMatchingTests {
    static let places = """
        # name\tlabel\tid\taliases
        Moscow\tGPE\tQ649
        Russia\tGPE\tQ159\tRussian Federation
        Kremlin\tFAC\tQ42861\tthe Kremlin
        Sergey Lavrov\tPERSON\tQ190629\tLavrov
        New York\tGPE\tQ60
        New York City\tGPE\tQ60
        Taliban\tORG\tQ42418
        US\tGPE\tQ30\tU.S.\tUnited States
        Kyiv\tGPE\tQ1899
        WHO\tORG\tQ7817\tWorld Health Organization
        Łódź\tGPE\tQ580
        McDonald's\tORG\tQ38076
        St. Petersburg\tGPE\tQ656
        Guinea-Bissau\tGPE\tQ1007
        """

    @Test func findsNamesWithLabelIdAndSource() throws {
        let stage = try GazetteerFixture.stage(Self.places)
        #expect(try GazetteerFixture.entities("Sergey Lavrov met officials in Moscow.", stage)
                == ["Sergey Lavrov|PERSON|Q190629|list", "Moscow|GPE|Q649|list"])
    }

    @Test func leftmostLongestWins() throws {
        let stage = try GazetteerFixture.stage(Self.places)
        #expect(try GazetteerFixture.names("He lives in New York City now, not in New York.", stage) == ["New York City", "New York"])
        #expect(try GazetteerFixture.names("Lavrov spoke.", stage) == ["Lavrov"])
    }

    @Test func aliasesShareTheEntryId() throws {
        let stage = try GazetteerFixture.stage(Self.places)
        #expect(try GazetteerFixture.entities("The Russian Federation and the Kremlin.", stage)
                == ["Russian Federation|GPE|Q159|list", "the Kremlin|FAC|Q42861|list"])
    }

    @Test func possessivesEndBeforeTheSuffix() throws {
        let stage = try GazetteerFixture.stage(Self.places)
        #expect(try GazetteerFixture.names("Russia’s army and Russia's navy. Lavrov's trip.", stage) == ["Russia", "Russia", "Lavrov"])
        #expect(try GazetteerFixture.names("She ate at McDonald's.", stage) == ["McDonald's"], "a listed possessive form is kept whole")
    }

    @Test func hyphenatedCompoundsContainTheName() throws {
        let stage = try GazetteerFixture.stage(Self.places)
        #expect(try GazetteerFixture.names("A Taliban-led government.", stage) == ["Taliban"])
        #expect(try GazetteerFixture.names("Guinea-Bissau and Guinea–Bissau voted.", stage) == ["Guinea-Bissau", "Guinea–Bissau"])
        // Many compounds: more units than tokens, so the per-document buffers grow while matching.
        let compounds = String(repeating: "anti-war e-mail well-to-do ", count: 60) + "Taliban-led."
        #expect(try GazetteerFixture.names(compounds, stage) == ["Taliban"])
    }

    @Test func acronymPeriodsDoNotMatter() throws {
        let stage = try GazetteerFixture.stage(Self.places)
        #expect(try GazetteerFixture.entities("The U.S. and the US agree.", stage) == ["U.S.|GPE|Q30|list", "US|GPE|Q30|list"])
        let dotted = try GazetteerFixture.stage("U.S.\tGPE\tQ30\n")
        #expect(try GazetteerFixture.names("The US said so, as did the U.S.", dotted) == ["US", "U.S"])
        #expect(try GazetteerFixture.names("He went to St. Petersburg today.", stage) == ["St. Petersburg"])
    }

    @Test func diacriticsAreIgnoredByDefault() throws {
        let stage = try GazetteerFixture.stage(Self.places)
        #expect(try GazetteerFixture.names("Kýiv, Kyiv, Lodz and Łódź.", stage) == ["Kýiv", "Kyiv", "Lodz", "Łódź"])
        let strict = try GazetteerFixture.stage(Self.places, diacritics: false)
        #expect(try GazetteerFixture.names("Kýiv, Kyiv, Lodz and Łódź.", strict) == ["Kyiv", "Łódź"])
    }

    @Test func decomposedTextMatchesComposedNames() throws {
        let strict = try GazetteerFixture.stage("Łódź\tGPE\tQ580\n", diacritics: false)
        #expect(try GazetteerFixture.names("In \u{141}o\u{301}dz\u{301} today.", strict) == ["\u{141}o\u{301}dz\u{301}"])
    }

    @Test func caseModes() throws {
        let text = "In New York and new york and NEW YORK. The US and us and Us."
        let smart = try GazetteerFixture.stage(Self.places, caseMode: .smart)
        #expect(try GazetteerFixture.names(text, smart) == ["New York", "NEW YORK", "US"])
        let insensitive = try GazetteerFixture.stage(Self.places, caseMode: .insensitive)
        #expect(try GazetteerFixture.names(text, insensitive) == ["New York", "new york", "NEW YORK", "US", "us", "Us"])
        let sensitive = try GazetteerFixture.stage(Self.places, caseMode: .sensitive)
        #expect(try GazetteerFixture.names(text, sensitive) == ["New York", "US"])
    }

    @Test func smartCaseKeepsAcronymsInCapitals() throws {
        let stage = try GazetteerFixture.stage(Self.places)
        #expect(try GazetteerFixture.names("Who said so? The WHO did.", stage) == ["WHO"])
        let lowercase = try GazetteerFixture.stage("adidas\tORG\tQ3895\n")
        #expect(try GazetteerFixture.names("adidas and Adidas.", lowercase) == ["adidas", "Adidas"], "names listed in lower case match any case")
    }

    @Test func smartCaseKeepsCapitalsInsideWords() throws {
        let stage = try GazetteerFixture.stage("LeT\tORG\tQ231925\nMcDonald's\tORG\tQ38076\n")
        #expect(try GazetteerFixture.names("Let them talk. LeT denied it. LET denied it too.", stage) == ["LeT", "LET"])
        #expect(try GazetteerFixture.names("McDonald's and MCDONALD'S, not Mcdonald's.", stage) == ["McDonald's", "MCDONALD'S"])
        let insensitive = try GazetteerFixture.stage("LeT\tORG\tQ231925\n", caseMode: .insensitive)
        #expect(try GazetteerFixture.names("Let them talk.", insensitive) == ["Let"], "only the smart mode looks at inner capitals")
    }

    @Test func caseFoldingIsFullUnicode() throws {
        let stage = try GazetteerFixture.stage("Große Freiheit\tLOC\tQ1546296\n", caseMode: .insensitive, diacritics: false)
        #expect(try GazetteerFixture.names("On GROSSE FREIHEIT and große freiheit.", stage) == ["GROSSE FREIHEIT", "große freiheit"])
        let dotted = try GazetteerFixture.stage("İstanbul\tGPE\tQ406\n", caseMode: .insensitive)
        #expect(try GazetteerFixture.names("From istanbul to ISTANBUL.", dotted) == ["istanbul", "ISTANBUL"])
    }

    @Test func stopListedWordsMustBeWrittenAsNames() throws {
        let stage = try GazetteerFixture.stage(
            "May\tPERSON\tQ264766\nTheresa May\tPERSON\tQ264766\nTurkey\tGPE\tQ43\n", stoplist: "# common words\nMay\nturkey\n")
        #expect(try GazetteerFixture.names("May I come? We met May yesterday.", stage) == ["May"])
        #expect(try GazetteerFixture.entities("We met May yesterday.", stage) == ["May|PERSON|Q264766|list"])
        #expect(try GazetteerFixture.names("You may go in MAY or may not.", stage).isEmpty)
        #expect(try GazetteerFixture.names("Turkey said no. They ate turkey in Turkey.", stage) == ["Turkey"])
        #expect(try GazetteerFixture.names("May said it. Theresa May agreed.", stage) == ["Theresa May"])
    }

    @Test func matchesDoNotCrossSentences() throws {
        let stage = try GazetteerFixture.stage("York Minster\tFAC\tQ212398\n")
        #expect(try GazetteerFixture.names("He moved to New York. Minster is a town.", stage).isEmpty)
        #expect(try GazetteerFixture.names("We saw York Minster.", stage) == ["York Minster"])
    }

    @Test func namesAreTokenAligned() throws {
        let stage = try GazetteerFixture.stage(Self.places)
        #expect(try GazetteerFixture.names("Moscowitz and Muscovites and #Moscow.", stage).isEmpty)
    }
}
