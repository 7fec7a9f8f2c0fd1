using System;
using System.Linq;
using Xunit;

namespace TypedTranscripts.Tests.Layouts
{
    public class UnlabelledLayoutTests
    {
        private const string Fixture = "Unlabelled/wingtip-q2-2025.txt";

        [Fact]
        public void One_unknown_speaker_and_the_call_from_the_welcome()
        {
            var call = Parsed.Call(Fixture);
            Assert.Equal(TranscriptLayout.Unlabelled, call.Layout);
            var speaker = Assert.Single(call.Speakers);
            Assert.Equal("Unknown", speaker.Name);
            Assert.Equal(SpeakerRole.Other, speaker.Role);
            Assert.Equal("Wingtip Toys", call.Company);
            Assert.Equal(FiscalPeriod.OfQuarter(2025, 2), call.FiscalPeriod);
        }

        [Fact]
        public void The_operators_cues_cut_turns_and_open_q_and_a()
        {
            var call = Parsed.Call(Fixture);
            Assert.Equal(4, Parsed.Turns(call, SectionKind.Presentation));
            Assert.Equal(5, Parsed.Turns(call, SectionKind.QuestionsAndAnswers));
            var qa = call.Sections.Single(s => s.Kind == SectionKind.QuestionsAndAnswers);
            Assert.StartsWith("We will now begin the question-and-answer session.", qa.Turns[0].Text, StringComparison.Ordinal);
            Assert.StartsWith("Hi, thanks for taking my question.", qa.Turns[1].Text, StringComparison.Ordinal);
            Assert.Empty(call.Exchanges);
        }

        [Fact]
        public void All_the_text_is_kept_with_its_lines()
        {
            var call = Parsed.Call(Fixture);
            Assert.Contains("Revenue was $228 million, up 14% from a year ago", string.Join(" ", call.Turns.Select(t => t.Text)), StringComparison.Ordinal);
            var cfo = call.Turns.Single(t => t.Text.Contains("Gross margin was 47.5%", StringComparison.Ordinal));
            Assert.Equal(3, cfo.Line);
        }
    }
}
