namespace Search.Tests.Fixtures;

/// <summary>Small articles written for the tests, in the corpus formats, with known speakers, places and dates.</summary>
public static class SampleArticles
{
    public const string RatesText = """
        Central bank holds rates as inflation cools

        GENEVA, March 3 (Reuters) - The Swiss central bank kept its main interest rate unchanged on Tuesday, saying inflation had eased faster than expected since November.

        "We are not yet ready to declare victory over inflation," said Jane Doe, the central bank's governor. "Prices remain sticky in services."

        Doe said the bank would watch wage growth in Zurich and Basel closely. Economists in Germany expect a cut in June.
        """;

    public const string FootballText = """
        Lagos side clinches continental title

        LAGOS, Nigeria, May 12 - Lagos United won the African championship on Sunday after a 2-1 victory over a team from Cairo.

        "This title belongs to the whole city," coach Amara Okafor told reporters after the match. "We suffered, but we never stopped believing," she said.
        """;

    public const string OilJsonLines = """
        {"id": "nw-2024-0001", "title": "OPEC weighs deeper output cuts", "body": "VIENNA, Jan 9 (Reuters) - OPEC ministers will meet next week to weigh deeper cuts, according to Kenji Watanabe, an analyst at a Tokyo bank. \"The market is oversupplied,\" Watanabe said.", "date": "2024-01-09T10:00:00Z", "url": "https://news.example.com/opec-cuts", "author": "Desk"}
        {"id": "nw-2024-0002", "title": "Saudi Arabia signals steady supply", "text": "RIYADH, Feb 2 - Saudi Arabia will keep oil supply steady through the spring, Energy Minister Faisal Al-Harbi said on Friday.", "date": "2024-02-02", "url": "https://news.example.com/saudi-supply", "author": "Desk"}
        """;

    public const string ReutersSgml = """
        <!DOCTYPE lewis SYSTEM "lewis.dtd">
        <REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="1" NEWID="901">
        <DATE>26-FEB-2024 15:01:01.79</DATE>
        <TOPICS><D>crude</D></TOPICS>
        <PLACES><D>saudi-arabia</D><D>usa</D></PLACES>
        <PEOPLE></PEOPLE>
        <ORGS><D>opec</D></ORGS>
        <EXCHANGES></EXCHANGES>
        <COMPANIES></COMPANIES>
        <UNKNOWN>&#5;&#5;&#5;Y
        &#22;&#22;&#1;f0704&#31;reute</UNKNOWN>
        <TEXT>&#2;
        <TITLE>SAUDI OIL OUTPUT STEADY, MINISTER SAYS</TITLE>
        <DATELINE>    RIYADH, Feb 26 - </DATELINE><BODY>Saudi Arabia will keep crude oil output
        steady in March, oil minister Faisal Al-Harbi said.
            Prices &lt;rose&gt; 2 pct in New York &amp; London trading.
         Reuter
        &#3;</BODY></TEXT>
        </REUTERS>
        <REUTERS TOPICS="NO" LEWISSPLIT="TEST" CGISPLIT="TRAINING-SET" OLDID="2" NEWID="902">
        <DATE>27-FEB-2024 09:00:00.00</DATE>
        <TOPICS></TOPICS>
        <PLACES><D>japan</D></PLACES>
        <PEOPLE></PEOPLE>
        <ORGS></ORGS>
        <EXCHANGES></EXCHANGES>
        <COMPANIES></COMPANIES>
        <UNKNOWN></UNKNOWN>
        <TEXT>&#2;
        <TITLE>JAPAN TRADE SURPLUS WIDENS</TITLE>
        <DATELINE>    TOKYO, Feb 27 - </DATELINE><BODY>Japan's trade surplus widened in January, the finance ministry said.
         Reuter
        &#3;</BODY></TEXT>
        </REUTERS>
        """;

    /// <summary>A corpus with one article per format.</summary>
    public static TempCorpus Corpus() => new TempCorpus()
        .Write("text/2020-03-03_rates.txt", RatesText)
        .Write("text/2021-05-12_football.txt", FootballText)
        .Write("jsonl/oil.jsonl", OilJsonLines)
        .Write("sgml/oil.sgm", ReutersSgml);
}
