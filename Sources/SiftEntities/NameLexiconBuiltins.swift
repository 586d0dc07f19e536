// Generated from Config/lexicons/names/ (see those files for provenance and licences) by
// Tests/SiftEntitiesTests/NameLexiconFilesTests.swift. Do not edit: change the .txt file, then run
// `SIFT_WRITE_NAME_LEXICONS=1 swift test --filter NameLexiconFilesTests`.

/// Built-in copies of the word lists in `Config/lexicons/names/`, so that the `names` stage works
/// from any folder without a `lexicon_dir`.
enum NameLexiconBuiltins {
    /// The text of each list (entries only; comments are in the files).
    static let texts: [NameWordList: String] = [
        .titles: titles,
        .titleModifiers: titleModifiers,
        .heads: heads,
        .prefixes: prefixes,
        .particles: particles,
        .functionWords: functionWords,
        .nonNames: nonNames,
        .givenNames: givenNames,
        .commonWords: commonWords,
    ]

    static let titles = #"""
        Mr
        Mr.
        Mrs
        Mrs.
        Ms
        Ms.
        Mx.
        Miss
        Messrs.
        Dr
        Dr.
        Prof
        Prof.
        professor
        Sir
        Dame
        Lord
        Lady
        Madam
        Monsieur
        Mme
        Herr
        president
        president-elect
        vice president
        vice-president
        prime minister
        premier
        chancellor
        minister
        foreign minister
        defence minister
        defense minister
        interior minister
        finance minister
        Justice Minister
        health minister
        trade minister
        economy minister
        energy minister
        education minister
        culture minister
        agriculture minister
        foreign secretary
        home secretary
        secretary
        secretary of state
        secretary of defense
        secretary-general
        secretary general
        General Secretary
        under-secretary
        undersecretary
        ambassador
        envoy
        diplomat
        consul
        consul general
        attaché
        chargé d'affaires
        governor
        governor-general
        mayor
        senator
        Sen.
        congressman
        congresswoman
        Representative
        Rep.
        lawmaker
        legislator
        parliamentarian
        mp
        Speaker
        commissioner
        spokesman
        spokeswoman
        spokesperson
        press secretary
        adviser
        advisor
        aide
        counsellor
        counselor
        negotiator
        mediator
        King
        Queen
        Prince
        Princess
        crown prince
        Emperor
        Empress
        Sultan
        Emir
        Sheikh
        Shaikh
        Sheikha
        Duke
        Duchess
        Earl
        Count
        Countess
        Baron
        Baroness
        Pope
        Cardinal
        Archbishop
        Bishop
        Rabbi
        Imam
        Mullah
        Ayatollah
        grand ayatollah
        Reverend
        Rev.
        Pastor
        Father
        Sister
        Brother
        General
        Gen.
        Lieutenant General
        Major General
        Brigadier General
        Lt. Gen.
        Maj. Gen.
        Lieutenant
        Lt.
        Colonel
        Col.
        Lieutenant Colonel
        Lt. Col.
        Major
        Maj.
        Captain
        Capt.
        Commander
        Cmdr.
        Admiral
        Adm.
        vice admiral
        rear admiral
        Marshal
        field marshal
        Brigadier
        Brig.
        Sergeant
        Sgt.
        Corporal
        Cpl.
        Private
        Pvt.
        Commodore
        Colonel General
        Detective
        Det.
        Inspector
        Insp.
        Constable
        Sheriff
        Superintendent
        Officer
        Judge
        Justice
        chief justice
        attorney general
        attorney
        prosecutor
        lawyer
        barrister
        solicitor
        chairman
        chairwoman
        chairperson
        Chair
        chief executive
        chief executive officer
        ceo
        cfo
        coo
        cto
        founder
        co-founder
        director
        director general
        director-general
        managing director
        president and ceo
        executive director
        manager
        coach
        analyst
        economist
        strategist
        expert
        scientist
        researcher
        professor emeritus
        historian
        activist
        campaigner
        leader
        opposition leader
        party leader
        commander-in-chief
        dictator
        cleric
        scholar
        journalist
        reporter
        correspondent
        editor
        columnist
        commentator
        photographer
        author
        writer
        novelist
        poet
        playwright
        filmmaker
        actor
        actress
        singer
        rapper
        comedian
        artist
        designer
        architect
        businessman
        businesswoman
        entrepreneur
        billionaire
        banker
        investor
        candidate
        nominee
        challenger
        incumbent
        counterpart
        predecessor
        successor
        striker
        midfielder
        defender
        goalkeeper
        quarterback
        pitcher
        wife
        husband
        son
        daughter
        mother
        dad
        mom
        mum
        uncle
        aunt
        cousin
        nephew
        niece
        grandson
        granddaughter
        grandfather
        grandmother
        """#

    static let titleModifiers = #"""
        former ex acting interim caretaker deputy vice assistant associate senior junior chief first second
        then late incoming outgoing current new retired special top principal lead executive co under
        permanent shadow veteran longtime
        """#

    static let heads = #"""
        Ministry ORG
        Ministries ORG
        Department ORG
        Office ORG
        Court ORG
        Tribunal ORG
        Council ORG
        Cabinet ORG
        Commission ORG
        Committee ORG
        Agency ORG
        Authority ORG
        Administration ORG
        Bureau ORG
        Directorate ORG
        Secretariat ORG
        Service ORG
        Services ORG
        Parliament ORG standalone
        Congress ORG standalone
        Senate ORG standalone
        Duma ORG standalone
        Knesset ORG standalone
        Bundestag ORG standalone
        Majlis ORG standalone
        Assembly ORG
        Legislature ORG
        Chamber ORG
        Government ORG
        Police ORG standalone
        Army ORG standalone
        Navy ORG standalone
        Forces ORG
        Guard ORG
        Guards ORG
        Corps ORG
        Command ORG
        Fleet ORG
        Party ORG
        Movement ORG
        Front ORG
        Alliance ORG
        Coalition ORG
        Union ORG
        Federation ORG
        Association ORG
        Society ORG
        League ORG
        Foundation ORG
        Fund ORG
        Trust ORG
        Institute ORG
        Institution ORG
        Organisation ORG
        Organization ORG
        Brigade ORG
        Brigades ORG
        Taskforce ORG
        Network ORG
        Club ORG
        Team ORG
        Center ORG
        Centre ORG
        Orchestra ORG
        Choir ORG
        Church ORG
        Inc. ORG suffix
        Inc ORG suffix
        Incorporated ORG suffix
        Ltd ORG suffix
        Ltd. ORG suffix
        Limited ORG suffix
        Corp. ORG suffix
        Corp ORG suffix
        Corporation ORG
        Co. ORG suffix
        Company ORG
        Companies ORG
        LLC ORG suffix
        LLP ORG suffix
        PLC ORG suffix
        Plc ORG suffix
        GmbH ORG suffix
        AG ORG suffix
        S.A. ORG suffix
        N.V. ORG suffix
        B.V. ORG suffix
        Pvt ORG suffix
        INC. ORG suffix
        INC ORG suffix
        LTD ORG suffix
        LTD. ORG suffix
        CORP. ORG suffix
        L.P. ORG suffix
        LP ORG suffix
        Pty ORG suffix
        Group ORG
        Holdings ORG
        Bank ORG
        Airlines ORG
        Airways ORG
        Motors ORG
        Industries ORG
        Enterprises ORG
        Partners ORG
        Associates ORG
        Systems ORG
        Technologies ORG
        Labs ORG
        Laboratories ORG
        Media ORG
        News ORG
        Press ORG
        Times ORG
        Post ORG
        Journal ORG
        Herald ORG
        Tribune ORG
        Gazette ORG
        Radio ORG
        Television ORG
        Broadcasting ORG
        Records ORG
        Books ORG
        Energy ORG
        Studios ORG
        Pictures ORG
        Exchange ORG
        University ORG
        College ORG
        Academy ORG
        School ORG
        Hospital FAC
        Clinic ORG
        Airport FAC
        Station FAC
        Bridge FAC
        Tunnel FAC
        Street FAC
        Avenue FAC
        Road FAC
        Boulevard FAC
        Highway FAC
        Square FAC
        Plaza FAC
        Stadium FAC
        Museum FAC
        Gallery FAC
        Library FAC
        Palace FAC
        Castle FAC
        Tower FAC
        Towers FAC
        Building FAC
        Cathedral FAC
        Mosque FAC
        Temple FAC
        Synagogue FAC
        Hotel FAC
        Prison FAC
        Base FAC
        Dam FAC
        Canal FAC
        Port FAC
        Harbour FAC
        Harbor FAC
        Mall FAC
        Theatre FAC
        Theater FAC
        Cinema FAC
        Hall FAC
        River LOC
        Lake LOC
        Sea LOC
        Ocean LOC
        Gulf LOC
        Bay LOC
        Strait LOC
        Straits LOC
        Channel LOC
        Island LOC
        Islands LOC
        Isles LOC
        Peninsula LOC
        Mountain LOC
        Mountains LOC
        Mount LOC
        Hills LOC
        Valley LOC
        Desert LOC
        Canyon LOC
        Coast LOC
        Beach LOC
        Falls LOC
        Forest LOC
        Park LOC
        Basin LOC
        Plateau LOC
        Delta LOC
        Glacier LOC
        Republic GPE
        Kingdom GPE
        Emirates GPE
        Commonwealth GPE
        Principality GPE
        Province GPE
        County GPE
        Oblast GPE
        Prefecture GPE
        Governorate GPE
        Territory GPE
        City GPE
        War EVENT
        Battle EVENT
        Revolution EVENT
        Olympics EVENT
        Games EVENT
        Cup EVENT
        Championship EVENT
        Championships EVENT
        Summit EVENT
        Festival EVENT
        Conference EVENT
        Forum EVENT
        Expo EVENT
        Election EVENT
        Elections EVENT
        """#

    static let prefixes = #"""
        San GPE
        Santa GPE
        Santo GPE
        São GPE
        Sao GPE
        Los GPE
        Las GPE
        Saint GPE
        St. GPE
        Ste. GPE
        Sainte GPE
        Fort GPE
        Ft. GPE
        Port GPE
        Puerto GPE
        Porto GPE
        Ciudad GPE
        Nueva GPE
        Nuevo GPE
        Nizhny GPE
        Novo GPE
        Villa GPE
        Lake LOC
        Mount LOC
        Mt. LOC
        Cape LOC
        Isle LOC
        Isla LOC
        Gulf LOC
        Rio LOC
        Río LOC
        Hurricane EVENT
        Typhoon EVENT
        Cyclone EVENT
        Storm EVENT
        Tropical EVENT
        Operation EVENT
        """#

    static let particles = #"""
        al el ul bin ibn bint ben abu van von der den ter ten de del della dei di da das dos du la le y zu
        """#

    static let functionWords = #"""
        a an the this that these those there here it its he she we they i you him her his hers their theirs
        our ours my mine your yours me us them itself himself herself themselves ourselves yourself some any
        many much most more all both each every either neither several few no none nothing nobody everyone
        everybody everything someone somebody something anyone anything another other such and or but nor so
        yet if when while whenever where wherever why how what whatever who whom whose which whichever
        whether although though because since unless until till than as after before once however then also
        now today tonight yesterday tomorrow thus hence still meanwhile moreover furthermore therefore
        instead otherwise indeed later earlier finally first firstly secondly next last not only even just
        perhaps maybe please thanks thank yes yeah no well oh hi hello hey dear ok okay in on at for to from
        with by during under over about above below against between among amid amidst without within despite
        according like unlike of off into onto upon through throughout toward towards via per across along
        around behind beside besides beyond inside outside near except is are was were be been being am do
        does did done can could would should must shall will may might have has had having let here's
        there's it's that's what's i'm i've i'd i'll you're we're they're he's she's don't doesn't didn't
        can't won't isn't aren't wasn't weren't
        """#

    static let nonNames = #"""
        monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
        january february march april june july august september october november december jan feb mar apr
        jun jul aug sep sept oct nov dec am pm a.m. p.m. ad bc ce bce ok yay wow yes no aka eta tba tbd rsvp
        q&a r&d p&l m&a atm mri dna hiv aids ai api sql xml ip lcd led hr pr ipo irr rfp rfq sla kpi roi evp
        svp vp cto coo phd mba md dm dui vhs lng lpg seo iso psa tv ceo cfo faq pdf url html http https www
        usb dvd cd pc gps sms id vip diy asap fyi btw imo imho lol lmao rofl omg wtf thx pls plz re fw fwd
        cc bcc ps pps nb etc p.s. ps. n.b. vs mph kph km kg gdp covid edt est pst pdt gmt utc cst cdt mst
        bst cet god lord christmas ramadan eid easter
        """#
}
