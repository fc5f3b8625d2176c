using System.Text.RegularExpressions;
using Search.Core.Articles;

namespace Search.Core.Extraction;

/// <summary>
/// Attributes direct quotes and reported speech to speakers: '"...," said Jane Doe', '"...," Doe said',
/// 'Doe told reporters: "..."', 'Doe said the bank would ...', 'according to Doe', and "he said" for the person
/// last named. Unnamed sources ("a spokesman said", "officials said") get no speaker.
/// </summary>
public sealed partial class QuoteAttributor
{
    private const int AttributionWindow = 90;

    // After a quotation closed by its own full stop ('"... America." In 1998 ...') a tag must follow at once ('"..." Doe said.').
    private const int MaxTagAfterFullStop = 30;

    // The longest description between a name and its verb: "Marc Morial, the chief executive of the National Urban League, said".
    private const int MaxAppositive = 160;

    private static readonly HashSet<string> CompanySuffixes = new(StringComparer.OrdinalIgnoreCase) { "co", "inc", "corp", "ltd", "plc", "llc", "ag", "sa", "nv" };

    private readonly Lexicon lexicon;
    private readonly SpeechCueFinder cues;

    public QuoteAttributor(Lexicon lexicon)
    {
        this.lexicon = lexicon;
        cues = new SpeechCueFinder(new HashSet<string>(lexicon.SpeechVerbs.Where(v => v.Length > 2 && !v.Contains(' ')).Select(v => v.ToLowerInvariant())), lexicon.SpeechPhrases, lexicon.PresentSpeechForms);
    }

    public IReadOnlyList<Quote> Attribute(string text, IReadOnlyList<PersonMention> people) => Attribute(text, people, [.. CapitalizedRun.FindAll(text)]);

    /// <summary>The quotes in text, given its capitalized runs, so stages that share a text find its runs once.</summary>
    public IReadOnlyList<Quote> Attribute(string text, IReadOnlyList<PersonMention> people, IReadOnlyList<CapitalizedRun> runs)
    {
        var quotedSpans = QuotedSpan().Matches(text).ToList();
        var fullNames = people.Select(p => p.Name).Where(n => n.Contains(' ')).Distinct().ToList();
        var quoted = new QuotedSpans([.. quotedSpans.Select(m => (m.Index, m.Index + m.Length))]);
        var context = new Context(text, people, runs, fullNames, new MidSentenceCapitals(text), quoted,
            new PronounResolver(text, people, quoted, fullNames, lexicon.Genders));
        var quotes = new List<(int Position, Quote Quote)>();
        foreach (var (start, label, statement) in TranscriptLabelReader.Read(text))
        {
            quotes.Add((start, new Quote(TranscriptSpeaker(label, context.FullNames), statement)));
        }

        string? previousSpeaker = null;
        var previousEnd = -1;
        var attributedSpans = new List<(int Start, int End)>();
        foreach (var m in quotedSpans)
        {
            var inner = m.Groups["text"].Value.Trim().TrimEnd(',').Trim();
            if (inner.Split(' ').Length < 3)
            {
                // Scare quotes around a word or two are not statements.
                continue;
            }

            var speaker = SignedWithDash(context, m.Index + m.Length) ?? SpeakerAfterQuote(context, m.Index + m.Length) ?? SpeakerBeforeQuote(context, m.Index);
            if (speaker is null && previousSpeaker is not null && IsContinuation(text, previousEnd, m.Index))
            {
                speaker = previousSpeaker;
            }

            if (speaker is not null)
            {
                quotes.Add((m.Index, new Quote(speaker, inner)));
                attributedSpans.Add((m.Index, m.Index + m.Length));
                previousSpeaker = speaker;
                previousEnd = m.Index + m.Length;
            }
        }

        // A sentence whose quotation already has its speaker is done; one with scare quotes or an unattributed quotation
        // may still report speech outside the marks.
        var attributed = new QuotedSpans(attributedSpans);
        foreach (var (start, end) in SentenceSplitter.Split(text))
        {
            var sources = AccordingToSources(context, start, end);
            quotes.AddRange(sources.Select(q => (start, q)));
            if (sources.Count == 0 && !attributed.Overlaps(start, end))
            {
                quotes.AddRange(ReportedSpeech(context, start, end).Select(q => (start, q)));
            }
        }

        return OverlappingQuotes.Remove(SpeakerNameMerger.Merge([.. quotes.OrderBy(q => q.Position).Select(q => q.Quote)], context.FullNames));
    }

    /// <summary>'"...," said Jane Doe' or '"...," Doe said' or '"...," she added'.</summary>
    private string? SpeakerAfterQuote(Context context, int quoteEnd)
    {
        var window = context.Text[quoteEnd..Math.Min(context.Text.Length, quoteEnd + AttributionWindow)];
        var stop = window.IndexOfAny(['"', '“', '”', '\n']);
        if (stop >= 0)
        {
            window = window[..stop];
        }

        var found = cues.FindAll(window).Take(1).ToList();
        if (found.Count == 0 || SentenceEndBetween(window, 0, found[0].Index) || (ClosesSentence(context.Text, quoteEnd) && found[0].Index > MaxTagAfterFullStop))
        {
            return null;
        }

        var cueStart = quoteEnd + found[0].Index;
        var cueEnd = cueStart + found[0].Length;
        return (AddressesListener(context.Text, cueStart) ? null : SpeakerFollowing(context, cueEnd)) ?? SpeakerPreceding(context, cueStart, quoteEnd);
    }

    /// <summary>Whether the quotation ending at <paramref name="quoteEnd"/> ends its sentence inside the marks ('... with America."').</summary>
    private static bool ClosesSentence(string text, int quoteEnd) => quoteEnd >= 2 && text[quoteEnd - 2] is '.' or '!' or '?';

    /// <summary>'"..." — Jane Doe' at the end of a line, as readers' comments and pull quotes are signed.</summary>
    private string? SignedWithDash(Context context, int quoteEnd)
    {
        var text = context.Text;
        var i = quoteEnd;
        while (i < text.Length && text[i] is ' ' or '\u00a0')
        {
            i++;
        }

        if (i >= text.Length || text[i] is not ('―' or '—' or '–'))
        {
            return null;
        }

        var run = context.Runs.FirstOrDefault(r => r.Start > i && r.Start <= i + 3);
        if (run is null)
        {
            return null;
        }

        // The signature is the whole rest of the line: "— Jane Doe" or "— Jane Doe, Ohio", not "— Doe said later".
        var lineEnd = text.IndexOf('\n', run.End);
        var rest = text[run.End..(lineEnd < 0 ? text.Length : lineEnd)].Trim().TrimEnd('.');
        return rest.Length == 0 || rest[0] == ',' ? SpeakerName(context, run, preferLast: false) : null;
    }

    /// <summary>'Doe said: "..."' or 'Doe told reporters "..."'.</summary>
    private string? SpeakerBeforeQuote(Context context, int quoteStart)
    {
        var from = Math.Max(0, quoteStart - AttributionWindow);
        var window = context.Text[from..quoteStart];
        var boundary = Math.Max(window.LastIndexOfAny(['\n', '"', '”', '“']), LastSentenceEnd(window));
        var last = cues.FindAll(window, boundary + 1).LastOrDefault();
        return last.Length == 0 ? null : SpeakerPreceding(context, from + last.Index, from + boundary + 1)
            ?? (AddressesListener(context.Text, from + last.Index) || !IntroducesQuote(window[(last.Index + last.Length)..])
                ? null : SpeakerFollowing(context, from + last.Index + last.Length));
    }

    /// <summary>
    /// Whether the words between a cue and a quotation end as an introduction does: 'said Jane Doe: "' or 'said Doe, "',
    /// not 'said Democrats and the media are to blame for "' nor 'described the plan as "', whose name is an object.
    /// </summary>
    private static bool IntroducesQuote(string afterCue) => afterCue.TrimEnd() is var rest && (rest.EndsWith(':') || rest.EndsWith(','));

    /// <summary>Every "according to Doe" in a sentence, quoted or not: "according to the Times, ..., according to Doe" names two sources.</summary>
    private List<Quote> AccordingToSources(Context context, int start, int end)
    {
        var sentence = context.Text[start..end];
        var found = new List<Quote>();
        foreach (Match according in AccordingTo().Matches(sentence))
        {
            if (SpeakerFollowing(context, start + according.Index + according.Length) is { } source)
            {
                var statement = (sentence[..according.Index] + " " + sentence[(according.Index + according.Length)..]).Trim();
                found.Add(new Quote(source, CleanStatement(statement)));
            }
        }

        return found;
    }

    /// <summary>Reported speech in a sentence, one statement per speaker: "Doe said ..., while Roe argued ...".</summary>
    private List<Quote> ReportedSpeech(Context context, int start, int end)
    {
        var sentence = context.Text[start..end];
        var found = new List<Quote>();
        var from = start;
        foreach (var (index, length) in cues.FindAll(context.Text, start, end))
        {
            if (context.Quoted.Contains(index) || IsQuoteOnlyCue(context.Text, index, length))
            {
                // "I told them no" inside a quotation is the speaker's own words, not the article's attribution.
                continue;
            }

            if (PrecedingWord.Of(context.Text, SubjectVerbGap.SubjectEnd(context.Text, index, from)) is "who" or "which" or "that"
                || string.CompareOrdinal(context.Text, index + length, " by ", 0, 4) == 0)
            {
                // A relative clause inside a description ("Doe, who advised two ministers, said") is not the sentence's verb,
                // and a passive or a credit line ("Additional reporting by Roe") names no speaker before it.
                continue;
            }

            var offset = index - start;
            if (SpeakerPreceding(context, index, from) is { } before)
            {
                // "Doe said the bank would ..." reports what follows; "..., Doe said." what came before.
                var after = CleanStatement(ThatClause().Replace(sentence[(offset + length)..], string.Empty, 1));
                var head = sentence[..offset];
                var comma = head.LastIndexOf(',');
                var statement = after.Length >= 12 || comma <= 0 ? after : CleanStatement(head[..comma]);
                if (statement.Length > 0)
                {
                    found.Add(new Quote(before, statement));
                    found.AddRange(CoordinatedWithSubject(context, index, from).Select(partner => new Quote(partner, statement)));
                }
            }

            // Inversion follows the statement and a comma: "The talks will go on, said Doe", not "Doe criticised Roe".
            else if (offset > 20 && sentence[..offset].TrimEnd().EndsWith(',') && !AddressesListener(context.Text, index) && SpeakerFollowing(context, index + length) is { } speaker)
            {
                found.Add(new Quote(speaker, CleanStatement(sentence[..offset])));
            }

            from = index + length;
        }

        return found;
    }

    /// <summary>
    /// Cues that report speech only beside a quotation: '"...," she continued' does, "Congress will continue their attacks"
    /// does not; and "expected to" foretells what the subject will do ("Michelle expected to visit"), it reports nothing said.
    /// </summary>
    private static bool IsQuoteOnlyCue(string text, int index, int length) =>
        text.AsSpan(index, length) is "continue" or "continued" or "continues" or "continuing"
        || (text.AsSpan(index, length) is "expected" or "expects" or "expect" && string.CompareOrdinal(text, index + length, " to ", 0, 4) == 0);

    /// <summary>Whether the cue at <paramref name="cueStart"/> opens with a verb whose object is the one addressed ("told Reuters").</summary>
    private bool AddressesListener(string text, int cueStart)
    {
        var end = cueStart;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return lexicon.ListenerVerbs.Contains(text[cueStart..end]);
    }

    /// <summary>The named speaker right after a cue: "said Jane Doe", "said spokeswoman Adrienne Watson", "said the Kremlin".</summary>
    private string? SpeakerFollowing(Context context, int position)
    {
        var text = context.Text;
        var limit = Math.Min(text.Length, position + 60);
        var gapStart = position;
        var afterPossessive = false;
        foreach (var run in context.Runs.Where(r => r.Start >= position && r.Start < limit))
        {
            var gap = text[gapStart..run.Start];
            var gapWords = gap.Split(' ', StringSplitOptions.RemoveEmptyEntries);

            // After a possessive any short role leads to the person: "Clinton's campaign manager Robby Mook".
            var roleOfPerson = afterPossessive && gapWords.Length <= 3 && context.People.Any(p => p.Start == run.Start);
            if (!GapWords().IsMatch(gap) || (!roleOfPerson && gapWords.Any(w => !IsFiller(w))))
            {
                return null;
            }

            // "said Hillary Clinton's campaign manager Robby Mook": the possessive names whose role it is, not the speaker;
            // likewise "according to the Security Council spokesperson Adrienne Watson" names the spokesperson.
            if (!IsPossessive(run.Words[^1]) && !RoleThenName(context, run))
            {
                return SpeakerName(context, run, preferLast: false);
            }

            gapStart = run.End;
            afterPossessive = IsPossessive(run.Words[^1]);
        }

        return null;
    }

    /// <summary>Whether a run is followed by lower-case role words and then a person ("Council spokesperson Adrienne Watson").</summary>
    private bool RoleThenName(Context context, CapitalizedRun run)
    {
        var next = context.People.FirstOrDefault(p => p.Start > run.End);
        if (next is null || next.Start - run.End > 40)
        {
            return false;
        }

        var gap = context.Text[run.End..next.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return gap.Length > 0 && gap.All(IsTitle);
    }

    /// <summary>The named speaker right before a cue: "Jane Doe said", "Doe told", "the Kremlin said", "she said".</summary>
    private string? SpeakerPreceding(Context context, int cueStart, int notBefore)
    {
        var text = context.Text;
        var end = SubjectVerbGap.SubjectEnd(text, cueStart, notBefore);
        while (end > notBefore && text[end - 1] == ' ')
        {
            end--;
        }

        end = BeforeParenthesis(text, end, notBefore);
        var run = RunEndingAt(context, end, notBefore);
        if (run is not null && DisagreesWithVerb(context, run, cueStart, notBefore))
        {
            return null;
        }

        if (run is not null && RunBefore(context, run, "for", notBefore) is { } owner)
        {
            // "Citizens for Tax Justice said": one organisation across its "for".
            run = new CapitalizedRun(owner.Start, run.End, [.. owner.Words, "for", .. run.Words]);
        }
        else if (run is not null && RunBefore(context, run, "on", notBefore) is { } body && EnglishWords.OrganisationHeads.Contains(body.Words[^1]))
        {
            // "the Commission on Presidential Debates said": the body speaks, not its topic, however much the topic looks like a name.
            return SpeakerName(context, new CapitalizedRun(body.Start, run.End, [.. body.Words, "on", .. run.Words]), preferLast: true, organisation: true);
        }
        else if (run is not null && run.Words.Count >= 1 && EnglishWords.OrganisationHeads.Contains(run.Words[^1].TrimEnd('.'))
            && RunBefore(context, run, "and", notBefore) is { } first && first.Words.Count(w => w != "The") == 1 && context.People.All(p => p.End != first.End))
        {
            // "the Securities and Exchange Commission said": one body, not two speakers.
            run = new CapitalizedRun(first.Start, run.End, [.. first.Words, "and", .. run.Words]);
        }

        if (run is not null && SpeakerName(context, run, preferLast: true) is { } named)
        {
            return named;
        }

        if (end > notBefore && text[end - 1] == ',' && SpeakerBeforeAppositive(context, end - 1, notBefore) is { } described)
        {
            return described;
        }

        if (end > notBefore && text[end - 1] == ',' && NamedAfterDescription(context, end - 1, notBefore) is { } introduced)
        {
            return introduced;
        }

        var wordStart = end;
        while (wordStart > notBefore && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..end];
        if (EnglishWords.PersonalPronouns.Contains(word))
        {
            // The person a pronoun refers to is one the article names as a subject, not one a speaker mentions inside a quote,
            // an owner written into the mention ("Clinton's") or the object of a preposition ("wrote to Obama").
            return context.Pronouns.Resolve(wordStart, word);
        }

        return null;
    }

    /// <summary>
    /// Whether a singular name right before a plain verb cannot be its subject: in "emails combed through by Vox suggest
    /// that" the subject is the plural before it. "Democrats say", "Britain and France say" and "Doe will say" agree.
    /// </summary>
    private bool DisagreesWithVerb(Context context, CapitalizedRun run, int cueStart, int notBefore)
    {
        var verbEnd = cueStart;
        while (verbEnd < context.Text.Length && char.IsLetter(context.Text[verbEnd]))
        {
            verbEnd++;
        }

        var verb = context.Text[cueStart..verbEnd];
        return !verb.EndsWith('s') && lexicon.PresentSpeechForms.Contains(verb)
            && context.Text.AsSpan(run.End, cueStart - run.End).IsWhiteSpace()
            && !run.Words[^1].EndsWith('s')
            && RunBefore(context, run, "and", notBefore) is null && RunBefore(context, run, ",", notBefore) is null;
    }

    /// <summary>
    /// The others named with the subject before a cue: "Tom Ashdown and Sen. Ruth Okafor said" credits both, as does
    /// "Britain, France and Germany said"; the subject itself is left to <see cref="SpeakerPreceding"/>.
    /// </summary>
    private List<string> CoordinatedWithSubject(Context context, int cueStart, int notBefore)
    {
        var partners = new List<string>();
        var text = context.Text;
        var end = SubjectVerbGap.SubjectEnd(text, cueStart, notBefore);
        while (end > notBefore && text[end - 1] == ' ')
        {
            end--;
        }

        var run = RunEndingAt(context, BeforeParenthesis(text, end, notBefore), notBefore);
        var places = run is not null && lexicon.Places.Find(run.Text) is not null;
        for (var i = 0; run is not null && i < 4; i++)
        {
            // A list needs its "and" next to the subject: in "After meeting Putin, Trump said" the comma joins no subjects.
            var partner = RunBefore(context, run, "and", notBefore) ?? (i > 0 ? RunBefore(context, run, ",", notBefore) : null);
            // Only people or, beside a country, countries: "and" inside an organisation's name ("Centers for Disease
            // Control and Prevention") joins no speakers.
            var kindMatches = partner is not null && (places ? lexicon.Places.Find(partner.Text) is not null : context.People.Any(p => p.Start < partner.End && p.End > partner.Start));
            if (partner is null || !kindMatches || SpeakerName(context, partner, preferLast: true) is not { } name)
            {
                break;
            }

            partners.Add(name);
            run = partner;
        }

        return partners;
    }

    /// <summary>The capitalized run ending exactly at <paramref name="end"/>, found by binary search over the sorted runs.</summary>
    private static CapitalizedRun? RunEndingAt(Context context, int end, int notBefore)
    {
        var runs = context.Runs;
        int low = 0, high = runs.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (runs[mid].End < end)
            {
                low = mid + 1;
            }
            else if (runs[mid].End > end)
            {
                high = mid - 1;
            }
            else
            {
                return runs[mid].Start >= notBefore ? runs[mid] : null;
            }
        }

        return null;
    }

    /// <summary>The run right before <paramref name="run"/> with only the connector ("and", "for", ",") between them.</summary>
    private static CapitalizedRun? RunBefore(Context context, CapitalizedRun run, string connector, int notBefore)
    {
        var text = context.Text;
        var i = run.Start;
        while (i > notBefore && text[i - 1] == ' ')
        {
            i--;
        }

        if (i - connector.Length < notBefore || string.CompareOrdinal(text, i - connector.Length, connector, 0, connector.Length) != 0)
        {
            return null;
        }

        i -= connector.Length;
        if (char.IsLetter(connector[0]) && (i == 0 || text[i - 1] != ' '))
        {
            return null;
        }

        while (i > notBefore && text[i - 1] == ' ')
        {
            i--;
        }

        // A comma after a parenthesis or a serial comma before "and": "Ruth Okafor (D-Ore.) and", "Britain, France, and".
        if (i > notBefore && text[i - 1] == ',' && connector != ",")
        {
            i--;
        }

        return RunEndingAt(context, BeforeParenthesis(text, i, notBefore), notBefore);
    }

    /// <summary>"Marc Morial, the chief executive of the League, said" or "Paul Ryan, R-Wis., said": the name before a description set off by commas.</summary>
    private string? SpeakerBeforeAppositive(Context context, int comma, int notBefore)
    {
        var text = context.Text;
        var candidates = context.Runs.Where(r => r.Start >= notBefore && r.End < comma && comma - r.End <= MaxAppositive).Reverse();
        foreach (var run in candidates)
        {
            var nameEnd = run.End;
            if (nameEnd + 2 < comma && text[nameEnd] == ' ' && text[nameEnd + 1] == '(' && text.IndexOf(')', nameEnd) is var close && close > 0 && close < comma)
            {
                nameEnd = close + 1;
            }

            if (text[nameEnd] != ',' || nameEnd == comma)
            {
                continue;
            }

            var description = text[(nameEnd + 1)..comma].TrimStart();
            if (description.Length > 0 && (char.IsLower(description[0]) || char.IsDigit(description[0]) || PartyAndState().IsMatch(description) || PartyOfState(description))
                && !description.Contains('"') && !description.Contains('“'))
            {
                // "Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA, said": a place inside the
                // description is no speaker, so the search goes on to the name before it.
                if (SpeakerName(context, run, preferLast: true) is { } name)
                {
                    return name;
                }
            }
        }

        return null;
    }

    /// <summary>"Dianne Feinstein, Democrat of California, said": a party member of a state, as some papers describe lawmakers.</summary>
    private static bool PartyOfState(string description)
    {
        var space = description.IndexOf(' ');
        return space > 0 && EnglishWords.PartyLabels.Contains(description[..space]) && description[space..].StartsWith(" of ", StringComparison.Ordinal);
    }

    /// <summary>"A lawyer for the news outlets, David Schulz, said": a person set off by commas after a description of them.</summary>
    private string? NamedAfterDescription(Context context, int comma, int notBefore)
    {
        var run = RunEndingAt(context, comma, notBefore);
        if (run is null || !context.People.Any(p => p.Start < run.End && p.End > run.Start))
        {
            return null;
        }

        var before = run.Start;
        while (before > notBefore && context.Text[before - 1] == ' ')
        {
            before--;
        }

        return before > notBefore && context.Text[before - 1] == ',' ? SpeakerName(context, run, preferLast: true) : null;
    }

    /// <summary>The speaker a capitalized run names: a recognized person under the fullest name, or a named organisation or country.</summary>
    private string? SpeakerName(Context context, CapitalizedRun run, bool preferLast, bool organisation = false)
    {
        // "Brazil's" introduces a role ("Brazil's oil minister"), not a speaker.
        if (IsPossessive(run.Words[^1]))
        {
            return null;
        }

        // "the EB-5 program": capitals joined to a number by a hyphen are a code or a model, not a name.
        if (run.End + 1 < context.Text.Length && context.Text[run.End] == '-' && char.IsDigit(context.Text[run.End + 1]))
        {
            return null;
        }

        var people = context.People.Where(p => p.Start < run.End && p.End > run.Start).ToList();
        if (people.Count > 0 && !organisation)
        {
            // "The Washington Post Trump said" runs two names together; the one next to the cue is the speaker.
            return PersonRecognizer.Fullest(WithoutPossessive((preferLast ? people[^1] : people[0]).Name), context.FullNames);
        }

        // "Pagliano's Fifth Amendment claims" or "China's South China Sea claims": what a person, place or date owns is
        // not a source; the people it holds were taken above ("CNN's Dana Bash").
        if (OwnsPart(context, run))
        {
            return null;
        }

        var words = new List<string>();
        foreach (var w in run.Words)
        {
            var bare = w.TrimEnd('.');
            var leading = words.Count == 0 && (IsTitle(w) || bare is "The" or "A" or "An"
                || (w == run.Words[0] && EnglishWords.SentenceStarters.Contains(bare) && SentenceInitial(context.Text, run.Start)));
            if (!leading)
            {
                words.Add(w);
            }
        }

        if (words.Count == 0 || IsContraction(words[0]) || (words.Count == 1 && EnglishWords.SentenceStarters.Contains(words[0])))
        {
            return null;
        }

        // "Officials said" or "Having said": a lone capitalized word is a name only when the article capitalizes it mid-sentence too,
        // or it is an acronym or a place.
        if (words.Count == 1 && !IsAcronym(words[0]) && !context.Capitals.Contains(words[0]) && lexicon.Places.Find(words[0]) is null)
        {
            return null;
        }

        // A lone "Co" or "Inc" is the tail of a company name.
        if (words.Count == 1 && CompanySuffixes.Contains(words[0].TrimEnd('.')))
        {
            return null;
        }

        // "Democratic claims", "a Republican challenging him" or "other Western states": a party or a compass point alone
        // is an adjective or an unnamed member.
        if (words.Count == 1 && (EnglishWords.PartyLabels.Contains(words[0]) || EnglishWords.CompassAdjectives.Contains(words[0])))
        {
            return null;
        }

        // "a U.S. appeals court" or "a Republican senator": a name after an indefinite article describes, it does not name.
        if (PrecedingWord.Of(context.Text, run.Start) is "a" or "an")
        {
            return null;
        }

        var name = AfterOrganisation(context, string.Join(' ', words));
        if (IsDemonym(words[0]) || words.All(w => EnglishWords.Months.Contains(w) || EnglishWords.Weekdays.Contains(w)))
        {
            return null;
        }

        // "China said" speaks for a government, but "officials in Moscow said" names only where they are.
        if (lexicon.Places.Find(name) is not null && AfterPreposition(context.Text, run.Start))
        {
            return null;
        }

        return PersonRecognizer.Fullest(name, context.FullNames);
    }

    /// <summary>
    /// Whether a possessive inside the run has a person, a place or a month for its owner ("Pagliano's Fifth Amendment",
    /// "Cleveland's Plain Dealer"); in "Moody's Investors Service" or "Women's Media Center" the possessive is part of the name.
    /// </summary>
    private bool OwnsPart(Context context, CapitalizedRun run)
    {
        for (var i = 0; i < run.Words.Count - 1; i++)
        {
            if (IsPossessive(run.Words[i]) && WithoutPossessive(string.Join(' ', run.Words.Take(i + 1))) is var owner
                && (lexicon.Places.Find(owner) is not null || EnglishWords.Months.Contains(owner)
                    || context.FullNames.Contains(owner) || PersonRecognizer.Fullest(owner, context.FullNames) != owner))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A transcript label ("WALLACE") under the fullest name the article gives that person, else as written.</summary>
    private static string TranscriptSpeaker(string label, IReadOnlyList<string> fullNames) =>
        fullNames.FirstOrDefault(n => n.Split(' ')[^1].Equals(label, StringComparison.OrdinalIgnoreCase)) ?? label;

    private bool IsTitle(string word) =>
        lexicon.Titles.Contains(word.ToLowerInvariant()) || lexicon.Titles.Contains(word.TrimEnd('.').ToLowerInvariant());

    private static bool IsPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith('\'') || word.EndsWith('’');

    /// <summary>"Donald Trump’s" to "Donald Trump": a possessive mention still refers to the person.</summary>
    private static string WithoutPossessive(string name) =>
        name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal) ? name[..^2]
        : name.EndsWith('\'') || name.EndsWith('’') ? name[..^1] : name;

    /// <summary>"Washington Post Trump" to "Trump": a name run on after an organisation's ("the editorial board of the Washington Post Trump said") is the person's.</summary>
    private static string AfterOrganisation(Context context, string name)
    {
        var words = name.Split(' ');
        if (words.Length < 3)
        {
            return name;
        }

        var head = Array.FindLastIndex(words, words.Length - 2, w => EnglishWords.OrganisationHeads.Contains(w));
        var tail = head > 0 ? string.Join(' ', words[(head + 1)..]) : name;
        return tail != name && context.FullNames.Any(n => n.EndsWith(" " + tail, StringComparison.Ordinal)) ? tail : name;
    }

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(c => char.IsUpper(c) || c == '.' || c == '-');

    /// <summary>"I've" or "You'd": a pronoun with a verb contracted onto it.</summary>
    private static bool IsContraction(string word)
    {
        var apostrophe = word.IndexOfAny(['\'', '’']);
        return apostrophe > 0 && EnglishWords.SentenceStarters.Contains(word[..apostrophe]);
    }

    private static bool SentenceInitial(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '"' or '“')
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or ':';
    }

    private static bool AfterPreposition(string text, int start) =>
        PrecedingWord.Of(text, start).ToLowerInvariant() is "in" or "from" or "at" or "of" or "near" or "across" or "outside" or "inside" or "to" or "for" or "throughout";

    /// <summary>Where a name ends when a bracketed party or state follows it: "Claire McCaskill (D-Mo.) said".</summary>
    private static int BeforeParenthesis(string text, int end, int notBefore)
    {
        if (end <= notBefore || text[end - 1] != ')')
        {
            return end;
        }

        var open = text.LastIndexOf('(', end - 1, Math.Min(25, end - notBefore));
        if (open <= notBefore)
        {
            return end;
        }

        while (open > notBefore && text[open - 1] == ' ')
        {
            open--;
        }

        return open;
    }

    private bool IsDemonym(string word) =>
        lexicon.Demonyms.ContainsKey(word) || (word.EndsWith('s') && lexicon.Demonyms.ContainsKey(word[..^1]));

    private bool IsFiller(string word)
    {
        var w = word.Trim(',').ToLowerInvariant();
        return w is "the" or "a" or "an" or "its" or "his" or "her" or "their" || w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal)
            || lexicon.Titles.Contains(w) || lexicon.Titles.Contains(w.TrimEnd('.'));
    }

    /// <summary>A quote continues the previous speaker's when nothing but its own paragraph or a short connective lies between.</summary>
    private static bool IsContinuation(string text, int previousEnd, int start)
    {
        if (previousEnd < 0 || start - previousEnd > 400)
        {
            return false;
        }

        var between = text[previousEnd..start];
        return !between.Contains("\n\n") && between.Count(c => c == '\n') <= 1 && !between.Any(c => c is '“' or '"');
    }

    private static bool SentenceEndBetween(string text, int from, int to) =>
        SentenceSplitter.Split(text[from..to]).Count > 1 || text[from..to].TrimEnd().EndsWith('.');

    private static int LastSentenceEnd(string window)
    {
        var spans = SentenceSplitter.Split(window);
        return spans.Count > 1 ? spans[^1].Start - 1 : -1;
    }

    private static string CleanStatement(string text) => text.Trim().Trim(',', ';', ' ').TrimEnd('.').Trim();

    private sealed record Context(string Text, IReadOnlyList<PersonMention> People, IReadOnlyList<CapitalizedRun> Runs, IReadOnlyList<string> FullNames, MidSentenceCapitals Capitals, QuotedSpans Quoted, PronounResolver Pronouns);

    [GeneratedRegex(@"[""“](?<text>[^""“”\n]{2,2000}?)[""”]")]
    private static partial Regex QuotedSpan();

    [GeneratedRegex(@",?\s*according to\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"^\s*(?:that\s+)?")]
    private static partial Regex ThatClause();

    [GeneratedRegex(@"^[RDI]-[\p{L}.]+")]
    private static partial Regex PartyAndState();

    [GeneratedRegex(@"^[\p{L}'’\s,.]*$")]
    private static partial Regex GapWords();
}
