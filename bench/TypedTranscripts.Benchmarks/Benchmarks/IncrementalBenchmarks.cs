using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TypedTranscripts.Benchmarks.Generator;
using TypedTranscripts.Benchmarks.Inputs;
using TypedTranscripts.Benchmarks.Reporting;
using TypedTranscripts.Generator;

namespace TypedTranscripts.Benchmarks.Benchmarks
{
    public enum Change
    {
        /// <summary>A run with nothing changed: what the driver costs by itself for this pipeline over 1,000 transcripts.</summary>
        Nothing,
        UnrelatedCSharpEdit,
        EditOneTranscript,
        AddOneTranscript,
        RemoveOneTranscript,
    }

    /// <summary>
    /// One incremental run after a first run over 1,000 transcripts, as the IDE does after each change. A driver is
    /// immutable, so every invocation starts from the same warm driver with the same change applied. The step columns
    /// count, from one run with step tracking on, which outputs of each step were computed again.
    /// </summary>
    public class IncrementalBenchmarks : IHostMeasured
    {
        private const int Count = 1000;

        private GeneratorDriver _driver = null!;
        private Compilation _compilation = null!;

        [ParamsAllValues]
        public Change Change { get; set; }

        [GlobalSetup]
        public void Setup() => (_driver, _compilation) = Prepare(trackSteps: false);

        [Benchmark]
        public GeneratorDriver IncrementalRun() => _driver.RunGenerators(_compilation);

        IReadOnlyDictionary<string, string> IHostMeasured.Measure(string benchmarkMethod)
        {
            var (driver, compilation) = Prepare(trackSteps: true);
            var run = driver.RunGenerators(compilation).GetRunResult();
            return new Dictionary<string, string>
            {
                [BenchmarkConfig.Names.ParseSteps] = StepReasons.Count(run, TranscriptGenerator.Steps.Parse),
                [BenchmarkConfig.Names.IndexSteps] = StepReasons.Count(run, TranscriptGenerator.Steps.Names),
                [BenchmarkConfig.Names.EmitSteps] = StepReasons.Count(run, TranscriptGenerator.Steps.Emit),
            };
        }

        /// <summary>A driver that has run once over 1,000 transcripts, with the change applied, and the compilation to run it on.</summary>
        private (GeneratorDriver Driver, Compilation Compilation) Prepare(bool trackSteps)
        {
            var transcripts = new SyntheticSet(Count + 1).Transcripts; // the last one is the one added
            var session = new GeneratorSession(transcripts.Take(Count));
            session.RunChecked();
            var warm = session.CreateDriver(trackSteps).RunGenerators(session.Compilation);
            int middle = Count / 2;
            return Change switch
            {
                Change.Nothing => (warm, session.Compilation),
                Change.UnrelatedCSharpEdit => (warm, session.Compilation.ReplaceSyntaxTree(session.ConsumerTree,
                    CSharpSyntaxTree.ParseText(ConsumerProgram.Edited, GeneratorSession.ParseOptions, ConsumerProgram.FileName))),
                Change.EditOneTranscript => (warm.ReplaceAdditionalText(session.Texts[middle],
                    GeneratorSession.Text(transcripts[middle].RelativePath, transcripts[middle].EditedText)), session.Compilation),
                Change.AddOneTranscript => (warm.AddAdditionalTexts(ImmutableArray.Create(
                    GeneratorSession.Text(transcripts[Count].RelativePath, transcripts[Count].Text))), session.Compilation),
                Change.RemoveOneTranscript => (warm.RemoveAdditionalTexts(ImmutableArray.Create(session.Texts[middle])), session.Compilation),
                _ => throw new ArgumentOutOfRangeException(nameof(Change)),
            };
        }
    }
}
