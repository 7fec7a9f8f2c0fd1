using System;
using System.Linq;
using Xunit;

namespace TypedTranscripts.Tests.Layouts
{
    public class SeekingAlphaLayoutTests
    {
        [Fact]
        public void Title_line_gives_company_ticker_period_date_and_time()
        {
            var call = Parsed.Call("SeekingAlpha/contoso-q4-fy2025.txt");
            Assert.Equal(TranscriptLayout.SeekingAlpha, call.Layout);
            Assert.Equal("Contoso Ltd.", call.Company);
            Assert.Equal("CTSO", call.Ticker);
            Assert.Equal(FiscalPeriod.OfQuarter(2025, 4), call.FiscalPeriod);
            Assert.Equal(new DateTime(2026, 1, 28), call.Date);
            Assert.Equal("5:00 PM ET", call.Time);
            Assert.Equal("Contoso Ltd. (NASDAQ:CTSO) Q4 2025 Earnings Conference Call", call.Title);
        }

        [Fact]
        public void Participant_lists_give_titles_to_executives_and_firms_to_analysts()
        {
            var call = Parsed.Call("SeekingAlpha/contoso-q4-fy2025.txt");
            var cfo = Parsed.Speaker(call, "Priya Raman");
            Assert.Equal(SpeakerRole.Executive, cfo.Role);
            Assert.Equal("Chief Financial Officer", cfo.Title);
            Assert.Equal("Contoso Ltd.", cfo.Company);
            var analyst = Parsed.Speaker(call, "Lena Kowalczyk");
            Assert.Equal(SpeakerRole.Analyst, analyst.Role);
            Assert.Equal("Northwind Capital", analyst.Company);
            Assert.Null(analyst.Title);
            Assert.Equal(SpeakerRole.Operator, Parsed.Speaker(call, "Operator").Role);
            Assert.Equal(7, call.Speakers.Count);
        }

        [Fact]
        public void Question_and_answer_line_splits_the_sections()
        {
            var call = Parsed.Call("SeekingAlpha/contoso-q4-fy2025.txt");
            Assert.Equal(4, Parsed.Turns(call, SectionKind.Presentation));
            Assert.Equal(14, Parsed.Turns(call, SectionKind.QuestionsAndAnswers));
            Assert.Equal(new[]
            {
                "Jonah Albright: Jonah Albright, Marcus Okafor, Jonah Albright, Priya Raman",
                "Lena Kowalczyk: Lena Kowalczyk, Marcus Okafor",
                "Tomas Reyes: Tomas Reyes, Priya Raman",
            }, Parsed.Exchanges(call));
            // The publisher's copyright note after the last turn is not spoken.
            Assert.DoesNotContain("Copyright", call.Turns.Last().Text, StringComparison.Ordinal);
        }

        [Fact]
        public void Older_layout_reads_company_event_and_date_lines_and_windows_1252()
        {
            var call = Parsed.Call("SeekingAlpha/northwind-f2q09.txt");
            Assert.Equal(TranscriptLayout.SeekingAlpha, call.Layout);
            Assert.Equal("Northwind Traders, Inc.", call.Company);
            Assert.Equal("NWT", call.Ticker);
            Assert.Equal(FiscalPeriod.OfQuarter(2009, 2), call.FiscalPeriod);
            Assert.Equal(new DateTime(2009, 7, 23), call.Date);
            Assert.Equal("Northwind Traders, Inc. (NYSE:NWT) F2Q09 (Qtr End 6/30/09) Earnings Call", call.Title);
            // The curly apostrophe is byte 0x92 in the file.
            Assert.Contains("We\u2019re encouraged", call.Turns[1].Text, StringComparison.Ordinal);
        }

        [Fact]
        public void Older_layout_reads_q_and_a_prefixes_analysts_without_firm_and_unidentified_speakers()
        {
            var call = Parsed.Call("SeekingAlpha/northwind-f2q09.txt");
            Assert.Equal(SpeakerRole.Analyst, Parsed.Speaker(call, "Bill Hartman").Role);
            Assert.Null(Parsed.Speaker(call, "Bill Hartman").Company);
            Assert.Equal(SpeakerRole.Analyst, Parsed.Speaker(call, "Unidentified Analyst").Role);
            Assert.Equal("Tailspin Research", Parsed.Speaker(call, "Victor Lindqvist").Company);
            Assert.DoesNotContain(call.Speakers, s => s.Name.StartsWith("Q -", StringComparison.Ordinal) || s.Name.StartsWith("A -", StringComparison.Ordinal));

            // No Q&A line: Q&A starts with the operator's hand-over to the first analyst.
            Assert.Equal(3, Parsed.Turns(call, SectionKind.Presentation));
            Assert.Equal(16, Parsed.Turns(call, SectionKind.QuestionsAndAnswers));
            Assert.Equal(4, call.Exchanges.Count);
            Assert.Equal("Unidentified Analyst", call.Exchanges[3].Analyst.Name);
        }
    }
}
