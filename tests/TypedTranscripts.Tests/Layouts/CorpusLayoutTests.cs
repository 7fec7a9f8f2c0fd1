using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using TypedTranscripts.Export;
using TypedTranscripts.Tests.Infrastructure;
using Xunit;

namespace TypedTranscripts.Tests.Layouts
{
    /// <summary>Every corpus transcript against its gold file, with the measures of issue 4 (as score.py computes them).</summary>
    public class CorpusLayoutTests
    {
        public static TheoryData<string> Stems()
        {
            var data = new TheoryData<string>();
            foreach (var (stem, _, _) in Corpus.Transcripts()) data.Add(stem);
            return data;
        }

        [Theory]
        [MemberData(nameof(Stems))]
        public void Call_fields_match_the_gold(string stem)
        {
            var (call, gold) = Load(stem);
            var goldCall = gold.GetProperty("call");
            var got = new Dictionary<string, string?>
            {
                ["company"] = call.Company,
                ["ticker"] = call.Ticker,
                ["fiscalPeriod"] = call.FiscalPeriod?.ToString(),
                ["date"] = call.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["title"] = call.Title,
            };
            foreach (var field in goldCall.EnumerateObject().Where(f => f.Value.ValueKind != JsonValueKind.Null))
                Assert.True(Norm(field.Value.GetString()) == Norm(got[field.Name]), $"{field.Name}: gold '{field.Value.GetString()}', got '{got[field.Name]}'");
        }

        [Theory]
        [MemberData(nameof(Stems))]
        public void Speakers_and_roles_match_the_gold(string stem)
        {
            var (call, gold) = Load(stem);
            var goldSpeakers = gold.GetProperty("speakers").EnumerateArray().ToList();
            var unmatched = call.Speakers.ToList();
            int hits = 0, requiredHits = 0, missed = 0, rightRole = 0;
            foreach (var g in goldSpeakers.OrderBy(g => g.TryGetProperty("optional", out var o) && o.GetBoolean()))
            {
                bool optional = g.TryGetProperty("optional", out var opt) && opt.GetBoolean();
                var hit = unmatched.FirstOrDefault(s => Norm(s.Name) == Norm(g.GetProperty("name").GetString()));
                if (hit is null)
                {
                    if (!optional) missed++;
                    continue;
                }
                unmatched.Remove(hit);
                hits++;
                if (!optional) requiredHits++;
                if (TranscriptExport.RoleName(hit.Role) == g.GetProperty("role").GetString()) rightRole++;
            }
            double precision = hits / (double)(hits + unmatched.Count);
            double recall = requiredHits / (double)(requiredHits + missed);
            double f1 = 2 * precision * recall / (precision + recall);
            Assert.True(f1 >= 0.95, $"speakers F1 {f1:0.00}; false: {string.Join(", ", unmatched.Select(s => s.Name))}");
            Assert.True(rightRole / (double)hits >= 0.95, $"role accuracy {rightRole}/{hits}");
        }

        [Theory]
        [MemberData(nameof(Stems))]
        public void Section_turn_counts_match_the_gold_where_it_gives_them(string stem)
        {
            var (call, gold) = Load(stem);
            foreach (var section in gold.GetProperty("sections").EnumerateArray())
            {
                if (section.TryGetProperty("optional", out var optional) && optional.GetBoolean()) continue;
                string name = section.GetProperty("name").GetString()!;
                Assert.Equal(section.GetProperty("turns").GetInt32(), call.Sections.Where(s => s.Name == name).Sum(s => s.Turns.Count));
            }
        }

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

        private static string? Norm(string? text) => text is null ? null : Regex.Replace(text.ToLowerInvariant(), "[^a-z0-9]+", " ").Trim();
    }
}
