using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CsCheck;
using Microsoft.CodeAnalysis;
using TypedTranscripts.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace TypedTranscripts.Tests.Robustness
{
    /// <summary>
    /// Our fixtures mutated at random (lines deleted, duplicated, swapped, replaced by hostile speaker lines; hostile
    /// Unicode injected; truncated anywhere; line endings changed), then generated, compiled, loaded and read back.
    /// Whatever the mutant, the generator does not throw, the code compiles without a warning, holds only what the
    /// templates write, reads back equal to the run-time parse, and comes out the same on every run and line ending.
    /// CI runs <see cref="DefaultCases"/> mutants from a fixed seed; <c>TYPEDTRANSCRIPTS_PROPERTY_CASES</c> and
    /// <c>TYPEDTRANSCRIPTS_PROPERTY_SEED</c> run more, or others.
    /// </summary>
    public class MutationPropertyTests
    {
        public const int DefaultCases = 2000;
        public const ulong DefaultSeed = 20091022;

        /// <summary>Mutants compiled together, as transcripts of one project: compiling is what costs, per compilation.</summary>
        private const int Batch = 25;

        private static readonly string[] Fixtures = { "contoso-q1-2010.txt", "fabrikam-q2-2023.txt", "northwind-q4-2011.txt", "tailspin-q2-2015.txt" };

        private readonly ITestOutputHelper _output;

        public MutationPropertyTests(ITestOutputHelper output) => _output = output;

        /// <summary>One edit, at positions given as fractions so that it applies to a text of any length.</summary>
        public sealed record Mutation(string Kind, double At, double To, string Text)
        {
            public string Apply(string text)
            {
                var lines = text.Split('\n').ToList();
                int line = Math.Min(lines.Count - 1, (int)(At * lines.Count));
                int other = Math.Min(lines.Count - 1, (int)(To * lines.Count));
                int offset = Math.Min(text.Length, (int)(At * text.Length));
                switch (Kind)
                {
                    case "delete line":
                        lines.RemoveAt(line);
                        break;
                    case "duplicate line":
                        lines.Insert(line, lines[line]);
                        break;
                    case "swap lines":
                        (lines[line], lines[other]) = (lines[other], lines[line]);
                        break;
                    case "replace line":
                        lines[line] = Text;
                        break;
                    case "inject":
                        return text.Insert(offset, Text);
                    case "truncate":
                        return text.Substring(0, offset);
                    case "CRLF":
                        return text.Replace("\n", "\r\n");
                    case "CR":
                        return text.Replace('\n', '\r');
                }
                return string.Join("\n", lines);
            }

            public override string ToString() => $"{Kind} at {At:F3}" + (Kind == "swap lines" ? $" with {To:F3}" : "") + (Text.Length > 0 ? " " + GeneratedCodeAudit.Show(Text) : "");
        }

        public sealed record Mutant(string Fixture, Mutation[] Mutations)
        {
            public string Text() => Mutations.Aggregate(File.ReadAllText(Corpus.Fixture("StreetEvents/" + Fixture)), (text, mutation) => mutation.Apply(text));

            public override string ToString() => Fixture + ": " + string.Join("; ", Mutations.Select(m => m.ToString()));
        }

        /// <summary>Characters that mean something to C#, XML or a terminal, with letters and any UTF-16 unit at all.</summary>
        private static readonly Gen<string> HostileString = Gen.OneOf(
            Gen.OneOf(HostileText.Payloads),
            Gen.String[Gen.OneOf(
                Gen.Char,
                Gen.OneOf('"', '\\', '/', '*', '<', '>', '&', '#', '{', '}', '@', '$', '\'', '\0', '\r', '\n', '\t', '\u0085', '\u2028', '\u2029',
                    '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\uD800', '\uDBFF', '\uDC00', '\uDFFF',
                    '\uFEFF', '\uFFFE', '\uFFFF', '-', ' '),
                Gen.Char['A', 'Z'], Gen.Char['a', 'z']), 0, 24]);

        /// <summary>A line a layout reads as a speaker: a name that looks like one, then company and title of any text.</summary>
        private static readonly Gen<string> HostileSpeakerLine =
            Gen.Select(Gen.String[Gen.Char['A', 'Z'], 1, 1], Gen.String[Gen.Char['a', 'z'], 2, 8], Gen.String[Gen.Char['a', 'z'], 2, 8], HostileString, HostileString,
                (initial, first, last, company, title) => $"{initial}{first} {initial}{last}'{last} - Co {company} - {title}".Replace('\n', ' ').Replace('\r', ' '));

        private static readonly Gen<Mutation> AnyMutation = Gen.Frequency(
            (3, Gen.Select(Gen.Double[0, 1], at => new Mutation("delete line", at, 0, ""))),
            (2, Gen.Select(Gen.Double[0, 1], at => new Mutation("duplicate line", at, 0, ""))),
            (2, Gen.Select(Gen.Double[0, 1], Gen.Double[0, 1], (at, to) => new Mutation("swap lines", at, to, ""))),
            (3, Gen.Select(Gen.Double[0, 1], HostileSpeakerLine, (at, line) => new Mutation("replace line", at, 0, line))),
            (5, Gen.Select(Gen.Double[0, 1], HostileString, (at, text) => new Mutation("inject", at, 0, text))),
            (1, Gen.Select(Gen.Double[0, 1], at => new Mutation("truncate", at, 0, ""))),
            (1, Gen.Const(new Mutation("CRLF", 0, 0, ""))),
            (1, Gen.Const(new Mutation("CR", 0, 0, ""))));

        private static readonly Gen<Mutant> AnyMutant =
            Gen.Select(Gen.OneOf(Fixtures), AnyMutation.Array[1, 8], (fixture, mutations) => new Mutant(fixture, mutations));

        [Fact]
        public void Mutated_fixtures_generate_code_that_compiles_reads_back_equal_and_is_deterministic()
        {
            int cases = int.TryParse(Environment.GetEnvironmentVariable("TYPEDTRANSCRIPTS_PROPERTY_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : DefaultCases;
            ulong seed = ulong.TryParse(Environment.GetEnvironmentVariable("TYPEDTRANSCRIPTS_PROPERTY_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out ulong s) ? s : DefaultSeed;
            int generated = 0, withCall = 0;
            var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
            Parallel.For(0, (cases + Batch - 1) / Batch, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, batch =>
            {
                // Every mutant from its own stream of the seed: the same cases on every run, whatever ran in parallel.
                var mutants = Enumerable.Range(batch * Batch, Math.Min(Batch, cases - batch * Batch))
                    .Select(i => (Index: i, Mutant: AnyMutant.Generate(new PCG((uint)i, seed), null, out _))).ToList();
                try
                {
                    int calls = Check(mutants.Select(m => m.Mutant).ToList());
                    System.Threading.Interlocked.Add(ref generated, mutants.Count);
                    System.Threading.Interlocked.Add(ref withCall, calls);
                }
                catch (Exception exception)
                {
                    // Which mutant: each alone, so the report names it.
                    foreach (var (index, mutant) in mutants)
                    {
                        try
                        {
                            Check(new List<Mutant> { mutant });
                        }
                        catch (Exception alone)
                        {
                            failures.Add($"case {index} of seed {seed} ({mutant}):\n{alone.Message}");
                        }
                    }
                    if (failures.IsEmpty) failures.Add($"batch {batch} of seed {seed}, though no mutant fails alone:\n{exception}");
                }
            });
            _output.WriteLine($"{generated} mutants from seed {seed}, {withCall} of them generated as calls");
            Assert.True(failures.IsEmpty, string.Join("\n\n", failures.Take(5)));
            Assert.Equal(cases, generated);
        }

        /// <summary>Generates, compiles and reads back one project of mutants; returns how many became calls.</summary>
        private static int Check(List<Mutant> mutants)
        {
            var inputs = mutants.Select((mutant, i) => new TranscriptInput($"m{i}.txt", mutant.Text())).ToList();
            var outcome = new GeneratorHarness(inputs, trackSteps: false, documentationMode: DocumentationMode.Diagnose).Run();
            Assert.Null(outcome.GeneratorException);
            Assert.Empty(outcome.Reported("TT0006"));
            var assembly = outcome.Load(out var compilerProblems);
            Assert.Empty(compilerProblems);

            var expected = inputs.Select(i => EarningsCall.Parse(i.Text, i.RelativePath).Call).Where(c => c is not null).Cast<EarningsCall>().ToList();
            var all = (IReadOnlyList<EarningsCall>)assembly.GetType("Consumer.Transcripts")!.GetProperty("All")!.GetValue(null)!;
            Assert.Equal(expected, all.OrderBy(c => int.Parse(c.SourcePath[1..^4], CultureInfo.InvariantCulture)));
            GeneratedCodeAudit.Check(outcome, expected);

            // The same again, and with every line ending: the same code, the same diagnostics (by line and column).
            foreach (string? lineEnding in new[] { null, "\n", "\r\n", "\r" })
            {
                var again = new GeneratorHarness(inputs.Select(i => i with { Text = lineEnding is null ? i.Text : LineBreak.Replace(i.Text, lineEnding) }), trackSteps: false).Run();
                Assert.Equal(Sources(outcome), Sources(again));
                Assert.Equal(Diagnostics(outcome), Diagnostics(again));
            }
            return expected.Count;
        }

        /// <summary>Every line break the parser knows; replacing each by one other keeps the lines as they are.</summary>
        private static readonly System.Text.RegularExpressions.Regex LineBreak = new("\r\n|\r|\n");

        private static IEnumerable<string> Sources(GeneratorOutcome outcome) => outcome.Sources.Select(s => s.HintName + "\n" + s.SourceText);

        private static IEnumerable<string> Diagnostics(GeneratorOutcome outcome) => outcome.GeneratorDiagnostics.Select(d =>
            $"{d.Id} {d.Location.GetLineSpan()} {d.GetMessage(CultureInfo.InvariantCulture)}");
    }
}
