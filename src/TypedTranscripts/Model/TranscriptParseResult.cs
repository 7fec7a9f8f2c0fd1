using System;
using System.Collections.Generic;

namespace TypedTranscripts
{
    /// <summary>The outcome of parsing one transcript: the call (unless the text could not be understood) and its problems.</summary>
    public sealed class TranscriptParseResult
    {
        /// <summary>Creates a result.</summary>
        public TranscriptParseResult(EarningsCall? call, IReadOnlyList<TranscriptProblem> problems)
            : this(call, problems, Array.Empty<UnresolvedStatement>())
        {
        }

        /// <summary>Creates a result with the numbers that could not be resolved.</summary>
        public TranscriptParseResult(EarningsCall? call, IReadOnlyList<TranscriptProblem> problems, IReadOnlyList<UnresolvedStatement> unresolved)
        {
            Call = call;
            Problems = problems ?? throw new ArgumentNullException(nameof(problems));
            Unresolved = unresolved ?? throw new ArgumentNullException(nameof(unresolved));
        }

        /// <summary>The call, or null when the transcript could not be understood (see <see cref="Problems"/>).</summary>
        public EarningsCall? Call { get; }

        /// <summary>Problems found, in order of position.</summary>
        public IReadOnlyList<TranscriptProblem> Problems { get; }

        /// <summary>
        /// Numbers whose metric, period or compared period could not be resolved. Each has a <see cref="ProblemCode.UnresolvedFigure"/>
        /// problem at its line; none of them is in the call's figures, changes or guidance.
        /// </summary>
        public IReadOnlyList<UnresolvedStatement> Unresolved { get; }

        /// <summary>True when a call was produced.</summary>
        public bool Succeeded => Call is not null;
    }

    /// <summary>Options for parsing: a forced layout, metadata that the user supplies, limits.</summary>
    public sealed class TranscriptParseOptions : IEquatable<TranscriptParseOptions>
    {
        /// <summary>The default options.</summary>
        public static TranscriptParseOptions Default { get; } = new TranscriptParseOptions();

        /// <summary>Read the text as this layout instead of detecting it; <see cref="TranscriptLayout.Unknown"/> detects.</summary>
        public TranscriptLayout Layout { get; init; }

        /// <summary>The company, used when the text does not state it.</summary>
        public string? Company { get; init; }

        /// <summary>The ticker, used when the text does not state it.</summary>
        public string? Ticker { get; init; }

        /// <summary>The fiscal period, used when the text does not state it.</summary>
        public FiscalPeriod? FiscalPeriod { get; init; }

        /// <summary>The call date, used when the text does not state it.</summary>
        public DateTime? Date { get; init; }

        /// <summary>Texts longer than this many characters are refused with <see cref="ProblemCode.FileTooLarge"/>.</summary>
        public int MaxLength { get; init; } = DefaultMaxLength;

        /// <summary>The default limit: 16 Mi characters, far above any real transcript.</summary>
        public const int DefaultMaxLength = 16 * 1024 * 1024;

        /// <summary>Whether to extract figures, changes and guidance.</summary>
        public bool ExtractFigures { get; init; } = true;

        /// <inheritdoc />
        public bool Equals(TranscriptParseOptions? other) => other is not null && Layout == other.Layout
            && Company == other.Company && Ticker == other.Ticker && Nullable.Equals(FiscalPeriod, other.FiscalPeriod)
            && Nullable.Equals(Date, other.Date) && MaxLength == other.MaxLength && ExtractFigures == other.ExtractFigures;

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as TranscriptParseOptions);

        /// <inheritdoc />
        public override int GetHashCode() => Equality.Combine((int)Layout, Equality.Hash(Company), Equality.Hash(Ticker), MaxLength);
    }
}
