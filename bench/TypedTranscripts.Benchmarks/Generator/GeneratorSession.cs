using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TypedTranscripts.Benchmarks.Inputs;
using TypedTranscripts.Generator;
using RoslynText = Microsoft.CodeAnalysis.Text.SourceText;

namespace TypedTranscripts.Benchmarks.Generator
{
    /// <summary>
    /// The generator as the compiler drives it in a build: transcripts as AdditionalFiles marked
    /// <c>TypedTranscript="true"</c>, the consumer's code, offline reference assemblies. The tests' GeneratorHarness does the
    /// same with checks around every run; here nothing but the driver runs inside a measurement.
    /// </summary>
    internal sealed class GeneratorSession
    {
        public const string ProjectDirectory = "/project/";

        public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

        public static ImmutableArray<MetadataReference> References { get; } = Basic.Reference.Assemblies.Net100.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(EarningsCall).Assembly.Location))
            .ToImmutableArray();

        public static CSharpCompilationOptions CompilationOptions { get; } = new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

        public GeneratorSession(IEnumerable<SyntheticTranscript> transcripts)
        {
            Texts = transcripts.Select(t => Text(t.RelativePath, t.Text)).ToImmutableArray();
            ConsumerTree = CSharpSyntaxTree.ParseText(ConsumerProgram.Source, ParseOptions, ConsumerProgram.FileName);
            Compilation = CSharpCompilation.Create("Consumer", new[] { ConsumerTree }, References, CompilationOptions);
        }

        public ImmutableArray<AdditionalText> Texts { get; }

        public SyntaxTree ConsumerTree { get; }

        public CSharpCompilation Compilation { get; }

        public GeneratorDriver CreateDriver(bool trackSteps) => CSharpGeneratorDriver.Create(
            new[] { new TranscriptGenerator().AsSourceGenerator() },
            Texts,
            ParseOptions,
            TranscriptOptions.Instance,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

        public static AdditionalText Text(string relativePath, string text) => new InMemoryText(ProjectDirectory + relativePath, text);

        /// <summary>Runs a driver from scratch and checks what it made: one source per transcript and the index, no warning.</summary>
        public GeneratorDriverRunResult RunChecked()
        {
            var result = CreateDriver(trackSteps: false).RunGenerators(Compilation).GetRunResult();
            var warnings = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            if (result.GeneratedTrees.Length != Texts.Length + 1 || warnings.Count > 0)
                throw new InvalidOperationException($"{Texts.Length} transcripts gave {result.GeneratedTrees.Length} sources and {warnings.Count} warnings: {string.Join("; ", warnings.Take(3))}");
            return result;
        }

        private sealed class InMemoryText : AdditionalText
        {
            private readonly RoslynText _text;

            public InMemoryText(string path, string text)
            {
                Path = path;
                _text = RoslynText.From(text, System.Text.Encoding.UTF8);
            }

            public override string Path { get; }

            public override RoslynText GetText(CancellationToken cancellationToken = default) => _text;
        }

        /// <summary>What the package's MSBuild files make visible: every additional file is a transcript; the root namespace and folder.</summary>
        private sealed class TranscriptOptions : AnalyzerConfigOptionsProvider
        {
            public static readonly TranscriptOptions Instance = new();

            private static readonly Options Transcript = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.TypedTranscript"] = "true" });
            private static readonly Options None = new(new Dictionary<string, string>());

            public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>
            {
                ["build_property.RootNamespace"] = "Consumer",
                ["build_property.ProjectDir"] = ProjectDirectory,
            });

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Transcript;

            private sealed class Options : AnalyzerConfigOptions
            {
                private readonly Dictionary<string, string> _values;

                public Options(Dictionary<string, string> values) => _values = values;

                public override bool TryGetValue(string key, out string value)
                {
                    bool found = _values.TryGetValue(key, out var stored);
                    value = stored ?? "";
                    return found;
                }
            }
        }
    }
}
