using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TypedTranscripts.Tests.Infrastructure;
using Xunit;

namespace TypedTranscripts.Tests.Generator
{
    /// <summary>The generated code compiled together with consumer code, loaded, and read back through the generated API.</summary>
    public class CompileTests
    {
        public static IEnumerable<object[]> Fixtures() => new[]
        {
            new object[] { "StreetEvents/contoso-q1-2010.txt" },
            new object[] { "StreetEvents/fabrikam-q2-2023.txt" },
            new object[] { "StreetEvents/northwind-q4-2011.txt" },
            new object[] { "StreetEvents/tailspin-q2-2015.txt" },
            new object[] { "SeekingAlpha/contoso-q4-fy2025.txt" },
            new object[] { "MotleyFool/relecloud-q4-2025.txt" },
            new object[] { "Markdown/tailspin-q2-2025.md" },
            new object[] { "Plain/adventureworks-q1-2026.txt" },
            new object[] { "Json/coho-q3-2025.json" },
            new object[] { "Unlabelled/wingtip-q2-2025.txt" },
        };

        [Theory]
        [MemberData(nameof(Fixtures))]
        public void Values_read_through_the_generated_api_equal_the_parsed_model(string fixture)
        {
            string relativePath = "Calls/" + Path.GetFileName(fixture);
            var input = TranscriptInput.FromFixture(fixture, relativePath);
            var outcome = new GeneratorHarness(new[] { input }).Run();
            Assert.Empty(outcome.CompilerProblems);

            var expected = EarningsCall.Parse(input.Text, relativePath).Call!;
            var all = (IReadOnlyList<EarningsCall>)Transcripts(outcome.Load()).GetProperty("All")!.GetValue(null)!;
            var generated = Assert.Single(all);
            Assert.Equal(expected, generated);
            Assert.Equal(expected.Exchanges, generated.Exchanges);
        }

        [Theory]
        [MemberData(nameof(CorpusFiles))]
        public void Corpus_transcripts_generate_code_that_reads_back_equal(string fileName)
        {
            string text = EarningsCallText(fileName);
            var outcome = new GeneratorHarness(new[] { new TranscriptInput(fileName, text) }).Run();
            Assert.Empty(outcome.CompilerProblems);
            var expected = EarningsCall.Parse(text, fileName).Call;
            var all = (IReadOnlyList<EarningsCall>)Transcripts(outcome.Load()).GetProperty("All")!.GetValue(null)!;
            if (expected is null)
            {
                Assert.Empty(all); // a layout this version does not read: a diagnostic, no class
                return;
            }
            Assert.Equal(expected, Assert.Single(all));
        }

        public static IEnumerable<object[]> CorpusFiles() => Corpus.Transcripts().Select(t => new object[] { Path.GetFileName(t.Text) });

        // The corpus holds a Windows-1252 file: read bytes the way the parser does.
        private static string EarningsCallText(string fileName) => Text.TextDecoder.Decode(File.ReadAllBytes(Corpus.PathOf(fileName)));

        [Fact]
        public void Consumer_code_uses_the_typed_api_and_gets_the_values()
        {
            const string consumer = """
                using Consumer;
                public static class Probe
                {
                    public static string Run()
                    {
                        var call = Transcripts.Ctso.Q1_2010.Call;
                        TypedTranscripts.Speaker cfo = Transcripts.Ctso.Q1_2010.Speakers.LenaOkafor;
                        var first = Transcripts.Ctso.Q1_2010.Exchanges[0];
                        return string.Join("|", call.Company, call.Ticker, call.FiscalPeriod, call.Date?.ToString("yyyy-MM-dd"),
                            cfo.Title, cfo.Role, first.Analyst.Name, first.Firm, first.Answers[0].Speaker.Name,
                            Transcripts.Ctso.Q1_2010.Sections.QuestionsAndAnswers.Turns.Count, Transcripts.Ctso.All.Count, Transcripts.All.Count);
                    }
                }
                """;
            var outcome = new GeneratorHarness(new[] { TranscriptInput.FromFixture("StreetEvents/contoso-q1-2010.txt", "Calls/contoso-q1-2010.txt") }, consumer).Run();
            Assert.Empty(outcome.CompilerProblems);
            string result = (string)outcome.Load().GetType("Probe")!.GetMethod("Run")!.Invoke(null, null)!;
            Assert.Equal("Contoso Networks|CTSO|Q1 2010|2010-04-28|EVP, CFO|Executive|Tomas Reyes|Northwind Securities|Lena Okafor|8|1|1", result);
        }

        [Fact]
        public void Consumer_code_reads_typed_figures_changes_and_guidance()
        {
            const string consumer = """
                using Consumer;
                using TypedTranscripts;
                public static class Probe
                {
                    public static string Run()
                    {
                        Figure<Money> revenue = Transcripts.Ctso.Q1_2010.Figures.RevenueGaap;
                        Figure<PerShare> priorEps = Transcripts.Ctso.Q1_2010.Figures.Q4_2009.DilutedEpsGaap;
                        Figure<Percentage> margin = Transcripts.Ctso.Q1_2010.Figures.GrossMarginNonGaap;
                        Change<Percentage> sequential = Transcripts.Ctso.Q1_2010.Changes.RevenueGaapSequential;
                        Change<PercentagePoints> points = Transcripts.Ctso.Q1_2010.Changes.GrossMarginNonGaapSequential;
                        Guidance<Money> outlook = Transcripts.Ctso.Q1_2010.Guidance.Revenue;
                        Guidance<Percentage> flat = Transcripts.Ctso.Q1_2010.Guidance.GrossMarginNonGaap;
                        int q4 = System.Linq.Enumerable.Count(Transcripts.Ctso.Q1_2010.Figures.ForPeriod(FiscalPeriod.OfQuarter(2009, 4)));
                        return string.Join("|", revenue.Value.Amount, revenue.Value.Currency, revenue.Basis, revenue.Period, revenue.Line,
                            priorEps.Value.Amount, margin.Value.Value, sequential.Value.Value, sequential.Versus, points.Value.Value,
                            outlook.Low!.Value.Amount, outlook.High!.Value.Amount, outlook.Range!.Value.Midpoint, outlook.Period,
                            flat.Direction, flat.Low is null, q4, Transcripts.Ctso.Q1_2010.Figures.All.Count);
                    }
                }
                """;
            var input = TranscriptInput.FromFixture("StreetEvents/contoso-q1-2010.txt", "Calls/contoso-q1-2010.txt");
            var outcome = new GeneratorHarness(new[] { input }, consumer).Run();
            Assert.Empty(outcome.CompilerProblems);
            string result = (string)outcome.Load().GetType("Probe")!.GetMethod("Run")!.Invoke(null, null)!;
            var parsed = EarningsCall.Parse(input.Text, input.RelativePath).Call!;
            Assert.Equal(string.Join("|", "412000000", "USD", "Gaap", "Q1 2010", "23", "0.09", "61.2", "6", "Q4 2009", "1.4",
                "425000000", "440000000", "432500000", "Q2 2010", "Flat", "True", "1", parsed.Figures.Count.ToString()), result);
        }

        [Fact]
        public void A_typo_in_a_member_name_is_a_compile_error()
        {
            const string consumer = "public static class Probe { public static object Run() => Consumer.Transcripts.Ctso.Q1_2010.Speakers.LenaOkafr; }";
            var outcome = new GeneratorHarness(new[] { TranscriptInput.FromFixture("StreetEvents/contoso-q1-2010.txt") }, consumer).Run();
            var error = Assert.Single(outcome.CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
            Assert.Equal("CS0117", error.Id); // 'Speakers' does not contain a definition for 'LenaOkafr'
        }

        [Fact]
        public void Generated_code_has_no_warnings_under_treat_warnings_as_errors()
        {
            var transcripts = Fixtures().Select(f => TranscriptInput.FromFixture((string)f[0])).ToArray();
            var outcome = new GeneratorHarness(transcripts, treatWarningsAsErrors: true).Run();
            Assert.Empty(outcome.CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
            Assert.Equal(transcripts.Length + 1, outcome.Sources.Count());
        }

        [Fact]
        public void Without_utf8_literals_the_text_is_a_plain_string_and_values_still_read_back_equal()
        {
            var input = TranscriptInput.FromFixture("StreetEvents/fabrikam-q2-2023.txt", "fabrikam.txt");
            var outcome = new GeneratorHarness(new[] { input }, languageVersion: LanguageVersion.CSharp10).Run();
            Assert.Empty(outcome.CompilerProblems);
            Assert.DoesNotContain("\"u8", outcome.Source(TypedTranscripts.Generator.Pipeline.NameIndex.HintNameOf("fabrikam.txt") + ".g.cs"));
            var all = (IReadOnlyList<EarningsCall>)Transcripts(outcome.Load()).GetProperty("All")!.GetValue(null)!;
            Assert.Equal(EarningsCall.Parse(input.Text, "fabrikam.txt").Call, Assert.Single(all));
        }

        [Fact]
        public void Namespace_and_class_name_come_from_msbuild_properties()
        {
            var outcome = new GeneratorHarness(new[] { TranscriptInput.FromFixture("StreetEvents/northwind-q4-2011.txt") },
                "public static class Probe { public static object Run() => Acme.Research.Calls.Nwnd.Q4_2011.Call; }",
                new Dictionary<string, string> { ["TypedTranscriptsNamespace"] = "Acme.Research", ["TypedTranscriptsClassName"] = "Calls" }).Run();
            Assert.Empty(outcome.CompilerProblems);
        }

        [Fact]
        public void An_invalid_namespace_property_gets_a_diagnostic_and_a_fallback()
        {
            var outcome = new GeneratorHarness(new[] { TranscriptInput.FromFixture("StreetEvents/northwind-q4-2011.txt") },
                "public static class Probe { public static object Run() => TypedTranscripts.Generated.Transcripts.All; }",
                new Dictionary<string, string> { ["TypedTranscriptsNamespace"] = "1nvalid..name" }).Run();
            Assert.Empty(outcome.CompilerProblems);
            Assert.Contains(outcome.GeneratorDiagnostics, d => d.Id == "TT0010");
        }

        [Fact]
        public void Other_additional_files_are_ignored()
        {
            var outcome = new GeneratorHarness(new[] { TranscriptInput.FromFixture("StreetEvents/northwind-q4-2011.txt", "northwind-q4-2011.txt") },
                otherAdditionalFiles: new[] { ("settings.json", "{ }"), ("other-transcript.txt", File.ReadAllText(Corpus.Fixture("StreetEvents/contoso-q1-2010.txt"))) }).Run();
            Assert.Equal(new[] { TypedTranscripts.Generator.Pipeline.NameIndex.HintNameOf("northwind-q4-2011.txt") + ".g.cs", "Transcripts.g.cs" }.OrderBy(h => h, StringComparer.Ordinal), outcome.Sources.Select(s => s.HintName).OrderBy(h => h, StringComparer.Ordinal));
            Assert.Empty(outcome.GeneratorDiagnostics);
        }

        private static Type Transcripts(Assembly assembly, string name = "Consumer.Transcripts") => assembly.GetType(name)!;
    }
}
