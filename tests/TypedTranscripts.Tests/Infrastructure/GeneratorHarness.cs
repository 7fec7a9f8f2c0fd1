using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TypedTranscripts.Generator;

namespace TypedTranscripts.Tests.Infrastructure
{
    /// <summary>A transcript given to the generator: its path under the project folder, its text and its item metadata.</summary>
    public sealed record TranscriptInput(string RelativePath, string Text, IReadOnlyDictionary<string, string>? Metadata = null)
    {
        public static TranscriptInput FromFixture(string fixture, string? relativePath = null, IReadOnlyDictionary<string, string>? metadata = null) =>
            new(relativePath ?? fixture.Replace('\\', '/'), File.ReadAllText(Corpus.Fixture(fixture)), metadata);

        /// <summary>
        /// A file's bytes decoded as the compiler decodes an additional file (seen in the sample-consumer build): by its
        /// byte-order mark, else as UTF-8, with U+FFFD for bytes that are not UTF-8.
        /// </summary>
        public static TranscriptInput FromBytes(string relativePath, byte[] bytes, IReadOnlyDictionary<string, string>? metadata = null) =>
            new(relativePath, SourceText.From(bytes, bytes.Length).ToString(), metadata);
    }

    /// <summary>
    /// Drives <see cref="TranscriptGenerator"/> with <see cref="CSharpGeneratorDriver"/> over offline reference assemblies
    /// (Basic.Reference.Assemblies), the way the compiler does in a build: AdditionalFiles plus the analyzer config
    /// options the package's MSBuild files make visible.
    /// </summary>
    public sealed class GeneratorHarness
    {
        public const string ProjectDirectory = "/project/";
        public const string RootNamespace = "Consumer";

        private static readonly ImmutableArray<MetadataReference> References = Basic.Reference.Assemblies.Net100.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(EarningsCall).Assembly.Location))
            .ToImmutableArray();

        public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

        public GeneratorHarness(IEnumerable<TranscriptInput> transcripts, string userSource = "", IReadOnlyDictionary<string, string>? properties = null,
            LanguageVersion languageVersion = LanguageVersion.Latest, bool trackSteps = true, bool treatWarningsAsErrors = false, IEnumerable<(string Path, string Text)>? otherAdditionalFiles = null,
            DocumentationMode documentationMode = DocumentationMode.Parse)
        {
            var parseOptions = new CSharpParseOptions(languageVersion, documentationMode);
            Transcripts = transcripts.ToList();
            var texts = Transcripts.Select(t => Track(new InMemoryAdditionalText(ProjectDirectory + t.RelativePath, t.Text))).ToList();
            var others = (otherAdditionalFiles ?? Array.Empty<(string, string)>()).Select(o => (AdditionalText)new InMemoryAdditionalText(ProjectDirectory + o.Item1, o.Item2)).ToList();
            var perFile = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
            foreach (var transcript in Transcripts)
            {
                var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { ["build_metadata.AdditionalFiles.TypedTranscript"] = "true" };
                foreach (var pair in transcript.Metadata ?? new Dictionary<string, string>()) metadata["build_metadata.AdditionalFiles." + pair.Key] = pair.Value;
                perFile[ProjectDirectory + transcript.RelativePath] = metadata;
            }
            var global = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["build_property.RootNamespace"] = RootNamespace,
                ["build_property.ProjectDir"] = ProjectDirectory,
            };
            foreach (var pair in properties ?? new Dictionary<string, string>()) global["build_property." + pair.Key] = pair.Value;
            OptionsProvider = new TestOptionsProvider(global, perFile);

            var trees = string.IsNullOrEmpty(userSource) ? Array.Empty<SyntaxTree>() : new[] { CSharpSyntaxTree.ParseText(userSource, parseOptions, "User.cs") };
            Compilation = CSharpCompilation.Create("Consumer", trees, References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable,
                    generalDiagnosticOption: treatWarningsAsErrors ? ReportDiagnostic.Error : ReportDiagnostic.Default));
            Driver = CSharpGeneratorDriver.Create(
                new[] { new TranscriptGenerator().AsSourceGenerator() },
                texts.Concat(others),
                parseOptions,
                OptionsProvider,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
        }

        public List<TranscriptInput> Transcripts { get; }

        public CSharpCompilation Compilation { get; private set; }

        public GeneratorDriver Driver { get; private set; }

        public TestOptionsProvider OptionsProvider { get; }

        /// <summary>Runs the generator; returns the compilation with the generated trees and every diagnostic (generator and compiler).</summary>
        public GeneratorOutcome Run(CancellationToken cancellationToken = default)
        {
            Driver = Driver.RunGeneratorsAndUpdateCompilation(Compilation, out var output, out var generatorDiagnostics, cancellationToken);
            var result = Driver.GetRunResult();
            return new GeneratorOutcome(output, result, generatorDiagnostics);
        }

        public void ReplaceCompilation(CSharpCompilation compilation) => Compilation = compilation;

        public void ReplaceTranscript(string relativePath, string newText)
        {
            var existing = _texts[ProjectDirectory + relativePath];
            Driver = Driver.ReplaceAdditionalText(existing, Track(new InMemoryAdditionalText(ProjectDirectory + relativePath, newText)));
        }

        public void AddTranscript(TranscriptInput transcript)
        {
            OptionsProvider.AddFile(ProjectDirectory + transcript.RelativePath, transcript.Metadata);
            Driver = Driver.AddAdditionalTexts(ImmutableArray.Create(Track(new InMemoryAdditionalText(ProjectDirectory + transcript.RelativePath, transcript.Text))));
        }

        public void RemoveTranscript(string relativePath)
        {
            var existing = _texts[ProjectDirectory + relativePath];
            _texts.Remove(existing.Path);
            Driver = Driver.RemoveAdditionalTexts(ImmutableArray.Create(existing));
        }

        // The driver knows texts by instance; the harness keeps the current instance of each path.
        private readonly Dictionary<string, AdditionalText> _texts = new(StringComparer.Ordinal);

        private AdditionalText Track(AdditionalText text)
        {
            _texts[text.Path] = text;
            return text;
        }
    }

    public sealed record GeneratorOutcome(Compilation Output, GeneratorDriverRunResult Result, ImmutableArray<Diagnostic> GeneratorDiagnostics)
    {
        private ImmutableArray<Diagnostic>? _compilationDiagnostics;

        /// <summary>Every diagnostic of the compilation with the generated code, computed when first asked: binding is the costly part of a run.</summary>
        public ImmutableArray<Diagnostic> CompilationDiagnostics => _compilationDiagnostics ??= Output.GetDiagnostics();

        public IEnumerable<GeneratedSourceResult> Sources => Result.Results.SelectMany(r => r.GeneratedSources);

        /// <summary>What the generator threw out of a pipeline step (the compiler would report CS8785), or null.</summary>
        public Exception? GeneratorException => Result.Results.Single().Exception;

        /// <summary>The generator's own diagnostics with this id.</summary>
        public IEnumerable<Diagnostic> Reported(string id) => GeneratorDiagnostics.Where(d => d.Id == id);

        public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).SourceText.ToString();

        /// <summary>Compiler errors and warnings (not the generator's own TT diagnostics).</summary>
        public IEnumerable<Diagnostic> CompilerProblems => CompilationDiagnostics.Where(IsCompilerProblem);

        private static bool IsCompilerProblem(Diagnostic d) => d.Severity >= DiagnosticSeverity.Warning && !d.Id.StartsWith("TT", StringComparison.Ordinal);

        /// <summary>Emits and loads the compiled assembly in a collectible context.</summary>
        public Assembly Load() => Load(out _);

        /// <summary>Emits and loads the compiled assembly; <paramref name="problems"/> are those of <see cref="CompilerProblems"/>, from the one compilation.</summary>
        public Assembly Load(out IReadOnlyList<Diagnostic> problems)
        {
            using var stream = new MemoryStream();
            var emit = Output.Emit(stream);
            if (!emit.Success) throw new InvalidOperationException("Emit failed:\n" + string.Join("\n", emit.Diagnostics));
            problems = emit.Diagnostics.Where(IsCompilerProblem).ToList();
            stream.Position = 0;
            var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
            context.Resolving += (_, name) => name.Name == typeof(EarningsCall).Assembly.GetName().Name ? typeof(EarningsCall).Assembly : null;
            return context.LoadFromStream(stream);
        }
    }

    public sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, System.Text.Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _perFile;

        public TestOptionsProvider(IReadOnlyDictionary<string, string> global, Dictionary<string, IReadOnlyDictionary<string, string>> perFile)
        {
            GlobalOptions = new DictionaryOptions(global);
            _perFile = perFile;
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            _perFile.TryGetValue(textFile.Path, out var values) ? new DictionaryOptions(values) : DictionaryOptions.Empty;

        public void AddFile(string path, IReadOnlyDictionary<string, string>? metadata)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["build_metadata.AdditionalFiles.TypedTranscript"] = "true" };
            foreach (var pair in metadata ?? new Dictionary<string, string>()) values["build_metadata.AdditionalFiles." + pair.Key] = pair.Value;
            _perFile[path] = values;
        }

        private sealed class DictionaryOptions : AnalyzerConfigOptions
        {
            public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());
            private readonly IReadOnlyDictionary<string, string> _values;

            public DictionaryOptions(IReadOnlyDictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, out string value)
            {
                if (_values.TryGetValue(key, out var found))
                {
                    value = found;
                    return true;
                }
                value = "";
                return false;
            }
        }
    }
}
