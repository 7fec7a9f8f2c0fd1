using System.Collections.Generic;
using System.IO;
using System.Linq;
using TypedTranscripts.Export;
using TypedTranscripts.Tests.Infrastructure;
using Xunit;

namespace TypedTranscripts.Tests.Gold
{
    /// <summary>
    /// Every corpus transcript whose layout the parser reads is checked through the export against its gold file:
    /// call fields, speakers (with roles) and section turn counts. A transcript it cannot read yet fails only if its
    /// layout is one this version claims to read.
    /// </summary>
    public class CorpusStructureTests
    {
        public static IEnumerable<object[]> Transcripts() =>
            Infrastructure.Corpus.Transcripts().Select(t => new object[] { t.Stem });

        internal static (TranscriptParseResult Result, GoldScore Score) Score(string stem)
        {
            var (_, text, gold) = Infrastructure.Corpus.Transcripts().Single(t => t.Stem == stem);
            var result = EarningsCall.Load(text);
            var json = new StringWriter { NewLine = "\n" };
            TranscriptExport.Write(result, Path.GetFileName(text), json);
            return (result, GoldScore.Of(json.ToString(), File.ReadAllText(gold)));
        }

        [Theory]
        [MemberData(nameof(Transcripts))]
        public void Call_speakers_and_sections_match_the_gold(string stem)
        {
            var (result, score) = Score(stem);
            Assert.True(result.Succeeded, $"{stem}: {string.Join("; ", result.Problems)}");
            string because = $"{stem}: {score}\n{score.Details()}";
            Assert.True(score.Call == 1.0, because);
            Assert.True(score.Speakers.F1 >= 0.95, because);
            Assert.True(score.Speakers.Role is null or >= 0.95, because);
            Assert.True(score.Sections is null or 1.0, because);
        }
    }
}
