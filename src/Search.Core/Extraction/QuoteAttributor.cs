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

    private readonly Lexicon lexicon;
    private readonly SpeechCueFinder cues;

    public QuoteAttributor(Lexicon lexicon)
    {
        this.lexicon = lexicon;
        cues = new SpeechCueFinder(new HashSet<string>(lexicon.SpeechVerbs.Where(v => v.Length > 2 && !v.Contains(' ')).Select(v => v.ToLowerInvariant())));
    }

    public IReadOnlyList<Quote> Attribute(string text, IReadOnlyList<PersonMention> people)
    {
        var context = new Context(text, people, [.. CapitalizedRun.FindAll(text)], [.. people.Select(p => p.Name).Where(n => n.Contains(' ')).Distinct()]);
        var quotes = new List<(int Position, Quote Quote)>();
        var quoted = new List<(int Start, int End)>();

        string? previousSpeaker = null;
        var previousEnd = -1;
        foreach (Match m in QuotedSpan().Matches(text))
        {
            var inner = m.Groups["text"].Value.Trim().TrimEnd(',').Trim();
            quoted.Add((m.Index, m.Index + m.Length));
            if (inner.Split(' ').Length < 3)
            {
                // Scare quotes around a word or two are not statements.
                continue;
            }

            var speaker = SpeakerAfterQuote(context, m.Index + m.Length) ?? SpeakerBeforeQuote(context, m.Index);
            if (speaker is null && previousSpeaker is not null && IsContinuation(text, previousEnd, m.Index))
            {
                speaker = previousSpeaker;
            }

            if (speaker is not null)
            {
                quotes.Add((m.Index, new Quote(speaker, inner)));
                previousSpeaker = speaker;
                previousEnd = m.Index + m.Length;
            }
        }

        foreach (var (start, end) in SentenceSplitter.Split(text))
        {
            if (quoted.Any(q => q.Start < end && q.End > start))
            {
                continue;
            }

            if (ReportedSpeech(context, start, end) is { } reported)
            {
                quotes.Add((start, reported));
            }
        }

        return [.. quotes.OrderBy(q => q.Position).Select(q => q.Quote)];
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
        if (found.Count == 0 || SentenceEndBetween(window, 0, found[0].Index))
        {
            return null;
        }

        var cueStart = quoteEnd + found[0].Index;
        var cueEnd = cueStart + found[0].Length;
        return SpeakerFollowing(context, cueEnd) ?? SpeakerPreceding(context, cueStart, quoteEnd);
    }

    /// <summary>'Doe said: "..."' or 'Doe told reporters "..."'.</summary>
    private string? SpeakerBeforeQuote(Context context, int quoteStart)
    {
        var from = Math.Max(0, quoteStart - AttributionWindow);
        var window = context.Text[from..quoteStart];
        var boundary = Math.Max(window.LastIndexOfAny(['\n', '"', '”', '“']), LastSentenceEnd(window));
        var last = cues.FindAll(window, boundary + 1).LastOrDefault();
        return last.Length == 0 ? null : SpeakerPreceding(context, from + last.Index, from + boundary + 1) ?? SpeakerFollowing(context, from + last.Index + last.Length);
    }

    private Quote? ReportedSpeech(Context context, int start, int end)
    {
        var sentence = context.Text[start..end];
        var according = AccordingTo().Match(sentence);
        if (according.Success && SpeakerFollowing(context, start + according.Index + according.Length) is { } source)
        {
            var statement = (sentence[..according.Index] + " " + sentence[(according.Index + according.Length)..]).Trim();
            return new Quote(source, CleanStatement(statement));
        }

        foreach (var (index, length) in cues.FindAll(context.Text, start, end))
        {
            var offset = index - start;
            if (SpeakerPreceding(context, index, start) is { } before)
            {
                // "Doe said the bank would ..." reports what follows; "..., Doe said." what came before.
                var after = CleanStatement(ThatClause().Replace(sentence[(offset + length)..], string.Empty, 1));
                var head = sentence[..offset];
                var comma = head.LastIndexOf(',');
                var statement = after.Length >= 12 ? after : comma > 0 ? CleanStatement(head[..comma]) : string.Empty;
                return statement.Length > 0 ? new Quote(before, statement) : null;
            }

            if (offset > 20 && SpeakerFollowing(context, index + length) is { } speaker)
            {
                return new Quote(speaker, CleanStatement(sentence[..offset]));
            }
        }

        return null;
    }

    /// <summary>The named speaker right after a cue: "said Jane Doe", "said spokeswoman Adrienne Watson", "said the Kremlin".</summary>
    private string? SpeakerFollowing(Context context, int position)
    {
        var text = context.Text;
        var limit = Math.Min(text.Length, position + 60);
        var run = context.Runs.FirstOrDefault(r => r.Start >= position && r.Start < limit);
        if (run is null)
        {
            return null;
        }

        var gap = text[position..run.Start];
        if (!GapWords().IsMatch(gap) || gap.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => !IsFiller(w)))
        {
            return null;
        }

        return SpeakerName(context, run, run.Words.Count);
    }

    /// <summary>The named speaker right before a cue: "Jane Doe said", "Doe told", "the Kremlin said", "she said".</summary>
    private string? SpeakerPreceding(Context context, int cueStart, int notBefore)
    {
        var text = context.Text;
        var end = cueStart;
        while (end > notBefore && text[end - 1] == ' ')
        {
            end--;
        }

        var run = context.Runs.LastOrDefault(r => r.End == end && r.Start >= notBefore);
        if (run is not null && SpeakerName(context, run, run.Words.Count) is { } named)
        {
            return named;
        }

        var wordStart = end;
        while (wordStart > notBefore && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..end];
        if (EnglishWords.PersonalPronouns.Contains(word))
        {
            return context.People.LastOrDefault(p => p.End <= wordStart)?.Name is { } name ? PersonRecognizer.Fullest(name, context.FullNames) : null;
        }

        return null;
    }

    /// <summary>The speaker a capitalized run names: a recognized person under the fullest name, or a named organisation.</summary>
    private string? SpeakerName(Context context, CapitalizedRun run, int wordCount)
    {
        var person = context.People.FirstOrDefault(p => p.Start < run.End && p.End > run.Start);
        if (person is not null)
        {
            return PersonRecognizer.Fullest(person.Name, context.FullNames);
        }

        var words = run.Words.Take(wordCount)
            .SkipWhile(w => EnglishWords.SentenceStarters.Contains(w.TrimEnd('.')) || lexicon.Titles.Contains(w.TrimEnd('.').ToLowerInvariant()) || lexicon.Titles.Contains(w.ToLowerInvariant()))
            .ToList();
        if (words.Count == 0)
        {
            return null;
        }

        // "Officials said" or "Analysts said": a lone capitalized word opening a sentence is a common noun unless it is an acronym.
        if (run.Words.Count == 1 && !words[0].All(c => char.IsUpper(c) || c == '.') && SentenceInitial(context.Text, run.Start))
        {
            return null;
        }

        // "Brazil's" introduces a role ("Brazil's oil minister"), and a lone "Co" or "Inc" is the tail of a company name.
        if (words[^1].EndsWith("'s", StringComparison.Ordinal) || words[^1].EndsWith("’s", StringComparison.Ordinal)
            || (words.Count == 1 && EnglishWords.OrganisationHeads.Contains(words[0].TrimEnd('.'))))
        {
            return null;
        }

        var name = string.Join(' ', words);
        if (lexicon.Places.Find(name) is not null || IsDemonym(words[0]) || words.All(w => EnglishWords.Months.Contains(w) || EnglishWords.Weekdays.Contains(w)))
        {
            return null;
        }

        return PersonRecognizer.Fullest(name, context.FullNames);
    }

    private bool IsDemonym(string word) =>
        lexicon.Demonyms.ContainsKey(word) || (word.EndsWith('s') && lexicon.Demonyms.ContainsKey(word[..^1]));

    private static bool SentenceInitial(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '"' or '“')
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or ':';
    }

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

    private sealed record Context(string Text, IReadOnlyList<PersonMention> People, IReadOnlyList<CapitalizedRun> Runs, IReadOnlyList<string> FullNames);

    [GeneratedRegex(@"[""“](?<text>[^""“”\n]{2,2000}?)[""”]")]
    private static partial Regex QuotedSpan();

    [GeneratedRegex(@",?\s*according to\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"^\s*(?:that\s+)?")]
    private static partial Regex ThatClause();

    [GeneratedRegex(@"^[\p{L}'’\s,.]*$")]
    private static partial Regex GapWords();
}
