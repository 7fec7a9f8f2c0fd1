using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.CSharp;
using TypedTranscripts.Benchmarks.Generator;
using TypedTranscripts.Benchmarks.Inputs;
using TypedTranscripts.Generator.Emit;
using TypedTranscripts.Generator.Pipeline;
using TypedTranscripts.Structure;
using TypedTranscripts.Text;

namespace TypedTranscripts.Benchmarks.Benchmarks
{
    /// <summary>
    /// The generator's work for one transcript, stage by stage: the parse step (from the text Roslyn hands over), the emit
    /// step, and the compiler parsing the emitted C# into a syntax tree, which the driver does for every added source.
    /// </summary>
    public class GeneratorStageBenchmarks
    {
        private string _text = "";
        private EarningsCall _call = null!;
        private ResolvedName _name = null!;
        private string _emitted = "";

        public static IEnumerable<TranscriptSample> Samples() => TranscriptSample.Parseable();

        [ParamsSource(nameof(Samples))]
        public TranscriptSample Input { get; set; } = null!;

        [GlobalSetup]
        public void Setup()
        {
            _text = TextDecoder.Decode(Input.Content);
            _call = EarningsCall.Parse(_text, Input.Name).Call!;
            var (company, call) = ClassNames.For(_call, null, null, Input.Name);
            _name = new ResolvedName("/project/" + Input.Name, Input.Name, company, call, NameIndex.HintNameOf(Input.Name) + ".g.cs",
                _call.Company, _call.Ticker, _call.FiscalPeriod?.ToString());
            _emitted = Emit();
        }

        [Benchmark(Baseline = true)]
        public bool ParseStep() => TranscriptParser.Parse(_text, Input.Name, TranscriptParseOptions.Default, default).Call is not null;

        [Benchmark]
        public int EmitStep() => Emit().Length;

        [Benchmark]
        public int ParseEmittedCSharp() => CSharpSyntaxTree.ParseText(_emitted, GeneratorSession.ParseOptions).Length;

        private string Emit() => CallEmitter.Emit(_call, _name, "Consumer", "Transcripts", utf8Literals: true);
    }
}
