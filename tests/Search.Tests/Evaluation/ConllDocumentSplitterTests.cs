using Search.Core.Evaluation;

namespace Search.Tests.Evaluation;

public class ConllDocumentSplitterTests
{
    // An invented stream of three articles: plain, with a byline and a correction note, and with a two-sentence dateline.
    private const string Stream = """
        FERRIES NNP B-NP O
        HALTED VBD B-VP O
        . . O O

        PORTHAVEN NNP B-NP B-LOC
        1996-09-02 CD I-NP O

        Ferries NNS B-NP O
        stopped VBD B-VP O
        . . O O

        Ann NNP B-NP B-PER
        Rowe NNP I-NP I-PER
        agreed VBD B-VP O
        . . O O

        Mill NNP B-NP O
        output NN I-NP O
        rises VBZ B-VP O
        . . O O

        Tom NNP B-NP B-PER
        Vale NNP I-NP I-PER

        [ ( O O
        CORRECTED VBN O O
        ] ) O O

        LAKETON NNP B-NP B-LOC
        , , O O
        Norland NNP B-NP B-LOC
        1996-09-03 CD I-NP O

        Output NN B-NP O
        rose VBD B-VP O
        . . O O

        Bank NNP B-NP O
        sets VBZ B-VP O
        rate NN B-NP O
        . . O O

        GREEN NNP B-NP B-LOC
        BAY NNP I-NP I-LOC
        , , O O
        Wis NNP B-NP B-LOC
        . . O O

        1996-09-04 CD B-NP O

        Rates NNS B-NP O
        held VBD B-VP O
        . . O O
        """;

    private static IReadOnlyList<ConllDocument> Split() =>
        ConllDocumentSplitter.Split(ConllSentenceReader.Read(new StringReader(Stream)));

    [Fact]
    public void Each_dateline_starts_an_article_with_the_headline_before_it()
    {
        var documents = Split();

        Assert.Equal(3, documents.Count);
        Assert.Equal(["FERRIES", "HALTED", "."], documents[0].Headline.Select(t => t.Word));
        Assert.Equal(["PORTHAVEN", "1996-09-02"], documents[0].Dateline.Select(t => t.Word));
        Assert.Equal(2, documents[0].Body.Count);
        Assert.Equal(new DateOnly(1996, 9, 2), documents[0].Date);
    }

    [Fact]
    public void Byline_and_correction_note_sit_between_headline_and_dateline()
    {
        var second = Split()[1];

        Assert.Equal(["Mill", "output", "rises", "."], second.Headline.Select(t => t.Word));
        Assert.Equal(["Tom", "Vale"], second.Byline!.Select(t => t.Word));
        Assert.Equal("LAKETON", second.Dateline[0].Word);
        Assert.Single(second.Body);
    }

    [Fact]
    public void A_date_alone_on_its_line_joins_the_place_line_before_it()
    {
        var third = Split()[2];

        Assert.Equal(["Bank", "sets", "rate", "."], third.Headline.Select(t => t.Word));
        Assert.Equal(["GREEN", "BAY", ",", "Wis", ".", "1996-09-04"], third.Dateline.Select(t => t.Word));
        Assert.Null(third.Byline);
        Assert.Equal(new DateOnly(1996, 9, 4), third.Date);
    }

    [Fact]
    public void Sentence_reader_takes_the_last_column_as_the_tag_and_skips_docstart()
    {
        var sentences = ConllSentenceReader.Read(new StringReader("-DOCSTART- -X- O O\n\nAnn NNP B-NP B-PER\nleft VBD B-VP O\n\n\nBye UH O O\n"));

        Assert.Equal(2, sentences.Count);
        Assert.Equal(new ConllToken("Ann", "B-PER"), sentences[0][0]);
        Assert.Equal("O", sentences[1][0].Tag);
    }
}
