using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TypedTranscripts.Generator.Pipeline
{
    /// <summary>The per-file item metadata a user can set on a <c>Transcript</c> item.</summary>
    internal sealed record TranscriptMetadata(string? ClassName, string? CompanyClassName, string? Layout, string? Company,
        string? Ticker, string? FiscalPeriod, string? Date)
    {
        private const string Prefix = "build_metadata.AdditionalFiles.";

        public static TranscriptMetadata From(AnalyzerConfigOptions options) => new TranscriptMetadata(
            GeneratorOptions.Read(options, Prefix + "ClassName"),
            GeneratorOptions.Read(options, Prefix + "CompanyClassName"),
            GeneratorOptions.Read(options, Prefix + "Layout"),
            GeneratorOptions.Read(options, Prefix + "Company"),
            GeneratorOptions.Read(options, Prefix + "Ticker"),
            GeneratorOptions.Read(options, Prefix + "FiscalPeriod"),
            GeneratorOptions.Read(options, Prefix + "Date"));

        public static bool IsTranscript(AnalyzerConfigOptions options) =>
            string.Equals(GeneratorOptions.Read(options, Prefix + "TypedTranscript"), "true", StringComparison.OrdinalIgnoreCase);

        /// <summary>Parse options from the metadata; problems with values go to <paramref name="problem"/>.</summary>
        public TranscriptParseOptions ToParseOptions(int maxLength, out string? problem)
        {
            problem = null;
            var layout = TranscriptLayout.Unknown;
            if (Layout is not null && (!Enum.TryParse(Layout, ignoreCase: true, out layout) || layout == TranscriptLayout.Unknown || !Enum.IsDefined(typeof(TranscriptLayout), layout)))
            {
                problem = $"Layout '{Layout}' is not a transcript layout; the layout is detected instead.";
                layout = TranscriptLayout.Unknown;
            }
            FiscalPeriod? period = null;
            if (FiscalPeriod is not null)
            {
                if (TypedTranscripts.FiscalPeriod.TryParse(FiscalPeriod, out var parsed)) period = parsed;
                else problem = $"FiscalPeriod '{FiscalPeriod}' is not a fiscal period; write it like Q3 2009 or FY2009.";
            }
            DateTime? date = null;
            if (Date is not null)
            {
                if (DateTime.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsedDate)) date = parsedDate;
                else problem = $"Date '{Date}' is not a date; write it like 2009-10-22.";
            }
            return new TranscriptParseOptions
            {
                Layout = layout,
                Company = Company,
                Ticker = Ticker,
                FiscalPeriod = period,
                Date = date,
                MaxLength = maxLength,
            };
        }
    }

    /// <summary>
    /// One transcript among the AdditionalFiles. The <see cref="AdditionalText"/> is compared by reference: Roslyn keeps
    /// the same instance while the file is unchanged, which is what keeps the parse step cached.
    /// </summary>
    internal sealed record TranscriptFile(AdditionalText Text, string Path, string RelativePath, TranscriptMetadata Metadata)
    {
        public static TranscriptFile? From(AdditionalText text, AnalyzerConfigOptionsProvider provider)
        {
            var options = provider.GetOptions(text);
            if (!TranscriptMetadata.IsTranscript(options)) return null;
            string projectDirectory = GeneratorOptions.Read(provider.GlobalOptions, "build_property.ProjectDir") ?? "";
            return new TranscriptFile(text, text.Path, RelativePathOf(text.Path, projectDirectory), TranscriptMetadata.From(options));
        }

        /// <summary>The path relative to the project, with '/' on every OS, so generated code is the same everywhere.</summary>
        internal static string RelativePathOf(string path, string projectDirectory)
        {
            string normalized = path.Replace('\\', '/');
            string root = projectDirectory.Replace('\\', '/');
            if (root.Length > 0 && !root.EndsWith("/", StringComparison.Ordinal)) root += "/";
            if (root.Length > 0 && normalized.StartsWith(root, StringComparison.OrdinalIgnoreCase)) return normalized.Substring(root.Length);
            int slash = normalized.LastIndexOf('/');
            return slash >= 0 ? normalized.Substring(slash + 1) : normalized;
        }
    }
}
