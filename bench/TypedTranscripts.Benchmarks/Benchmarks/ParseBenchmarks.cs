using System.Collections.Generic;
using System.Text;
using BenchmarkDotNet.Attributes;
using TypedTranscripts.Benchmarks.Inputs;
using TypedTranscripts.Benchmarks.Reporting;

namespace TypedTranscripts.Benchmarks.Benchmarks
{
    /// <summary>Parse + extract (bytes to an <see cref="EarningsCall"/>) beside the baseline of only decoding the same bytes to a string.</summary>
    public class ParseBenchmarks : IRetainsResult
    {
        public static IEnumerable<TranscriptSample> Samples() => TranscriptSample.All;

        [ParamsSource(nameof(Samples))]
        public TranscriptSample Input { get; set; } = null!;

        [Benchmark(Baseline = true)]
        public string DecodeOnly() => Encoding.UTF8.GetString(Input.Content);

        [Benchmark]
        public TranscriptParseResult ParseAndExtract() => EarningsCall.Parse(Input.Content, Input.Name);

        long IRetainsResult.RetainedBytes(string benchmarkMethod) =>
            HostMeasurements.RetainedBytes(benchmarkMethod == nameof(DecodeOnly) ? DecodeOnly : ParseAndExtract);
    }
}
