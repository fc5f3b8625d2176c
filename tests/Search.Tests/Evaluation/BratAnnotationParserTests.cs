using Search.Core.Evaluation;

namespace Search.Tests.Evaluation;

public class BratAnnotationParserTests
{
    private const string Text = "Mayor Ann Rowe said the bridge will reopen.\nIt will, she added, by May.";

    [Fact]
    public void Text_bound_lines_become_typed_spans_and_the_rest_is_skipped()
    {
        const string annotations = "T1\tSource 0 14\tMayor Ann Rowe\nT2\tCue 15 19\tsaid\nT3\tContent 20 43\tthe bridge will reopen.\nE1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n#1\tAnnotatorNotes T1\tcheck\n";

        var spans = BratAnnotationParser.Parse(annotations);

        Assert.Equal(["T1", "T2", "T3"], spans.Select(s => s.Id));
        Assert.Equal(["Source", "Cue", "Content"], spans.Select(s => s.Type));
        Assert.Equal("Mayor Ann Rowe", spans[0].TextIn(Text));
    }

    [Fact]
    public void Discontinuous_ranges_join_and_a_line_break_in_copied_text_leaves_no_span()
    {
        const string annotations = "T4\tContent 44 52;64 71\tIt will,\nby May.\nT5\tSource 53 56\tshe\n";

        var spans = BratAnnotationParser.Parse(annotations);

        Assert.Equal(2, spans.Count);
        Assert.Equal([new BratRange(44, 52), new BratRange(64, 71)], spans[0].Ranges);
        Assert.Equal("It will, by May.", spans[0].TextIn(Text));
        Assert.Equal("she", spans[1].TextIn(Text));
    }

    [Fact]
    public void Offsets_count_code_points_past_characters_outside_the_bmp()
    {
        const string text = "🇺🇸 Ann Rowe spoke.";
        var span = BratAnnotationParser.Parse("T1\tSource 3 11\tAnn Rowe").Single();

        Assert.Equal("Ann Rowe", span.TextIn(text));
    }
}
