using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using TypedTranscripts.Tests.Infrastructure;
using Xunit;

namespace TypedTranscripts.Tests.Layouts
{
    /// <summary>Corpus traps of the layouts that the gold comparison (Gold/CorpusStructureTests) does not show.</summary>
    public class CorpusLayoutTests
    {
        [Fact]
        public void Apple_markdown_finds_q_and_a_after_investor_relations_hands_over()
        {
            var (call, _) = Load("aapl-q3-fy2025");
            Assert.Equal(4, Parsed.Turns(call, SectionKind.Presentation));
            Assert.Equal(54, Parsed.Turns(call, SectionKind.QuestionsAndAnswers));
            Assert.Equal(10, call.Exchanges.Select(e => e.Analyst).Distinct().Count());
        }

        [Fact]
        public void The_text_wins_over_a_file_name_that_disagrees_and_a_diagnostic_says_so()
        {
            string folder = Path.Combine(Path.GetTempPath(), "tt-layouts-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                // The source repository's name for this file; the call is fiscal Q3 2025.
                string copy = Path.Combine(folder, "AAPL_Q3_2024.md");
                File.Copy(Corpus.PathOf("aapl-q3-fy2025.md"), copy);
                var result = EarningsCall.Load(copy);
                Assert.Equal(FiscalPeriod.OfQuarter(2025, 3), result.Call!.FiscalPeriod);
                var conflict = Assert.Single(result.Problems, p => p.Code == ProblemCode.MetadataConflict);
                Assert.Equal("TT0008", conflict.Id);
                Assert.Contains("AAPL_Q3_2024.md", conflict.Message, StringComparison.Ordinal);
                Assert.Contains("Q3 2024", conflict.Message, StringComparison.Ordinal);
                Assert.Contains("Q3 2025", conflict.Message, StringComparison.Ordinal);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        private static (EarningsCall Call, JsonElement Gold) Load(string stem)
        {
            var (_, text, goldPath) = Corpus.Transcripts().Single(t => t.Stem == stem);
            var result = EarningsCall.Load(text);
            Assert.True(result.Succeeded, string.Join("\n", result.Problems));
            using var document = JsonDocument.Parse(File.ReadAllText(goldPath));
            return (result.Call!, document.RootElement.Clone());
        }
    }
}
