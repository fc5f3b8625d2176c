using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Core.Extraction;

/// <summary>
/// Finds the dates a text mentions and resolves them against the publication date, keeping the precision the text
/// has: "March 3, 2024" is 2024-03-03, "in November" is the November the tense points to, "since 2006" is 2006,
/// "on Tuesday" is the Tuesday of that week, "last week" is an ISO week (2023-W36).
/// </summary>
public sealed partial class DateMentionResolver
{
    // Words that some of the patterns below cannot match without. A vectorized search for them is far cheaper than
    // a pattern's own scan, and most articles have no weekday and no "ago": those patterns are then skipped.
    private static readonly SearchValues<string> WeekdayNames =
        SearchValues.Create(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], StringComparison.Ordinal);

    private static readonly SearchValues<string> RelativeWords =
        SearchValues.Create(["last", "next", "this", "yesterday", "today", "tomorrow"], StringComparison.OrdinalIgnoreCase);

    // How every month name starts, as MonthName and FullMonthName spell it (case matters there).
    private static readonly SearchValues<string> MonthStarts =
        SearchValues.Create(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.Ordinal);

    public IReadOnlyList<string> Resolve(string text, DateOnly? published)
    {
        var found = new List<(int Position, string Value)>();
        var covered = new List<(int Start, int End)>();

        void Add(Match m, string? value)
        {
            if (value is null || covered.Any(c => m.Index < c.End && m.Index + m.Length > c.Start))
            {
                return;
            }

            covered.Add((m.Index, m.Index + m.Length));
            found.Add((m.Index, value));
        }

        foreach (Match m in IsoDate().Matches(text))
        {
            Add(m, DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? RelativeDates.Day(d) : null);
        }

        foreach (Match m in MonthDayYear().Matches(text).Concat(DayMonthYear().Matches(text)))
        {
            Add(m, FullDate(text, m, published));
        }

        foreach (Match m in MonthYear().Matches(text))
        {
            Add(m, DatelineReader.MonthNumber(m.Groups["month"].Value) is { } mo ? RelativeDates.Month(Year(m), mo) : null);
        }

        if (published is { } pub)
        {
            ResolveRelative(text, pub, Add);
        }

        foreach (Match m in YearOnly().Matches(text))
        {
            Add(m, YearReader.IsYear(text, m, published) ? m.Groups["year"].Value : null);
        }

        return [.. found.OrderBy(f => f.Position).Select(f => f.Value).Distinct()];
    }

    private static void ResolveRelative(string text, DateOnly pub, Action<Match, string?> add)
    {
        foreach (var m in MatchesIf(text.Contains(" year", StringComparison.Ordinal), MonthOfRelativeYear(), text))
        {
            var shift = Shift(m.Groups["which"].Value);
            add(m, DatelineReader.MonthNumber(m.Groups["month"].Value) is { } mo ? RelativeDates.Month(pub.Year + shift, mo) : null);
        }

        foreach (var m in MatchesIf(text.AsSpan().ContainsAny(WeekdayNames), Weekday(), text))
        {
            add(m, NamedWeekday(text, m, pub));
        }

        foreach (var m in MatchesIf(text.AsSpan().ContainsAny(RelativeWords), Relative(), text))
        {
            var which = m.Groups["which"].Value.ToLowerInvariant();
            add(m, RelativeDates.Shift(pub, m.Groups["unit"].Success ? m.Groups["unit"].Value.ToLowerInvariant() : "day", Shift(which)));
        }

        foreach (var m in MatchesIf(text.Contains("ago", StringComparison.OrdinalIgnoreCase), Ago(), text))
        {
            var count = Count(m.Groups["count"].Value);
            var unit = m.Groups["unit"].Value.ToLowerInvariant();

            // "two weeks ago" points at the day an event happened, not at a calendar week.
            add(m, count is not { } n ? null
                : unit == "week" ? RelativeDates.Day(pub.AddDays(-7 * n))
                : RelativeDates.Shift(pub, unit, -n));
        }

        foreach (var m in NamedMonths(text))
        {
            add(m, NamedMonthValue(text, m, pub));
        }
    }

    /// <summary>
    /// The matches of <see cref="NamedMonthPattern"/>, the same ones a scan of the whole text finds, found from the month names instead.
    /// Its words before the month ("in", "since", "last", ...) are common enough that scanning for them was most of
    /// the pattern's cost. Every match holds a month name, and starts at it, at "mid-" right before it, or at one of
    /// the two words before it; those are tried, earliest first, only where a month name is.
    /// </summary>
    private static IEnumerable<Match> NamedMonths(string text)
    {
        var from = 0;
        while (from < text.Length && text.AsSpan(from).IndexOfAny(MonthStarts) is var offset and >= 0)
        {
            var month = from + offset;
            var found = MatchStartingNear(text, month, from);
            if (found is null)
            {
                from = month + 1;
                continue;
            }

            yield return found;
            from = found.Index + found.Length;
        }
    }

    private static Match? MatchStartingNear(string text, int month, int notBefore)
    {
        // Where a match can start, latest first: the month, "mid-" right before it, then the two words before those.
        Span<int> starts = stackalloc int[4];
        var count = 0;
        var at = starts[count++] = month;
        if (at >= 4 && text.AsSpan(at - 4, 4).SequenceEqual("mid-"))
        {
            at = starts[count++] = at - 4;
        }

        for (var words = 0; words < 2; words++)
        {
            var end = at;
            while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            var start = end;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            if (end == at || start == end)
            {
                break;
            }

            at = starts[count++] = start;
        }

        for (var i = count - 1; i >= 0; i--)
        {
            if (starts[i] >= notBefore && NamedMonthHere().Match(text, starts[i]) is { Success: true } match)
            {
                return match;
            }
        }

        return null;
    }

    private static IEnumerable<Match> MatchesIf(bool possible, Regex pattern, string text) => possible ? pattern.Matches(text) : [];

    private static string? FullDate(string text, Match m, DateOnly? published)
    {
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (DatelineReader.MonthNumber(m.Groups["month"].Value) is not { } mo)
        {
            return null;
        }

        var year = m.Groups["year"].Success ? Year(m)
            : published is { } pub ? YearChooser.ForDay(pub, mo, day, TenseReader.At(text, m.Index, m.Index + m.Length))
            : null;
        return year is { } y && day <= DateTime.DaysInMonth(y, mo) ? RelativeDates.Day(new DateOnly(y, mo, day)) : null;
    }

    private static string? NamedWeekday(string text, Match m, DateOnly pub)
    {
        var which = m.Groups["which"].Value.ToLowerInvariant();
        if (which.Length == 0 && NamesSomethingElse(text, m.Index))
        {
            return null;
        }

        var tense = which switch
        {
            "last" => Tense.Past,
            "next" or "coming" or "this coming" => Tense.Future,
            _ => TenseReader.At(text, m.Index, m.Index + m.Length),
        };
        var day = Enum.Parse<DayOfWeek>(m.Groups["day"].Value, ignoreCase: true);
        return RelativeDates.Day(RelativeDates.Weekday(pub, day, tense, strict: which == "last"));
    }

    /// <summary>"Black Friday", "Super Tuesday", "the following Monday" and "Justice April" name no date counted from publication.</summary>
    private static bool NamesSomethingElse(string text, int index)
    {
        var before = WordBefore().Match(text[Math.Max(0, index - 30)..index]);
        if (!before.Success)
        {
            return false;
        }

        var word = before.Groups["word"].Value;
        return AnchoredElsewhere().IsMatch(word) || (char.IsUpper(word[0]) && !SentenceOpener().IsMatch(word) && before.Groups["stop"].Length == 0);
    }

    private static string? NamedMonthValue(string text, Match m, DateOnly pub)
    {
        if (DatelineReader.MonthNumber(m.Groups["month"].Value) is not { } mo)
        {
            return null;
        }

        var which = m.Groups["which"].Value.ToLowerInvariant();
        if (which.Length == 0 && m.Groups["cue"].Length == 0 && NamesSomethingElse(text, m.Index))
        {
            return null;
        }

        var year = which switch
        {
            // "last April" is the latest April before last month (which would be "last month"), "next April" likewise ahead.
            "last" => mo < pub.Month - 1 ? pub.Year : pub.Year - 1,
            "next" => mo > pub.Month + 1 ? pub.Year : pub.Year + 1,
            "this" => pub.Year,
            // "since November" always looks back, whatever the verb.
            _ when m.Groups["cue"].Value.Equals("since", StringComparison.OrdinalIgnoreCase) => YearChooser.ForMonth(pub, mo, Tense.Past),
            _ => YearChooser.ForMonth(pub, mo, TenseReader.At(text, m.Index, m.Index + m.Length)),
        };
        return RelativeDates.Month(year, mo);
    }

    private static int Shift(string which) => which.ToLowerInvariant() switch
    {
        "last" or "yesterday" => -1,
        "next" or "tomorrow" => 1,
        _ => 0,
    };

    private static int Year(Match m) => int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);

    private static int? Count(string word)
    {
        if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        string[] words = ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
        var index = Array.IndexOf(words, word.ToLowerInvariant());
        return index < 0 ? null : Math.Max(1, index);
    }

    private const string MonthName = @"(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    // Full names only, and not May: "may" is a verb and May a surname, so it needs a cue word before it.
    private const string FullMonthName = @"(?<month>January|February|March|April|June|July|August|September|October|November|December)";

    private const string Cue = @"(?<cue>in|since|until|by|from|during|before|after|of|early|late|mid|through|around|to|between|and)";

    [GeneratedRegex(@"(?<![\d-])(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-])")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b" + MonthName + @"\s+(?<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|million|billion|\d))(?:,?\s+(?<year>(?:19|20)\d\d)\b)?")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?" + MonthName + @"(?:,?\s+(?<year>(?:19|20)\d\d))?\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b" + MonthName + @",?\s+(?<year>(?:19|20)\d\d)\b")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b" + MonthName + @"\s+(?<which>this|last|next)\s+year\b")]
    private static partial Regex MonthOfRelativeYear();

    [GeneratedRegex(@"(?:\b(?<which>(?i:last|next|this coming|this|coming))\s+|\b(?i:on|since|until|by|from|late|early)\s+)?\b(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,?\s+" + MonthName + @"\s+\d)")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:(?<which>last|next|this)\s+(?<unit>year|month|week)|(?<!\bof\s+)(?<which>yesterday|today|tomorrow))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    [GeneratedRegex(@"\b(?<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?<unit>day|week|month|year)s?\s+(?:or\s+so\s+)?ago\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ago();

    private const string NamedMonthPattern = @"(?:\b(?<which>(?i:last|next|this))\s+|\b(?i:" + Cue + @")\s+(?:(?i:early|late)\s+|mid-)?|\bmid-)" + MonthName + @"\b(?!\s+\d)|\b" + FullMonthName + @"\b(?!\s+(?:\d|\p{Lu}))";

    /// <summary>
    /// A month named with its cue word ("since November", "last April", "mid-March") or by its full name alone, matched
    /// only where the search starts (<see cref="NamedMonths"/> says where).
    /// </summary>
    [GeneratedRegex(@"\G(?:" + NamedMonthPattern + ")")]
    private static partial Regex NamedMonthHere();

    [GeneratedRegex(@"(?<![\d$£€.,/]|\d-)(?<year>1[89]\d\d|20\d\d)(?![\d%]|[.,]\d|-\d|'?s\b)")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"(?<word>[\p{L}']+)(?<stop>[,.;:]?)\s+$")]
    private static partial Regex WordBefore();

    [GeneratedRegex(@"^(?i:previous|following|that|same|every|each|a|another|one|black|good|super|cyber)$")]
    private static partial Regex AnchoredElsewhere();

    [GeneratedRegex(@"^(?:On|Last|Next|This|Since|Until|By|From|Late|Early|Through|And|Or|But|Then|Also|Before|After|Only|Even|Mr|Mrs|Ms|Dr)$")]
    private static partial Regex SentenceOpener();
}
