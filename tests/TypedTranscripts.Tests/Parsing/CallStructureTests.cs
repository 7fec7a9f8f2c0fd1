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

        // ---- Refinitiv title line and wrapped speaker headers ---------------------------------------------------------

        private const string RefinitivCall = """
            EDITED TRANSCRIPT
            {ric} - Q2 2023 Tamsin Rail Holdings Inc Earnings Call
            EVENT DATE/TIME: AUGUST 03, 2023 / 2:00PM GMT
             
            CORPORATE PARTICIPANTS
             
            Oren Castellano
            Tamsin Rail Holdings Inc - Executive VP & CFO
            CONFERENCE CALL PARTICIPANTS
             
            Wilhelmina Osei
            Brightwater Capital, Inc., Research Division - Director of Transportation and
            Logistics Research
            PRESENTATION
             
            Operator
            Good day, and welcome to the Tamsin Rail second quarter call. (Operator Instructions)
             
            Oren Castellano
            Tamsin Rail Holdings Inc - Executive VP & CFO
            Thank you. Operating revenue was $812 million for the quarter.
            QUESTIONS AND ANSWERS
             
            Operator
            Our first question comes from Wilhelmina Osei with Brightwater Capital.
             
            Wilhelmina Osei
            Brightwater Capital, Inc., Research Division - Director of Transportation and
            Logistics Research
            What drove carloads higher in June?
             
            Oren Castellano
            Tamsin Rail Holdings Inc - Executive VP & CFO
            Intermodal volumes recovered as port traffic picked up.
            """;

        [Theory]
        [InlineData("TMSR.N", "TMSR")]
        [InlineData("TMSR.OQ", "TMSR")]
        [InlineData("TMSR.O", "TMSR")]
        [InlineData("TMSR.TO", "TMSR")]
        [InlineData("TMSR.L", "TMSR")]
        [InlineData("TMSR", "TMSR")]
        [InlineData("TMS.B", "TMS.B")]  // a share class is part of the symbol
        public void A_Reuters_code_in_the_title_line_gives_the_symbol_without_its_exchange(string ric, string ticker)
        {
            var call = Parse(RefinitivCall.Replace("{ric}", ric), "tamsin.txt");
            Assert.Equal(TranscriptLayout.StreetEvents, call.Layout);
            Assert.Equal(ticker, call.Ticker);
            Assert.Equal(FiscalPeriod.OfQuarter(2023, 2), call.FiscalPeriod);
        }

        [Fact]
        public void A_title_cut_after_a_conjunction_goes_on_on_the_next_line_at_the_end_of_the_list_and_in_the_turns()
        {
            var call = Parse(RefinitivCall.Replace("{ric}", "TMSR.N"), "tamsin.txt");
            Assert.Equal(new[] { "Operator", "Oren Castellano", "Wilhelmina Osei" }, call.Speakers.Select(s => s.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray());
            var osei = Speaker(call, "Wilhelmina Osei");
            Assert.Equal(("Brightwater Capital, Inc., Research Division", "Director of Transportation and Logistics Research"), (osei.Company, osei.Title));
            Assert.Equal("What drove carloads higher in June?", call.Turns.Single(t => t.Speaker == osei).Text);
        }

        [Theory]
        [InlineData("Director of Transportation and", "Logistics Research")]
        [InlineData("Head of", "Industrials Research")]
        [InlineData("MD, Transportation &", "Logistics Analyst")]
        [InlineData("Senior Research Analyst,", "Railroads")]
        public void Without_a_participant_list_a_title_cut_mid_phrase_still_goes_on(string cut, string rest)
        {
            string text = RefinitivCall.Replace("{ric}", "TMSR.N");
            // Only the turns: no list to follow.
            text = text.Substring(0, text.IndexOf("CORPORATE PARTICIPANTS", StringComparison.Ordinal)) + text.Substring(text.IndexOf("PRESENTATION", StringComparison.Ordinal));
            text = text.Replace("Director of Transportation and\nLogistics Research", cut + "\n" + rest);
            var call = Parse(text, "tamsin.txt");
            Assert.Equal(new[] { "Operator", "Oren Castellano", "Wilhelmina Osei" }, call.Speakers.Select(s => s.Name).ToArray());
            Assert.Equal(cut + " " + rest, Speaker(call, "Wilhelmina Osei").Title);
            Assert.Equal("What drove carloads higher in June?", call.Turns.Single(t => t.Speaker.Name == "Wilhelmina Osei").Text);
        }

        [Fact]
        public void A_complete_title_does_not_swallow_the_first_line_of_the_turn()
        {
            string text = RefinitivCall.Replace("{ric}", "TMSR.N");
            text = text.Substring(0, text.IndexOf("CORPORATE PARTICIPANTS", StringComparison.Ordinal)) + text.Substring(text.IndexOf("PRESENTATION", StringComparison.Ordinal));
            text = text.Replace("Director of Transportation and\nLogistics Research\nWhat drove carloads higher in June?", "Analyst\nFreight Volumes");
            var call = Parse(text, "tamsin.txt");
            Assert.Equal("Analyst", Speaker(call, "Wilhelmina Osei").Title);
            Assert.Equal("Freight Volumes", call.Turns.Single(t => t.Speaker.Name == "Wilhelmina Osei").Text);
        }

        // ---- Titles and firms from what the speakers say ----------------------------------------------------------------

        private const string PlainCall = """
            Orrin Foods Q2 2026 Earnings Call
            July 30, 2026

            Operator: Good morning, and welcome to the Orrin Foods second quarter 2026 earnings call. I would now like to turn the call over to Bram Keller.

            Bram Keller: Thank you. I'm Bram Keller, Senior Director, Investor Relations. Joining me are Hester Vane, our President and Chief Executive Officer, and Kofi Mensah, our Chief Financial Officer.

            Our remarks include forward-looking statements. Hester?

            Hester Vane: Thanks, Bram. Net sales were $1.9 billion, up 3%.

            Kofi Mensah: Thanks, Hester. Gross margin was 38.2%.

            Operator: Our first question comes from Rob Lindqvist with Peverell & Co. Please go ahead.

            Robert Lindqvist: Good morning. How much did pricing add?

            Kofi Mensah: About two points.

            Operator: Our next question comes from Nate Osterholm with Quillon Partners. Please go ahead.

            Nathaniel Osterholm: Thanks. What about promotions?

            Hester Vane: Promotions were in line with last year.

            Operator: That concludes today's call.
            """;

        [Fact]
        public void A_rank_and_the_function_it_heads_are_one_title()
        {
            var call = Parse(PlainCall, "orrin.txt");
            Assert.Equal("Senior Director, Investor Relations", Speaker(call, "Bram Keller").Title);
            Assert.Equal("President and Chief Executive Officer", Speaker(call, "Hester Vane").Title);
            // ", and Kofi Mensah" after a title is no function.
            Assert.Equal(SpeakerRole.Executive, Speaker(call, "Kofi Mensah").Role);
        }

        [Fact]
        public void A_title_ends_at_the_end_of_its_paragraph()
        {
            var call = Parse(PlainCall, "orrin.txt");
            Assert.Equal("Chief Financial Officer", Speaker(call, "Kofi Mensah").Title);
            var text = PlainCall.Replace("our Chief Financial Officer.\n\nOur remarks", "our Chief Financial Officer\n\nOur Remarks");
            Assert.Equal("Chief Financial Officer", Speaker(Parse(text, "orrin.txt"), "Kofi Mensah").Title);
        }

        [Fact]
        public void A_firm_keeps_the_period_of_its_abbreviation()
        {
            var robert = Speaker(Parse(PlainCall, "orrin.txt"), "Robert Lindqvist");
            Assert.Equal(("Peverell & Co.", SpeakerRole.Analyst), (robert.Company, robert.Role));
        }

        [Fact]
        public void The_operator_may_call_an_analyst_by_a_nickname()
        {
            var call = Parse(PlainCall, "orrin.txt");
            // Nate is Nathan, and Nathaniel.
            var nathaniel = Speaker(call, "Nathaniel Osterholm");
            Assert.Equal(("Quillon Partners", SpeakerRole.Analyst), (nathaniel.Company, nathaniel.Role));
            Assert.Equal(1, TypedTranscripts.Text.Names.MatchStrength("Nate Brooks", "Nathan Brooks"));
            Assert.Equal(1, TypedTranscripts.Text.Names.MatchStrength("Jake Moreno", "Jacob Moreno"));
            Assert.Equal(0, TypedTranscripts.Text.Names.MatchStrength("Nate Brooks", "Natalie Brooks"));
        }

        [Fact]
        public void A_company_field_with_its_ticker_in_brackets_gives_both()
        {
            var call = Parse(MarkdownCall.Replace("**Company:** Halvorsen Marine Systems, Inc.", "**Company:** Halvorsen Marine Systems (HLVS)")
                .Replace("**Ticker:** HLVS\n", ""), "halvorsen.md");
            Assert.Equal("Halvorsen Marine Systems", call.Company);
            Assert.Equal("HLVS", call.Ticker);
        }

        [Fact]
        public void The_date_that_closes_the_reported_period_is_not_the_call_date()
        {
            string text = """
                Relay Outfitters (RLYO) Q3 2025 Earnings Call Transcript

                RLYO earnings call for the period ending September 30, 2025.

                Relay Outfitters (NASDAQ: RLYO)
                Q3 2025 Earnings Call
                Thursday, Oct. 30, 2025 at 8:30 a.m. ET

                Call participants:
                Chief Executive Officer -- Maren Holt
                Chief Financial Officer -- Jonas Pike

                Prepared Remarks:

                Operator

                Good morning, and welcome to the Relay Outfitters third quarter call.

                Maren Holt -- Chief Executive Officer

                Thank you. Revenue was $212 million in the quarter.

                Questions & Answers:

                Operator

                Our first question comes from Dana Roe with Contoso Securities.

                Dana Roe -- Analyst

                How is demand?

                Jonas Pike -- Chief Financial Officer

                Demand is steady.
                """;
            var call = Parse(text, "relay.txt");
            Assert.Equal(new DateTime(2025, 10, 30), call.Date);
        }
    }
}
