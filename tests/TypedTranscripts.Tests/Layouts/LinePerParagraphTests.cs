using System;
using System.Linq;
using Xunit;

namespace TypedTranscripts.Tests.Layouts
{
    /// <summary>
    /// Unwrapped text puts each paragraph on a line of its own, with or without a blank line between; hard-wrapped text
    /// continues a sentence on the next line. The layout tells them apart by the file's line lengths.
    /// </summary>
    public class LinePerParagraphTests
    {
        private static readonly string Filler =
            " We continued to invest in our platform, in the teams that build it and in the partners who bring it to our customers, and we are pleased with the progress we made in every region this quarter.";

        // An invented company's call in the Seeking Alpha layout: one paragraph a line, no blank line between them.
        private static readonly string SeekingAlpha = string.Join("\n", new[]
        {
            "Fabrikam Robotics, Inc. (NASDAQ:FBRK) Q2 2025 Earnings Conference Call July 30, 2025 4:30 PM ET",
            "",
            "Company Participants",
            "",
            "Ines Delacroix - Chief Financial Officer",
            "Omar Haddad - Chief Executive Officer",
            "",
            "Conference Call Participants",
            "",
            "Tess Morrow - Blue Yonder Securities",
            "Kai Lindgren - Harbor Point Research",
            "",
            "Operator",
            "",
            "Good afternoon, and welcome to the Fabrikam Robotics second quarter 2025 earnings call. I will now turn the call over to Omar Haddad.",
            "",
            "Omar Haddad",
            "",
            "Thank you, operator. It was a strong quarter for Fabrikam, with record orders from warehouse customers." + Filler,
            "Our service business grew faster than hardware, and attach rates rose in every region where we sell direct." + Filler,
            "For the full year 2024, service revenue was $310 million.",
            "Gross margin was 48%.",
            "Revenue was $212 million, compared with $180 million in the second quarter of last year.",
            "",
            "Question-and-Answer Session",
            "",
            "Operator",
            "",
            "Our first question comes from Tess Morrow with Blue Yonder Securities.",
            "",
            "Tess Morrow",
            "",
            "Thanks. Can you talk about orders in Europe and how the backlog has moved since the start of the year, and whether",
            "the new arm is shipping there yet? And what did you see from the larger warehouse operators in the quarter?" + Filler,
            "",
            "Ines Delacroix",
            "",
            "Sure. European orders doubled from the first quarter, and the new arm ships there from September." + Filler,
        });

        // The same company in a plain layout hard-wrapped at 90 characters: sentences continue on the next line.
        private const string HardWrapped =
@"Fabrikam Robotics, Inc. Q2 2025 Earnings Call
July 30, 2025

Operator: Good afternoon, and welcome to the Fabrikam Robotics second quarter 2025 earnings
call. I will now turn the call over to Omar Haddad.

Omar Haddad: Thank you, operator. It was a strong quarter for Fabrikam, with record orders
from warehouse customers. Our service business grew faster than hardware, and attach rates
rose in every region where we sell direct.
On a non-GAAP basis, gross margin was 48%, up from 45% a year ago, as we shipped more of our
newest arm. Revenue was $212 million, compared with $180 million in the second quarter of
last year.

Tess Morrow: Thanks. Can you talk about orders in Europe?

Omar Haddad: European orders doubled from the first quarter.
";

        private static EarningsCall Parse(string text, string path)
        {
            var result = EarningsCall.Parse(text, path);
            Assert.True(result.Succeeded, string.Join("\n", result.Problems));
            return result.Call!;
        }

        private static Turn TurnOf(EarningsCall call, string speaker, int nth = 0) =>
            call.Turns.Where(t => t.Speaker.Name == speaker).ElementAt(nth);

        [Fact]
        public void Each_full_line_of_an_unwrapped_file_is_a_paragraph_without_a_blank_line_between()
        {
            var call = Parse(SeekingAlpha, "fabrikam-q2-2025.txt");
            Assert.Equal(TranscriptLayout.SeekingAlpha, call.Layout);
            var remarks = TurnOf(call, "Omar Haddad");
            Assert.Equal(5, remarks.Paragraphs.Count);
            Assert.StartsWith("Thank you, operator.", remarks.Paragraphs[0], StringComparison.Ordinal);
            Assert.StartsWith("Our service business", remarks.Paragraphs[1], StringComparison.Ordinal);
            Assert.Equal("For the full year 2024, service revenue was $310 million.", remarks.Paragraphs[2]);
            Assert.Equal("Gross margin was 48%.", remarks.Paragraphs[3]);
            Assert.Equal("Revenue was $212 million, compared with $180 million in the second quarter of last year.", remarks.Paragraphs[4]);
        }

        [Fact]
        public void A_line_that_ends_mid_sentence_continues_on_the_next_even_in_an_unwrapped_file()
        {
            var call = Parse(SeekingAlpha, "fabrikam-q2-2025.txt");
            var question = TurnOf(call, "Tess Morrow");
            var paragraph = Assert.Single(question.Paragraphs);
            Assert.Contains("and whether the new arm is shipping there yet?", paragraph, StringComparison.Ordinal);
        }

        [Fact]
        public void Hard_wrapped_lines_keep_joining_into_their_paragraph()
        {
            var call = Parse(HardWrapped, "fabrikam-q2-2025.txt");
            var remarks = TurnOf(call, "Omar Haddad");
            // Lines wrapped at 90 characters: a line that ends a sentence is no sign of a new paragraph.
            var paragraph = Assert.Single(remarks.Paragraphs);
            Assert.Contains("in every region where we sell direct. On a non-GAAP basis, gross margin was 48%", paragraph, StringComparison.Ordinal);
            Assert.EndsWith("in the second quarter of last year.", paragraph, StringComparison.Ordinal);
        }

        [Fact]
        public void A_paragraph_period_does_not_carry_into_the_next_line_of_an_unwrapped_file()
        {
            var call = Parse(SeekingAlpha, "fabrikam-q2-2025.txt");
            // The full year named on the line before is that paragraph's period, not the next one's.
            var margin = call.Figures.Single(f => f.Metric == "GrossMargin");
            Assert.Equal(22, margin.Line);
            Assert.Equal(FiscalPeriod.OfQuarter(2025, 2), margin.Period);
        }

        [Fact]
        public void The_file_decides_by_lines_beyond_any_wrap_width_that_end_a_sentence()
        {
            string wrapped = new string('w', 130) + " ";
            string sentence = new string('s', 230) + ".";
            // Hard-wrapped at 131 characters, with two long table rows: still wrapped.
            var hardWrapped = string.Join("\n", Enumerable.Repeat(wrapped, 40).Concat(new[] { sentence, sentence }));
            Assert.False(TypedTranscripts.Layouts.LineLayout.IsOneParagraphPerLine(TypedTranscripts.Text.SourceText.From(hardWrapped), default));
            // Long lines that do not end a sentence are no evidence either.
            var unfinished = string.Join("\n", Enumerable.Repeat(new string('u', 230) + ",", 10));
            Assert.False(TypedTranscripts.Layouts.LineLayout.IsOneParagraphPerLine(TypedTranscripts.Text.SourceText.From(unfinished), default));
            // A paragraph a line: many finished lines far beyond any wrap width.
            var unwrapped = string.Join("\n", Enumerable.Repeat(sentence, 5).Concat(Enumerable.Repeat("Thank you.", 10)));
            Assert.True(TypedTranscripts.Layouts.LineLayout.IsOneParagraphPerLine(TypedTranscripts.Text.SourceText.From(unwrapped), default));
        }
    }
}
