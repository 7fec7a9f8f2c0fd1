using System;
using System.Linq;
using Xunit;

namespace TypedTranscripts.Tests.Layouts
{
    public class JsonLayoutTests
    {
        [Fact]
        public void Prepared_remarks_and_q_and_a_lists()
        {
            var call = Parsed.Call("Json/coho-q3-2025.json");
            Assert.Equal(TranscriptLayout.Json, call.Layout);
            Assert.Equal(("Coho Winery", "COHO"), (call.Company, call.Ticker));
            Assert.Equal(FiscalPeriod.OfQuarter(2025, 3), call.FiscalPeriod);
            Assert.Equal(new DateTime(2025, 11, 4), call.Date);
            Assert.Equal(3, Parsed.Turns(call, SectionKind.Presentation));
            Assert.Equal(7, Parsed.Turns(call, SectionKind.QuestionsAndAnswers));
            Assert.Equal(new[] { "Leah Goldberg: Leah Goldberg, Irene Novak", "Noah Fischer: Noah Fischer, Samir Haddad" }, Parsed.Exchanges(call));
            Assert.Equal("Chief Financial Officer", Parsed.Speaker(call, "Samir Haddad").Title);
            Assert.Equal(("Trey Research", SpeakerRole.Analyst), (Parsed.Speaker(call, "Noah Fischer").Company, Parsed.Speaker(call, "Noah Fischer").Role));
        }

        [Fact]
        public void Escapes_are_decoded_newlines_split_paragraphs_and_lines_point_at_the_speech()
        {
            var call = Parsed.Call("Json/coho-q3-2025.json");
            var ceo = call.Turns[1];
            Assert.Equal("Thank you. Net sales were $146 million, up 4%.\nOur premium labels grew twice as fast as the portfolio.", ceo.Text);
            Assert.Equal(14, ceo.Line);
            Assert.Contains("\"about\" $590 million", call.Turns[2].Text, StringComparison.Ordinal);
            Assert.Contains("sales \u2014 about 11%", call.Turns[8].Text, StringComparison.Ordinal);
        }

        [Fact]
        public void Truncated_json_keeps_the_turns_before_the_break_and_says_where_it_stopped()
        {
            var result = Parsed.Fixture("Json/truncated-coho.json");
            Assert.True(result.Succeeded);
            Assert.Equal(5, result.Call!.Turns.Count);
            var problem = Assert.Single(result.Problems, p => p.Code == ProblemCode.UnreadableFile);
            Assert.Equal(20, problem.Location.Line);
            Assert.Contains("ends inside a string", problem.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("{")]
        [InlineData("{\"prepared_remarks\": [")]
        [InlineData("{\"prepared_remarks\": [{\"speaker\": \"Jane Roe\", \"speech\": \"Hi\\q\"}]}")]
        [InlineData("[{\"speaker\": 1e, \"speech\": nul}]")]
        [InlineData("{\"q_and_a\": [1, 2, \"three\"]}")]
        [InlineData("{\"prepared_remarks\": {\"speaker\": \"Jane Roe\"}}")]
        public void Malformed_or_turnless_json_gives_a_problem_and_no_call(string json)
        {
            var result = EarningsCall.Parse(json, "broken.json", new TranscriptParseOptions { Layout = TranscriptLayout.Json });
            Assert.False(result.Succeeded);
            Assert.NotEmpty(result.Problems);
        }

        [Fact]
        public void Deep_nesting_is_refused_without_exhausting_the_stack()
        {
            string json = "{\"transcript\": " + new string('[', 200_000) + new string(']', 200_000) + "}";
            var result = EarningsCall.Parse(json, "deep.json");
            Assert.False(result.Succeeded);
            Assert.Contains(result.Problems, p => p.Message.Contains("nested more than", StringComparison.Ordinal));
        }

        [Fact]
        public void One_turn_list_with_section_fields_and_speaker_objects()
        {
            const string json = """
                {"metadata": {"symbol": "FBK", "fiscal_period": "Q1 2026"},
                 "turns": [
                   {"section": "Presentation", "speaker": {"name": "Jane Roe", "title": "CEO"}, "text": ["Revenue grew.", "Margins held."]},
                   {"section": "Q&A", "speaker": "Operator", "text": "Our first question comes from John Doe with Litware."},
                   {"section": "Q&A", "speaker": "John Doe", "text": "How is demand?"},
                   {"section": "Q&A", "speaker": {"name": "Jane Roe"}, "text": "Strong."},
                 ]}
                """;
            var result = EarningsCall.Parse(json, "fabrikam.json");
            Assert.True(result.Succeeded, string.Join("\n", result.Problems));
            var call = result.Call!;
            Assert.Equal(("FBK", FiscalPeriod.OfQuarter(2026, 1)), (call.Ticker, call.FiscalPeriod!.Value));
            Assert.Equal(1, Parsed.Turns(call, SectionKind.Presentation));
            Assert.Equal(3, Parsed.Turns(call, SectionKind.QuestionsAndAnswers));
            Assert.Equal("Revenue grew.\nMargins held.", call.Turns[0].Text);
            Assert.Equal(("CEO", SpeakerRole.Executive), (Parsed.Speaker(call, "Jane Roe").Title, Parsed.Speaker(call, "Jane Roe").Role));
            Assert.Equal(("Litware", SpeakerRole.Analyst), (Parsed.Speaker(call, "John Doe").Company, Parsed.Speaker(call, "John Doe").Role));
        }
    
        [Fact]
        public void One_string_of_labelled_lines_with_the_metadata_beside_it()
        {
            const string json = "[{\"symbol\": \"NWT\", \"quarter\": 2, \"year\": 2026, \"date\": \"2026-07-21 16:30:00\",\n"
                + "\"content\": \"Operator: Welcome to the Northwind Traders call.\\nJane Roe: Sales rose 3%.\\nMore on margins later.\\nOperator: Our first question comes from John Doe with Litware.\\nJohn Doe: How is demand?\\nJane Roe: Steady.\"}]";
            var result = EarningsCall.Parse(json, "nwt.json");
            Assert.True(result.Succeeded, string.Join("\n", result.Problems));
            var call = result.Call!;
            Assert.Equal(("NWT", FiscalPeriod.OfQuarter(2026, 2), new DateTime(2026, 7, 21)), (call.Ticker, call.FiscalPeriod!.Value, call.Date!.Value));
            Assert.Equal(new[] { "Operator", "Jane Roe", "Operator", "John Doe", "Jane Roe" }, call.Turns.Select(t => t.Speaker.Name).ToArray());
            Assert.Equal("Sales rose 3%.\nMore on margins later.", call.Turns[1].Text);
            Assert.All(call.Turns, t => Assert.Equal(2, t.Line));
            Assert.Equal(2, Parsed.Turns(call, SectionKind.Presentation));
            Assert.Equal(SpeakerRole.Analyst, Parsed.Speaker(call, "John Doe").Role);
        }

        [Fact]
        public void A_whole_transcript_in_one_string_beside_its_metadata()
        {
            const string json = "{\"info\": {\"ticker\": \"TSPN\", \"fiscal_period\": \"Q3 2026\"},\n \"transcript\": \"Operator: Welcome.\\nJane Roe: Thank you.\"}";
            var call = EarningsCall.Parse(json, "t.json").Call!;
            Assert.Equal(("TSPN", FiscalPeriod.OfQuarter(2026, 3)), (call.Ticker, call.FiscalPeriod!.Value));
            Assert.Equal(new[] { "Operator", "Jane Roe" }, call.Turns.Select(t => t.Speaker.Name).ToArray());
        }
}
}
