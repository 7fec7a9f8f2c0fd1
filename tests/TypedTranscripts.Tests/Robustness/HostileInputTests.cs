using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using TypedTranscripts.Tests.Infrastructure;
using Xunit;

namespace TypedTranscripts.Tests.Robustness
{
    /// <summary>
    /// Broken and hostile files next to a good one: each gets exactly the diagnostics listed (id and line) or a call
    /// equal to the run-time parse; the good transcript is generated all the same, the generator never throws and the
    /// compilation has no problem of its own.
    /// </summary>
    public class HostileInputTests
    {
        private const string Path = "hostile.txt";

        /// <summary>One input: the file (as the compiler decodes it), MSBuild properties, and what must come of it.</summary>
        private sealed record Case(Func<TranscriptInput> Input, string[] Diagnostics, bool Generates, IReadOnlyDictionary<string, string>? Properties = null,
            Action<GeneratorOutcome, EarningsCall?>? Also = null);

        private static string Northwind => File.ReadAllText(Corpus.Fixture("StreetEvents/northwind-q4-2011.txt"));

        private static TranscriptInput Text(string text) => new(Path, text);

        private static TranscriptInput Bytes(byte[] bytes) => TranscriptInput.FromBytes(Path, bytes);

        private static byte[] Encode(Encoding encoding, string text) => encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();

        private static readonly Dictionary<string, Case> Cases = new()
        {
            ["Empty file"] = new(() => Text(""), new[] { "TT0001@1 The transcript is empty." }, false),
            ["Whitespace only"] = new(() => Text(" \n\t\r\n  \u00A0\n"), new[] { "TT0001@1 The transcript is empty." }, false),
            ["Random binary bytes"] = new(() => Bytes(RandomBytes(4096)), new[] { "TT0001@1 The file holds binary data, not text:" }, false),
            ["NUL bytes only"] = new(() => Bytes(new byte[64]), new[]
            {
                "TT0001@1 The file holds binary data, not text: it has 64 control characters such as NUL. A transcript is plain text; one in UTF-16 needs its byte-order mark.",
            }, false),
            ["A binary file that quotes the headings"] = new(() => Bytes(Encoding.ASCII.GetBytes("PRESENTATION\n").Concat(RandomBytes(2048)).Concat(Encoding.ASCII.GetBytes("\nQUESTIONS AND ANSWERS\n")).ToArray()),
                new[] { "TT0001@2 The file holds binary data, not text:" }, false),
            ["UTF-16 without a byte-order mark"] = new(() => Bytes(Encoding.Unicode.GetBytes(Northwind)), new[] { "TT0001@1 The file holds binary data, not text:" }, false),
            ["UTF-16 LE with a byte-order mark"] = new(() => Bytes(Encode(Encoding.Unicode, Northwind)), Array.Empty<string>(), true, Also: SameAsNorthwind),
            ["UTF-16 BE with a byte-order mark"] = new(() => Bytes(Encode(Encoding.BigEndianUnicode, Northwind)), Array.Empty<string>(), true, Also: SameAsNorthwind),
            ["UTF-8 with a byte-order mark"] = new(() => Bytes(Encode(new UTF8Encoding(true), Northwind)), Array.Empty<string>(), true, Also: SameAsNorthwind),
            // The compiler reads what is not UTF-8 as U+FFFD (EarningsCall.Load, at run time, falls back to Windows-1252).
            ["Invalid UTF-8: a Windows-1252 file"] = new(() => Bytes(Windows1252(Northwind.Replace("record orders", "\u201Crecord\u201D orders of \u20AC5"))),
                new[] { "TT0005@35 The text has 3 characters that could not be decoded (U+FFFD), the first on this line: if the file is not UTF-8 (Windows-1252, say), save it as UTF-8." },
                true, Also: (_, call) => Assert.Contains("\uFFFDrecord\uFFFD orders of \uFFFD5", call!.Turns[2].Text)),
            ["Text of no layout"] = new(() => Text("Shopping list:\n- milk\n- eggs\n"),
                new[] { "TT0001@1 The text matches none of the transcript layouts tried (StreetEvents, SeekingAlpha, MotleyFool, Markdown, Json, Plain, Unlabelled); set the Layout metadata to force one." }, false),
            ["A byte-order mark and nothing else"] = new(() => Text("\uFEFF"), new[] { "TT0001@1 The text matches none of the transcript layouts tried" }, false),
            ["Headings without turns, repeated"] = new(() => Text(string.Concat(Enumerable.Repeat("P R E S E N T A T I O N\n\nQ U E S T I O N S  A N D  A N S W E R S\n\n", 5000))),
                new[] { "TT0002@1 The transcript was read as StreetEvents but no speaker turns were found", "TT0011@1", "TT0011@1" }, true,
                Also: (_, call) => Assert.Empty(call!.Turns)),
            ["Headings with turns, alternating 2,000 times"] = new(() => Text(Northwind + string.Concat(Enumerable.Repeat(
                    "\nP R E S E N T A T I O N\n\nOperator\n\nHello.\n\nQ U E S T I O N S  A N D  A N S W E R S\n\nRavi Patel - Tailspin Research - Analyst\n\nWhy?\n", 2000))),
                Array.Empty<string>(), true, Also: (outcome, call) =>
                {
                    Assert.Equal(4002, call!.Sections.Count);
                    Assert.Contains("Sections.Presentation2001", DeclaredNames(outcome));
                }),
            ["Over the size limit"] = new(() => Text(string.Concat(Enumerable.Repeat(Northwind, 4))), new[]
            {
                "TT0007@1 The transcript has 5,832 characters, more than the limit of 5,000; if it really is a transcript, raise the limit with the MSBuild property <TypedTranscriptsMaxFileSize>1048576</TypedTranscriptsMaxFileSize>.",
            }, false, new Dictionary<string, string> { ["TypedTranscriptsMaxFileSize"] = "5000" }),
            ["Size limit that is not a number"] = new(() => Text(Northwind), new[]
            {
                "TT0010@1 TypedTranscriptsMaxFileSize 'lots' is not a positive whole number of characters; the default 16777216 is used.",
            }, true, new Dictionary<string, string> { ["TypedTranscriptsMaxFileSize"] = "lots" }),
            ["Top-level class named All"] = new(() => Text(Northwind), new[]
            {
                "TT0010@1 The class name 'All' (TypedTranscriptsClassName) is not a valid C# identifier, or is All, the name of its list of calls; 'Transcripts' is used.",
            }, true, new Dictionary<string, string> { ["TypedTranscriptsClassName"] = "All" }),
            ["Lone surrogates in names, titles and sentences"] = new(() => Text(Northwind.Replace("Northwind Traders - Director", "North\uD800wind - Dir\uDC00ector")
                    .Replace("Mostly pricing", "Mostly \uDBFF pricing").Replace("Earnings Conference Call", "Earnings \uDFFF Call")),
                Array.Empty<string>(), true, Also: (_, call) => Assert.Contains("Mostly \uFFFD pricing", call!.Turns.Select(t => t.Text).Single(t => t.StartsWith("Mostly", StringComparison.Ordinal)))),
            ["NUL and other controls inside a transcript"] = new(() => Text(Northwind.Replace("Mostly pricing", "Mostly\0pricing\u0007\u001B[31m")),
                Array.Empty<string>(), true, Also: (_, call) => Assert.Contains(call!.Turns, t => t.Text.StartsWith("Mostly\uFFFDpricing\uFFFD\uFFFD[31m", StringComparison.Ordinal))),
            ["Carriage returns only"] = new(() => Text(Northwind.Replace('\n', '\r')), Array.Empty<string>(), true, Also: SameAsNorthwind),
            ["Truncated inside a speaker line"] = new(() => Text(Northwind.Substring(0, Northwind.IndexOf("Ravi Patel - Tailspin", StringComparison.Ordinal) + 12)),
                Array.Empty<string>(), true, Also: (_, call) => Assert.EndsWith("Ravi Patel -", call!.Turns[^1].Text, StringComparison.Ordinal)),
            ["Speakers and a file named like our own members"] = new(() => new TranscriptInput("Speakers.txt", Northwind
                    .Replace("Olivia Grant", "To String").Replace("Wen Zhao", "Call Data").Replace("Ravi Patel", "Get Hash Code")
                    .Replace("NWND - Q4 2011 Northwind Traders Earnings Conference Call", "Northwind").Replace("fourth quarter 2011", "latest quarter")),
                new[]
                {
                    // Without the call's period, the figures that depend on it are reported, not guessed.
                    "TT0009@39 A Revenue change on line 39 could not be resolved (the period (fourth quarter) is not a fiscal quarter or year)",
                    "TT0009@39 A Revenue figure on line 39 could not be resolved (the period (fourth quarter) is not a fiscal quarter or year)",
                    "TT0009@40 A DilutedEps figure on line 40 could not be resolved (the call's fiscal period is unknown)",
                    "TT0009@40 A Revenue figure on line 40 could not be resolved",
                    "TT0011@1 The call's fiscal period is not in the text, the item metadata or the file name 'Speakers.txt'",
                }, true, Also: (outcome, _) =>
                    Assert.Equal(new[] { "ToString2", "SamuelONeill", "CallData2", "GetHashCode2", "Operator" },
                        DeclaredNames(outcome).Where(n => n.StartsWith("Speakers.", StringComparison.Ordinal) && n != "Speakers.All").Select(n => n.Substring(9)))),
            // Found by the mutation tests: U+FFFE made string.Normalize throw, and the file was lost to TT0006.
            ["Noncharacters in a speaker line, a title and item metadata"] = new(() => new TranscriptInput(Path,
                    Northwind.Replace("Tailspin Research - Analyst", "Tail\uFFFEspin \uFFFF - Analyst").Replace("Earnings Conference Call", "Earnings \uFFFE Call"),
                    new Dictionary<string, string> { ["Company"] = "North\uFFFEwind", ["ClassName"] = "Q\uFFFE4" }),
                new[] { "TT0008@3 The text gives the company as 'Northwind Traders' (line 3) but the item metadata says 'North\uFFFEwind'; the text's value is used." }, true,
                Also: (outcome, call) =>
                {
                    Assert.Equal("Tail\uFFFDspin \uFFFD", call!.Speakers.Single(s => s.Name == "Ravi Patel").Company);
                    Assert.Contains("Consumer.Transcripts.Nwnd.Q4.Call", FullNames(outcome));
                }),
            ["A diagnostic that quotes a forged log line"] = new(() => new TranscriptInput(Path, Northwind,
                    new Dictionary<string, string> { ["Company"] = "Evil\u2028/project/Program.cs(1,1): error CS0001: forged\u202E" }),
                new[] { "TT0008@3 The text gives the company as 'Northwind Traders' (line 3) but the item metadata says 'Evil\\u2028/project/Program.cs(1,1): error CS0001: forged\\u202E'; the text's value is used." },
                true),
            ["Item metadata naming a class after a member"] = new(() => new TranscriptInput(Path, Northwind,
                    new Dictionary<string, string> { ["ClassName"] = "Speakers", ["CompanyClassName"] = "Equals" }),
                Array.Empty<string>(), true, Also: (outcome, _) => Assert.Contains("Consumer.Transcripts.Equals_.Speakers_.Call", FullNames(outcome))),
        };

        public static IEnumerable<object[]> CaseNames() => Cases.Keys.Select(name => new object[] { name });

        [Theory]
        [MemberData(nameof(CaseNames))]
        public void A_hostile_file_gets_its_diagnostics_and_the_good_one_is_still_generated(string name)
        {
            var @case = Cases[name];
            var hostile = @case.Input();
            var good = TranscriptInput.FromFixture("StreetEvents/contoso-q1-2010.txt", "good.txt");
            var outcome = new GeneratorHarness(new[] { hostile, good }, properties: @case.Properties).Run();

            Assert.Null(outcome.GeneratorException);
            Assert.Empty(outcome.Reported("TT0006"));
            Assert.Empty(outcome.CompilerProblems);

            var reported = outcome.GeneratorDiagnostics
                .Where(d => d.Location.GetLineSpan().Path == GeneratorHarness.ProjectDirectory + hostile.RelativePath || d.Location == Location.None)
                .Select(d => $"{d.Id}@{d.Location.GetLineSpan().StartLinePosition.Line + 1} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
                .OrderBy(d => d, StringComparer.Ordinal).ToList();
            Assert.True(@case.Diagnostics.Length == reported.Count, "Reported:\n" + string.Join("\n", reported));
            foreach (var (expected, actual) in @case.Diagnostics.OrderBy(d => d, StringComparer.Ordinal).Zip(reported))
                Assert.True(actual.StartsWith(expected, StringComparison.Ordinal), "Reported:\n" + actual);

            var options = new TranscriptParseOptions { MaxLength = @case.Properties?.ContainsKey("TypedTranscriptsMaxFileSize") == true && int.TryParse(@case.Properties["TypedTranscriptsMaxFileSize"], out int max) ? max : TranscriptParseOptions.DefaultMaxLength };
            var expectedCall = EarningsCall.Parse(hostile.Text, hostile.RelativePath, options).Call;
            Assert.Equal(@case.Generates, expectedCall is not null);
            var calls = (IReadOnlyList<EarningsCall>)outcome.Load().GetType("Consumer.Transcripts")!.GetProperty("All")!.GetValue(null)!;
            Assert.Contains(calls, c => c.SourcePath == "good.txt" && c.Ticker == "CTSO");
            var generated = calls.SingleOrDefault(c => c.SourcePath == hostile.RelativePath);
            Assert.Equal(expectedCall, generated);
            GeneratedCodeAudit.Check(outcome, calls);
            @case.Also?.Invoke(outcome, generated);
        }

        /// <summary>Found by the mutation tests: the binary check and its message counted line breaks, so CRLF changed them.</summary>
        [Fact]
        public void Binary_data_gets_the_same_diagnostic_whatever_its_line_endings()
        {
            string binary = "P R E S E N T A T I O N\n" + string.Concat(Enumerable.Repeat("Operator\n\0\n", 40)) + string.Concat(Enumerable.Repeat("Operator\n\nHello.\n", 60));
            var withLf = EarningsCall.Parse(binary, Path).Problems;
            var withCrLf = EarningsCall.Parse(binary.Replace("\n", "\r\n"), Path).Problems;
            Assert.Equal(withLf.Select(p => (p.Code, p.Message, p.Location.Line)), withCrLf.Select(p => (p.Code, p.Message, p.Location.Line)));
            Assert.Equal(ProblemCode.UnrecognisedLayout, Assert.Single(withLf).Code);
        }

        private static void SameAsNorthwind(GeneratorOutcome outcome, EarningsCall? call) =>
            Assert.Equal(EarningsCall.Parse(Northwind, Path).Call, call);

        private static IEnumerable<string> FullNames(GeneratorOutcome outcome) => outcome.Sources.SelectMany(s => GeneratedCodeAudit.DeclaredNames(s.SyntaxTree));

        /// <summary>Names declared for the hostile file's call, relative to its class: <c>Speakers.ToString2</c>.</summary>
        private static List<string> DeclaredNames(GeneratorOutcome outcome)
        {
            var tree = outcome.Sources.Single(s => s.HintName != "Transcripts.g.cs" && s.HintName != TypedTranscripts.Generator.Pipeline.NameIndex.HintNameOf("good.txt") + ".g.cs").SyntaxTree;
            var names = GeneratedCodeAudit.DeclaredNames(tree).ToList();
            string callClass = names.First(n => n.EndsWith(".Call", StringComparison.Ordinal))[..^".Call".Length];
            return names.Where(n => n.StartsWith(callClass + ".", StringComparison.Ordinal)).Select(n => n.Substring(callClass.Length + 1)).ToList();
        }

        private static byte[] RandomBytes(int count)
        {
            var bytes = new byte[count];
            new Random(20091022).NextBytes(bytes);
            return bytes;
        }

        private static byte[] Windows1252(string text) => CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);
    }
}
