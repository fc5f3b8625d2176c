namespace Search.Core.Extraction;

/// <summary>Closed classes of English words that decide whether a capitalized run is a name: function words, calendar words, organisation heads.</summary>
public static class EnglishWords
{
    /// <summary>Capitalized only because they start a sentence; never the start of a name.</summary>
    public static readonly IReadOnlySet<string> SentenceStarters = Set(
        "the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "with", "after", "before", "when", "while", "if", "as",
        "it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "his", "her", "their", "our", "its",
        "today", "yesterday", "tomorrow", "tonight", "there", "here", "some", "many", "most", "all", "both", "one", "two",
        "three", "last", "next", "by", "from", "to", "of", "about", "under", "over", "since", "until", "during", "despite",
        "although", "though", "because", "so", "yet", "still", "also", "meanwhile", "however", "asked", "speaking", "according",
        "among", "other", "another", "such", "what", "which", "who", "whose", "where", "why", "how", "not", "no", "yes",
        "new", "former", "only", "even", "more", "less", "earlier", "later", "then", "now", "just", "instead", "unlike",
        "like", "through", "into", "without", "within", "each", "every", "any", "mr", "mrs", "ms", "dr", "sir", "dame",
        "everything", "nothing", "something", "anything", "everyone", "everybody", "someone", "somebody", "nobody", "say", "let");

    public static readonly IReadOnlySet<string> Months = Set(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    public static readonly IReadOnlySet<string> Weekdays = Set(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /// <summary>Words that make a capitalized run an organisation, not a person or a place ("Bank of England", "New York Times").</summary>
    public static readonly IReadOnlySet<string> OrganisationHeads = Set(
        "bank", "ministry", "party", "council", "committee", "union", "agency", "corp", "corporation", "inc", "ltd", "plc",
        "group", "company", "co", "association", "organization", "organisation", "reuters", "times", "post", "journal",
        "university", "institute", "fund", "commission", "court", "department", "office", "service", "airlines", "airways",
        "exchange", "federation", "league", "club", "board", "authority", "church", "army", "navy", "police", "house",
        "senate", "congress", "parliament", "assembly", "government", "administration", "cabinet", "times", "news", "press",
        "herald", "telegraph", "tribune", "network", "television", "radio", "airport", "stadium", "hospital", "school",
        "college", "centre", "center", "foundation", "trust", "holdings", "industries", "motors", "energy", "oil", "petroleum",
        "bureau", "forces", "force", "guard", "reserve", "treasury", "embassy", "consulate", "mission", "summit", "forum",
        "games", "cup", "championship", "open", "prize", "award", "street", "square", "avenue", "road", "bridge", "river",
        "sea", "ocean", "mountains", "island", "islands", "gulf", "bay", "times", "index", "stock", "market", "united", "city",
        "fc", "rovers", "wanderers", "athletic", "sporting", "olympic", "olympics", "international", "world");

    /// <summary>Party adjectives and members: alone they describe a claim or an unnamed member ("Democratic claims", "a Republican"), never name a source.</summary>
    public static readonly IReadOnlySet<string> PartyLabels = Set(
        "democratic", "democrat", "republican", "gop", "conservative", "liberal", "labour", "tory", "libertarian", "progressive", "independent");

    /// <summary>Compass adjectives: alone they describe ("other Western states", "Southern voters"), never name a source.</summary>
    public static readonly IReadOnlySet<string> CompassAdjectives = Set(
        "western", "eastern", "northern", "southern", "midwestern", "northeastern", "northwestern", "southeastern", "southwestern");

    /// <summary>Pronouns that can stand for a speaker named earlier.</summary>
    public static readonly IReadOnlySet<string> PersonalPronouns = Set("he", "she");

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);
}
