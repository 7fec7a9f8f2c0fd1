using System;
using System.Linq;
using Xunit;

namespace TypedTranscripts.Tests.Layouts
{
    public class PlainLayoutTests
    {
        private const string Fixture = "Plain/adventureworks-q1-2026.txt";

        [Fact]
        public void Title_and_date_lines_above_the_turns()
        {
            var call = Parsed.Call(Fixture);
            Assert.Equal(TranscriptLayout.Plain, call.Layout);
            Assert.Equal("Adventure Works Cycles", call.Company);
            Assert.Equal(FiscalPeriod.OfQuarter(2026, 1), call.FiscalPeriod);
            Assert.Equal(new DateTime(2026, 4, 30), call.Date);
        }

        [Fact]
        public void Labels_with_and_without_titles_resolve_to_one_speaker_each()
        {
            var call = Parsed.Call(Fixture);
            Assert.Equal(new[] { "Operator", "Felix Romero", "Sofia Lindgren", "Arjun Mehta", "Claire Dubois", "Mateo Rossi" },
                call.Speakers.Select(s => s.Name).ToArray());
            Assert.Equal("Director of Investor Relations", Parsed.Speaker(call, "Felix Romero").Title);
            Assert.Equal(SpeakerRole.Executive, Parsed.Speaker(call, "Felix Romero").Role);
            var claire = Parsed.Speaker(call, "Claire Dubois");
            Assert.Equal(("Analyst", "Fourth Coffee Capital", SpeakerRole.Analyst), (claire.Title, claire.Company, claire.Role));
            var mateo = Parsed.Speaker(call, "Mateo Rossi");
            Assert.Equal(("Blue Yonder Research", SpeakerRole.Analyst), (mateo.Company, mateo.Role));
        }

        [Fact]
        public void Q_and_a_is_inferred_and_wrapped_lines_join_their_turn()
        {
            var call = Parsed.Call(Fixture);
            Assert.Equal(4, Parsed.Turns(call, SectionKind.Presentation));
            Assert.Equal(9, Parsed.Turns(call, SectionKind.QuestionsAndAnswers));
            Assert.Equal(2, call.Exchanges.Count);
            Assert.Equal("Thanks, Felix. First quarter revenue was $540 million, up 9% from a year ago, led by e-bikes. We also launched two new gravel models in March.",
                call.Turns.First(t => t.Speaker.Name == "Sofia Lindgren").Text);
        }

        [Fact]
        public void One_word_labels_count_only_when_they_recur()
        {
            const string text = "Contoso Q1 2026 Earnings Call\n\nOperator: Welcome to the call.\n\nJane Roe: Thank you. Revenue: up 4% this quarter.\nNote: the comparison excludes the divestiture.\n\nJohn Doe: Thanks, Jane.\n\nOperator: This concludes the call.\n";
            var result = EarningsCall.Parse(text, "contoso.txt");
            Assert.True(result.Succeeded);
            Assert.Equal(TranscriptLayout.Plain, result.Call!.Layout);
            Assert.Equal(new[] { "Operator", "Jane Roe", "John Doe" }, result.Call.Speakers.Select(s => s.Name).ToArray());
            Assert.Contains("Note: the comparison", result.Call.Turns[1].Text, StringComparison.Ordinal);
        }
    
        [Fact]
        public void Speech_to_text_with_numbered_speakers_and_times_after_the_names()
        {
            var call = Parsed.Call("Plain/lamna-q3-2025-otter.txt");
            Assert.Equal(TranscriptLayout.Plain, call.Layout);
            Assert.Equal(("Lamna Healthcare", "Lamna Healthcare Q3 2025 Earnings Call"), (call.Company, call.Title));
            // "Speaker 1" talks like the operator and says so; "Speaker 2" asks after the operator opens the questions.
            Assert.Equal(SpeakerRole.Operator, Parsed.Speaker(call, "Speaker 1").Role);
            Assert.Equal(SpeakerRole.Analyst, Parsed.Speaker(call, "Speaker 2").Role);
            Assert.Equal(SpeakerRole.Executive, Parsed.Speaker(call, "Omar Haddad").Role);
            Assert.Equal("Chief Executive Officer", Parsed.Speaker(call, "Omar Haddad").Title);
            // Introduced without "question": "Next, we'll go to Ivan Petrov with …".
            var ivan = Parsed.Speaker(call, "Ivan Petrov");
            Assert.Equal((SpeakerRole.Analyst, "Wide World Importers Research"), (ivan.Role, ivan.Company));
            Assert.Equal(2, Parsed.Turns(call, SectionKind.Presentation));
            Assert.Equal(7, Parsed.Turns(call, SectionKind.QuestionsAndAnswers));
            Assert.Equal(new[] { "Speaker 2: Speaker 2, Omar Haddad", "Ivan Petrov: Ivan Petrov, Omar Haddad" }, Parsed.Exchanges(call));
        }

        [Fact]
        public void Speech_to_text_times_before_the_labels_are_not_part_of_them()
        {
            var call = Parsed.Call("Plain/lamna-q3-2025-timestamps.txt");
            Assert.Equal(new[] { "Operator", "Omar Haddad", "Keisha Brown" }, call.Speakers.Select(s => s.Name).ToArray());
            Assert.Equal("Thank you. Revenue for the quarter was $1.3 billion, up 8%.", call.Turns[1].Text);
            Assert.Equal(("Fourth Coffee Partners", SpeakerRole.Analyst), (Parsed.Speaker(call, "Keisha Brown").Company, Parsed.Speaker(call, "Keisha Brown").Role));
            Assert.Equal(4, Parsed.Turns(call, SectionKind.QuestionsAndAnswers));
        }
    
        [Fact]
        public void Investor_relations_moderating_the_questions_stays_an_executive()
        {
            var call = Parsed.Call("Plain/contoso-q2-2026-ir-moderated.txt");
            var ir = Parsed.Speaker(call, "Jane Roe");
            Assert.Equal((SpeakerRole.Executive, "Head of Investor Relations"), (ir.Role, ir.Title));
            Assert.Equal("CEO", Parsed.Speaker(call, "John Smith").Title);
            Assert.DoesNotContain(call.Speakers, s => s.Role == SpeakerRole.Operator);
            Assert.Equal(new[] { "Mark Lee: Mark Lee, John Smith", "Ann Wu: Ann Wu, John Smith" }, Parsed.Exchanges(call));
            Assert.Equal(2, Parsed.Turns(call, SectionKind.Presentation));
        }
}
}
