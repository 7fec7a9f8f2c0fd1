using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TypedTranscripts.Generator.Emit;
using TypedTranscripts.Generator.Pipeline;

namespace TypedTranscripts.Generator
{
    /// <summary>
    /// Turns each transcript among the AdditionalFiles (those marked <c>TypedTranscript="true"</c>, which the package's
    /// <c>Transcript</c> items are) into a typed class. Each file is read, parsed and emitted on its own, so editing
    /// one re-runs only that one; an edit to C# code re-runs nothing.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class TranscriptGenerator : IIncrementalGenerator
    {
        /// <summary>Tracking names of the pipeline's steps, for tests and benchmarks.</summary>
        public static class Steps
        {
            public const string Files = "TranscriptFiles";
            public const string Parse = "ParseTranscript";
            public const string Names = "NameIndex";
            public const string Emit = "EmitTranscript";
        }

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var options = context.AnalyzerConfigOptionsProvider.Select(static (provider, _) => GeneratorOptions.From(provider.GlobalOptions));

            // UTF-8 literals keep big transcripts out of the string-literal heap; they need C# 11 and span-based decoding.
            var utf8Literals = context.ParseOptionsProvider.Combine(context.CompilationProvider)
                .Select(static (pair, _) => SupportsUtf8Literals(pair.Left, pair.Right));

            // Few steps per transcript: on each run after an edit, Roslyn walks every step's table of a thousand entries.
            var files = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, _) => TranscriptFile.From(pair.Left, pair.Right))
                .Where(static file => file is not null)
                .WithTrackingName(Steps.Files);

            var parsed = files.Combine(options)
                .Select(static (pair, cancellationToken) => ParseStage.Parse(pair.Left!, pair.Right, cancellationToken))
                .WithTrackingName(Steps.Parse);

            var index = parsed
                .Select(static (p, _) => p.Call is null ? null : new NameClaim(p.Path, p.RelativePath, p.CompanyClass, p.CallClass, p.Call.Company, p.Call.Ticker, p.Call.FiscalPeriod?.ToString()))
                .Collect()
                .Combine(options)
                .Select(static (pair, _) => NameIndex.Build(pair.Left, pair.Right.ClassName))
                .WithTrackingName(Steps.Names);

            // Each call with its final name: when a transcript is added, the others' inputs compare equal and stay cached.
            var emitted = parsed
                .Combine(index.Combine(options).Combine(utf8Literals))
                .Select(static (pair, _) => new EmitInput(pair.Left, pair.Left.Call is null ? null : pair.Right.Left.Left.Find(pair.Left.Path), pair.Right.Left.Right, pair.Right.Right))
                .Select(static (input, cancellationToken) => EmitOne(input, cancellationToken))
                .WithTrackingName(Steps.Emit);

            context.RegisterSourceOutput(emitted, static (spc, generated) =>
            {
                foreach (var diagnostic in generated.Diagnostics) spc.ReportDiagnostic(diagnostic.ToDiagnostic());
                if (generated.Source is not null) spc.AddSource(generated.HintName, generated.Source);
            });
            context.RegisterSourceOutput(index.Combine(options), static (spc, pair) =>
            {
                foreach (var diagnostic in pair.Left.Diagnostics) spc.ReportDiagnostic(diagnostic.ToDiagnostic());
                if (pair.Right.Problem is not null) spc.ReportDiagnostic(DiagnosticInfo.AtFile(ProblemCode.InvalidOption, pair.Right.Problem, null).ToDiagnostic());
                spc.AddSource(IndexEmitter.HintName, IndexEmitter.Emit(pair.Left, pair.Right.Namespace, pair.Right.ClassName));
            });
        }

        /// <summary>One transcript's source and its diagnostics, the parser's first; no source for a transcript not understood.</summary>
        private static GeneratedFile EmitOne(EmitInput input, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (parsed, name, options, utf8Literals) = (input.Parsed, input.Name, input.Options, input.Utf8Literals);
            if (name is null || parsed.Call is null) return new GeneratedFile("", null, parsed.Diagnostics);
            try
            {
                return new GeneratedFile(name.HintName, CallEmitter.Emit(parsed.Call, name, options.Namespace, options.ClassName, utf8Literals, cancellationToken), parsed.Diagnostics);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Without this call's class the index would not compile: emit an empty class so the rest still builds.
                var diagnostic = DiagnosticInfo.AtFile(ProblemCode.InternalError,
                    $"TypedTranscripts could not generate code for '{parsed.RelativePath}' ({exception.GetType().Name}: {exception.Message}); the other transcripts are still generated. Please report it with the file.",
                    parsed.Path);
                return new GeneratedFile(name.HintName, EmptyCall(name, options), new EquatableArray<DiagnosticInfo>(parsed.Diagnostics.Concat(new[] { diagnostic })));
            }
        }

        private static string EmptyCall(ResolvedName name, GeneratorOptions options) =>
            "// <auto-generated/>\n#nullable enable\n\nnamespace " + options.Namespace + "\n{\n    public static partial class " + options.ClassName
            + "\n    {\n        public static partial class " + name.CompanyClass + "\n        {\n            /// <summary>Not generated: see the TT0006 diagnostic.</summary>\n            public static class " + name.CallClass
            + "\n            {\n                /// <summary>Not generated: see the TT0006 diagnostic.</summary>\n                public static global::TypedTranscripts.EarningsCall Call => throw new global::System.InvalidOperationException(\"TypedTranscripts could not generate this call; see the TT0006 build diagnostic.\");\n            }\n        }\n    }\n}\n";

        private static bool SupportsUtf8Literals(ParseOptions parseOptions, Compilation compilation)
        {
            if (parseOptions is not CSharpParseOptions csharp || csharp.LanguageVersion < LanguageVersion.CSharp11) return false;
            var encoding = compilation.GetTypeByMetadataName("System.Text.Encoding");
            if (encoding is null) return false;
            foreach (var member in encoding.GetMembers("GetString"))
            {
                if (member is IMethodSymbol { Parameters.Length: 1 } method && method.Parameters[0].Type is INamedTypeSymbol { Name: "ReadOnlySpan", IsGenericType: true })
                    return true;
            }
            return false;
        }
    }

    /// <summary>What one transcript's source is made from: the parse, its final names (none if not understood), the options.</summary>
    internal sealed record EmitInput(ParsedTranscript Parsed, ResolvedName? Name, GeneratorOptions Options, bool Utf8Literals);

    /// <summary>One generated source (or none) and its diagnostics.</summary>
    internal sealed record GeneratedFile(string HintName, string? Source, EquatableArray<DiagnosticInfo> Diagnostics);
}
