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
using TypedTranscripts.Benchmarks.Generator;
using TypedTranscripts.Benchmarks.Inputs;
using TypedTranscripts.Benchmarks.Reporting;

namespace TypedTranscripts.Benchmarks.Benchmarks
{
    /// <summary>
    /// What the generated code costs the compiler: the consumer's own code compiled (parse, bind, emit the dll and its
    /// portable PDB) alone, and with the sources generated from 100 and 1,000 transcripts.
    /// </summary>
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
            if (!Compile(_generated)) throw new InvalidOperationException("The consumer with the generated calls does not compile.");
        }

        [Benchmark(Baseline = true)]
        public bool ConsumerAlone() => Compile(Array.Empty<string>());

        [Benchmark]
        public bool ConsumerWithGeneratedCalls() => Compile(_generated);

        IReadOnlyDictionary<string, string> IHostMeasured.Measure(string benchmarkMethod)
        {
            if (benchmarkMethod == nameof(ConsumerAlone)) return new Dictionary<string, string>();
            Setup();
            return new Dictionary<string, string>
            {
                [BenchmarkConfig.Names.GeneratedBytes] = _generated.Sum(s => (long)Encoding.UTF8.GetByteCount(s)).ToString("N0", CultureInfo.InvariantCulture),
            };
        }

        private static bool Compile(IEnumerable<string> generated)
        {
            var trees = generated.Select((source, i) => CSharpSyntaxTree.ParseText(source, GeneratorSession.ParseOptions, $"Generated{i}.g.cs"))
                .Prepend(CSharpSyntaxTree.ParseText(ConsumerProgram.Source, GeneratorSession.ParseOptions, ConsumerProgram.FileName));
            var compilation = CSharpCompilation.Create("Consumer", trees, GeneratorSession.References, GeneratorSession.CompilationOptions);
            using var pe = new MemoryStream();
            using var pdb = new MemoryStream();
            return compilation.Emit(pe, pdb, options: PortablePdb).Success;
        }
    }
}
