using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;

namespace TypedTranscripts.Benchmarks.Inputs
{
    /// <summary>The first <see cref="Count"/> transcripts of <see cref="SyntheticCorpus"/>: a benchmark parameter shown as its count.</summary>
    public sealed class SyntheticSet : IMeasuredInput
    {
        private static readonly ConcurrentDictionary<int, IReadOnlyList<SyntheticTranscript>> Made = new();

        public SyntheticSet(int count) => Count = count;

        public int Count { get; }

        public IReadOnlyList<SyntheticTranscript> Transcripts => Made.GetOrAdd(Count, SyntheticCorpus.Create);

        public long Bytes => SyntheticCorpus.Bytes(Transcripts);

        public override string ToString() => Count.ToString(CultureInfo.InvariantCulture);
    }
}
