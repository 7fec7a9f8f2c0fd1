using System;
using System.Linq;
using Xunit;

namespace TypedTranscripts.Tests.Parsing
{
    /// <summary>
    /// The call's structure (metadata fields, speaker headers, titles and firms from what speakers say), one general rule a
    /// test, on short transcripts written for invented companies.
    /// </summary>
    public class CallStructureTests
    {
        private static EarningsCall Parse(string text, string path)
        {
            var result = EarningsCall.Parse(text, path);
            Assert.True(result.Succeeded, string.Join("\n", result.Problems));
            return result.Call!;
        }

        private static Speaker Speaker(EarningsCall call, string name) =>
            call.Speakers.SingleOrDefault(s => s.Name == name)
            ?? throw new Xunit.Sdk.XunitException($"No speaker '{name}' among: {string.Join(", ", call.Speakers.Select(s => s.Name))}");

        // ---- Markdown metadata fields ---------------------------------------------------------------------------------

        private const string MarkdownCall = """
            # Halvorsen Marine (HLVM) Q3 2026 Earnings Call Transcript

            **Date:** 2026-10-29
            **Company:** Halvorsen Marine Systems, Inc.
            **Ticker:** HLVS
            **Quarter:** Q2 2026

            ---

            **Operator:** Good morning, and welcome to the Halvorsen Marine earnings call.

            **Ruth Adeyemi:** Thank you. With me today is Piotr Novak, our Chief Financial Officer.

            **Piotr Novak:** Revenue was $410 million, up 5% from a year ago.

            **Operator:** Our first question comes from Lena Fischer with Corbell Securities.

            **Lena Fischer:** How did orders trend through the quarter?

            **Piotr Novak:** Orders were strong in every region.
            """;

        [Fact]
        public void Markdown_fields_win_over_what_the_title_line_suggests()
        {
            var call = Parse(MarkdownCall, "halvorsen.md");
            Assert.Equal(TranscriptLayout.Markdown, call.Layout);
            Assert.Equal(("Halvorsen Marine Systems, Inc.", "HLVS"), (call.Company, call.Ticker));
            Assert.Equal(FiscalPeriod.OfQuarter(2026, 2), call.FiscalPeriod);
            Assert.Equal("Halvorsen Marine (HLVM) Q3 2026 Earnings Call Transcript", call.Title);
            // The company's people work for the company the field names.
            Assert.Equal("Halvorsen Marine Systems, Inc.", Speaker(call, "Piotr Novak").Company);
        }

        [Fact]
        public void Markdown_title_still_gives_what_no_field_states()
        {
            string text = MarkdownCall.Replace("**Ticker:** HLVS\n", "").Replace("**Quarter:** Q2 2026\n", "");
            var call = Parse(text, "halvorsen.md");
            Assert.Equal(("Halvorsen Marine Systems, Inc.", "HLVM"), (call.Company, call.Ticker));
            Assert.Equal(FiscalPeriod.OfQuarter(2026, 3), call.FiscalPeriod);
        }
    }
}
