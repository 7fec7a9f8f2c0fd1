using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TypedTranscripts.Generator.Emit;
using TypedTranscripts.Generator.Pipeline;
using TypedTranscripts.Tests.Infrastructure;
using Xunit;

namespace TypedTranscripts.Tests.Robustness
{
    /// <summary>
    /// Transcript text never becomes code: text written to escape a string literal, a doc comment or an identifier
    /// compiles to exactly the members we emit, and reads back as the text it was.
    /// </summary>
    public class InjectionTests
    {
        private const string EvilPath = "Calls/evil\"*/\u202E</summary>.txt";

        [Fact]
        public void A_transcript_of_injection_attempts_compiles_to_only_the_members_we_emit()
        {
            var inputs = new[]
            {
                new TranscriptInput("Calls/injection.txt", HostileText.InjectionTranscript()),
                new TranscriptInput(EvilPath, HostileText.InjectionTranscript().Replace("IJCT - Q3 2009", "Q3 2009"), HostileText.InjectionMetadata()),
            };
            var outcome = new GeneratorHarness(inputs, treatWarningsAsErrors: true, documentationMode: DocumentationMode.Diagnose).Run();

            Assert.Null(outcome.GeneratorException);
            Assert.Empty(outcome.Reported("TT0006"));
            Assert.Empty(outcome.CompilerProblems);
            var expected = inputs.Select(i => EarningsCall.Parse(i.Text, i.RelativePath, Options(i)).Call!).ToList();
            GeneratedCodeAudit.Check(outcome, expected);

            var declared = outcome.Sources.SelectMany(s => GeneratedCodeAudit.DeclaredNames(s.SyntaxTree)).OrderBy(n => n, StringComparer.Ordinal).ToList();
            Assert.Equal(ExpectedDeclarations(), declared);

            var all = (IReadOnlyList<EarningsCall>)outcome.Load().GetType("Consumer.Transcripts")!.GetProperty("All")!.GetValue(null)!;
            Assert.Equal(expected.OrderBy(c => c.SourcePath, StringComparer.Ordinal), all.OrderBy(c => c.SourcePath, StringComparer.Ordinal));
        }

        [Fact]
        public void Payloads_read_back_as_the_text_stage_normalises_them()
        {
            var call = EarningsCall.Parse(HostileText.InjectionTranscript(), "injection.txt").Call!;
            string said = string.Join("\n", call.Turns.Select(t => t.Text));
            Assert.Contains("\"; System.Environment.Exit(1); var s = \"", said);
            Assert.Contains("\u2028#error after a line separator", said);
            Assert.Contains("access\u202E\u2066level", said);
            Assert.Contains("lone \uFFFD high and \uFFFD low", said);  // lone surrogates: U+FFFD, which UTF-8 can hold
            Assert.Contains("nul\uFFFDbyte", said);                      // NUL: U+FFFD, as every control character
            Assert.Contains("ok \U0001F600 pair", said);                 // a surrogate pair is a character like any other
            Assert.Contains("Hostile Securities \u202E - Analyst", call.Speakers.Select(s => s.Company + " - " + s.Title));
        }

        /// <summary>
        /// The emitter on its own, on a model no parser makes yet: figures whose metrics, segments, qualifiers, units and
        /// sentences are payloads, and whose names would hide inherited members or collide with our own classes.
        /// </summary>
        [Fact]
        public void Figures_changes_and_guidance_of_hostile_text_compile_to_only_the_members_we_emit()
        {
            var call = HostileFigures();
            var name = new ResolvedName("/project/hostile.txt", "hostile.txt", "Hostile", "Q3_2009", "Transcripts.hostile.txt.g.cs", call.Company, call.Ticker, "Q3 2009");
            foreach (bool utf8 in new[] { true, false })
            {
                string source = CallEmitter.Emit(call, name, "Consumer", "Transcripts", utf8);
                var parseOptions = new CSharpParseOptions(utf8 ? LanguageVersion.Latest : LanguageVersion.CSharp10, DocumentationMode.Diagnose);
                var tree = CSharpSyntaxTree.ParseText(source, parseOptions, "hostile.g.cs");
                GeneratedCodeAudit.Check("hostile.g.cs", tree, GeneratedCodeAudit.ModelTexts(new[] { call }));
                // The index documents the classes a call's file only reopens.
                var index = CSharpSyntaxTree.ParseText(
                    "namespace Consumer { /// <summary>Index.</summary>\npublic static partial class Transcripts { /// <summary>Company.</summary>\npublic static partial class Hostile { } } }",
                    parseOptions, "index.cs");
                var compilation = CSharpCompilation.Create("Hostile", new[] { tree, index }, Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
                    .Append(MetadataReference.CreateFromFile(typeof(EarningsCall).Assembly.Location)),
                    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error));
                Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));

                var figures = GeneratedCodeAudit.DeclaredNames(tree).Where(n => n.Contains(".Figures.") || n.Contains(".Changes.") || n.Contains(".Guidance.")).ToList();
                Assert.Equal(new[]
                {
                    "Consumer.Transcripts.Hostile.Q3_2009.Figures.All",
                    "Consumer.Transcripts.Hostile.Q3_2009.Figures.ForPeriod",
                    "Consumer.Transcripts.Hostile.Q3_2009.Figures.ToString2",
                    "Consumer.Transcripts.Hostile.Q3_2009.Figures.CallData2",
                    "Consumer.Transcripts.Hostile.Q3_2009.Figures.Figures2",
                    "Consumer.Transcripts.Hostile.Q3_2009.Figures.SystemEnvironmentExit1VarS",
                    "Consumer.Transcripts.Hostile.Q3_2009.Figures.Segments",
                    "Consumer.Transcripts.Hostile.Q3_2009.Figures.Segments.CallData_",
                    "Consumer.Transcripts.Hostile.Q3_2009.Figures.Segments.CallData_.Revenue",
                    "Consumer.Transcripts.Hostile.Q3_2009.Figures.Segments.Equals_",
                    "Consumer.Transcripts.Hostile.Q3_2009.Figures.Segments.Equals_.Revenue",
                    "Consumer.Transcripts.Hostile.Q3_2009.Changes.All",
                    "Consumer.Transcripts.Hostile.Q3_2009.Changes.ForPeriod",
                    "Consumer.Transcripts.Hostile.Q3_2009.Changes.RevenueYearOverYear",
                    "Consumer.Transcripts.Hostile.Q3_2009.Guidance.All",
                    "Consumer.Transcripts.Hostile.Q3_2009.Guidance.ForPeriod",
                    "Consumer.Transcripts.Hostile.Q3_2009.Guidance.SummarySeeCrefSystemObjectSummary",
                }, figures);

                using var stream = new System.IO.MemoryStream();
                Assert.True(compilation.Emit(stream).Success);
                var assembly = Assembly.Load(stream.ToArray());
                var generated = assembly.GetType("Consumer.Transcripts+Hostile+Q3_2009")!.GetProperty("Call")!.GetValue(null);
                Assert.Equal(call, generated);
            }
        }

        private static TranscriptParseOptions? Options(TranscriptInput input)
        {
            if (input.Metadata is null) return null;
            var options = new TranscriptMetadata(null, null, null, input.Metadata["Company"], input.Metadata["Ticker"], null, null).ToParseOptions(TranscriptParseOptions.DefaultMaxLength, out _);
            return options;
        }

        private static EarningsCall HostileFigures()
        {
            var period = FiscalPeriod.OfQuarter(2009, 3);
            string sentence = HostileText.Payloads[1] + " revenue was $1 " + HostileText.Payloads[7];
            var speaker = new Speaker("Dana " + HostileText.Payloads[5], HostileText.Payloads[8], HostileText.Payloads[13], SpeakerRole.Executive);
            var turn = new Turn(speaker, SectionKind.Presentation, 3, sentence + "\n" + HostileText.Payloads[14]);
            var figures = new Figure[]
            {
                new Figure<Money>("ToString", null, Basis.Unspecified, period, new Money(-1.5m, "U\"S\\D"), HostileText.Payloads[4], 3, sentence),
                new Figure<Money>("CallData", null, Basis.Unspecified, period, new Money(2m, "USD"), null, 3, HostileText.Payloads[9]),
                new Figure<Percentage>("Figures", null, Basis.Unspecified, period, new Percentage(12.5m), null, 3, sentence),
                new Figure<Count>(HostileText.Payloads[0], null, Basis.Unspecified, period, new Count(3m, CountUnit.Shares), null, 3, sentence),
                new Figure<Money>("Revenue", "Equals", Basis.Unspecified, period, new Money(3m, "USD"), null, 3, sentence),
                new Figure<Money>("Revenue", "Call Data", Basis.Unspecified, period, new Money(4m, "USD"), null, 3, sentence),
            };
            var changes = new Change[] { new Change<Percentage>("Revenue", null, Basis.Unspecified, period, period.PriorYear(), new Percentage(5m), null, 3, sentence) };
            var guidance = new Guidance[]
            {
                new Guidance<Money>(HostileText.Payloads[5], null, Basis.Unspecified, period.NextQuarter(), new Money(1m, "USD"), new Money(2m, "USD"), Direction.Up,
                    HostileText.Payloads[15], HostileText.Payloads[16], 3, HostileText.Payloads[17]),
            };
            return new EarningsCall(HostileText.Payloads[2], "HSTL", period, new DateTime(2009, 10, 22), HostileText.Payloads[11], HostileText.Payloads[12],
                TranscriptLayout.StreetEvents, "hostile.txt", new[] { speaker }, new[] { new Section(SectionKind.Presentation, 1, new[] { turn }) },
                figures, changes, guidance);
        }

        /// <summary>
        /// The index, and each call's class with its fixed members and one member per speaker, named so as to hide
        /// nothing inherited (ToString2, GetType2), to leave CallData to us, and to keep two people apart.
        /// </summary>
        private static List<string> ExpectedDeclarations()
        {
            string[] speakers = { "RobertBobbyOBrienTables", "ToString2", "CallData2", "ZoeDArcyNunez", "McDonaldRay", "McDonaldRay2", "GetType2", "Operator" };
            var names = new List<string> { "Consumer.Transcripts", "Consumer.Transcripts.All" };
            foreach (var (company, call) in new[] { ("Ijct", "Q3_2009"), ("ToString_", "EvilClassX") }) // from the ticker; from the metadata
            {
                string prefix = "Consumer.Transcripts." + company;
                names.AddRange(new[] { "Consumer.Transcripts", prefix, prefix, prefix + ".All", prefix + "." + call });
                names.AddRange(CallMembers.Concat(speakers.Select(s => "Speakers." + s)).Select(member => prefix + "." + call + "." + member));
            }
            return names.OrderBy(n => n, StringComparer.Ordinal).ToList();
        }

        private static readonly string[] CallMembers =
        {
            "Call", "CallData", "s_callData", "Changes", "Changes.All", "Changes.ForPeriod", "Exchanges",
            "Figures", "Figures.All", "Figures.ForPeriod", "Guidance", "Guidance.All", "Guidance.ForPeriod", "Sections",
            "Sections.All", "Sections.Presentation", "Sections.QuestionsAndAnswers", "Speakers", "Speakers.All",
        };
    }
}
