"""Word lists the rules read: countries and their demonyms, ways the press names a post, the
head words that tell an organisation's kind, speech verbs and the capitalised words that start
sentences without naming anyone. Plain data, so that a rule's reach is visible in one place."""

import unicodedata

# ISO 3166-1 alpha-2 code, name, other names, demonyms. A state the database does not hold yet
# is offered as a new actor of kind `state` under its name here; demonyms tie a post ("Egyptian
# intelligence chief") to the state recorded with that country code.
_COUNTRY_TABLE = """
AF|Afghanistan||Afghan
AL|Albania||Albanian
DZ|Algeria||Algerian
AD|Andorra||Andorran
AO|Angola||Angolan
AG|Antigua and Barbuda||
AR|Argentina||Argentine,Argentinian
AM|Armenia||Armenian
AU|Australia||Australian
AT|Austria||Austrian
AZ|Azerbaijan||Azerbaijani,Azeri
BS|Bahamas|The Bahamas|Bahamian
BH|Bahrain||Bahraini
BD|Bangladesh||Bangladeshi
BB|Barbados||Barbadian
BY|Belarus||Belarusian
BE|Belgium||Belgian
BZ|Belize||Belizean
BJ|Benin||Beninese
BT|Bhutan||Bhutanese
BO|Bolivia||Bolivian
BA|Bosnia and Herzegovina|Bosnia|Bosnian
BW|Botswana||
BR|Brazil||Brazilian
BN|Brunei|Brunei Darussalam|Bruneian
BG|Bulgaria||Bulgarian
BF|Burkina Faso||Burkinabe
BI|Burundi||Burundian
KH|Cambodia||Cambodian
CM|Cameroon||Cameroonian
CA|Canada||Canadian
CV|Cape Verde|Cabo Verde|Cape Verdean
CF|Central African Republic||
TD|Chad||Chadian
CL|Chile||Chilean
CN|China|Beijing|Chinese
CO|Colombia||Colombian
KM|Comoros||Comorian
CD|Democratic Republic of the Congo|DR Congo,DRC|Congolese
DM|Dominica||
GQ|Equatorial Guinea||Equatoguinean
SZ|Eswatini|Swaziland|Swazi
FJ|Fiji||Fijian
GD|Grenada||Grenadian
GW|Guinea-Bissau||Bissau-Guinean
GY|Guyana||Guyanese
JM|Jamaica||Jamaican
KI|Kiribati||
LS|Lesotho||
LI|Liechtenstein||
LU|Luxembourg||
MV|Maldives||Maldivian
MT|Malta||Maltese
MH|Marshall Islands||Marshallese
MU|Mauritius||Mauritian
MC|Monaco||Monegasque
NR|Nauru||Nauruan
PW|Palau||Palauan
CG|Republic of the Congo|Congo-Brazzaville|
CR|Costa Rica||Costa Rican
HR|Croatia||Croatian
CU|Cuba||Cuban
CY|Cyprus||Cypriot
CZ|Czech Republic|Czechia|Czech
DK|Denmark||Danish
DJ|Djibouti||Djiboutian
DO|Dominican Republic||Dominican
EC|Ecuador||Ecuadorian
EG|Egypt||Egyptian
SV|El Salvador||Salvadoran
ER|Eritrea||Eritrean
EE|Estonia||Estonian
ET|Ethiopia||Ethiopian
FI|Finland||Finnish
FR|France||French
GA|Gabon||Gabonese
GM|Gambia||Gambian
GE|Georgia||Georgian
DE|Germany||German
GH|Ghana||Ghanaian
GR|Greece||Greek
GT|Guatemala||Guatemalan
GN|Guinea||Guinean
HT|Haiti||Haitian
HN|Honduras||Honduran
HU|Hungary||Hungarian
IS|Iceland||Icelandic
IN|India||Indian
ID|Indonesia||Indonesian
IR|Iran|Tehran|Iranian
IQ|Iraq||Iraqi
IE|Ireland||Irish
IL|Israel||Israeli
IT|Italy||Italian
CI|Ivory Coast|Cote d'Ivoire|Ivorian
JP|Japan||Japanese
JO|Jordan||Jordanian
KZ|Kazakhstan||Kazakh
KE|Kenya||Kenyan
XK|Kosovo||Kosovar
KW|Kuwait||Kuwaiti
KG|Kyrgyzstan||Kyrgyz
LA|Laos||Lao,Laotian
LV|Latvia||Latvian
LB|Lebanon||Lebanese
LR|Liberia||Liberian
LY|Libya||Libyan
LT|Lithuania||Lithuanian
MG|Madagascar||Malagasy
MW|Malawi||Malawian
MY|Malaysia||Malaysian
ML|Mali||Malian
MR|Mauritania||Mauritanian
MX|Mexico||Mexican
FM|Micronesia|Federated States of Micronesia|Micronesian
MD|Moldova||Moldovan
MN|Mongolia||Mongolian
ME|Montenegro||Montenegrin
MA|Morocco||Moroccan
MZ|Mozambique||Mozambican
MM|Myanmar|Burma|Burmese
NA|Namibia||Namibian
NP|Nepal||Nepalese,Nepali
NL|Netherlands|Holland|Dutch
NZ|New Zealand||
NI|Nicaragua||Nicaraguan
NE|Niger||Nigerien
NG|Nigeria||Nigerian
KP|North Korea||North Korean
MK|North Macedonia|Macedonia|Macedonian
NO|Norway||Norwegian
OM|Oman||Omani
PK|Pakistan||Pakistani
PS|Palestine|State of Palestine|Palestinian
PA|Panama||Panamanian
PG|Papua New Guinea||
PY|Paraguay||Paraguayan
PE|Peru||Peruvian
PH|Philippines||Philippine,Filipino
PL|Poland||Polish
PT|Portugal||Portuguese
QA|Qatar||Qatari
RO|Romania||Romanian
RU|Russia|Russian Federation,Moscow|Russian
RW|Rwanda||Rwandan
KN|Saint Kitts and Nevis|St Kitts and Nevis|
LC|Saint Lucia|St Lucia|Saint Lucian
VC|Saint Vincent and the Grenadines|St Vincent and the Grenadines,St Vincent|Vincentian
WS|Samoa||Samoan
SM|San Marino||
ST|Sao Tome and Principe||
SA|Saudi Arabia|Riyadh|Saudi
SN|Senegal||Senegalese
RS|Serbia||Serbian,Serb
SC|Seychelles||
SL|Sierra Leone||
SG|Singapore||Singaporean
SK|Slovakia||Slovak
SI|Slovenia||Slovenian
SB|Solomon Islands||
SO|Somalia||Somali
ZA|South Africa||South African
KR|South Korea|Seoul|South Korean
SS|South Sudan||South Sudanese
ES|Spain||Spanish
LK|Sri Lanka||Sri Lankan
SD|Sudan||Sudanese
SR|Suriname||Surinamese
SE|Sweden||Swedish
CH|Switzerland||Swiss
SY|Syria|Damascus|Syrian
TW|Taiwan||Taiwanese
TJ|Tajikistan||Tajik
TZ|Tanzania||Tanzanian
TH|Thailand||Thai
TL|Timor-Leste||Timorese
TG|Togo||Togolese
TO|Tonga||Tongan
TT|Trinidad and Tobago||Trinidadian
TN|Tunisia||Tunisian
TR|Turkey|Turkiye,Türkiye,Ankara|Turkish
TM|Turkmenistan||Turkmen
TV|Tuvalu||Tuvaluan
UG|Uganda||Ugandan
UA|Ukraine|Kyiv,Kiev|Ukrainian
AE|United Arab Emirates|UAE,Emirates|Emirati
GB|United Kingdom|UK,Britain,Great Britain|British
US|United States|US,U.S.,USA,America,United States of America,Washington|American,US,U.S.
UY|Uruguay||Uruguayan
UZ|Uzbekistan||Uzbek
VU|Vanuatu||
VA|Holy See|Vatican,Vatican City|
VE|Venezuela||Venezuelan
VN|Vietnam|Viet Nam|Vietnamese
YE|Yemen||Yemeni
ZM|Zambia||Zambian
ZW|Zimbabwe||Zimbabwean
SU|Soviet Union|USSR,U.S.S.R.,Moscow|Soviet
YU|Yugoslavia||Yugoslav
CS|Czechoslovakia||Czechoslovak
DD|East Germany|German Democratic Republic|East German
"""


def _countries():
    table = []
    for line in _COUNTRY_TABLE.strip().splitlines():
        code, name, others, demonyms = line.split("|")
        table.append(
            (code, name, [o for o in others.split(",") if o], [d for d in demonyms.split(",") if d])
        )
    return table


COUNTRIES = _countries()
# The last four rows are states that no longer exist, under the codes ISO 3166-1 gave them:
# histories in wire copy name them as parties ("declared independence from Yugoslavia").
# Timor-Leste is listed without "East Timor": until 2002 that was a territory's name, no state's
# ("the vote on East Timor's future" in 1999); a recorded alias covers later use.

# Capitals stand for their government in wire copy ("Washington said"); only these few, whose
# use as a state's voice is common, are listed above as other names of the state. A city name
# as a place (a meeting "in Moscow") is read from the database's locations first.

# The crown a state's government is named after in British usage ("Her Majesty's Government",
# "the King's Government"), and the state whose crown that is where the article names it or it
# is recorded (actors.py, `crown_government_at`): the state, not a new body.
CROWN_WORDS = ("majesty", "queen", "king")
CROWN_COUNTRY = "GB"

# The ways the press names a post, by the title a Position records. Each key is a normal form
# (see names.normalize_name) of a title; a position whose title contains the key also answers to
# the phrases listed. "the top US diplomat" is the Secretary of State of the United States.
TITLE_SYNONYMS = {
    "secretary of state": ["top diplomat", "chief diplomat", "secretary"],
    "foreign minister": ["top diplomat", "chief diplomat", "foreign secretary", "minister"],
    "minister of foreign affairs": ["foreign minister", "top diplomat", "chief diplomat"],
    "foreign secretary": ["foreign minister", "top diplomat"],
    "president": ["president", "head of state", "leader"],
    "prime minister": ["premier", "pm", "head of government", "leader", "prime minister"],
    # the head of government of France's Third and Fourth Republics, of Italy's kingdom and
    # republic: "Premier Léon Blum ... the Premier" for the President of the Council
    "president of the council of ministers": ["premier", "prime minister", "head of government"],
    "intelligence chief": ["spy chief", "intelligence head", "intelligence director"],
    "director of general intelligence": ["intelligence chief", "spy chief"],
    "spokesman": ["spokesperson", "spokeswoman", "spokesman"],
    "spokesperson": ["spokesman", "spokeswoman"],
    "spokeswoman": ["spokesperson", "spokesman"],
    "king": ["monarch", "king"],
    "emir": ["emir", "amir", "ruler"],
    "defence minister": ["defense minister", "defense secretary"],
    "defense minister": ["defence minister", "defense secretary"],
    "secretary general": ["secretary-general", "chief", "head"],
    "envoy": ["envoy", "special envoy", "negotiator"],
    "special envoy": ["envoy", "negotiator"],
    "chief negotiator": ["negotiator", "lead negotiator"],
    "leader": ["leader", "chief", "head"],
    "political chief": ["political leader", "leader", "political bureau chief"],
    "chairman": ["chairman", "chair", "head"],
}

# Posts the press puts before a name ("Prime Minister Benjamin Netanyahu"): they show that the
# name is a person's, and when a state or body precedes them ("Hamas political chief Ismail
# Haniyeh") the article introduces a post that later references ("the Hamas leader") resolve to.
PERSON_TITLES = [
    "president",
    "vice president",
    "prime minister",
    "deputy prime minister",
    "foreign minister",
    "minister",
    "defence minister",
    "defense minister",
    "interior minister",
    "finance minister",
    "secretary of state",
    "secretary",
    "secretary general",
    "secretary-general",
    "under secretary",
    "undersecretary",
    "under-secretary",
    "ambassador",
    "envoy",
    "special envoy",
    "special representative",
    "negotiator",
    "chief negotiator",
    "lead negotiator",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chief",
    "intelligence chief",
    "spy chief",
    "army chief",
    "political chief",
    "military chief",
    "leader",
    "commander",
    # a command written as a rank before the name ("Brigade Commander Alexander Vasilevsky")
    "brigade commander",
    "division commander",
    "corps commander",
    "battalion commander",
    "general",
    "gen",
    "lieutenant general",
    "colonel",
    "col",
    # military ranks as wire copy abbreviates them before a name ("Maj. Gen. X", "Capt. Y")
    "maj",
    "lt",
    # the older wire abbreviation of lieutenant ("Army commander Lieut. Gen. X"), no name
    "lieut",
    "brig",
    "capt",
    "sgt",
    "adm",
    "admiral",
    "king",
    "queen",
    "emir",
    "amir",
    "crown prince",
    "prince",
    "sheikh",
    # a knighthood's honorific, which wire copy writes before the name like a title
    "sir",
    "dame",
    # a peer's rank, written before the name the same way ("Baron Kentaro Kaneko")
    "baron",
    "baroness",
    "marquis",
    "viscount",
    "sultan",
    "chancellor",
    "premier",
    "governor",
    "mayor",
    "senator",
    "sen",
    "representative",
    "rep",
    "speaker",
    "chairman",
    "chairwoman",
    "chairperson",
    "head",
    "director",
    "mediator",
    "pope",
    "cardinal",
    "mr",
    "mrs",
    "ms",
    "dr",
    "top diplomat",
    "chief diplomat",
    "foreign secretary",
    "adviser",
    "advisor",
    "national security adviser",
    "official",
    "counterpart",
    "ruler",
    "strongman",
    "dictator",
    "warlord",
    "coordinator",
]

# The last word of an organisation's name tells its kind; checked on new actors only.
KIND_HEAD_WORDS = {
    "armed_group": [
        "brigades",
        "brigade",
        "militia",
        "militias",
        "army",
        "forces",
        # "Me'ekamui Defence Force", "Bougainville Resistance Force"
        "force",
        "front",
        "fighters",
        "rebels",
        "guerrillas",
        "corps",
        "battalion",
        "battalions",
        "jihad",
        "mujahideen",
        "tigers",
    ],
    "political_movement": [
        "movement",
        "party",
        "congress",
        "league",
        "alliance",
        "coalition",
        "bloc",
        "organisation",
        "organization",
        # "Rally of the Republicans", "Congolese Rally for Democracy"
        "rally",
    ],
    "government_body": [
        "ministry",
        "directorate",
        "presidency",
        "parliament",
        "cabinet",
        "government",
        "office",
        "department",
        "agency",
        "service",
        "senate",
        "assembly",
        "court",
        "police",
        "secretariat",
        "administration",
        "kremlin",
        "knesset",
        "duma",
        "house",
    ],
    # "the Holy Synod", "the Lutheran Church-Missouri Synod": a church's governing council
    "other": ["church", "patriarchate", "synod"],
    "international_org": [
        "nations",
        "union",
        "council",
        "commission",
        "fund",
        "bank",
        "committee",
        "community",
        "mission",
        "programme",
        "program",
        "authority",
    ],
}

# Multi-word names of international bodies whose head word alone is ambiguous.
INTERNATIONAL_ORG_MARKERS = [
    "united nations",
    "african union",
    "european union",
    "arab league",
    "nato",
    "red cross",
    "international",
    "world",
    "un",
    "eu",
    "au",
    "ecowas",
    "igad",
    "asean",
    "osce",
    "icrc",
]

# A state's ministry named by its portfolio ("the Norwegian foreign ministry", "Russia's
# defence ministry"): the word the press writes -> the portfolio in the ministry's full name.
MINISTRY_PORTFOLIOS = {
    "foreign": "Foreign Affairs",
    "defence": "Defence",
    "defense": "Defense",
    "interior": "Interior",
    "finance": "Finance",
    "justice": "Justice",
    "health": "Health",
    "information": "Information",
    "energy": "Energy",
    "oil": "Oil",
    "trade": "Trade",
    "economy": "Economy",
    # two words before "ministry": "India's external affairs ministry"
    "external affairs": "External Affairs",
    "home affairs": "Home Affairs",
}

# The people a party sends to negotiate, meet or answer for it: "the Haitian delegation", "Hamas
# negotiators", "the Bolivian plenipotentiaries", "Haiti's commissioners". They are the party
# itself wherever its name, possessive or adjective stands before them (tests/intake/articles/
# README.md: a delegation gives its body's answer); one list for every step that reads a party
# through them (signals, meetings, actors), plurals and collective nouns alike.
DELEGATION_NOUNS = {
    "delegation",
    "delegations",
    "delegates",
    "deputation",
    "negotiators",
    "envoys",
    "emissaries",
    "commissioners",
    "plenipotentiaries",
    "representatives",
}

# The same nouns as a regular expression's alternatives, the longest first.
A_DELEGATION_NOUN = "(?:" + "|".join(sorted(DELEGATION_NOUNS, key=len, reverse=True)) + ")"

# Nouns for the people who act for a group, which the press qualifies with the group's name in
# the singular: "Bosnian Serb leaders" are the Bosnian Serbs acting, "Houthi negotiators" the
# Houthis.
GROUP_NOUNS = DELEGATION_NOUNS | {
    "leaders",
    "leadership",
    "officials",
    "commanders",
    "fighters",
    "forces",
    # "Zapatista rebels", "Taliban insurgents": the members of an armed group under arms
    "rebels",
    "guerrillas",
    "militants",
    "insurgents",
}

# The posts of those who lead a body or speak for it (not a deputy's: "deputy head of the
# Congress" signs for himself), as a regular expression's alternatives
A_HEAD_POST = (
    r"(?<!deputy\s)(?<!vice\s)(?<!former\s)(?:head|leader|chair(?:man|woman|person)?"
    r"|president|commander|speaker|spokes(?:man|woman|person)|(?:chief\s+)?negotiator"
    r"|secretary[\s-]general|general\s+secretary"
    # "Buozzi, secretary of the Federation of Metal Workers": a union's or a party's secretary
    # is its head, as its general secretary is (not an assistant or executive one, a staff
    # post) (t56h)
    r"|(?<!assistant\s)(?<!executive\s)secretary"
    # "X, chief executive of the Government of the Ryukyu Islands": the head of a government
    # or a company, not "chief" alone
    r"|chief\s+executive"
    # "the chief of staff of the Angolan Armed Forces": the head of an army (tune50c)
    r"|chief\s+of\s+(?:the\s+)?(?:general\s+|defen[cs]e\s+)?staff"
    # (after the longer posts it opens, so that a post read up to its end is the whole post)
    r"|chief)"
)
# The posts whose holder speaks for the state or body the post is of: its head, a state's
# minister or envoy ("the British ambassador", "Norway's special envoy"). A holder who answers
# or meets as such gives that body's answer and stands for it (tests/intake/articles/README.md:
# a person who answers as the holder of a post gives that body's answer).
A_POST_THAT_SPEAKS_FOR_IT = (
    r"(?:ambassador|envoy|minister|representative|delegate|" + A_HEAD_POST + r")"
)
# The same, with the word that tells which of the body's posts it is, where one stands before it
# ("foreign minister", "prime minister", "top envoy", "acting president"): not a word naming
# another body ("its union president", "Israel's opposition leader") nor one that sets the
# holder apart from the post ("former", "deputy")
A_QUALIFIED_POST_THAT_SPEAKS_FOR_IT = (
    r"(?:(?:"
    + "|".join(sorted(MINISTRY_PORTFOLIOS, key=len, reverse=True))
    + r"|prime|top|chief|special|acting|interim|new)\s+)?"
    + A_POST_THAT_SPEAKS_FOR_IT
)

# Verbs that introduce reported speech, in the forms wire copy uses.
SPEECH_VERBS = [
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "stated",
    "states",
    "warned",
    "warns",
    "insisted",
    "insists",
    "declared",
    "declares",
    "noted",
    "notes",
    "stressed",
    "stresses",
    "wrote",
    "writes",
    "tweeted",
    "posted",
    "announced",
    "announces",
    "urged",
    "urges",
    "argued",
    "argues",
    "explained",
    "explains",
    "asked",
    "asks",
    "replied",
    "replies",
    "responded",
    "continued",
    "acknowledged",
    "acknowledges",
    "conceded",
    "concedes",
    "claimed",
    "claims",
    "vowed",
    "vows",
    "promised",
    "promises",
    "pledged",
    "described",
    "called",
    "calls",
    "cautioned",
    "admitted",
    "emphasised",
    "emphasized",
    "underlined",
    "recalled",
    "repeated",
    "remarked",
    "commented",
    "confirmed",
    "confirms",
    "denied",
    "denies",
    "demanded",
    "demands",
    "quoted",
]

# Capitalised words that start sentences or headlines without naming anyone; a run of
# capitalised words beginning with one of them is read from its second word.
FUNCTION_WORDS = set(
    [
        "a",
        "about",
        "above",
        "according",
        "across",
        "after",
        "afterwards",
        "again",
        "against",
        "all",
        "along",
        "also",
        "although",
        "amid",
        "among",
        "an",
        "and",
        "another",
        "any",
        "are",
        "as",
        "at",
        "because",
        "before",
        "behind",
        "being",
        "below",
        "beneath",
        "beside",
        "besides",
        "between",
        "both",
        "but",
        "by",
        "despite",
        "during",
        "each",
        "earlier",
        "either",
        "even",
        "ever",
        "every",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "he",
        "her",
        "here",
        "hers",
        "him",
        "his",
        "how",
        "however",
        "if",
        "in",
        "inside",
        "instead",
        "into",
        "is",
        "it",
        "its",
        "last",
        "later",
        "late",
        "early",
        "mid",
        "meanwhile",
        "more",
        "moreover",
        "most",
        "much",
        "my",
        "neither",
        "never",
        "nevertheless",
        "next",
        "no",
        "nonetheless",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "one",
        "only",
        "or",
        "other",
        "otherwise",
        "our",
        "out",
        "outside",
        "over",
        "per",
        "since",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "thereafter",
        "these",
        "they",
        "this",
        "those",
        "though",
        "through",
        "throughout",
        "thus",
        "to",
        "today",
        "tomorrow",
        "too",
        "toward",
        "towards",
        "under",
        "unlike",
        "unless",
        "until",
        "up",
        "upon",
        "us",
        "was",
        "we",
        "were",
        "what",
        "whatever",
        "when",
        "where",
        "whereas",
        "whether",
        "which",
        "while",
        "who",
        "whom",
        "whose",
        "why",
        "will",
        "with",
        "within",
        "without",
        "would",
        "yesterday",
        "yet",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "dozens",
        "hundreds",
        "thousands",
        "you",
        "your",
        "speaking",
        "asked",
        "deal",
        "talks",
        "talk",
        "new",
        "several",
        "many",
        "few",
        "both",
        "still",
        "already",
        "just",
        "while",
        "once",
        "separately",
        "meanwhile",
        "elsewhere",
        "analysts",
        "officials",
        "sources",
        "diplomats",
        "critics",
        "observers",
        "residents",
        "witnesses",
        "negotiators",
        "mediators",
        "troops",
        "forces",
        "fighting",
    ]
)


# --- Status signals (negotiations/intake/signals.py) ---
# Capitals that wire copy makes a government's voice when they answer a proposal ("Beirut
# answered with amendments", "Reykjavik turned down the offer"), by ISO 3166-1 code: every
# capital of `CAPITALS` below, and Tel Aviv, which wire copy uses for Israel's government too.
# Read only right before a response phrase, so a capital as a place ("talks in Doha") is never
# a respondent. Filled in below, once `CAPITALS` is built.
STATE_CAPITALS: dict[str, str] = {"Tel Aviv": "IL"}


# -- tune-actors: words the date, quote and actor rules of the fourth round read ---------------

# -- verbs: the clause reader's lexicon (clauses.py), read by the date and signal steps too ----

# Base forms of the verbs news copy about negotiations uses; the clause reader (clauses.py) reads
# every form of each as that verb, irregular ones from `IRREGULAR_VERBS`.
_VERB_LEMMA_TEXT = """
    accept accuse acknowledge add address adopt agree aim allow announce answer approve argue
    arrive ask attend back ban become begin believe block boycott break bring broker call
    cancel capture caution charge choose claim close come commit complete concede conclude
    condemn confirm consider continue convene counter criticise criticize decide declare
    decline defend delay demand deny deploy describe dismiss disrupt do draft drop embrace
    emphasise emphasize end endorse ensure enter expect expire extend face fail fall fight
    finalise finalize find fly follow force gather get give go greet guarantee halt hand have
    hear help hold host hope host ignore impose include initial insist intend invite issue join
    keep kill launch lead leave lift make mediate meet mention move name negotiate note object
    offer open oppose order oversee pass phone plan pledge pose postpone present press promise
    propose prove provide publish pull push put raise ratify reach receive recognise recognize
    reconvene refuse reiterate reject release remain renew renounce repeat reply report request
    require resign resist respond restore resume return review revise rule scrap secure see
    seek seize send set settle shake sign speak spend spurn stage stand start state stay stop
    stress study submit suggest support suspend table take talk tell tell threaten travel try
    turn urge veto visit vote vow wait walk want warn weigh welcome withdraw work write
    run win lose pay sit rise strike draw arise overturn undertake shut cut win let bring
    affirm allege announce appoint approach assure attack balk block brief cede clinch cite
    collapse contest convince dispute dissolve elect emerge escalate establish exchange expel
    forge fly greet head hail implement inform insist kidnap mark monitor overrule pave
    persuade praise pressure prompt protest question quit rebuff recall regard reinforce
    replace resolve restate reward rise sabotage scuttle shun slam spark stall stipulate
    succeed sue summon surrender swear tie trade unveil uphold usher violate waive chair
    represent control govern command own accompany join lodge wrap finish need step shuttle
    withhold foresee hammer iron thrash overtake think understand know tear telephone die
    drive ride hang bear beat bind build buy
    catch deal dig feed feel forbid forget forgive grow hide hit hurt lay lend mean overcome
    override ring shoot sink spread steal sweep swing teach throw wake wear weep wind
    fear doubt wish
    nullify annul invalidate
    """
VERB_LEMMAS = frozenset(_VERB_LEMMA_TEXT.split())

# Base form -> (past, past participle) for the irregular ones in VERB_LEMMAS.
IRREGULAR_VERBS = {
    "be": ("was", "been"),
    "become": ("became", "become"),
    "begin": ("began", "begun"),
    "break": ("broke", "broken"),
    "bring": ("brought", "brought"),
    "choose": ("chose", "chosen"),
    "come": ("came", "come"),
    "do": ("did", "done"),
    "draw": ("drew", "drawn"),
    "fall": ("fell", "fallen"),
    "fight": ("fought", "fought"),
    "find": ("found", "found"),
    "fly": ("flew", "flown"),
    "get": ("got", "got"),
    "give": ("gave", "given"),
    "go": ("went", "gone"),
    "have": ("had", "had"),
    "hear": ("heard", "heard"),
    "hold": ("held", "held"),
    "keep": ("kept", "kept"),
    "lead": ("led", "led"),
    "leave": ("left", "left"),
    "make": ("made", "made"),
    "meet": ("met", "met"),
    "put": ("put", "put"),
    "see": ("saw", "seen"),
    "seek": ("sought", "sought"),
    "send": ("sent", "sent"),
    "set": ("set", "set"),
    "shake": ("shook", "shaken"),
    "speak": ("spoke", "spoken"),
    "spend": ("spent", "spent"),
    "stand": ("stood", "stood"),
    "take": ("took", "taken"),
    "tell": ("told", "told"),
    "withdraw": ("withdrew", "withdrawn"),
    "write": ("wrote", "written"),
    "say": ("said", "said"),
    "run": ("ran", "run"),
    "win": ("won", "won"),
    "lose": ("lost", "lost"),
    "pay": ("paid", "paid"),
    "sit": ("sat", "sat"),
    "rise": ("rose", "risen"),
    "arise": ("arose", "arisen"),
    "strike": ("struck", "struck"),
    "undertake": ("undertook", "undertaken"),
    "shut": ("shut", "shut"),
    "cut": ("cut", "cut"),
    "let": ("let", "let"),
    "swear": ("swore", "sworn"),
    "uphold": ("upheld", "upheld"),
    "drive": ("drove", "driven"),
    "ride": ("rode", "ridden"),
    "hang": ("hung", "hung"),
    "bear": ("bore", "borne"),
    "beat": ("beat", "beaten"),
    "bind": ("bound", "bound"),
    "build": ("built", "built"),
    "buy": ("bought", "bought"),
    "catch": ("caught", "caught"),
    "deal": ("dealt", "dealt"),
    "dig": ("dug", "dug"),
    "feed": ("fed", "fed"),
    "feel": ("felt", "felt"),
    "forbid": ("forbade", "forbidden"),
    "forget": ("forgot", "forgotten"),
    "forgive": ("forgave", "forgiven"),
    "grow": ("grew", "grown"),
    "hide": ("hid", "hidden"),
    "hit": ("hit", "hit"),
    "hurt": ("hurt", "hurt"),
    "lay": ("laid", "laid"),
    "lend": ("lent", "lent"),
    "mean": ("meant", "meant"),
    "overcome": ("overcame", "overcome"),
    "override": ("overrode", "overridden"),
    "ring": ("rang", "rung"),
    "shoot": ("shot", "shot"),
    "sink": ("sank", "sunk"),
    "spread": ("spread", "spread"),
    "steal": ("stole", "stolen"),
    "sweep": ("swept", "swept"),
    "swing": ("swung", "swung"),
    "teach": ("taught", "taught"),
    "throw": ("threw", "thrown"),
    "wake": ("woke", "woken"),
    "wear": ("wore", "worn"),
    "weep": ("wept", "wept"),
    "wind": ("wound", "wound"),
    "foresee": ("foresaw", "foreseen"),
    "withhold": ("withheld", "withheld"),
    "overtake": ("overtook", "overtaken"),
    "think": ("thought", "thought"),
    "understand": ("understood", "understood"),
    "know": ("knew", "known"),
    "tear": ("tore", "torn"),
}

# Verbs that take another verb after "to" and form one group with it: "refused to sign" is one
# act of refusing whose object is signing. "has yet to" and "is expected to" are read here too.
CATENATIVE_LEMMAS = {
    "agree", "aim", "attempt", "decide", "decline", "expect", "fail", "hope", "intend", "offer",
    "plan", "pledge", "promise", "propose", "refuse", "seek", "threaten", "try", "vow", "want",
    "vote", "move", "have", "be", "continue", "begin", "start", "prepare", "set", "wait",
    "need",
}  # fmt: skip
SPEECH_LEMMAS = {
    "mean", "think", "know", "suggest", "show", "indicate", "signal", "feel", "fear",
    "say", "tell", "add", "state", "warn", "insist", "declare", "note", "stress", "write",
    "announce", "argue", "explain", "reply", "claim", "acknowledge", "concede", "confirm",
    "deny", "report", "emphasise", "emphasize", "caution", "reiterate", "believe", "hope",
    "doubt", "wish", "expect",
}  # fmt: skip
# Verbs whose object does what the infinitive after it says: "urged both camps to sign".
OBJECT_CONTROL_LEMMAS = {
    "urge", "ask", "press", "call", "persuade", "tell", "invite", "pressure", "force", "allow",
    "encourage", "convince", "order", "push", "help", "want", "expect", "warn", "lobby",
}  # fmt: skip
# Verbs of saying with a hearer before what is said: "told reporters (that) ..."
HEARER_LEMMAS = {"tell", "inform", "assure", "warn", "remind", "brief", "notify", "promise"}

# Past forms that a date right after them dates ("said Monday", "met on Friday", "signed
# Saturday"): such a date is past whatever else the sentence says of the future. Regular past
# forms ("answered", "signed") are read by their ending; these are the irregular pasts of
# IRREGULAR_VERBS, but for an auxiliary's ("was", "had": "was due on Monday") and one written
# as its present ("put", "set": "set to resume on Monday"), which tell no past by themselves.
IRREGULAR_PAST_VERBS = {
    past
    for lemma, (past, _) in IRREGULAR_VERBS.items()
    if past != lemma and lemma not in ("be", "have", "do")
}


# Words of a clause that point ahead when they stand before a date in it ("he said he would
# convene another meeting in July", "aim to finish by May 15", "a ceasefire to begin Feb. 1",
# "ahead of the Nov. 1 election"). Weaker than "will": read in the date's own clause only.
FORWARD_CLAUSE_WORDS = [
    r"would", r"could", r"might", r"aims?\s+to", r"plans?\s+to", r"intends?\s+to",
    r"hopes?\s+to", r"wants?\s+to", r"ahead\s+of",
    # "hoped to have a draft law ready by the autumn": a hope, plan or aim looks ahead in the
    # past as in the present
    r"(?:hoped|planned|aimed|intended)\s+to", r"in\s+time\s+for", r"set\s+to",
    r"(?:leaves?|takes?)\s+office",
    r"goes?\s+to\s+the\s+polls", r"steps?\s+down",
    r"(?:set|slated|planned|pencill?ed|penciled|scheduled|due|expected)\s+for",

]  # fmt: skip

# The present of a scheduled event right before its date points ahead: "the summit opens
# Thursday", "parliament votes on Monday".
SCHEDULED_PRESENT_VERBS = {
    "opens", "begins", "starts", "resumes", "convenes", "reconvenes", "expires", "ends",
    "closes", "arrives", "travels", "votes", "meets",
    # "his proposal that the talks resume on Monday": the plural, or a proposal's subjunctive
    "resume", "reconvene", "convene", "begin", "start", "open",
}  # fmt: skip

# The days of the week as English copy writes them, Monday first as date.weekday() counts them
# (not calendar.day_name, which follows any locale the process sets). One list for every module
# that reads a weekday: the sentence cutter, dates, actors and signals.
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY_PATTERN = "|".join(WEEKDAY_NAMES)

# Days the calendar names by a holiday: (month, day).
FIXED_HOLIDAYS = {
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "boxing day": (12, 26),
}

# Verbs that name what they quote rather than report it ("spoke of “a glimmer of hope”",
# "dismissed it as “theatre”", "calling it an “illegal surrender”"): a speech verb only right
# before the quote. The gerunds speak for the subject of their sentence.
CHARACTERISING_VERBS = {
    "spoke", "speaks", "talked", "referred", "dismissed", "branded", "denounced", "praised",
    "termed", "dubbed", "labelled", "labeled", "hailed", "lauded", "decried", "condemned",
}  # fmt: skip
CHARACTERISING_GERUNDS = {
    "calling", "describing", "branding", "dubbing", "terming", "labelling", "labeling",
    "dismissing", "hailing", "denouncing", "praising", "citing", "accusing", "urging",
    "vowing", "arguing", "explaining", "declaring", "promising", "pledging",
    # "proclaimed the amnesty, offering “amnesty and unconditional pardon”": the offer's words
    "offering",
}  # fmt: skip

# People of the street a report quotes without a name ("a fisherman", "a tram conductor"), as
# a regular expression's alternatives; read by quotes.py (who speaks) and signals.py (whom a
# "he" after one stands for)
COMMON_PEOPLE = (
    r"(?!hu)[a-z]*(?:man|woman)|friar|priest|monk|nun|labou?rer|worker|conductor|skipper|driver|"
    r"farmer|trader|shopkeeper|villager|student|teacher|veteran|survivor|refugee|docker|miner|"
    r"pensioner|vendor|merchant|nurse|widow|mother|father|passer-by|"
    # people of a trade or a crowd a report meets on its rounds (tune45d)
    r"shareholder|signaller|commuter|passenger|bystander|onlooker|shopper|"
    # "a retired steelworker", "a coffee-shop owner", "an elder from Perthshire", "a controller
    # coming off the overnight shift" (r67spokesman)
    r"[a-z]+worker|owner|elder|controller"
)

# Nouns for a person the article does not name ("a diplomat close to the mediation said"): a
# pronoun after such a subject speaks for nobody the article names.
UNNAMED_PERSON_NOUNS = {
    "diplomat", "official", "source", "aide", "adviser", "advisor", "spokesman", "spokeswoman",
    "spokesperson", "analyst", "witness", "resident", "member", "negotiator", "mediator",
    "commander", "envoy", "officer", "lawmaker", "delegate", "participant", "observer", "expert",
    "minister", "insider", "person", "man", "woman", "activist", "fighter", "soldier", "ambassador",
}  # fmt: skip

# Posts a speaker is named by alone ("the Cypriot president said", "the minister told
# reporters") when the article named the person before.
SPEAKER_POSTS = {
    "president", "minister", "premier", "chancellor", "envoy", "leader", "chief", "negotiator",
    "mediator", "secretary", "secretary-general", "king", "emir", "prince", "sheikh", "ambassador",
    "commander", "general", "spokesman", "spokeswoman", "spokesperson", "foreign minister",
    "prime minister", "head", "chairman", "chairperson", "commissioner",
    # a king's consort or a reigning queen, like "king" ("the queen said in a brief address")
    "queen",
}  # fmt: skip
# Church offices and ranks an article calls a person by once it has named him ("the patriarch
# replied", "the Archbishop is said to think ill of it", "the Governor told the chiefs")
SPEAKER_POSTS |= {
    "pope", "patriarch", "archbishop", "bishop", "cardinal", "metropolitan", "governor",
    "governor-general", "viceroy", "emperor", "tsar", "czar", "sultan", "mayor", "captain",
    "colonel",
}  # fmt: skip

# "Benigno Aquino III", "Martin Luther King Jr.": the surname is the word before these.
GENERATIONAL_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "v"}

# More nouns the press puts before a person's name ("Malaysian facilitator X", "primary
# front-runner X"), and plurals before two names joined by "and" ("separatist leaders A and B").
PERSON_TITLES.extend(
    [
        "facilitator", "front-runner", "frontrunner", "candidate", "presidential candidate",
        "opposition leader", "activist", "lawmaker", "delegate", "moderator", "arbitrator",
        # "Politburo member Piotr Nowicki", "Knesset member Ahmad Tibi": one of a named body
        "member",
        "leaders", "presidents", "ministers", "foreign ministers", "negotiators", "envoys",
        "commanders", "chiefs", "mediators",
    ]
)  # fmt: skip

# What a person has and an organisation does not: "Nur Misuari, whose Moro National Liberation
# Front signed ...", "X, whose party backed the deal": "whose" before these is said of a person.
PERSONAL_BODIES = [
    "party", "movement", "front", "faction", "militia", "coalition", "administration",
    "government", "rebels", "group",
]  # fmt: skip

# Capitals by ISO code. A capital that acts ("Kigali welcomed the call", "Beirut answered on
# Oct. 4 ...", "Yerevan's proposal") stands for its state when the state is recorded, even
# where the database also records the city as a place; after "in", "at", "to", "from" it is
# the place ("talks in Beirut").
_CAPITAL_TABLE = """
AF|Kabul
IS|Reykjavik
PG|Port Moresby
AL|Tirana
DZ|Algiers
AO|Luanda
AR|Buenos Aires
AM|Yerevan
AU|Canberra
AT|Vienna
AZ|Baku
BH|Manama
BD|Dhaka
BY|Minsk
BE|Brussels
BJ|Porto-Novo
BO|La Paz
BA|Sarajevo
BW|Gaborone
BR|Brasilia,Brasília
BG|Sofia
BF|Ouagadougou
BI|Gitega,Bujumbura
KH|Phnom Penh
CM|Yaounde,Yaoundé
CA|Ottawa
CF|Bangui
TD|N'Djamena,Ndjamena
CL|Santiago
CN|Beijing
CO|Bogota,Bogotá
CD|Kinshasa
CG|Brazzaville
CR|San Jose
CI|Yamoussoukro,Abidjan
HR|Zagreb
CU|Havana
CY|Nicosia
CZ|Prague
DK|Copenhagen
DJ|Djibouti
DO|Santo Domingo
EC|Quito
EG|Cairo
SV|San Salvador
ER|Asmara
EE|Tallinn
ET|Addis Ababa
FI|Helsinki
FR|Paris
GA|Libreville
GM|Banjul
GE|Tbilisi
DE|Berlin
GH|Accra
GR|Athens
GT|Guatemala City
GN|Conakry
GW|Bissau
HT|Port-au-Prince
HN|Tegucigalpa
HU|Budapest
IN|New Delhi
ID|Jakarta
IR|Tehran
IQ|Baghdad
IE|Dublin
IL|Jerusalem
IT|Rome
JP|Tokyo
JO|Amman
KZ|Astana
KE|Nairobi
KP|Pyongyang
KR|Seoul
XK|Pristina
KW|Kuwait City
KG|Bishkek
LA|Vientiane
LV|Riga
LB|Beirut
LR|Monrovia
LY|Tripoli
LT|Vilnius
MG|Antananarivo
MW|Lilongwe
MY|Kuala Lumpur
ML|Bamako
MR|Nouakchott
MX|Mexico City
FM|Palikir
MD|Chisinau
MN|Ulaanbaatar
ME|Podgorica
MA|Rabat
MZ|Maputo
MM|Naypyidaw
NA|Windhoek
NP|Kathmandu
NL|The Hague,Amsterdam
NZ|Wellington
NI|Managua
NE|Niamey
NG|Abuja
MK|Skopje
NO|Oslo
OM|Muscat
PK|Islamabad
PS|Ramallah
PA|Panama City
PY|Asuncion
PE|Lima
PH|Manila
PL|Warsaw
PT|Lisbon
QA|Doha
RO|Bucharest
RU|Moscow
RW|Kigali
SA|Riyadh
SN|Dakar
RS|Belgrade
SL|Freetown
SG|Singapore
SK|Bratislava
SI|Ljubljana
SO|Mogadishu
ZA|Pretoria
SS|Juba
ES|Madrid
LK|Colombo
SD|Khartoum
SE|Stockholm
CH|Bern
SY|Damascus
TW|Taipei
TJ|Dushanbe
TZ|Dodoma
TH|Bangkok
TL|Dili
TG|Lome,Lomé
TN|Tunis
TR|Ankara
TM|Ashgabat
UG|Kampala
UA|Kyiv,Kiev
AE|Abu Dhabi
GB|London
US|Washington
UY|Montevideo
UZ|Tashkent
VA|Vatican City
VE|Caracas
VN|Hanoi
YE|Sanaa,Sana'a
ZM|Lusaka
ZW|Harare
"""
CAPITALS = {
    code: names.split(",")
    for code, names in (line.split("|") for line in _CAPITAL_TABLE.strip().splitlines())
}
# The seats of states since dissolved (the last rows of the country table): the capital stands
# for the former state where the article records it and not the present one ("Prague had not
# answered it" in 1938 is Czechoslovakia's answer; "Moscow" is listed above as the Soviet Union's).
FORMER_STATE_SEATS = {"CS": ["Prague"], "YU": ["Belgrade"]}
# Seats of government a state has since moved (or a capital's name since changed): the city
# stands for the state up to the year given, as its capital does ("Bonn reserved its position"
# in 1955, "Petrograd wired its acceptance" in 1918); later it is only a city (tune40g: shared
# by the signals' and the actors' readings)
FORMER_CAPITALS = {
    "Bonn": ("DE", 1999),
    "Rangoon": ("MM", 2005),
    "Lagos": ("NG", 1991),
    "Karachi": ("PK", 1959),
    "Rio de Janeiro": ("BR", 1960),
    "Almaty": ("KZ", 1997),
    "Alma-Ata": ("KZ", 1997),
    "Dar es Salaam": ("TZ", 1996),
    # (tune36c) "Petrograd wired its acceptance" in March 1918: the seat before Moscow
    "Petrograd": ("RU", 1918),
    # (tune40g) the Wade-Giles name of Beijing, written until pinyin replaced it
    "Peking": ("CN", 1979),
}
# The buildings and streets a state's government sits in, by the name the press gives them: the
# seat that answers stands for its state, as a capital does ("the White House welcomed the
# plan", "Downing Street rejected it", "the Porte has taken note"); the codes in order, the
# first recorded one answering (the Kremlin is Russia's, or the Soviet Union's before 1992)
SEATS_OF_GOVERNMENT = {
    "White House": ["US"],
    "Foggy Bottom": ["US"],
    "Downing Street": ["GB"],
    "Number 10": ["GB"],
    "Whitehall": ["GB"],
    "Elysee": ["FR"],
    "Elysee Palace": ["FR"],
    "Quai d'Orsay": ["FR"],
    "Kremlin": ["RU", "SU"],
    "Porte": ["TR"],
    "Sublime Porte": ["TR"],
    "Wilhelmstrasse": ["DE"],
    "Ballhausplatz": ["AT"],
    "Consulta": ["IT"],
    "Palazzo Chigi": ["IT"],
    "Farnesina": ["IT"],
    "Casa Rosada": ["AR"],
    "Planalto": ["BR"],
    "Itamaraty": ["BR"],
    "Los Pinos": ["MX"],
    "Moncloa": ["ES"],
    "Miraflores": ["VE"],
    "Malacanang": ["PH"],
    "Blue House": ["KR"],
    "Zhongnanhai": ["CN"],
}
FORMER_STATES_OF_SEAT: dict[str, list[str]] = {}
for _code, _seats in FORMER_STATE_SEATS.items():
    for _seat in _seats:
        FORMER_STATES_OF_SEAT.setdefault(_seat, []).append(_code)


def fold_accents(text: str) -> str:
    """The text with each accented letter written as its base letter ("Asunción" as "Asuncion"),
    one character for one, so that offsets into it are offsets into the text."""
    return "".join(
        unicodedata.normalize("NFKD", char)[0] if len(char.encode()) > 1 else char for char in text
    )


# read without accents, so that "Asunción" and "Asuncion" are one capital however the table
# spells it (and the text is folded the same way where it is looked up)
STATE_CAPITALS.update(
    (fold_accents(name), code) for code, names in CAPITALS.items() for name in names
)
# What a capital does when it stands for its state.
CAPITAL_VOICE_VERBS = {
    "answered", "responded", "replied", "countered", "accused", "denied", "wants", "hopes",
    "insists", "says", "said", "was", "is", "has", "had", "would", "will", "sent", "offered",
    "proposed", "rejected", "accepted", "agreed", "refused", "welcomed", "demanded", "warned",
    "signed", "withdrew", "recalled", "summoned", "expelled", "announced", "objected", "balked",
    "retaliated", "backed", "supports", "supported", "opposes", "opposed", "blamed", "declined",
    "confirmed", "condemned", "urged", "called", "vowed", "pledged", "insisted", "maintains",
    "maintained", "submitted", "approved", "ratified", "reserved",
}  # fmt: skip
# The participles of an answer whose agent after "by" a capital stands for its state ("had been
# turned down by Asunción", "endorsed by Moscow"): the word before "by".
CAPITAL_PASSIVE_ANSWERS = {
    "down", "rejected", "refused", "accepted", "endorsed", "approved", "welcomed", "backed",
    "opposed", "ratified", "signed", "spurned", "rebuffed", "dismissed",
}  # fmt: skip

# Last words of places and buildings, never of a person's name ("Gaza City", "the West Bank",
# "Lancaster House"): a name ending in one is not taken for a person on weak evidence.
PLACE_HEAD_WORDS = {
    "city", "strip", "bank", "valley", "province", "region", "state", "island", "islands",
    "county", "district", "mountains", "river", "corridor", "camp", "square", "palace", "house",
    "hall", "hotel", "airport", "base", "port", "sea", "gulf", "heights", "plain", "desert",
    "border", "crossing", "street", "avenue", "centre", "center", "building",
}  # fmt: skip

# Words that name an event, by the event they name: "the same day" in a sentence about "the
# meeting" (or right after one about "the signing") is the day the article gave for meeting
# ("met in Doha on Tuesday") or signing ("signed Saturday").
EVENT_WORDS = {
    "met": "meet", "meet": "meet", "meets": "meet", "meeting": "meet", "meetings": "meet",
    "summit": "meet", "signed": "sign", "signing": "sign", "signature": "sign", "sign": "sign",
    "initialled": "initial", "initialed": "initial", "initialling": "initial",
    "talks": "talk", "talked": "talk", "negotiations": "talk", "vote": "vote", "voted": "vote",
    "voting": "vote", "referendum": "vote", "attack": "attack", "attacked": "attack",
    "attacks": "attack", "offensive": "attack", "strike": "attack", "strikes": "attack",
    "announced": "announce", "announcement": "announce", "visit": "visit", "visited": "visit",
    "arrived": "visit", "arrival": "visit", "ceremony": "ceremony", "election": "election",
    "elections": "election", "call": "call", "called": "call", "phoned": "call",
    "telephoned": "call",
}  # fmt: skip
# What a state has that a city does not: "Yerevan's proposal" is Armenia's, "Kabul's airport"
# is the city's.
CAPITAL_POSSESSIONS = {
    "proposal", "proposals", "position", "offer", "response", "reply", "answer", "demand",
    "demands", "envoy", "envoys", "delegation", "negotiators", "stance", "refusal", "decision",
    "plan", "request", "move", "claim", "claims", "backing", "support", "approval", "rejection",
    "acceptance", "draft", "counterproposal", "counter-proposal", "allies", "ally", "objections",
    "conditions", "terms", "insistence", "concerns", "role", "policy", "signature",
}  # fmt: skip


# -- Actors' own lists (tune5-actors) ---------------------------------------------------------
# Posts that introduce a person's name in negotiations/intake/actors.py only ("Archbishop Jaime
# ...", "Enlargement Commissioner ...", "his deputy, ..."); PERSON_TITLES is shared with the
# meeting and signal rules, which these do not need to change.
ACTOR_NAMING_TITLES = [
    "deputy",
    "commissioner",
    "archbishop",
    "bishop",
    "imam",
    "rabbi",
    "patriarch",
    "deputy speaker",
    "deputy head",
    "assistant secretary",
    "assistant secretary of state",
    # "the UAE's Minister of State for Foreign Affairs Anwar Gargash"
    "minister of state",
    "minister of state for foreign affairs",
    "director general",
    "director-general",
    # a churchman's title ("Canon Burgess Carr", "the Reverend X") and a rank written with a
    # hyphen ("Major-General Joseph Lagu", "Brigadier-General X") are no part of the name
    "canon",
    "reverend",
    # the same as wire copy abbreviates it ("the Rev. Alojzy Orszulik"), and the Malaysian
    # knighthood written before the name like "Sir" ("Tan Sri Ghazali Shafie")
    "rev",
    "tan sri",
    # a prelate's honorific, in full and as wire copy abbreviates it ("Monsignor Antoine
    # Camilleri", "Msgr. X"): no part of the name
    "monsignor",
    "msgr",
    "major general",
    "major-general",
    "brigadier general",
    "brigadier-general",
    "brigadier",
    "lieutenant colonel",
    "lieutenant-colonel",
    "lieutenant-general",
    # a naval or a field rank before the name ("Vice-Admiral Sir William Parker", "Rear Admiral
    # X", "Commodore X", "Marshal X", "Captain X", "Major X")
    "vice admiral",
    "vice-admiral",
    "rear admiral",
    "rear-admiral",
    "commodore",
    "marshal",
    "field marshal",
    "captain",
    "major",
    "lieutenant",
    "vice premier",
    "vice-premier",
    "first vice premier",
    "first vice-premier",
    # a company's head written before his name ("Ford CEO Jim Farley", "new Chief Executive
    # Kelly Ortberg", "Netflix co-CEO Ted Sarandos") and a priest's ("Father X"): no part of it
    "ceo",
    "co-ceo",
    "chief executive",
    "chief executive officer",
    # a team's or a firm's owner ("San Antonio Spurs owner Peter Holt")
    "owner",
    "father",
    # a monarch's and a noble's title ("the Emperor William", "Count von Moltke")
    "emperor",
    "empress",
    "count",
    "countess",
    # the honorific owed a governor or an envoy ("his Excellency William Franklin"): no part
    # of the name
    "excellency",
    # a governor's title as wire copy abbreviates it ("Former California Gov. Ronald Reagan")
    "gov",
]
# Posts of an appositive that follows a new name without an article when a complement
# follows the post ("X, mayor of ...", "X, commander of ...", "X, director general of ...").
APPOSITIVE_POSTS = [
    "mayor", "commander", "director", "director general", "director-general", "head",
    "leader", "chief", "speaker", "deputy speaker", "deputy head", "deputy leader", "chairman",
    "chairwoman", "chairperson", "president", "vice president", "premier", "governor",
    "minister", "secretary", "secretary-general", "secretary general", "general secretary",
    "envoy", "ambassador", "spokesman",
    "spokeswoman", "spokesperson", "founder", "commissioner", "archbishop", "bishop",
    "member", "negotiator", "adviser", "advisor", "representative", "coordinator",
    # "Ido, prince of Tsushima,", "X, lord of Mito": a title of rank over a domain
    "prince", "lord",
]  # fmt: skip
# Head words of a body's name read by the actor rules only, by kind (KIND_HEAD_WORDS is shared):
# "the Henry Dunant Centre", "the Contact Group", "the Chinese People's Volunteers".
# "Germany's Bundestag", "the approval of the Sejm": legislatures called by their own one-word
# names, like the Knesset and the Duma (tune45d)
LEGISLATURES_OF_ONE_WORD = [
    "bundestag", "bundesrat", "sejm", "riksdag", "storting", "folketing", "eduskunta",
]  # fmt: skip

ACTOR_EXTRA_HEAD_WORDS = {
    # "the Nicaraguan Resistance", "the Mozambican National Resistance"
    "armed_group": [
        "volunteers", "guard", "guards", "militants", "insurgents", "resistance",
        # "Ateke Tom, who leads the Niger Delta Vigilante"
        "vigilante", "vigilantes",
    ],
    # "the National Diet", "the Imperial Diet": a legislature so named
    "government_body": [
        "politburo", "junta", "legislature", "ministries", "council of ministers", "diet",
        # "the Chamber of Deputies", "the rebel Chamber of Representatives"
        "chamber",
        # "the Doctors' and Dentists' Review Body", "the Senior Salaries Review Body" (tune38g)
        "body",
        # "the Bureau of Meteorology", "the Federal Bureau of Investigation" (tune51f)
        "bureau",
        *LEGISLATURES_OF_ONE_WORD,
    ],
    "other": [
        # "Friends of the Earth", "the Friends of Syria": a body of its friends
        "friends",
        "group", "centre", "center", "foundation", "institute", "society", "fellowship",
        "federation", "association", "network", "troika", "quartet",
        # "the Confederation of British Industry"
        "confederation",
        # "the New Ireland Forum", "the Nigeria Governors' Forum": a body met as a forum
        "forum",
        # "The Surrey Commercial Dock Company has yet to reply": a chartered or trading company
        "company",
        # "The West Indies Cricket Board of Control has accepted": a board that runs a sport or
        # a trade; "the rival bid of Traders Limited", "a global agreement with News Corp": a
        # firm's name ends on its legal form (tune51f)
        "board", "corp", "limited", "ltd",
    ],
}  # fmt: skip
# Words of a date's clause that put it ahead, read by negotiations/intake/dates.py beside
# FORWARD_CLAUSE_WORDS: "was to add his signature on Tuesday" (what was planned, seen from
# before it), "clears the way for the signing ... on Monday", "in preparation for".
DATE_FORWARD_CLAUSE_WORDS = [
    r"(?:was|were)\s+to\s+(?!have\b|be\s+\w+ed\b)\w+",
    r"(?:clears?|cleared|paves?|paved|opens?|opened)\s+the\s+way\s+for",
    r"in\s+(?:preparation|readiness)\s+for",
    # "X is expected in Rome on Friday", "the envoys are expected back on Monday": a present
    # expectation of someone's arrival points ahead, as "expected to arrive" does
    r"(?:is|are)\s+expected\s+(?:in|at|back)",
    # "a student movement that is urging voters to add a seventh ballot on Sunday": what a
    # request still being made asks for is ahead (not "was urging", told in the past)
    r"(?:is|are)\s+(?:urging|asking|pressing|calling\s+on)\s+(?:[\w’'-]+\s+){1,6}?to\s+\w+",
]  # fmt: skip
# Verbs whose object may be a quoted passage, read as speech right before a quote by
# negotiations/intake/quotes.py beside CHARACTERISING_VERBS: "renounced “the use of ...”",
# "pledged to “extend our hand”", and the infinitive after "to" ("telephoned X to praise his
# “courage”").
QUOTE_OBJECT_VERBS = {
    "renounced", "renounces", "pledged", "pledges", "vowed", "vows", "promised", "promises",
    "undertook", "rejected", "rejects", "demanded", "demands", "urged", "urges", "thanked",
    "praise", "hail", "thank", "condemn", "denounce", "renounce", "describe", "call", "urge",
    "welcome", "reject", "demand", "pledge", "promise", "vow",
    # "Wang backed “a negotiated solution”": the words one backs or endorses are his own
    "backed", "backs", "endorsed", "endorses",
}  # fmt: skip
# Common nouns for a body that, written in lower case next to a capitalised word the engine does
# not know, say that word names the body: "his Likud party", "the Ennahda movement", "the
# nationalist movement Vetevendosje".
BODY_COMMON_NOUNS = {
    "party": "political_movement",
    "movement": "political_movement",
    "faction": "political_movement",
    "militia": "armed_group",
    "rebels": "armed_group",
}
# Head words of a body that wire copy also writes in lower case, its recorded name spelt as
# common words ("the ruling seven-party alliance" for the Seven Party Alliance, "the contact
# group"): such a phrase is asked of the name index and matched after "the".
LOWERCASE_BODY_HEADS = [
    "alliance", "coalition", "bloc", "front", "council", "commission", "committee", "group",
]  # fmt: skip
# Head words that are a group's proper name on their own, capitalised ("the Troika of the U.S.,
# U.K. and Norway", "the Quartet said"): offered as a body although a head word alone is not.
ACTOR_PROPER_HEADS = ["troika", "quartet", "politburo", "junta"]
# Head words that name a body only before "of" and what it is of (tune38g): "the Royal College
# of Nursing", "the College of Cardinals" are bodies, "Dartmouth College" and "the Electoral
# College" are not read as one.
LEADING_ONLY_HEAD_WORDS = {"other": ["college"]}

# The courtesy "Mr" of the languages the press keeps it in before a surname ("Signor Crispi",
# "Monsieur Briand", "Señor Sagasta"), and the Ethiopian noble's rank before his given name ("Ras
# Alula"): they show the name after them is a person's, and the press calls a man it names no
# further by them. In the normal form ("señor" is "senor"); the German "Herr" is left out, as its
# normal form is the pronoun "her" ("Her Majesty's Government").
COURTESY_TITLES = ("signor", "signora", "monsieur", "madame", "senor", "senora", "senhor", "ras")
PERSON_TITLES.extend(COURTESY_TITLES)

# --- session 6, status signals: religious and state titles before a name ----------------------
# "Supreme Leader Ayatollah Ali Khamenei" is Ali Khamenei, who answers (or not) for himself: the
# titles are no part of the name a respondent is recorded under.
PERSON_TITLES.extend(["ayatollah", "grand ayatollah", "supreme leader", "cleric"])
# "the president's chief of staff X", "army chief of staff General Y": a post of three words
# whose "of" would otherwise end the title at "chief" and leave the name unread
PERSON_TITLES.extend(["chief of staff"])
# "District Attorney Henry C. Attwill": a prosecutor's post before his name (tune40d)
PERSON_TITLES.extend(["district attorney"])
# "the mayor met Alderman Kowalski", "Consul Ferreira's house", "Councillor Anne Doyle": a
# seat on a town's council or a consul's post, written before the name like "Senator" (tune55e)
PERSON_TITLES.extend(
    ["alderman", "alderwoman", "councillor", "councilor", "councilman", "councilwoman", "consul"]
)


# -- tune6-actors: words for speakers and names ------------------------------------------------

# Verbs of commitment that quote the words committed to ("Kim committed to “work toward ...”"):
# the subject's words, like QUOTE_OBJECT_VERBS.
QUOTE_COMMITMENT_VERBS = {"committed", "commits", "recommitted", "undertakes"}

# Head words of watchdogs and monitors ("Human Rights Watch", "the Syrian Observatory for Human
# Rights", "the Special Tribunal for Lebanon"), read by the actor rules as bodies of kind "other".
WATCHDOG_HEAD_WORDS = ["watch", "observatory", "tribunal", "monitor", "monitors"]
# What the press writes before a person's name to say who he is without a post ("French
# diplomat Jean Arnault", "Nobel Peace laureate Rigoberta Menchu", "rights activist X"): a
# person's name follows, as after a post.
PERSON_DESCRIPTIONS = [
    "diplomat", "lawyer", "economist", "businessman", "businesswoman", "tycoon", "journalist",
    "activist", "cleric", "scholar", "academic", "analyst", "strategist", "laureate", "banker",
    "dissident", "writer", "veteran diplomat", "human rights activist", "rights activist",
    # "French constitutional judge Pierre Mazeaud", "opposition politician X"
    "judge", "jurist", "magistrate", "politician", "historian", "professor",
]  # fmt: skip
# A post written before a comma and the name it introduces ("The group's chief negotiator and
# political strategist, Anton Balasingham, ..."): the last word of the post.
POST_BEFORE_A_NAME_WORDS = [
    *APPOSITIVE_POSTS, "strategist", "moderator", "mediator", "ideologue", "commander-in-chief",
    "prime minister", "foreign minister", "deputy", "aide", "diplomat", "lawyer",
    # "the company's chief executive, Jane Roe,": the head of a firm or a union
    "chief executive", "chief executive officer",
    # "according to the American interpreter, S. Wells Williams.": who speaks for a delegation
    "interpreter", "translator",
    # "the Governor-General, Lord Casey,": the Crown's representative, written with a hyphen
    "governor-general", "governor general",
]  # fmt: skip
# One person of a group named by the group's plural name in the singular ("Ulster Unionist
# leader David Trimble" for the actor "Ulster Unionists", "a Bosnian Serb commander"): read like
# GROUP_NOUNS before them.
ATTRIBUTIVE_SINGULAR_NOUNS = {
    "leader", "official", "negotiator", "commander", "spokesman", "spokeswoman", "delegate",
    "lawmaker", "politician", "chief", "fighter", "member",
    # "a Houthi rebel negotiator": the same, one of them
    "rebel", "guerrilla", "militant", "insurgent",
}  # fmt: skip

# Given names common in the press across languages. A capitalised name of two to four words that
# opens on one of them ("Winston Churchill and Anthony Eden flew", "the objections of Nikolai
# Bukharin") is a person's, with no post or verb of speech around it. Left out are the given names
# that also name a place, a body, a month or a common word ("Jordan", "Victoria", "Christian",
# "Morgan", "Bill", "Will", "Grace", "April"), which open other names as often as people's.
_GIVEN_NAME_TEXT = """
Aaron Abbas Abdel Abdul Abdullah Abdullahi Abel Abraham Adam Adolfo Adrian Ahmad Ahmed Ahmet Aisha
Akbar Alan Albert Alberto Aleksandr Alexander Alexandre Alexei Alfonso Alfred Alfredo Ali Alice
Alain Alvaro Amir Amos Ana Anatoly Andre Andrea Andreas Andrei Andres Andrew Andrzej Angela Angelo
Anna Anne Anthony Antoine Anton Antonio Arnold Arthur Ashraf Augusto Ayman Barack Benjamin Benoit
Bernard Bernardo Bruno Carl Carlo Carlos Catherine Cesar Charles Chris Christopher Claude Colin
Daniel Dario David Denis Dennis Dieter Dmitry Dominique Donald Duncan Edgar Edmund Edouard Eduardo
Edward Edwin Emilio Emmanuel Enrique Eric Erik Ernest Ernesto Ernst Eugene Evgeny Fabian Faisal
Farouk Felipe Felix Fernando Francesco Francisco Franco Francois Frank Franz Frederic Frederick
Friedrich Gabriel George Georges Gerald Gerard Gerhard Giorgio Giovanni Giuseppe Gordon Gregory
Guillermo Gustav Gustavo Hamid Hans Harold Harry Hassan Heinrich Helmut Henri Henrique Henry Herbert
Hermann Hugo Hussein Ian Ibrahim Igor Ilias Isaac Ismail Ivan Jacques Jaime James Jan Javier Jean
Jeremy Jerzy Joachim Joao Johann Johannes John Jorge Jose Josef Joseph Juan Julian Julius Karl Kemal
Kenneth Khaled Khalid Klaus Konstantin Kurt Kyriakos Lars Laurent Leonid Leopold Luis Luigi Luiz
Mahmoud Manuel Marc Marcel Marco Marcos Maria Mario Mark Martin Mary Massimo Matthew Maurice Max
Michael Michel Miguel Mikhail Mohamed Mohammad Mohammed Muhammad Moammar Moshe Mustafa Nasser
Nicholas Nicolas Nikolai Nikolaos Norman Olaf Omar Oscar Otto Pablo Patrick Paul Paulo Pavel Pedro
Peter Philip Philippe Pierre Pietro Rafael Ramon Raul Raymond Rene Richard Robert Roberto Roger
Roland Ronald Rudolf Salim Salman Samuel Sergei Sergey Simon Stanislaw Stefan Stephen Steven Tadeusz
Theodore Thomas Tomas Umar Uwe Vasily Viktor Vincent Vladimir Walter Werner Wilhelm William Winston
Wladyslaw Wolfgang Yasser Yitzhak Yousef Yusuf Yuri Yves Zbigniew
"""
GIVEN_NAMES = frozenset(_GIVEN_NAME_TEXT.split())
# More given names the press writes across regions (English, Spanish and Portuguese, French,
# German and Nordic, Italian, Slavic, Greek, Arabic, Turkish, Persian, South Asian, Japanese,
# South-East Asian, African): "Wayne Gretzky and Mario Lemieux sat down", "met Masayoshi Ohira",
# "including Ajit Doval". Left out, as above, those that also name a place, a body, a currency
# or a common word ("Santiago", "Lawrence", "Milton", "Magdalena", "Rand", "Levy", "Guy",
# "Marine") (t56a).
_PRESS_GIVEN_NAME_TEXT = """
Abdalla Abdelaziz Abdelhamid Abdelmadjid Abdelrahim Abdirahman Abdou Abdoulaye Abdulaziz Abdulla
Abdurrahman Abelardo Abhisit Abiy Abubakar Achille Adel Adil Adlai Adolf Adriano Aecio Afonso
Agathon Agnes Agostinho Aguila Agustin Ahmadu Aime Ajit Akhmad Akihito Akira Alasdair Alassane
Alastair Alcide Aldo Alec Alejandro Aleksander Aleksei Alessandro Alexey Alexis Algirdas Alija
Alison Alistair Alois Alonso Alphonse Amadou Amanda Ambrose Amedeo Amilcar Amin Amine Amintore Amit
Amnon Amr Amy Anatole Anatoli Andrius Andy Aneurin Anibal Anil Anita Annalena Annegret Antonis
Anwar Appapillai Archibald Ariel Aristide Aristides Armando Armin Arnaldo Arnaud Arseniy Arturo
Arun Asa Ashley Ashok Asif Askar Aslambek Aslan Atal Atiku Aung Austen Averell Avigdor Avraham Ayad
Ayub Bakili Baltasar Barbara Barend Barry Bartholomew Bashar Beatriz Beji Ben Benazir Benedetto
Benigno Benito Benny Beppe Bernardino Bernhard Bernie Bertie Bertrand Bettino Betty Bhagat Bidzina
Binali Bingu Blaise Bob Bohdan Bola Bonar Bonnie Boris Boubacar Boutros Boyko Brad Brajesh Brandon
Brendan Brett Brian Brigitte Bronislaw Bryan Bulent Caleb Calvin Camillo Camilo Carmen Carol
Carolyn Cathal Cecil Cedric Cesare Chandra Chandrika Christiane Christina Christine Christoph
Christophe Chuan Ciaran Ciriaco Ciro Claire Clara Clement Clive Condoleezza Conor Corazon Cordell
Cornelius Cory Craig Cristina Cuauhtemoc Curtis Cynthia Cyprien Cyril Cyrus Czeslaw Dafydd Dag Dan
Dana Darnell Dave Deborah Debra Declan Deepak Demetris Derek Dermot Desmond Devlet Diana Diane Dick
Didier Diego Dietrich Dilma Dimitris Dino Diosdado Dmitri Dmytro Domenico Donal Doris Dorothy Doug
Dov Dries Dustin Dwight Dzhokhar Eamon Eamonn Ebenezer Ebrahim Ed Edith Eduard Edvard Efrain Egon
Ehud Eisaku Ekmeleddin Eleanor Eleftherios Elena Elias Eliezer Elihu Elio Elisabeth Elizabeth Ellen
Elpidio Emanuele Emeka Emil Emile Emiliano Emily Emlyn Emma Emmerson Emomali Enda Engelbert Enoch
Enrico Enver Ephraim Erastus Erich Erin Erna Erwin Essam Estes Ethan Etienne Etsusaburo Ettore
Eugenio Eusebio Eva Evangelos Evelyn Evo Ewan Ezequiel Ezra Fabien Fabio Fahd Farooq Fausto Fayez
Federico Ferdinand Ferdinando Ferenc Fergus Festus Fidel Filippo Fintan Floyd Foday Fouad Frances
Francis Francoise Franjo Franklin Frederik Fulgencio Fumio Fyodor Gaafar Gabriela Gaetano Galeazzo
Gamal Gareth Garret Gary Gaspar Gaspard Gaston Gavin Gennady Geoffrey Georgios Georgy Gerardo Gerry
Getulio Ghassan Ghazi Gheorghe Giacomo Giancarlo Gianfranco Gianni Gideon Gilberto Giles Gilles
Gina Giorgia Giorgos Girolamo Giuliano Giulio Gladys Glafcos Gleb Glenn Gloria Glyn Golda Gonzalo
Goodluck Gopal Gotabaya Goukouni Graciela Graham Greg Greta Grigory Gro Grover Guido Gulzarilal
Gunnar Gunter Gyula Haakon Habib Hafez Hage Haider Haile Hakainde Hakan Halldor Hamad Hamdan Hamish
Hamza Hanan Hank Hannah Hans-Dietrich Haruki Harvey Hashem Hasina Hayato Hector Heiko Helen Hendrik
Heriberto Hernan Heydar Hezekiah Hideki Hilda Hillary Hiram Hirohito Hiroshi Hisham Hissene Hjalmar
Horace Horacio Horatio Horst Hosni Hossein Houari Howard Hryhoriy Hubert Hugh Hugues Hulusi
Humberto Husain Hussain Huw Ichiro Idi Idris Idriss Ieng Ieuan Ignacio Ignazio Ilham Imelda Imran
Imre Inacio Inder Indira Ingrid Ingvar Ioannis Irakli Irene Isaiah Isaias Isidro Ismet Iyad Jaafar
Jacinda Jacinto Jacob Jacqueline Jair Jairam Jakaya Jakob Jalal Jamal Jane Janet Janez Janos Jared
Jaroslaw Jason Jaswant Javad Jawad Jawaharlal Jayaprakash Jean-Claude Jeanne Jedediah Jeff Jeffrey
Jennie Jennifer Jens Jeremiah Jerome Jerry Jesse Jessica Jill Jim Jimmy Joan Joaquim Joaquin Joe
Joko Jomo Jon Jonas Jonathan Joop Joschka Josephine Josh Joshua Josiah Josip Joyce Jozef Judith
Jules Julia Julie Julio Junichiro Jurgen Justin Juvenal Jyoti Kais Kakuei Kamal Kamala Kamel
Kantaro Karen Kassym Kate Katherine Kathleen Kathryn Kathy Katsuya Kazimierz Kazuo Keiko Keir Keith
Keizo Kelly Ken Kenan Kenji Ketumile Kevin Khaleda Khalifa Khieu Khin Kieran Kiichi Kijuro Kim
Kimberly Kjell Kliment Knut Kofi Koichi Konrad Konstantinos Kostas Krishnan Kurmanbek Kwame Kyle
Lachlan Lakshman Lamar Lamberto Lansana Larry Laszlo Laura Lauren Lavrenty Lazaro Lazarus
Leabua Lech Lemuel Leo Leonard Leonel Leonida Leopoldo Levan Levi Levon Liam Liaquat Lillian Linda
Lionel Lisa Liz Llewellyn Logan Lorenzo Lou Louise Luca Lucien Lucio Lucy Ludwig Lyndon Lynn Mabel
Macky Madeleine Mahamat Mahathir Mahinda Mahmud Mairead Makiko Makoto Malcolm Mamadou Mamata Mamoru
Manfred Mangosuthu Manmohan Mansour Marcelo Marcial Marcus Margaret Mariano Marie Marilyn Marjorie
Markus Marriner Martha Martine Martti Marvin Marwan Masaharu Masahiro Masayoshi Masoud Massoud
Mathieu Matteo Matthias Mauno Mauricio Megan Megawati Mehbooba Mehdi Melchior Meles Melissa Melvin
Menachem Mengistu Mesut Mette Mevlut Micah Michele Michelle Mieczyslaw Mike Mikheil Milos Mitch
Mitchell Mitt Mohamud Mohan Mohsen Moise Momcilo Monica Morarji Morihiro Mortimer Mouammar Moussa
Mswati Muammar Muhammadu Muhammed Muhyiddin Mujibur Mulayam Munir Muqtada Muriel Mwai Mykola Nabih
Nabil Naftali Najib Nana Nancy Naoto Narendra Natalie Nathalie Nathan Nathaniel Natwar Nawaz Nayef
Nechirvan Necmettin Neil Nelson Nestor Neville Newt Niall Nicephore Nick Nicola Nicolae Nicole
Nicos Nigel Nikita Nikol Nikolay Nirmala Nitish Nizar Nnamdi Noah Noboru Nobusuke Nora Norbert
Norodom Nouri Nuon Nuri Obadiah Obafemi Octavio Oleg Oleksandr Oliver Olivier Ollanta Olof Olusegun
Osama Osvaldo Ottavio Owen Padraig Palmiro Pamela Panagiotis Paolo Pascal Pascual Patrice Patricia
Patricio Paul-Henri Paula Peggy Percy Pervez Petar Pete Petro Phil Phineas Piero Pieter Pik Pim
Plutarco Porfirio Prakash Pranab Prayut Pridi Pyotr Qaboos Quett Rached Rachel Radovan Raffaele
Rafik Rafiq Rahul Raila Rainer Rainier Rajendra Rajesh Rajiv Rajnath Ralph Ramesh Ramiro Ramiz
Ramzan Randy Ranil Rashid Ratko Rauf Ravi Rebecca Recep Reginald Reuben Reuven Rex Reza Rhys
Ricardo Rick Riek Rigoberta Rishi Roch Rodney Rodolfo Rodrigo Roelof Rolando Romano Ron Rory
Rosendo Roy Ruben Rudyard Rufus Ruhollah Rumen Rupert Ruslan Russell Ruth Rutherford Ruud Ryan
Ryutaro Saad Sachin Saddam Sadiq Saeb Saleh Sali Sally Salva Salvatore Sam Samantha Samia Samir
Samora Sanae Sandra Sani Sanjay Saparmurat Sarah Satoshi Saul Sauli Scott Seamus Sean Sebastian
Segolene Seiji Sekou Selahattin Seretse Sergio Serzh Seth Shahbaz Shane Shankar Sharad Shashi Shawn
Shehbaz Shehu Shigeru Shimon Shintaro Shinzo Shirley Shlomo Siad Siaka Sidney Sigmar Silas
Silvestre Silvio Simeon Simone Sirimavo Slobodan Sobhuza Solomon Sonia Sophie Spiro Spyros
Stanislav Stefano Steny Stephanie Steve Strom Stuart Subhas Suleyman Sumner Sunil Suresh Susan
Susana Sushma Susilo Sylvia Syngman Tabare Tadashi Tage Tajuddin Takashi Takeo Tamim Tancredo Tansu
Taras Tarek Tariq Tarja Taro Tassos Tatiana Ted Tejan Tendai Teodoro Terence Teresa Terry Tetsuya
Thabo Thaddeus Thaksin Thanom Theobald Theophile Theresa Thierry Thorbjorn Thorvald Tim Timothy
Tina Tobias Toby Todd Todor Tom Tomiichi Tommaso Tony Toshiki Toshimitsu Toumani Tracy Traian
Travis Trevor Trygve Tunku Turgut Turki Tyler Tyrone Tzipi Ugo Uhuru Ulises Ulrich Ulysses Umaru
Umberto Urho Ursula Vaclav Valdas Valentin Valentina Valeri Valerie Valery Vallabhbhai Vanessa
Vasili Velupillai Venustiano Vera Vernon Veronica Verónica Viacheslav Vicente Victor Vigdis Vijay
Vincenzo Vinoba Vinod Violeta Vitali Vitaly Vittorio Vivek Vladislav Vojislav Volker Volodymyr
Vyacheslav Vytautas Wade Walid Walt Walther Warren Wayne Wendell Wendy Wilfred Wilfredo Wilfrid
Wilfried Willem Willy Wilma Wim Winifred Wojciech Woodrow Xavier Ximena Yahya Yair Yakubu Yanis
Yaroslav Yashwant Yasuhiro Yegor Yehuda Yemi Yevgeni Yevgeny Yigal Yingluck Yosef Yoshihide
Yoshihiko Yossi Yosuke Yousaf Yoweri Yukio Yuko Yulia Yuriko Yvette Yvonne Zach Zachary Zakir
Zalman Zayed Zebulon Zenko Zhelyu Zia Ziaur Zoran Zulfikar Zviad
"""
# The family names that open a Chinese, Korean or Vietnamese name, written before the given
# name ("Zhang Yinhuan", "Kim Jong Pil", "Nguyen Van Thieu"): they open a person's name as a
# given name does. Left out those that also name a dynasty, a currency or a common word ("Han",
# "Song", "Ming", "Yuan", "Dong", "Sun", "Pan", "Park", "Moon", "He", "Ma", "Le", "Do") (t56a).
_FAMILY_NAMES_WRITTEN_FIRST_TEXT = """
Ahn Bui Cai Cao Chang Chao Chen Cheng Chiang Cho Choi Chou Chun Chung Dang Deng Ding Duong Feng Gao
Guo Hoang Hsu Hu Huang Huynh Hwang Jang Jiang Jung Kang Koo Kung Kuo Lai Li Liang Lim Lin Liu Lu
Luo Mao Ngo Nguyen Peng Pham Phan Qian Ren Roh Shao Shen Shin Su Teng Tian Tran Truong Tsai Tsiang
Vo Wang Wei Wen Wu Xi Xiao Xie Xu Yang Yao Ye Yoon Yu Zeng Zhan Zhang Zhao Zheng Zhong Zhou Zhu
"""
FAMILY_NAMES_WRITTEN_FIRST = frozenset(_FAMILY_NAMES_WRITTEN_FIRST_TEXT.split())
GIVEN_NAMES = GIVEN_NAMES | frozenset(_PRESS_GIVEN_NAME_TEXT.split()) | FAMILY_NAMES_WRITTEN_FIRST

# Lower-case nouns that say a name after them is a firm's or a body's, not a person's or a
# place's ("state utility Statkraft", "public broadcaster NRK", "the business chamber COSEP",
# "the civil society platform Wakit Tama"). Left out are nouns that also come before a person's
# name or a place's ("giant", "group", "union", "company", "daily"), and "news agency", whose
# agency is a party only where it speaks (an agency that carries words is none).
FIRM_NOUNS = (
    "utility", "broadcaster", "chamber", "platform", "carrier", "airline", "insurer", "lender",
    "conglomerate", "carmaker", "automaker", "manufacturer", "retailer", "shipbuilder",
    "shipping line", "oil major", "news network", "television network", "broadcasting corporation",
    # "state oil company Pemex", "the city's water company Aguas Claras": "company" after the
    # trade or the owner it is of, never after "the" alone ("the company Smith founded")
    "oil company", "state company", "water company", "mining company", "power company",
    "gas company", "energy company", "shipping company", "holding company", "parent company",
    # "the Italian confectioner Ferrero", "the law firm Slater & Gordon", "drugmaker Pfizer": a
    # maker's trade, or a firm's or a fund's with the word for what it is (t56a)
    "confectioner", "chocolate maker", "drugmaker", "chipmaker", "steelmaker", "brewer",
    "food maker", "investment bank", "state bank", "commercial bank", "law firm",
    "investment firm", "private equity firm", "accounting firm", "consulting firm",
    "hedge fund", "pension fund", "wealth fund", "asset manager", "telecoms operator",
    "mobile operator", "port operator",
)  # fmt: skip
# The last word of a firm's name that says its trade or its legal form ("the Arlington Mills",
# "Kestrel Mining", "Norvale Holdings", "Orion Industries", "Acme Inc"): a firm, named so without
# "Company" (tune55e). Not "works" or "railway", which also end the names of places and things.
FIRM_NAME_ENDINGS = (
    "mills", "mining", "holdings", "industries", "ironworks", "inc", "plc", "llc", "gmbh",
)  # fmt: skip
# Plural nouns of firms before the list of their names ("partners ConocoPhillips, Royal Dutch
# Shell and Osaka Gas", "carriers, including Maersk and MSC", "rivals such as Federal Express").
FIRM_PLURALS = (
    "partners", "carriers", "rivals", "competitors", "airlines", "lenders", "insurers",
    "carmakers", "automakers", "manufacturers", "retailers", "broadcasters", "utilities",
    "studios", "shipping lines", "oil majors", "oil companies", "firms", "companies",
)  # fmt: skip
