using System;
using System.IO;
using System.Linq;
using TypedTranscripts.Tests.Infrastructure;
using Xunit;

namespace TypedTranscripts.Tests.Parsing
{
    /// <summary>The StreetEvents family, one test per trap real files have, on fixtures written for invented companies.</summary>
    public class StreetEventsLayoutTests
    {
        private static string Fixture(string name) => File.ReadAllText(Corpus.Fixture("StreetEvents/" + name));

        private static EarningsCall Parse(string name, string? text = null)
        {
            var result = EarningsCall.Parse(text ?? Fixture(name), name);
            Assert.True(result.Succeeded, string.Join("\n", result.Problems));
            Assert.Equal(TranscriptLayout.StreetEvents, result.Call!.Layout);
            return result.Call;
        }

        [Fact]
        public void Letter_spaced_headings_start_the_sections()
        {
            var call = Parse("contoso-q1-2010.txt");
            Assert.Equal(new[] { SectionKind.Presentation, SectionKind.QuestionsAndAnswers }, call.Sections.Select(s => s.Kind));
            Assert.Equal(1, call.Sections[0].Line);  // " P R E S E N T A T I O N", with its leading space
            Assert.Equal(4, call.Presentation!.Turns.Count);
            Assert.Equal(8, call.QuestionsAndAnswers!.Turns.Count);
        }

        [Fact]
        public void Without_a_cover_block_the_running_page_header_gives_the_call()
        {
            var call = Parse("contoso-q1-2010.txt");
            Assert.Equal("Contoso Networks", call.Company);
            Assert.Equal("CTSO", call.Ticker);
            Assert.Equal(FiscalPeriod.OfQuarter(2010, 1), call.FiscalPeriod);
            Assert.Equal(new DateTime(2010, 4, 28), call.Date);
            Assert.Equal("9:00PM", call.Time);
            Assert.Equal("Q1 2010 Contoso Networks Earnings Conference Call", call.Title);
        }

        [Fact]
        public void The_cover_block_gives_ticker_title_date_and_time()
        {
            var call = Parse("northwind-q4-2011.txt");
            Assert.Equal(("Northwind Traders", "NWND", "Q4 2011", "2012-02-09", "4:30PM ET"),
                (call.Company, call.Ticker, call.FiscalPeriod.ToString(), call.Date?.ToString("yyyy-MM-dd"), call.Time));
        }

        [Fact]
        public void Participant_lists_give_companies_titles_and_roles()
        {
            var call = Parse("northwind-q4-2011.txt");
            var zhao = call.Speakers.Single(s => s.Name == "Wen Zhao");
            Assert.Equal(("Northwind Traders", "CFO", SpeakerRole.Executive), (zhao.Company, zhao.Title, zhao.Role));
            var patel = call.Speakers.Single(s => s.Name == "Ravi Patel");
            Assert.Equal(("Tailspin Research", SpeakerRole.Analyst), (patel.Company, patel.Role));
        }

        [Fact]
        public void Refinitiv_speaker_lines_split_company_and_title_at_the_last_dash_and_follow_a_wrapped_title()
        {
            var call = Parse("fabrikam-q2-2023.txt");
            var brooks = call.Speakers.Single(s => s.Name == "Daniel Avery Brooks");
            Assert.Equal("Litware Capital, LLC, Research Division", brooks.Company);
            Assert.Equal("Managing Director and Senior Equity Research Analyst", brooks.Title);
            // The wrapped part of the title in the speaker label is not spoken text.
            var question = call.Turns.Single(t => t.Speaker == brooks);
            Assert.StartsWith("Thanks. There has been", question.Text);
        }

        [Fact]
        public void A_title_that_holds_a_dash_keeps_it()
        {
            var dana = Parse("contoso-q1-2010.txt").Speakers.Single(s => s.Name == "Dana Whitlock");
            Assert.Equal(("Contoso Networks", "Director - Investor Relations"), (dana.Company, dana.Title));
        }

        [Fact]
        public void A_speaker_line_with_a_leading_space_and_no_blank_line_before_it_starts_a_turn()
        {
            var call = Parse("contoso-q1-2010.txt");
            var reyes = call.Turns.First(t => t.Speaker.Name == "Tomas Reyes");
            Assert.Equal(53, reyes.Line);
            Assert.Equal("Our first question comes from Tomas Reyes with Northwind Securities.", call.QuestionsAndAnswers!.Turns[0].Paragraphs.Last()[^68..]);
        }

        [Fact]
        public void The_operator_is_one_speaker_whatever_the_number_of_turns()
        {
            var call = Parse("contoso-q1-2010.txt");
            var operators = call.Speakers.Where(s => s.Role == SpeakerRole.Operator).ToList();
            Assert.Equal("Operator", Assert.Single(operators).Name);
            Assert.Equal(4, call.TurnCount(operators[0]));
        }

        [Fact]
        public void A_speaker_whom_the_operator_spells_differently_keeps_the_speaker_line_spelling()
        {
            var call = Parse("contoso-q1-2010.txt");
            Assert.Contains(call.Speakers, s => s.Name == "Priya Shanmugaam");
            Assert.DoesNotContain(call.Speakers, s => s.Name == "Priya Shanmugam");
        }

        [Fact]
        public void Page_furniture_is_removed_and_a_sentence_broken_by_a_page_break_is_joined()
        {
            var call = Parse("contoso-q1-2010.txt");
            foreach (var turn in call.Turns)
            {
                Assert.DoesNotContain("STREETEVENTS", turn.Text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("\u00a9", turn.Text);
                Assert.DoesNotContain("http", turn.Text);
                Assert.DoesNotContain("F I N A L", turn.Text);
                Assert.DoesNotContain("9:00PM, CTSO", turn.Text);
            }
            var answer = call.Turns.Single(t => t.Speaker.Name == "Lena Okafor" && t.Section == SectionKind.QuestionsAndAnswers);
            Assert.Single(answer.Paragraphs);
            Assert.EndsWith("And I think the other part of the story is that our supply costs came down faster than we planned.", answer.Text);
            // A page break after a finished sentence keeps the paragraph break.
            var cfo = call.Turns.First(t => t.Speaker.Name == "Lena Okafor");
            Assert.StartsWith("Turning to guidance", cfo.Paragraphs[1]);
            Assert.Equal("With that, I would like to open the call for questions.", cfo.Paragraphs[2]);
        }

        [Fact]
        public void Wrapped_lines_join_into_paragraphs_and_blank_lines_separate_them()
        {
            var call = Parse("contoso-q1-2010.txt");
            var dana = call.Turns.Single(t => t.Speaker.Name == "Dana Whitlock");
            // Text lines that start with a space begin a new paragraph after a finished sentence.
            Assert.Equal(2, dana.Paragraphs.Count);
            Assert.StartsWith("Unless we say otherwise", dana.Paragraphs[1]);
            Assert.DoesNotContain("  ", dana.Text);
        }

        [Fact]
        public void Exchanges_pair_each_analyst_with_the_answers_until_the_next_analyst_or_operator()
        {
            var call = Parse("contoso-q1-2010.txt");
            Assert.Equal(2, call.Exchanges.Count);
            var first = call.Exchanges[0];
            Assert.Equal(("Tomas Reyes", "Northwind Securities"), (first.Analyst.Name, first.Firm));
            Assert.Equal(new[] { "Lena Okafor" }, first.Answers.Select(a => a.Speaker.Name));
            Assert.Single(first.FollowUps); // "Thank you."
            Assert.Equal(new[] { "Arjun Mehta" }, call.Exchanges[1].Answers.Select(a => a.Speaker.Name));
        }

        [Fact]
        public void The_disclaimer_tail_is_not_part_of_the_last_turn_and_unidentified_analysts_are_analysts()
        {
            var call = Parse("fabrikam-q2-2023.txt");
            Assert.DoesNotContain(call.Turns, t => t.Text.Contains("SAMPLE WRITTEN FOR", StringComparison.Ordinal));
            Assert.Equal(SpeakerRole.Analyst, call.Speakers.Single(s => s.Name == "Unidentified Analyst").Role);
            Assert.Equal(4, call.Presentation!.Turns.Count);
            Assert.Equal(11, call.QuestionsAndAnswers!.Turns.Count);
        }

        [Fact]
        public void Without_a_title_the_call_comes_from_participants_the_operators_welcome_and_a_ticker_said_in_passing()
        {
            var call = Parse("fabrikam-q2-2023.txt");
            Assert.Equal(("Fabrikam Towers Inc.", "FBKT", "Q2 2023"), (call.Company, call.Ticker, call.FiscalPeriod.ToString()));
            Assert.Null(call.Date);
            Assert.Null(call.Title);
        }

        [Fact]
        public void Event_transcript_rules_and_turn_numbers_are_read()
        {
            var call = Parse("tailspin-q2-2015.txt");
            Assert.Equal(("Tailspin Toys", "Q2 2015", "2015-07-30", "9:00PM GMT"), (call.Company, call.FiscalPeriod.ToString(), call.Date?.ToString("yyyy-MM-dd"), call.Time));
            Assert.Equal(new[] { 3, 3 }, call.Sections.Select(s => s.Turns.Count));
            var kenji = call.Speakers.Single(s => s.Name == "Kenji Watanabe");
            Assert.Equal(("Tailspin Toys", "CEO"), (kenji.Company, kenji.Title));
            Assert.DoesNotContain(call.Turns, t => t.Text.Contains("PRELIMINARY", StringComparison.Ordinal));
        }

        [Fact]
        public void A_speaker_missing_from_the_participant_lists_is_reported_at_their_speaker_line()
        {
            string text = Fixture("fabrikam-q2-2023.txt").Replace("Hannah Kim\nAdatum Partners, Research Division - MD\nGood morning.",
                "Ivan Horvat\nAdatum Partners, Research Division - MD\nGood morning.");
            var result = EarningsCall.Parse(text, "fabrikam.txt");
            var problem = Assert.Single(result.Problems, p => p.Code == ProblemCode.UnlistedSpeaker);
            Assert.Equal("TT0003", problem.Id);
            Assert.Contains("Ivan Horvat", problem.Message);
            int line = text.Split('\n').ToList().IndexOf("Ivan Horvat") + 1;
            Assert.Equal((line, 0, 11), (problem.Location.Line, problem.Location.Column, problem.Location.Length));
            Assert.Equal(SpeakerRole.Analyst, result.Call!.Speakers.Single(s => s.Name == "Ivan Horvat").Role);
        }

        [Fact]
        public void Headings_without_speaker_lines_give_no_speakers()
        {
            var result = EarningsCall.Parse("P R E S E N T A T I O N\n\nThe call will begin shortly.\n\nQ U E S T I O N S  A N D  A N S W E R S\n\nNo questions.\n", "empty-call.txt");
            Assert.Equal(ProblemCode.NoSpeakers, Assert.Single(result.Problems, p => p.Severity >= ProblemSeverity.Warning).Code);
            Assert.Empty(result.Call!.Turns);
        }

        [Fact]
        public void Text_that_is_no_transcript_names_the_layouts_tried()
        {
            var result = EarningsCall.Parse("Dear team,\n\nThe offsite is moved to Thursday.\n\nRegards\n", "memo.txt");
            Assert.False(result.Succeeded);
            var problem = Assert.Single(result.Problems);
            Assert.Equal("TT0001", problem.Id);
            Assert.Contains("StreetEvents", problem.Message);
            Assert.Equal(1, problem.Location.Line);
        }

        [Theory]
        [InlineData("\r\n")]
        [InlineData("\r")]
        public void Other_line_endings_give_the_same_call(string newline)
        {
            foreach (var name in new[] { "contoso-q1-2010.txt", "fabrikam-q2-2023.txt", "northwind-q4-2011.txt", "tailspin-q2-2015.txt" })
            {
                string text = Fixture(name);
                Assert.Equal(Parse(name, text), Parse(name, text.Replace("\n", newline)));
            }
        }
    }
}
