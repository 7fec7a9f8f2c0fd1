using System;
using System.Globalization;

namespace TypedTranscripts
{
    /// <summary>What went wrong; each code is one compiler diagnostic id (<c>TT0001</c> …).</summary>
    public enum ProblemCode
    {
        /// <summary>TT0001: the text matches no known transcript layout.</summary>
        UnrecognisedLayout = 1,
        /// <summary>TT0002: the layout was recognised but no speaker turns were found.</summary>
        NoSpeakers = 2,
        /// <summary>TT0003: a turn's speaker is not among the listed participants.</summary>
        UnlistedSpeaker = 3,
        /// <summary>TT0004: two transcripts map to the same generated class.</summary>
        DuplicateClass = 4,
        /// <summary>TT0005: the file could not be read.</summary>
        UnreadableFile = 5,
        /// <summary>TT0006: an unexpected error while processing the file.</summary>
        InternalError = 6,
        /// <summary>TT0007: the file is larger than the configured limit.</summary>
        FileTooLarge = 7,
        /// <summary>TT0008: call metadata from different sources disagree.</summary>
        MetadataConflict = 8,
        /// <summary>TT0009: a figure's metric or period could not be resolved.</summary>
        UnresolvedFigure = 9,
        /// <summary>TT0010: an MSBuild item metadata or property value is not valid.</summary>
        InvalidOption = 10,
        /// <summary>TT0011: call metadata could not be found in the text, the item metadata or the file name.</summary>
        MissingMetadata = 11,
    }

    /// <summary>How serious a problem is.</summary>
    public enum ProblemSeverity
    {
        /// <summary>For information.</summary>
        Info = 0,
        /// <summary>Something is likely wrong or missing.</summary>
        Warning = 1,
        /// <summary>The transcript could not be used.</summary>
        Error = 2,
    }

    /// <summary>A problem found while parsing, located in the transcript.</summary>
    public sealed class TranscriptProblem : IEquatable<TranscriptProblem>
    {
        /// <summary>Creates a problem.</summary>
        public TranscriptProblem(ProblemCode code, ProblemSeverity severity, string message, TextLocation location)
        {
            Code = code;
            Severity = severity;
            Message = message ?? throw new ArgumentNullException(nameof(message));
            Location = location;
        }

        /// <summary>The problem's code.</summary>
        public ProblemCode Code { get; }

        /// <summary>The diagnostic id, <c>TT0001</c> ….</summary>
        public string Id => FormatId(Code);

        /// <summary>How serious it is.</summary>
        public ProblemSeverity Severity { get; }

        /// <summary>What is wrong, in one or two sentences.</summary>
        public string Message { get; }

        /// <summary>Where in the transcript.</summary>
        public TextLocation Location { get; }

        /// <summary>The diagnostic id of a code.</summary>
        public static string FormatId(ProblemCode code) => "TT" + ((int)code).ToString("0000", CultureInfo.InvariantCulture);

        /// <inheritdoc />
        public bool Equals(TranscriptProblem? other) => other is not null
            && Code == other.Code && Severity == other.Severity && Message == other.Message && Location.Equals(other.Location);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as TranscriptProblem);

        /// <inheritdoc />
        public override int GetHashCode() => Equality.Combine((int)Code, Equality.Hash(Message), Location.GetHashCode());

        /// <summary>e.g. <c>(12,1): warning TT0003: …</c>.</summary>
        public override string ToString() => "(" + Location.Line.ToString(CultureInfo.InvariantCulture) + ","
            + (Location.Column + 1).ToString(CultureInfo.InvariantCulture) + "): "
            + Severity.ToString().ToLowerInvariant() + " " + Id + ": " + Message;
    }

    /// <summary>A span of a transcript: character offsets into the text and 1-based lines, 0-based columns.</summary>
    public readonly struct TextLocation : IEquatable<TextLocation>
    {
        /// <summary>Creates a location.</summary>
        public TextLocation(int start, int length, int line, int column, int endLine, int endColumn)
        {
            Start = start;
            Length = length;
            Line = line;
            Column = column;
            EndLine = endLine;
            EndColumn = endColumn;
        }

        /// <summary>The character offset of the start.</summary>
        public int Start { get; }

        /// <summary>The length in characters.</summary>
        public int Length { get; }

        /// <summary>The 1-based start line.</summary>
        public int Line { get; }

        /// <summary>The 0-based start column.</summary>
        public int Column { get; }

        /// <summary>The 1-based end line.</summary>
        public int EndLine { get; }

        /// <summary>The 0-based end column.</summary>
        public int EndColumn { get; }

        /// <inheritdoc />
        public bool Equals(TextLocation other) => Start == other.Start && Length == other.Length && Line == other.Line
            && Column == other.Column && EndLine == other.EndLine && EndColumn == other.EndColumn;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is TextLocation other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => Equality.Combine(Start, Length, Line);
    }
}
