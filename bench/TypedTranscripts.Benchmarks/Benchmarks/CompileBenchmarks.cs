using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using TypedTranscripts.Benchmarks.Generator;
using TypedTranscripts.Benchmarks.Inputs;
using TypedTranscripts.Benchmarks.Reporting;

namespace TypedTranscripts.Benchmarks.Benchmarks
{
    /// <summary>
    /// What the generated code costs the compiler: the consumer's own code compiled (parse, bind, emit the dll and its
    /// portable PDB) alone, and with the sources generated from 100 and 1,000 transcripts. One compile runs Roslyn's code
    /// thousands of times, so it is warm after a few iterations; fewer of them keep the class near five minutes.
    /// </summary>
    [WarmupCount(3)]
    [IterationCount(9)]
    public class CompileBenchmarks : IHostMeasured
    {
        private static readonly EmitOptions PortablePdb = new(debugInformationFormat: DebugInformationFormat.PortablePdb);

        private string[] _generated = Array.Empty<string>();

        [Params(100, 1000)]
        public int Calls { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _generated = new GeneratorSession(new SyntheticSet(Calls).Transcripts).RunChecked().GeneratedTrees.Select(t => t.GetText().ToString()).ToArray();
            var errors = Compile(_generated).Diagnostics.Concat(Compile(Array.Empty<string>()).Diagnostics).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0) throw new InvalidOperationException("The consumer does not compile: " + string.Join("; ", errors.Take(3)));
        }

        [Benchmark(Baseline = true)]
        public bool ConsumerAlone() => Compile(Array.Empty<string>()).Success;

        [Benchmark]
        public bool ConsumerWithGeneratedCalls() => Compile(_generated).Success;

        IReadOnlyDictionary<string, string> IHostMeasured.Measure(string benchmarkMethod)
        {
            if (benchmarkMethod == nameof(ConsumerAlone)) return new Dictionary<string, string>();
            Setup();
            return new Dictionary<string, string>
            {
                [BenchmarkConfig.Names.GeneratedBytes] = _generated.Sum(s => (long)Encoding.UTF8.GetByteCount(s)).ToString("N0", CultureInfo.InvariantCulture),
            };
        }

        private static EmitResult Compile(IEnumerable<string> generated)
        {
            // With an encoding, as files read from disk have: the PDB records each source's checksum.
            var trees = generated.Select((source, i) => CSharpSyntaxTree.ParseText(SourceText.From(source, Encoding.UTF8), GeneratorSession.ParseOptions, $"Generated{i}.g.cs"))
                .Prepend(CSharpSyntaxTree.ParseText(SourceText.From(ConsumerProgram.Source, Encoding.UTF8), GeneratorSession.ParseOptions, ConsumerProgram.FileName));
            var compilation = CSharpCompilation.Create("Consumer", trees, GeneratorSession.References, GeneratorSession.CompilationOptions);
            using var pe = new MemoryStream();
            using var pdb = new MemoryStream();
            return compilation.Emit(pe, pdb, options: PortablePdb);
        }
    }
}
