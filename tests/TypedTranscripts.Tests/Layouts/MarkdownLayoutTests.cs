using System;
using System.Linq;
using Xunit;

namespace TypedTranscripts.Tests.Layouts
{
    public class MarkdownLayoutTests
    {
        [Fact]
        public void Metadata_lines_and_title_give_the_call()
        {
            var call = Parsed.Call("Markdown/tailspin-q2-2025.md");
            Assert.Equal(TranscriptLayout.Markdown, call.Layout);
            Assert.Equal("Tailspin Toys", call.Company);
            Assert.Equal("TSPN", call.Ticker);
            Assert.Equal(FiscalPeriod.OfQuarter(2025, 2), call.FiscalPeriod);
            Assert.Equal(new DateTime(2025, 8, 6), call.Date);
            Assert.Equal("Tailspin Toys Q2 2025 Earnings Call Transcript", call.Title);
        }

        [Fact]
        public void Bold_labels_headings_and_participant_bullets()
        {
            var call = Parsed.Call("Markdown/tailspin-q2-2025.md");
            Assert.Equal("Chief Financial Officer", Parsed.Speaker(call, "Oscar Delgado").Title);
            var listed = Parsed.Speaker(call, "Ben Sato");
            Assert.Equal(SpeakerRole.Analyst, listed.Role);
            Assert.Equal("Adventure Works Securities", listed.Company);
            Assert.Equal("Analyst", listed.Title);
            // Not listed: the operator's introduction gives the firm and the role.
            var unlisted = Parsed.Speaker(call, "Zoe Park");
            Assert.Equal(SpeakerRole.Analyst, unlisted.Role);
            Assert.Equal("Alpine Ski House Research", unlisted.Company);
            Assert.Equal(3, Parsed.Turns(call, SectionKind.Presentation));
            Assert.Equal(9, Parsed.Turns(call, SectionKind.QuestionsAndAnswers));
            Assert.Equal(new[] { "Ben Sato: Ben Sato, Maya Chen, Ben Sato, Oscar Delgado", "Zoe Park: Zoe Park, Oscar Delgado" }, Parsed.Exchanges(call));
            Assert.Equal("Net revenue for the quarter was $318 million, up 6%. Our licensed lines did especially well.\nWe opened two new distribution centers during the quarter.",
                call.Turns[1].Text.Substring("Thank you. ".Length));
        }

        [Fact]
        public void Heading_speakers_with_titles_in_parentheses()
        {
            var call = Parsed.Call("Markdown/woodgrove-fy2024.md");
            Assert.Equal(TranscriptLayout.Markdown, call.Layout);
            Assert.Equal("Woodgrove Bank", call.Company);
            Assert.Equal(FiscalPeriod.OfYear(2024), call.FiscalPeriod);
            Assert.Equal(new DateTime(2025, 2, 12), call.Date);
            Assert.Equal("Chief Financial Officer", Parsed.Speaker(call, "Anil Kapoor").Title);
            // The operator's hand-over names the CEO's title.
            Assert.Equal("Chief Executive Officer", Parsed.Speaker(call, "Lucia Ferreira").Title);
            Assert.Equal(SpeakerRole.Analyst, Parsed.Speaker(call, "Ruth Mbeki").Role);
            Assert.Equal(3, Parsed.Turns(call, SectionKind.Presentation));
            Assert.Equal(4, Parsed.Turns(call, SectionKind.QuestionsAndAnswers));
        }
    
        [Fact]
        public void Front_matter_metadata()
        {
            const string text = "---\ntitle: \"Fabrikam Q2 2026 Earnings Call\"\ndate: 2026-07-30\nticker: FBK\n---\n\n**Operator:** Welcome.\n\n**Jane Roe:** Revenue grew.\n\n**John Doe:** Thanks.\n";
            var result = EarningsCall.Parse(text, "call.md");
            Assert.True(result.Succeeded);
            var call = result.Call!;
            Assert.Equal(TranscriptLayout.Markdown, call.Layout);
            Assert.Equal(("Fabrikam", "FBK", "Fabrikam Q2 2026 Earnings Call"), (call.Company, call.Ticker, call.Title));
            Assert.Equal(new DateTime(2026, 7, 30), call.Date);
            Assert.Equal(3, call.Turns.Count);
        }
}
}
