using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using TypedTranscripts.Benchmarks.Generator;
using TypedTranscripts.Benchmarks.Inputs;
using TypedTranscripts.Benchmarks.Reporting;

namespace TypedTranscripts.Benchmarks.Benchmarks
{
    /// <summary>
    /// The generator end to end with <see cref="CSharpGeneratorDriver"/>, first run: a new driver over 1, 100 and 1,000
    /// transcripts, as in a clean build. Includes the driver parsing the generated sources into syntax trees; excludes
    /// compiling them (see <see cref="CompileBenchmarks"/>).
    /// </summary>
    public class GeneratorFirstRunBenchmarks : IHostMeasured
    {
        private GeneratorSession _session = null!;

        public static IEnumerable<SyntheticSet> Sets() => new[] { 1, 100, 1000 }.Select(count => new SyntheticSet(count));

        [ParamsSource(nameof(Sets))]
        public SyntheticSet Transcripts { get; set; } = null!;

        [GlobalSetup]
        public void Setup()
        {
            _session = new GeneratorSession(Transcripts.Transcripts);
            _session.RunChecked();
        }

        [Benchmark]
        public GeneratorDriver FirstRun() => _session.CreateDriver(trackSteps: false).RunGenerators(_session.Compilation);

        IReadOnlyDictionary<string, string> IHostMeasured.Measure(string benchmarkMethod)
        {
            Setup();
            var sources = _session.RunChecked().Results.Single().GeneratedSources;
            long generated = sources.Sum(s => (long)Encoding.UTF8.GetByteCount(s.SourceText.ToString()));
            int distinctHints = sources.Select(s => s.HintName).Distinct().Count();
            return new Dictionary<string, string>
            {
                [BenchmarkConfig.Names.Sources] = $"{sources.Length} / {distinctHints}",
                [BenchmarkConfig.Names.OutPerIn] = ((double)generated / Transcripts.Bytes).ToString("N2", CultureInfo.InvariantCulture),
                [BenchmarkConfig.Names.GeneratedBytes] = generated.ToString("N0", CultureInfo.InvariantCulture),
            };
        }
    }
}
