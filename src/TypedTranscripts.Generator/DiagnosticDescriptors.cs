using Microsoft.CodeAnalysis;

namespace TypedTranscripts.Generator
{
    /// <summary>
    /// Every diagnostic the generator reports, in one place (tracked in AnalyzerReleases.*.md). The parser words each
    /// message; the descriptor gives it an id, a title and a default severity.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "TypedTranscripts";

        public static readonly DiagnosticDescriptor UnrecognisedLayout = Create("TT0001", "Transcript layout not recognised", DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor NoSpeakers = Create("TT0002", "No speakers found", DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor UnlistedSpeaker = Create("TT0003", "Speaker not among the participants", DiagnosticSeverity.Info);
        public static readonly DiagnosticDescriptor DuplicateClass = Create("TT0004", "Two transcripts map to the same class", DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor UnreadableFile = Create("TT0005", "Transcript file cannot be read", DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor InternalError = Create("TT0006", "TypedTranscripts failed on a transcript", DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor FileTooLarge = Create("TT0007", "Transcript too large", DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor MetadataConflict = Create("TT0008", "Call metadata sources disagree", DiagnosticSeverity.Info);
        public static readonly DiagnosticDescriptor UnresolvedFigure = Create("TT0009", "Figure could not be resolved", DiagnosticSeverity.Info);
        public static readonly DiagnosticDescriptor InvalidOption = Create("TT0010", "Invalid TypedTranscripts option", DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor MissingMetadata = Create("TT0011", "Call metadata not found", DiagnosticSeverity.Info);

        public static DiagnosticDescriptor For(ProblemCode code) => code switch
        {
            ProblemCode.UnrecognisedLayout => UnrecognisedLayout,
            ProblemCode.NoSpeakers => NoSpeakers,
            ProblemCode.UnlistedSpeaker => UnlistedSpeaker,
            ProblemCode.DuplicateClass => DuplicateClass,
            ProblemCode.UnreadableFile => UnreadableFile,
            ProblemCode.FileTooLarge => FileTooLarge,
            ProblemCode.MetadataConflict => MetadataConflict,
            ProblemCode.UnresolvedFigure => UnresolvedFigure,
            ProblemCode.InvalidOption => InvalidOption,
            ProblemCode.MissingMetadata => MissingMetadata,
            _ => InternalError,
        };

        private static DiagnosticDescriptor Create(string id, string title, DiagnosticSeverity severity) =>
            new DiagnosticDescriptor(
                id: id,
                title: title,
                messageFormat: "{0}",
                category: Category,
                defaultSeverity: severity,
                isEnabledByDefault: true);
    }
}
