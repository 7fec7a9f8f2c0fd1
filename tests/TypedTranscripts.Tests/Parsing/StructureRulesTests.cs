using System;
using System.Linq;
using Xunit;

namespace TypedTranscripts.Tests.Parsing
{
    /// <summary>Structure rules every layout shares, on short plain transcripts written for these tests.</summary>
    public class StructureRulesTests
    {
        private const string Call = """
            Operator: Good morning, and welcome to the Lamna Outdoor third quarter fiscal 2025 earnings call. Today is Thursday, Nov. 20, 2025.
            Operator: I will now turn the call over to Ines Ortega, Vice President of Investor Relations.
            Ines Ortega: Thank you. With me today are Tomas Lind, our Chief Executive Officer, and Grace Oyelaran, our Chief Financial Officer.
            Grace Oyelaran: Net sales for the quarter were $512 million, up 4% from last year.
            Operator: Our first question comes from Kai Brandt with Proseware Securities.
            Kai Brandt: How is the holiday season starting?
            Grace Oyelaran: Early weeks are in line with our plan.
            Operator: Our next question comes from Mira Sato with Litware Capital.
            Mira Sato: Tomas, what about new stores?
            Operator: Tomas, your line is open.
            Tomas Lind: We will open twelve stores next year.
            Operator: That concludes the question-and-answer session. I will turn the call back to Ines Ortega.
            Ines Ortega: Thank you all for joining us today.
            """;

        private static EarningsCall Parse(string text, string path = "lamna-q3-2025.txt")
        {
            var result = EarningsCall.Parse(text, path);
            Assert.True(result.Succeeded, string.Join("\n", result.Problems));
            return result.Call!;
        }

        [Fact]
        public void Whoever_is_introduced_with_an_officer_title_or_gives_the_prepared_remarks_is_an_executive()
        {
            var call = Parse(Call);
            // Tomas Lind first speaks right after the operator, as askers do; Ines Ortega speaks again after the operator's close.
            Assert.Equal(SpeakerRole.Executive, call.Speakers.Single(s => s.Name == "Tomas Lind").Role);
            Assert.Equal(SpeakerRole.Executive, call.Speakers.Single(s => s.Name == "Ines Ortega").Role);
            Assert.Equal(new[] { "Kai Brandt", "Mira Sato" }, call.SpeakersWithRole(SpeakerRole.Analyst).Select(s => s.Name));
        }

        [Fact]
        public void The_date_the_opening_says_it_is_today_is_the_call_date()
        {
            Assert.Equal(new DateTime(2025, 11, 20), Parse(Call).Date);
            Assert.Null(Parse(Call.Replace("Today is Thursday, Nov. 20, 2025.", "Our fiscal year ended on Jan. 31, 2025.")).Date);
        }

        [Theory]
        [InlineData("lamna-q3-2025.txt", "LAMNA")]
        [InlineData("LMNA_Q3_2025.txt", "LMNA")]
        [InlineData("transcript-plain-q3-2025.txt", null)]
        [InlineData("notes.txt", null)]
        public void A_ticker_from_the_file_name_starts_the_name_or_is_in_capitals(string path, string? ticker)
        {
            string text = Call.Replace("Lamna Outdoor", "the company");
            Assert.Equal(ticker, Parse(text, path).Ticker);
        }
    }
}
