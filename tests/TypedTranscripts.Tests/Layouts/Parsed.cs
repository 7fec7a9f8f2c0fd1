using System;
using System.Linq;
using TypedTranscripts.Tests.Infrastructure;
using Xunit;

namespace TypedTranscripts.Tests.Layouts
{
    /// <summary>Parses our own fixtures and reads the parts of a call the layout tests assert on.</summary>
    internal static class Parsed
    {
        public static TranscriptParseResult Fixture(string relativePath, TranscriptParseOptions? options = null) =>
            EarningsCall.Load(Corpus.Fixture(relativePath), options);

        public static EarningsCall Call(string relativePath, TranscriptParseOptions? options = null)
        {
            var result = Fixture(relativePath, options);
            Assert.True(result.Succeeded, string.Join("\n", result.Problems));
            return result.Call!;
        }

        public static Speaker Speaker(EarningsCall call, string name) =>
            call.Speakers.SingleOrDefault(s => s.Name == name)
            ?? throw new Xunit.Sdk.XunitException($"No speaker '{name}' among: {string.Join(", ", call.Speakers.Select(s => s.Name))}");

        public static int Turns(EarningsCall call, SectionKind kind) =>
            call.Sections.Where(s => s.Kind == kind).Sum(s => s.Turns.Count);

        /// <summary>Each exchange as "Analyst: speaker, speaker, …" for compact assertions.</summary>
        public static string[] Exchanges(EarningsCall call) =>
            call.Exchanges.Select(e => e.Analyst.Name + ": " + string.Join(", ", e.Turns.Select(t => t.Speaker.Name))).ToArray();
    }
}
