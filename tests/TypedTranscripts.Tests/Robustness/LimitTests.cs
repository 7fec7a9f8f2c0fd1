using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp;
using TypedTranscripts.Generator.Emit;
using TypedTranscripts.Generator.Pipeline;
using TypedTranscripts.Structure;
using TypedTranscripts.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace TypedTranscripts.Tests.Robustness
{
    /// <summary>
    /// Inputs far past any real transcript: each gets a clear diagnostic or a correct result, in work that grows
    /// linearly with the input (checked by counting allocated bytes at two sizes, not by timing), and a cancelled run
    /// stops promptly. Alone in their collection: they hold hundreds of megabytes and measure cancellation latency.
    /// </summary>
    [Collection(SerialCollection.Name)]
    public class LimitTests
    {
        private const int MiB = 1024 * 1024;
        private readonly ITestOutputHelper _output;

        public LimitTests(ITestOutputHelper output) => _output = output;

        private static string Northwind => File.ReadAllText(Corpus.Fixture("StreetEvents/northwind-q4-2011.txt"));

        /// <summary>Generous: only a run far slower than linear (minutes, not seconds) hits it.</summary>
        private static CancellationToken Guard() => new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token;

        /// <summary>Northwind's call followed by turns of long paragraphs, to <paramref name="length"/> characters.</summary>
        private static string Transcript(int length)
        {
            var text = new StringBuilder(Northwind, length + 64 * 1024);
            string paragraph = string.Concat(Enumerable.Repeat("We grew revenue in every region this quarter. ", 1000));
            while (text.Length < length) text.Append("\nWen Zhao - Northwind Traders - CFO\n\n").Append(paragraph).Append('\n');
            return text.ToString();
        }

        private static readonly Lazy<string> FiftyMegabytes = new(() => Transcript(50 * MiB));

        [Fact]
        public void A_50_MB_transcript_over_the_default_limit_gets_TT0007_and_the_other_transcripts_are_generated()
        {
            var outcome = new GeneratorHarness(new[]
            {
                new TranscriptInput("big.txt", FiftyMegabytes.Value),
                TranscriptInput.FromFixture("StreetEvents/contoso-q1-2010.txt", "good.txt"),
            }).Run(Guard());

            var tooLarge = Assert.Single(outcome.GeneratorDiagnostics);
            Assert.Equal("TT0007", tooLarge.Id);
            Assert.Equal($"The transcript has {FiftyMegabytes.Value.Length:N0} characters, more than the limit of 16,777,216; if it really is a transcript, raise the limit with the MSBuild property <TypedTranscriptsMaxFileSize>53477376</TypedTranscriptsMaxFileSize>.",
                tooLarge.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(new[] { TypedTranscripts.Generator.Pipeline.NameIndex.HintNameOf("good.txt") + ".g.cs", "Transcripts.g.cs" }.OrderBy(h => h, StringComparer.Ordinal), outcome.Sources.Select(s => s.HintName).OrderBy(h => h, StringComparer.Ordinal));
            Assert.Empty(outcome.CompilerProblems);
        }

        [Fact]
        public void A_50_MB_transcript_under_a_raised_limit_is_parsed_and_emitted_in_linear_work()
        {
            var (small, smallSource) = ParseAndEmit(Transcript(5 * MiB));
            var (large, largeSource) = ParseAndEmit(FiftyMegabytes.Value);
            _output.WriteLine($"5 MiB: {small / MiB:N0} MiB allocated; 50 MiB: {large / MiB:N0} MiB allocated");
            Assert.InRange((double)large / small, 5, 12);
            Assert.InRange(largeSource.Length, FiftyMegabytes.Value.Length * 0.95, FiftyMegabytes.Value.Length * 1.05);
        }

        [Fact]
        public void One_10_MB_line_is_one_turn_and_never_a_title()
        {
            // A running page header, but 10 MB long: read as one, it would be the title and the company.
            string line = "Oct. 22. 2009 / 8:45PM, NWND - Q3 2009 " + string.Concat(Enumerable.Repeat("Tokyo Earnings Call - revenue \"up\" */ ", 10 * MiB / 40));
            var asTurn = Parse(Northwind + "\nWen Zhao - Northwind Traders - CFO\n\n" + line + "\n");
            Assert.Equal(line.TrimEnd(), asTurn.Turns[^1].Text);
            var tree = CSharpSyntaxTree.ParseText(Emit(asTurn), cancellationToken: Guard());
            Assert.Empty(tree.GetDiagnostics());

            var asFirstLine = Parse(line + "\n" + Northwind);
            Assert.Equal("Q4 2011 Northwind Traders Earnings Conference Call", asFirstLine.Title);
            Assert.Equal("Northwind Traders", asFirstLine.Company);
        }

        [Fact]
        public void A_million_short_lines_are_read_in_linear_work()
        {
            Parse(Northwind); // one-time set-up (vocabularies, per-thread buffers) stays out of both measures
            long tenth = Allocated(() => Parse(Northwind + string.Concat(Enumerable.Repeat("Why?\n", 100_000))));
            EarningsCall? call = null;
            long all = Allocated(() => call = Parse(Northwind + string.Concat(Enumerable.Repeat("Why?\n", 1_000_000))));
            _output.WriteLine($"100,000 lines: {tenth / MiB:N0} MiB allocated; 1,000,000: {all / MiB:N0} MiB");
            Assert.InRange((double)all / tenth, 5, 12);
            Assert.Equal(1_000_000 * 5 - 1, call!.Turns[^1].Text.Length - "There are no further questions. This concludes today's conference. ".Length);
        }

        [Fact]
        public void Ten_thousand_speakers_are_resolved_and_named_in_linear_work()
        {
            long thousand = Allocated(() => Emit(Parse(ManySpeakers(1_000))));
            EarningsCall? call = null;
            string source = "";
            long tenThousand = Allocated(() => source = Emit(call = Parse(ManySpeakers(10_000))));
            _output.WriteLine($"1,000 speakers: {thousand / MiB:N0} MiB allocated; 10,000: {tenThousand / MiB:N0} MiB");
            Assert.InRange((double)tenThousand / thousand, 5, 13);

            Assert.Equal(10_000 + 5, call!.Speakers.Count);
            var made = call.Speakers.Where(s => s.Name.StartsWith("Ka", StringComparison.Ordinal)).ToList();
            Assert.Equal(10_000, made.Count);
            var turns = call.Turns.GroupBy(t => t.Speaker).ToDictionary(g => g.Key, g => g.Count());
            Assert.All(made, speaker => Assert.Equal(1, turns.GetValueOrDefault(speaker)));
            var tree = CSharpSyntaxTree.ParseText(source, cancellationToken: Guard());
            var members = GeneratedCodeAudit.DeclaredNames(tree).Where(n => n.Contains(".Speakers.", StringComparison.Ordinal)).ToList();
            Assert.Equal(10_000 + 5 + 1, members.Distinct().Count());
            Assert.Empty(tree.GetDiagnostics());
        }

        [Fact]
        public void Ten_thousand_sections_of_one_heading_are_numbered_in_linear_work()
        {
            long thousand = Allocated(() => Emit(Parse(RepeatedHeadings(1_000))));
            string source = "";
            long tenThousand = Allocated(() => source = Emit(Parse(RepeatedHeadings(10_000))));
            _output.WriteLine($"1,000 alternations: {thousand / MiB:N0} MiB allocated; 10,000: {tenThousand / MiB:N0} MiB");
            Assert.InRange((double)tenThousand / thousand, 5, 13);
            Assert.Contains("public static global::TypedTranscripts.Section Presentation10001 => CallData.Sections[20000];", source);
        }

        /// <summary>
        /// Cancelled at points spread over a run on 50 MB, the parse and emit steps stop within a whisker of the cancel:
        /// every long loop checks the token. What remains between two checks is one copy of the text (and whatever the
        /// garbage collector does then), so the bound is generous; the measured latencies are in the output.
        /// </summary>
        [Fact]
        public void Cancelling_a_run_on_50_MB_stops_it_promptly()
        {
            var file = new TranscriptFile(new InMemoryAdditionalText("/project/big.txt", FiftyMegabytes.Value), "/project/big.txt", "big.txt",
                new TranscriptMetadata(null, null, null, null, null, null, null));
            var options = new GeneratorOptions("Consumer", "Transcripts", 64 * MiB, "/project/", null);
            // The whole run's length is taken warm (the first run also pays for JIT and page faults), so the cancels land inside later runs.
            Run(CancellationToken.None);
            var stopwatch = Stopwatch.StartNew();
            Run(CancellationToken.None);
            double whole = stopwatch.Elapsed.TotalMilliseconds;

            var latencies = new List<double>();
            foreach (double fraction in new[] { 0.02, 0.1, 0.3, 0.5, 0.7, 0.9 })
            {
                using var cancellation = new CancellationTokenSource();
                double cancelledAt = 0, stoppedAt = 0;
                bool cancelled = false;
                var run = new Thread(() =>
                {
                    try
                    {
                        Run(cancellation.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        cancelled = true;
                    }
                    stoppedAt = stopwatch.Elapsed.TotalMilliseconds;
                });
                stopwatch.Restart();
                run.Start();
                Thread.Sleep(TimeSpan.FromMilliseconds(whole * fraction));
                cancelledAt = stopwatch.Elapsed.TotalMilliseconds;
                cancellation.Cancel();
                run.Join();
                if (cancelled) latencies.Add(stoppedAt - cancelledAt);
            }
            _output.WriteLine($"whole run {whole:F0} ms; stopped {string.Join(", ", latencies.Select(l => l.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)))} ms after the cancel");
            Assert.True(latencies.Count >= 3, $"only {latencies.Count} of 6 runs were still going when cancelled");
            Assert.All(latencies, latency => Assert.InRange(latency, 0, 1000)); // a few milliseconds alone; seconds would mean a loop without a check

            void Run(CancellationToken cancellationToken)
            {
                var parsed = ParseStage.Parse(file, options, cancellationToken);
                CallEmitter.Emit(parsed.Call!, Name, "Consumer", "Transcripts", utf8Literals: true, cancellationToken);
            }
        }

        private static readonly ResolvedName Name = new("/project/big.txt", "big.txt", "Northwind", "Q4_2011", "Transcripts.big.txt.g.cs", null, null, null);

        private static EarningsCall Parse(string text)
        {
            var result = TranscriptParser.Parse(text, "big.txt", new TranscriptParseOptions { MaxLength = 64 * MiB }, Guard());
            Assert.True(result.Call is not null, string.Join("\n", result.Problems));
            return result.Call!;
        }

        private static string Emit(EarningsCall call) => CallEmitter.Emit(call, Name, "Consumer", "Transcripts", utf8Literals: true, Guard());

        private static (long Allocated, string Source) ParseAndEmit(string text)
        {
            string source = "";
            long allocated = Allocated(() => source = Emit(Parse(text)));
            return (allocated, source);
        }

        private static long Allocated(Action work)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            work();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        /// <summary>
        /// <paramref name="count"/> speakers who speak once each: half listed among the participants and labelled with
        /// their name alone (each label looks the name up among the participants), half unlisted (each new name is
        /// compared with other spellings). Made-up names differ in two letters at least, so no two are taken for one person.
        /// </summary>
        private static string ManySpeakers(int count)
        {
            string northwind = Northwind;
            int conference = northwind.IndexOf("C O N F E R E N C E", StringComparison.Ordinal);
            var names = Enumerable.Range(0, count).Select(i => Word(i % 100) + " " + Word(i / 100 + 100)).ToList();
            var listed = names.Take(count / 2).ToList();
            var text = new StringBuilder(northwind.Substring(0, conference));
            foreach (var name in listed) text.Append(' ').Append(name).Append("\n Northwind Traders - VP\n\n");
            text.Append(northwind.Substring(conference)).Append('\n');
            foreach (var name in listed) text.Append(name).Append("\nNorthwind Traders - VP\n\nWords of ").Append(name).Append(".\n\n");
            foreach (var name in names.Skip(count / 2)) text.Append(name).Append(" - Fabrikam Research - Analyst\n\nWords of ").Append(name).Append(".\n\n");
            return text.ToString();

            static string Word(int n)
            {
                char high = (char)('a' + n / 26 % 26), low = (char)('a' + n % 26);
                return "Ka" + high + high + "o" + low + low;
            }
        }

        private static string RepeatedHeadings(int count) => Northwind + string.Concat(Enumerable.Repeat(
            "\nP R E S E N T A T I O N\n\nOperator\n\nHello.\n\nQ U E S T I O N S  A N D  A N S W E R S\n\nRavi Patel - Tailspin Research - Analyst\n\nWhy?\n", count));
    }

    /// <summary>Tests that must not run beside others: they switch the culture, or hold and time very large inputs.</summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class SerialCollection
    {
        public const string Name = "Serial";
    }
}
