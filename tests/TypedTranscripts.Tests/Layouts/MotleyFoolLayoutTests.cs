using System;
using System.Linq;
using Xunit;

namespace TypedTranscripts.Tests.Layouts
{
    public class MotleyFoolLayoutTests
    {
        private const string Classic = "MotleyFool/fabrikam-q3-2023.txt";
        private const string Current = "MotleyFool/relecloud-q4-2025.txt";

        [Fact]
        public void Classic_header_lines_give_the_call()
        {
            var call = Parsed.Call(Classic);
            Assert.Equal(TranscriptLayout.MotleyFool, call.Layout);
            Assert.Equal("Fabrikam Inc", call.Company);
            Assert.Equal("FBK", call.Ticker);
            Assert.Equal(FiscalPeriod.OfQuarter(2023, 3), call.FiscalPeriod);
            Assert.Equal(new DateTime(2023, 10, 26), call.Date);
            Assert.Equal("8:30 a.m. ET", call.Time);
            Assert.Equal("Fabrikam Inc (NYSE: FBK) Q3 2023 Earnings Call", call.Title);
        }

        [Fact]
        public void Classic_speaker_lines_give_titles_and_firms()
        {
            var call = Parsed.Call(Classic);
            Assert.Equal(new[] { "Nadia Castellanos", "Elliot Vance", "Ruth Adebayo", "Samuel Ortiz", "Hannah Lee", "Operator" },
                call.Speakers.Select(s => s.Name).ToArray());
            Assert.Equal("Chairman and Chief Executive Officer", Parsed.Speaker(call, "Elliot Vance").Title);
            Assert.Equal(SpeakerRole.Executive, Parsed.Speaker(call, "Nadia Castellanos").Role);
            var analyst = Parsed.Speaker(call, "Samuel Ortiz");
            Assert.Equal(SpeakerRole.Analyst, analyst.Role);
            Assert.Equal("Litware Capital", analyst.Company);
            Assert.Equal("Analyst", analyst.Title);
        }

        [Fact]
        public void Classic_sections_come_from_the_headings_not_the_table_of_contents()
        {
            var call = Parsed.Call(Classic);
            Assert.Equal(4, Parsed.Turns(call, SectionKind.Presentation));
            Assert.Equal(11, Parsed.Turns(call, SectionKind.QuestionsAndAnswers));
            Assert.Equal(new[]
            {
                "Samuel Ortiz: Samuel Ortiz, Elliot Vance, Samuel Ortiz, Ruth Adebayo",
                "Hannah Lee: Hannah Lee, Elliot Vance",
            }, Parsed.Exchanges(call));
        }

        [Fact]
        public void Ads_and_credits_are_dropped_and_the_turn_around_them_kept()
        {
            var call = Parsed.Call(Classic);
            var ceo = call.Turns.First(t => t.Speaker.Name == "Elliot Vance");
            Assert.Contains("consumer segment was flat", ceo.Text, StringComparison.Ordinal);
            Assert.Contains("let me hand it to Ruth", ceo.Text, StringComparison.Ordinal);
            Assert.All(call.Turns, t =>
            {
                Assert.DoesNotContain("Stock Advisor", t.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("stocks we like better", t.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Image source", t.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Duration", t.Text, StringComparison.Ordinal);
            });
        }

        [Fact]
        public void Current_layout_reads_the_date_line_and_title_first_participants()
        {
            var call = Parsed.Call(Current);
            Assert.Equal(TranscriptLayout.MotleyFool, call.Layout);
            Assert.Equal("Relecloud", call.Company);
            Assert.Equal("RLCD", call.Ticker);
            Assert.Equal(FiscalPeriod.OfQuarter(2025, 4), call.FiscalPeriod);
            Assert.Equal(new DateTime(2026, 2, 25), call.Date);
            Assert.Equal("5 p.m. ET", call.Time);
            var ceo = Parsed.Speaker(call, "Imani S\u00F8rensen");
            Assert.Equal("Chief Executive Officer", ceo.Title);
            Assert.Equal(SpeakerRole.Executive, ceo.Role);
            Assert.Equal("Vice President, Investor Relations", Parsed.Speaker(call, "Greta Lindholm").Title);
        }

        [Fact]
        public void Current_layout_finds_an_operator_who_goes_by_a_first_name()
        {
            var call = Parsed.Call(Current);
            var rob = Parsed.Speaker(call, "Rob");
            Assert.Equal(SpeakerRole.Operator, rob.Role);
            Assert.Single(call.Speakers, s => s.Role == SpeakerRole.Operator);
        }

        [Fact]
        public void Current_layout_skips_the_publisher_summary_and_infers_q_and_a()
        {
            var call = Parsed.Call(Current);
            // "Revenue -- …", "Gross Margin: …" and "Paul Whitaker: said …" in the summary are not turns.
            Assert.DoesNotContain(call.Speakers, s => s.Name is "Revenue" or "Gross Margin" or "Customers" or "ARR");
            Assert.Equal(7, call.Speakers.Count);
            Assert.Equal(4, Parsed.Turns(call, SectionKind.Presentation));
            Assert.Equal(12, Parsed.Turns(call, SectionKind.QuestionsAndAnswers));
            var kenji = Parsed.Speaker(call, "Kenji Watanabe");
            Assert.Equal(SpeakerRole.Analyst, kenji.Role);
            Assert.Equal("Trey Research", kenji.Company);
            Assert.Equal(new[]
            {
                "Kenji Watanabe: Kenji Watanabe, Imani S\u00F8rensen, Kenji Watanabe, Paul Whitaker",
                "Amara Nwosu: Amara Nwosu, Imani S\u00F8rensen",
                "Diego Ferraz: Diego Ferraz, Paul Whitaker",
            }, Parsed.Exchanges(call));
            var ceoTurn = call.Turns.First(t => t.Speaker.Name == "Imani S\u00F8rensen");
            Assert.Contains("Paul, over to you.", ceoTurn.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Should you invest", ceoTurn.Text, StringComparison.Ordinal);
        }
    
        [Fact]
        public void A_summary_without_the_transcript_heading_ends_at_the_operators_first_turn()
        {
            string text = string.Join("\n", System.IO.File.ReadAllLines(Infrastructure.Corpus.Fixture(Current))
                .Where(l => l != "Full Conference Call Transcript").Select(l => l.Replace("Rob: ", "Operator: ")));
            var call = EarningsCall.Parse(text, "relecloud.txt").Call!;
            Assert.Equal(TranscriptLayout.MotleyFool, call.Layout);
            Assert.Equal(16, call.Turns.Count);
            Assert.DoesNotContain(call.Turns, t => t.Text.Contains("Annual recurring revenue", StringComparison.Ordinal));
        }
}
}
