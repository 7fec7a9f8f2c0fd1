using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TypedTranscripts.Generator.Pipeline
{
    /// <summary>Project-wide options from MSBuild properties, as an equatable value.</summary>
    internal sealed record GeneratorOptions(string Namespace, string ClassName, int MaxLength, string ProjectDirectory, string? Problem)
    {
        public const string DefaultClassName = "Transcripts";
        public const string FallbackNamespace = "TypedTranscripts.Generated";

        public static GeneratorOptions From(AnalyzerConfigOptions options)
        {
            string? problem = null;
            string ns = Read(options, "build_property.TypedTranscriptsNamespace") ?? Read(options, "build_property.RootNamespace") ?? FallbackNamespace;
            if (!Emit.Identifiers.IsValidNamespace(ns))
            {
                problem = $"The namespace '{ns}' (TypedTranscriptsNamespace or RootNamespace) is not a valid C# namespace; '{FallbackNamespace}' is used.";
                ns = FallbackNamespace;
            }
            string className = Read(options, "build_property.TypedTranscriptsClassName") ?? DefaultClassName;
            if (!Emit.Identifiers.IsValidIdentifier(className) || className == "All")
            {
                problem = $"The class name '{className}' (TypedTranscriptsClassName) is not a valid C# identifier, or is All, the name of its list of calls; '{DefaultClassName}' is used.";
                className = DefaultClassName;
            }
            int maxLength = TranscriptParseOptions.DefaultMaxLength;
            string? limit = Read(options, "build_property.TypedTranscriptsMaxFileSize");
            if (limit is not null)
            {
                if (int.TryParse(limit, NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsed) && parsed > 0) maxLength = parsed;
                else problem = $"TypedTranscriptsMaxFileSize '{limit}' is not a positive whole number of characters; the default {TranscriptParseOptions.DefaultMaxLength} is used.";
            }
            string projectDirectory = Read(options, "build_property.ProjectDir") ?? "";
            return new GeneratorOptions(ns, className, maxLength, projectDirectory, problem);
        }

        internal static string? Read(AnalyzerConfigOptions options, string key) =>
            options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }
}
