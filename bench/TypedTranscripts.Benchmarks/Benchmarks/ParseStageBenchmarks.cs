using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using TypedTranscripts.Benchmarks.Inputs;
using TypedTranscripts.Layouts;
using TypedTranscripts.Text;

namespace TypedTranscripts.Benchmarks.Benchmarks
{
    /// <summary>
    /// Where parse time goes: each stage on its own, from the previous stage's output made in setup, against the whole parse.
    /// The structure stage (speakers, roles, sections, figures) mutates what the layout read, so it is not run alone: it is
    /// the whole parse minus the other stages.
    /// </summary>
    public class ParseStageBenchmarks
    {
        private string _text = "";
        private SourceText _source = null!;
        private ITranscriptLayout _layout = null!;

        public static IEnumerable<TranscriptSample> Samples() => TranscriptSample.Parseable();

        [ParamsSource(nameof(Samples))]
        public TranscriptSample Input { get; set; } = null!;

        [GlobalSetup]
        public void Setup()
        {
            _text = TextDecoder.Decode(Input.Content);
            _source = SourceText.From(_text);
            _layout = LayoutDetector.Detect(_source)!;
        }

        [Benchmark(Baseline = true)]
        public bool WholeParse() => EarningsCall.Parse(Input.Content, Input.Name).Call is not null;

        [Benchmark]
        public int Decode() => TextDecoder.Decode(Input.Content).Length;

        [Benchmark]
        public int SplitLines() => SourceText.From(_text).LineCount;

        [Benchmark]
        public bool DetectLayout() => LayoutDetector.Detect(_source) is not null;

        [Benchmark]
        public int ReadLayout() => _layout.Read(_source, default).Turns.Count;
    }
}
