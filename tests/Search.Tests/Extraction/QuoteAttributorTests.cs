using Search.Core.Extraction;

namespace Search.Tests.Extraction;

public class QuoteAttributorTests
{
    private readonly PersonRecognizer people = new(Lexicon.Default);
    private readonly QuoteAttributor attributor = new(Lexicon.Default);

    private List<string> Speakers(string text) =>
        [.. attributor.Attribute(text, people.Recognize(text)).Select(q => q.Speaker).Distinct()];

    [Fact]
    public void A_name_before_a_description_set_off_by_commas_is_the_speaker()
    {
        Assert.Equal(["Laura Pemberton"], Speakers("Laura Pemberton, the chief executive of the Harbour Valley Trust, said the plan would cost jobs."));
    }

    [Fact]
    public void A_bracketed_party_between_name_and_verb_is_skipped()
    {
        Assert.Equal(["Tom Ashdown"], Speakers("Sen. Tom Ashdown (D-Ore.) said the bill would fail next week."));
        Assert.Equal(["Tom Ashdown"], Speakers("Rep. Tom Ashdown, R-Ore., said the bill would fail next week."));
    }

    [Fact]
    public void A_possessive_names_whose_role_it_is_not_the_speaker()
    {
        Assert.Equal(["Nadia Ferreira"], Speakers("The spending plan is doomed, said Gregor Maltby's campaign manager Nadia Ferreira."));
    }

    [Fact]
    public void Every_according_to_in_a_sentence_names_a_source()
    {
        var speakers = Speakers("According to the Evening Ledger, the minister may resign next week, according to spokesperson Ruth Okonkwo.");

        Assert.Equal(["Evening Ledger", "Ruth Okonkwo"], speakers);
    }

    [Fact]
    public void According_to_an_organisation_role_names_the_person_in_the_role()
    {
        Assert.Equal(["Ruth Okonkwo"], Speakers("Talks will resume soon, according to Harbour Council spokesperson Ruth Okonkwo."));
    }

    [Fact]
    public void A_newspaper_keeps_its_whole_name()
    {
        Assert.Equal(["New York Times"], Speakers("The bank will close, according to the New York Times."));
    }

    [Fact]
    public void Declining_to_comment_is_an_attribution()
    {
        Assert.Equal(["Pavel Orlov"], Speakers("Pavel Orlov, a spokesman for the ministry, declined to confirm the talks."));
    }

    [Fact]
    public void Labelled_transcript_turns_go_to_the_labelled_person()
    {
        var text = "Host Martin Quayle spoke to the governor.\n\nQUAYLE: Will you run again?\n\nGOVERNOR: We will see what the voters want.";

        Assert.Equal(["Martin Quayle", "GOVERNOR"], Speakers(text));
    }

    [Fact]
    public void A_single_labelled_line_is_a_heading_not_a_transcript()
    {
        Assert.Empty(Speakers("UPDATE: The vote has been moved to Friday."));
    }

    [Fact]
    public void A_lone_word_is_a_speaker_only_when_the_article_capitalizes_it_mid_sentence()
    {
        Assert.Equal(["Hallworth"], Speakers("The council met again. Hallworth said the budget was too small. Critics disagreed with Hallworth on that."));
        Assert.Empty(Speakers("The council met again. Officials said the budget was too small for the year."));
    }

    [Fact]
    public void Pronouns_and_contractions_opening_a_sentence_are_not_speakers()
    {
        Assert.Empty(Speakers("The vote was close. I've said the budget was too small for the year. She wrote that I said so."));
    }

    [Fact]
    public void A_country_speaks_for_its_government_but_not_after_a_preposition()
    {
        Assert.Equal(["China"], Speakers("China said the tariffs would hurt both sides in the long run."));
        Assert.Empty(Speakers("Diplomats in China said the tariffs would hurt both sides in the long run."));
    }

    [Fact]
    public void A_name_after_the_verb_speaks_only_when_the_statement_came_first()
    {
        Assert.Equal(["Priya Raman"], Speakers("The merger will go ahead next spring, said Priya Raman."));
        Assert.Empty(Speakers("The opposition has loudly criticised Priya Raman for the merger."));
    }

    [Fact]
    public void Two_speakers_in_one_sentence_are_both_found()
    {
        var speakers = Speakers("Priya Raman said the merger would go ahead, while Laura Pemberton argued it would cost jobs.");

        Assert.Equal(["Priya Raman", "Laura Pemberton"], speakers);
    }

    [Fact]
    public void A_possessive_pronoun_antecedent_resolves_to_the_person()
    {
        var speakers = Speakers("Critics attacked Gregor Maltby's budget on Monday. He said the cuts were necessary for the economy.");

        Assert.Equal(["Gregor Maltby"], speakers);
    }

    [Fact]
    public void Auxiliaries_and_adverbs_between_subject_and_verb_are_skipped()
    {
        Assert.Equal(["Harbour Valley Trust"], Speakers("The Harbour Valley Trust has also said the plan would cost jobs."));
        Assert.Equal(["Laura Pemberton"], Speakers("Laura Pemberton previously told the committee the plan would cost jobs."));
    }

    [Fact]
    public void A_pronoun_refers_to_the_person_named_outside_the_quote()
    {
        var text = "Laura Pemberton spoke on Monday. \"Gregor Maltby will never win this seat,\" Pemberton said. She said the plan would cost jobs.";

        Assert.Equal(["Laura Pemberton"], Speakers(text));
    }

    [Fact]
    public void A_pronoun_skips_the_object_of_a_preposition()
    {
        Assert.Equal(["Laura Pemberton"], Speakers("Laura Pemberton wrote to Gregor Maltby on Monday. She said the plan would cost jobs."));
    }

    [Fact]
    public void The_one_told_after_a_quote_is_the_listener_not_the_speaker()
    {
        Assert.Equal(["Harriet Calloway"], Speakers("\"The refinery will stay open until spring,\" Harriet Calloway told Channel Seven on Monday."));
    }

    [Fact]
    public void Scare_quotes_do_not_hide_reported_speech_in_the_same_sentence()
    {
        Assert.Equal(["Omar Haddad"], Speakers("The city's plan is \"reckless\", Omar Haddad said on Tuesday."));
    }

    [Fact]
    public void A_speaker_named_far_before_a_quotation_in_the_same_sentence_is_found()
    {
        var speakers = Speakers("Greta Lindqvist, a professor of economics at the University of Uppsala who advised two finance ministers, said the rates \"will have to rise again next year\".");

        Assert.Equal(["Greta Lindqvist"], speakers);
    }

    [Fact]
    public void Coordinated_people_before_a_verb_are_all_speakers()
    {
        var speakers = Speakers("Senator Tom Ashdown and Representative Ruth Okafor said the bill would not pass this year.");

        Assert.Equal(["Ruth Okafor", "Tom Ashdown"], speakers.Order());
    }

    [Fact]
    public void An_and_inside_an_organisation_name_does_not_split_it()
    {
        Assert.Equal(["Securities and Exchange Commission"], Speakers("The Securities and Exchange Commission said the filing was late."));
    }

    [Fact]
    public void A_quotation_signed_with_a_dash_goes_to_the_signer()
    {
        Assert.Equal(["Rosa Delgado"], Speakers("\"I have voted in every election since I turned eighteen.\" ― Rosa Delgado\n"));
    }

    [Fact]
    public void A_study_that_found_something_is_a_source()
    {
        Assert.Equal(["Brookfield Institute"], Speakers("A survey by the Brookfield Institute found that most renters pay more than a third of their income."));
    }

    [Fact]
    public void A_party_alone_is_no_speaker()
    {
        Assert.Empty(Speakers("The site rated 30% of Democratic claims as false, compared to 12% of Republican claims last year."));
        Assert.Empty(Speakers("Talk had been mounting about a Republican challenging him in the primary next spring."));
        Assert.Empty(Speakers("The senator did better in the Midwest and other Western states than in the cities."));
    }

    [Fact]
    public void A_name_after_an_indefinite_article_is_a_description()
    {
        Assert.Empty(Speakers("Opponents will try to convince a U.S. appeals court to throw out the new port rules."));
    }

    [Fact]
    public void A_name_after_a_cue_and_before_a_quote_speaks_only_when_it_introduces_the_quote()
    {
        Assert.Equal(["Ruth Okonkwo"], Speakers("Later that day, said Ruth Okonkwo, \"we will build the bridge again next year.\""));
        Assert.Equal(["Tom Ashdown"], Speakers("Tom Ashdown said Democrats and the press are to blame for \"the whole sorry mess we are in.\""));
        Assert.Empty(Speakers("The mayor once described the Harbour Bridge Plan as \"a gift to the whole city.\""));
    }

    [Fact]
    public void An_organisation_keeps_its_of_or_on()
    {
        Assert.Equal(["Commission on Coastal Safety"], Speakers("The Commission on Coastal Safety announced on Friday that the ferry had a faulty radio."));
    }

    [Fact]
    public void A_name_run_on_after_a_newspaper_is_the_person()
    {
        Assert.Equal(["Gregor Maltby"], Speakers("Gregor Maltby spoke in March. In a meeting with the editors of the Harbour Post Maltby said that the port must close."));
    }

    [Fact]
    public void A_surname_two_people_share_goes_to_the_one_named_first()
    {
        var speakers = Speakers("Former Governor Tom Ashdown campaigned in Flint for his wife Ruth Ashdown on Monday. \"The plan makes no sense at all,\" Ashdown said.");

        Assert.Equal(["Tom Ashdown"], speakers);
    }

    [Fact]
    public void A_particle_capitalized_at_a_sentence_start_is_the_same_person()
    {
        var speakers = Speakers("Mayor Anna de Vries said the harbour plan was sound. De Vries said the city would pay for the new quay.");

        Assert.Equal(["Anna de Vries"], speakers);
    }

    [Fact]
    public void State_after_a_name_is_the_noun_not_the_verb()
    {
        Assert.Empty(Speakers("Both candidates are expected to visit the Sunshine state in the coming weeks."));
        Assert.Empty(Speakers("Parents say New York state is shortchanging funds for its public schools."));
        Assert.Equal(["Ruth Okonkwo"], Speakers("Ruth Okonkwo states that the harbour will reopen in spring."));
    }

    [Fact]
    public void Capitals_joined_to_a_number_are_a_code_not_a_speaker()
    {
        var speakers = Speakers("Senator Dianne Feinstein, Democrat of California, said the EB-5 program has sent a terrible message to millions of immigrants "
            + "waiting their turn to enter the United States through normal channels.");

        Assert.DoesNotContain(speakers, s => s.StartsWith("EB", StringComparison.Ordinal));
    }

    [Fact]
    public void What_a_named_person_owns_is_not_a_speaker()
    {
        var speakers = Speakers("The committee voted against Bryan Pagliano. A judge may not enforce the subpoena because of Pagliano's Fifth Amendment claims, "
            + "prosecutors rarely pursue such cases, and Congress' own power to take witnesses into custody hasn't been used in about a century.");

        Assert.DoesNotContain(speakers, s => s.Contains("Amendment", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cue_word_before_an_auxiliary_is_a_noun()
    {
        Assert.Empty(Speakers("Having fled Afghanistan in early March, the couple feared that the Brussels attacks would further harden European attitudes toward migrants."));
    }

    [Fact]
    public void Continue_and_expected_to_report_nothing_said_outside_a_quotation()
    {
        Assert.Empty(Speakers("Deep-pocketed corporations will not give up the legal fight easily, and Republicans in Congress will continue their legislative attacks."));
        Assert.DoesNotContain("Michelle", Speakers("The efforts are expected to continue, with both President Barack Obama and his wife Michelle expected to visit the Sunshine state in the coming weeks."));
    }

    [Fact]
    public void A_quotation_closed_by_its_own_full_stop_takes_no_speaker_from_the_next_sentence()
    {
        var speakers = Speakers("Republicans were in the lead, as shown by the Speaker's inclusion of it in his 1994 \u201cContract with America.\u201d  "
            + "In 1998 in the Senate\u2019s 80-19 vote for admitting Poland, Hungary, and the Czech Republic to NATO both parties split 4 to 1 in favor.");

        Assert.DoesNotContain("Poland", speakers);
    }

    [Fact]
    public void A_singular_name_right_before_a_plain_verb_is_not_its_subject()
    {
        var speakers = Speakers("Not that anyone on the business side of TV is arguing, since other WikiLeaks emails combed through by Vox suggest that Oz "
            + "firmly places business concerns above his scientific training.");

        Assert.DoesNotContain("Vox", speakers);
    }

    [Fact]
    public void A_person_set_off_by_commas_after_a_description_is_the_speaker()
    {
        Assert.Equal(["David Schulz"], Speakers("A lawyer for the news outlets, David Schulz, said no immediate decision had been made about whether to appeal."));
    }

    [Fact]
    public void A_place_inside_a_description_does_not_hide_the_name_before_it()
    {
        var speakers = Speakers("Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said at a Washington hearing "
            + "that the rules were an invasion of the state regulatory domain.");

        Assert.Equal(["Scott Pruitt"], speakers);
    }

    [Fact]
    public void A_party_member_of_a_state_between_commas_is_a_description()
    {
        var speakers = Speakers("Senator Dianne Feinstein, Democrat of California, said the visa program has sent a terrible message to millions of immigrants.");

        Assert.Equal(["Dianne Feinstein"], speakers);
    }
}
