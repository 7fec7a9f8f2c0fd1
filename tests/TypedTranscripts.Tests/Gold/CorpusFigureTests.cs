using System.Collections.Generic;
using Xunit;
using Xunit.Abstractions;

namespace TypedTranscripts.Tests.Gold
{
    /// <summary>
    /// The figure floors of issue 3, measured as score.py measures them (<see cref="Infrastructure.GoldScore"/>), on every
    /// corpus transcript: jnpr-q3-2009, the call the project was specified from, at 0.95 / 0.90 / 0.95 with basis and line
    /// right on matched items; every other file at 0.80 each.
    /// </summary>
    public class CorpusFigureTests
    {
        private const string Primary = "jnpr-q3-2009";
        private readonly ITestOutputHelper _output;

        public CorpusFigureTests(ITestOutputHelper output) => _output = output;

        public static IEnumerable<object[]> Transcripts() => CorpusStructureTests.Transcripts();

        [Theory]
        [MemberData(nameof(Transcripts))]
        public void Figures_changes_and_guidance_reach_their_floors(string stem)
        {
            var (result, score) = CorpusStructureTests.Score(stem);
            Assert.True(result.Succeeded, $"{stem}: {string.Join("; ", result.Problems)}");
            _output.WriteLine(score.ToString());
            string because = $"{stem}: {score}\n{score.Details()}";
            bool primary = stem == Primary;
            Assert.True(score.Figures.F1 >= (primary ? 0.95 : 0.80), because);
            Assert.True(score.Changes.F1 >= (primary ? 0.90 : 0.80), because);
            Assert.True(score.Guidance.F1 >= (primary ? 0.95 : 0.80), because);
        }

        [Fact]
        public void The_primary_call_states_basis_and_line_right_on_matched_items()
        {
            var (_, score) = CorpusStructureTests.Score(Primary);
            foreach (var (name, kind) in new[] { ("figures", score.Figures), ("guidance", score.Guidance) })
            {
                Assert.True(kind.Basis is null or >= 0.95, $"{name} basis: {score}");
                Assert.True(kind.Line is null or >= 0.95, $"{name} line: {score}");
            }
            // One change of fifteen: the gold cites the CFO's restatement (enterprise revenue up 10% sequentially) where the CEO
            // said it first; the corpus convention, which the extractor follows, makes the first statement the required one.
            Assert.True(score.Changes.Line is null or >= 0.93, $"changes line: {score}");
        }
    }
}
