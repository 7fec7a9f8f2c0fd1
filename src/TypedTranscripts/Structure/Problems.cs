using System;
using System.Collections.Generic;
using System.Globalization;
using TypedTranscripts.Text;

namespace TypedTranscripts.Structure
{
    /// <summary>Creates problems with their default severity, so every stage words and locates them the same way.</summary>
    internal static class Problems
    {
        public static ProblemSeverity DefaultSeverity(ProblemCode code) => code switch
        {
            ProblemCode.UnlistedSpeaker => ProblemSeverity.Info,
            ProblemCode.MetadataConflict => ProblemSeverity.Info,
            ProblemCode.UnresolvedFigure => ProblemSeverity.Info,
            ProblemCode.MissingMetadata => ProblemSeverity.Info,
            _ => ProblemSeverity.Warning,
        };

        public static TranscriptProblem At(ProblemCode code, TextLocation location, string message) =>
            new TranscriptProblem(code, DefaultSeverity(code), message, location);

        public static TranscriptProblem AtLine(ProblemCode code, SourceText source, int lineIndex, string message) =>
            At(code, source.LocationOfLine(lineIndex), message);

        public static TranscriptProblem AtStart(ProblemCode code, string message) =>
            At(code, new TextLocation(0, 0, 1, 0, 1, 0), message);

        /// <summary>The one wording of the size limit, shared by the parser and the generator (which checks before reading).</summary>
        public static string FileTooLargeMessage(long length, long limit) => Format(
            "The transcript has {0:N0} characters, more than the limit of {1:N0}; if it really is a transcript, raise the limit with the MSBuild property <TypedTranscriptsMaxFileSize>{2}</TypedTranscriptsMaxFileSize>.",
            length, limit, Math.Min(int.MaxValue, (length / (1024 * 1024) + 1) * 1024 * 1024));

        public static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

        /// <summary>Sorts by position, keeping the order of problems at the same place.</summary>
        public static List<TranscriptProblem> Sorted(List<TranscriptProblem> problems)
        {
            var indexed = new List<KeyValuePair<int, TranscriptProblem>>(problems.Count);
            for (int i = 0; i < problems.Count; i++) indexed.Add(new KeyValuePair<int, TranscriptProblem>(i, problems[i]));
            indexed.Sort((a, b) =>
            {
                int byStart = a.Value.Location.Start.CompareTo(b.Value.Location.Start);
                return byStart != 0 ? byStart : a.Key.CompareTo(b.Key);
            });
            var sorted = new List<TranscriptProblem>(problems.Count);
            foreach (var pair in indexed) sorted.Add(pair.Value);
            return sorted;
        }
    }
}
