using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TypedTranscripts.Benchmarks.Inputs
{
    /// <summary>An input whose size in bytes the throughput and per-byte columns divide by.</summary>
    public interface IMeasuredInput
    {
        long Bytes { get; }
    }

    /// <summary>One transcript file, as bytes: a fixture or a corpus text.</summary>
    public sealed class TranscriptSample : IMeasuredInput
    {
        private TranscriptSample(string name, byte[] content)
        {
            Name = name;
            Content = content;
        }

        /// <summary><c>fixture/contoso-q1-2010.txt</c> or <c>corpus/jnpr-q3-2009.txt</c>.</summary>
        public string Name { get; }

        public byte[] Content { get; }

        public long Bytes => Content.Length;

        /// <summary>The four fixtures, then every corpus transcript (the files beside a <c>.gold.json</c>), by name.</summary>
        public static IReadOnlyList<TranscriptSample> All { get; } = Load();

        /// <summary>The samples the parser turns into a call (the others stop at TT0001 and generate nothing).</summary>
        public static IEnumerable<TranscriptSample> Parseable() => All.Where(s => EarningsCall.Parse(s.Content, s.Name).Call is not null);

        public override string ToString() => Name;

        private static IReadOnlyList<TranscriptSample> Load()
        {
            var fixtures = Directory.GetFiles(RepositoryFiles.FixturesDirectory, "*.txt")
                .Select(path => new TranscriptSample("fixture/" + Path.GetFileName(path), File.ReadAllBytes(path)));
            string corpus = RepositoryFiles.CorpusDirectory;
            var transcripts = Directory.GetFiles(corpus, "*.gold.json")
                .Select(gold => Path.GetFileName(gold).Replace(".gold.json", "", StringComparison.Ordinal))
                .Select(stem => Directory.GetFiles(corpus, stem + ".*").Single(p => !p.EndsWith(".gold.json", StringComparison.Ordinal)))
                .Select(path => new TranscriptSample("corpus/" + Path.GetFileName(path), File.ReadAllBytes(path)));
            return fixtures.OrderBy(s => s.Name, StringComparer.Ordinal)
                .Concat(transcripts.OrderBy(s => s.Name, StringComparer.Ordinal))
                .ToList();
        }
    }
}
