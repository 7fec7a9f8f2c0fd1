using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using TypedTranscripts.Tests.Infrastructure;
using Xunit;

namespace TypedTranscripts.Tests.Robustness
{
    /// <summary>
    /// The same transcripts give byte-identical generated code and the same diagnostics, run after run, with LF, CRLF or
    /// CR line endings, and under any current culture (Turkish dotless i, German decimal commas, Arabic digits and
    /// calendar). In the serial collection: the culture is the process's while a test runs.
    /// </summary>
    [Collection(SerialCollection.Name)]
    public class DeterminismTests
    {
        private static readonly string[] Cultures = { "tr-TR", "de-DE", "ar-SA", "ja-JP" };

        private static readonly Dictionary<string, Func<string, string>> LineEndings = new()
        {
            ["LF"] = text => text,
            ["CRLF"] = text => text.Replace("\n", "\r\n"),
            ["CR"] = text => text.Replace('\n', '\r'),
        };

        private static List<TranscriptInput> Inputs(Func<string, string> lineEndings)
        {
            var inputs = new[] { "contoso-q1-2010.txt", "fabrikam-q2-2023.txt", "northwind-q4-2011.txt", "tailspin-q2-2015.txt" }
                .Select(f => TranscriptInput.FromFixture("StreetEvents/" + f, "Calls/" + f)).ToList();
            inputs.Add(new TranscriptInput("Calls/injection.txt", HostileText.InjectionTranscript()));
            inputs.Add(new TranscriptInput("Calls/metadata.txt", HostileText.InjectionTranscript().Replace("IJCT - Q3 2009", "Q3 2009"), HostileText.InjectionMetadata()));
            inputs.Add(new TranscriptInput("Calls/figures-in-text.txt", HostileText.InjectionTranscript().Replace("Answer:", "Revenue was 1.234,5 million, up 3,5% and İ ı ß.")));
            return inputs.Select(i => i with { Text = lineEndings(i.Text.Replace("\r\n", "\n")) }).ToList();
        }

        /// <summary>
        /// A hint name is a hash of the relative path and the path: the same for either slash (so on every OS), pinned so
        /// that no runtime's string hashing can creep in, and apart (in length too) for equal file names in two folders.
        /// </summary>
        [Fact]
        public void Hint_names_are_the_same_on_every_OS_and_keep_the_path()
        {
            string name = TypedTranscripts.Generator.Pipeline.NameIndex.HintNameOf("Calls/jnpr-q3-2009.txt");
            Assert.Equal(name, TypedTranscripts.Generator.Pipeline.NameIndex.HintNameOf("Calls\\jnpr-q3-2009.txt"));
            Assert.Equal("53c803.Calls.jnpr-q3-2009.txt", name);
            Assert.Equal("210.A.call.txt", TypedTranscripts.Generator.Pipeline.NameIndex.HintNameOf("A/call.txt"));
            Assert.Equal("5ff8d0.B.call.txt", TypedTranscripts.Generator.Pipeline.NameIndex.HintNameOf("B/call.txt"));
        }

        /// <summary>Each source by hint name, and each diagnostic as id, file, line, column and message: what a build shows.</summary>
        private static (Dictionary<string, string> Sources, List<string> Diagnostics) Generate(Func<string, string> lineEndings)
        {
            var outcome = new GeneratorHarness(Inputs(lineEndings)).Run();
            Assert.Null(outcome.GeneratorException);
            var diagnostics = outcome.GeneratorDiagnostics.Select(d =>
            {
                var span = d.Location.GetLineSpan();
                return $"{d.Id} {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}) {d.GetMessage(CultureInfo.InvariantCulture)}";
            }).OrderBy(d => d, StringComparer.Ordinal).ToList();
            return (outcome.Sources.ToDictionary(s => s.HintName, s => s.SourceText.ToString()), diagnostics);
        }

        [Fact]
        public void Generated_code_and_diagnostics_are_the_same_for_every_run_line_ending_and_culture()
        {
            var (sources, diagnostics) = InCulture(CultureInfo.InvariantCulture, () => Generate(LineEndings["LF"]));
            Assert.Equal(8, sources.Count);
            Assert.Empty(new GeneratorHarness(Inputs(LineEndings["LF"])).Run().CompilerProblems); // the same code everywhere, so compiled once
            foreach (string culture in Cultures.Prepend("").Prepend(""))
            {
                foreach (var (name, lineEndings) in LineEndings)
                {
                    var (again, againDiagnostics) = InCulture(CultureInfo.GetCultureInfo(culture), () => Generate(lineEndings));
                    Assert.Equal(sources.Keys.Order(StringComparer.Ordinal), again.Keys.Order(StringComparer.Ordinal));
                    foreach (var (hint, text) in sources)
                        Assert.True(text == again[hint], $"{hint} differs under '{culture}' with {name}");
                    Assert.Equal(diagnostics, againDiagnostics);
                }
            }
        }

        [Fact]
        public void The_run_time_parse_is_the_same_under_every_culture()
        {
            var inputs = Inputs(LineEndings["LF"]);
            var expected = InCulture(CultureInfo.InvariantCulture, () => inputs.Select(i => EarningsCall.Parse(i.Text, i.RelativePath)).ToList());
            foreach (string culture in Cultures)
            {
                var parsed = InCulture(CultureInfo.GetCultureInfo(culture), () => inputs.Select(i => EarningsCall.Parse(i.Text, i.RelativePath)).ToList());
                Assert.Equal(expected.Select(r => r.Call), parsed.Select(r => r.Call));
                Assert.Equal(expected.SelectMany(r => r.Problems), parsed.SelectMany(r => r.Problems));
            }
        }

        private static T InCulture<T>(CultureInfo culture, Func<T> work)
        {
            var (current, currentUi, threadDefault, threadDefaultUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture,
                CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
            try
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
                CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = culture;
                return work();
            }
            finally
            {
                CultureInfo.CurrentCulture = current;
                CultureInfo.CurrentUICulture = currentUi;
                CultureInfo.DefaultThreadCurrentCulture = threadDefault;
                CultureInfo.DefaultThreadCurrentUICulture = threadDefaultUi;
            }
        }
    }
}
