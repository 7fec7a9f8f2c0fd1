using System;
using System.Collections.Generic;

namespace TypedTranscripts
{
    /// <summary>A part of the call: the prepared remarks or the question-and-answer session.</summary>
    public sealed class Section : IEquatable<Section>
    {
        /// <summary>Creates a section.</summary>
        public Section(SectionKind kind, int line, IReadOnlyList<Turn> turns)
        {
            Kind = kind;
            Line = line;
            Turns = turns ?? throw new ArgumentNullException(nameof(turns));
        }

        /// <summary>Presentation or questions and answers.</summary>
        public SectionKind Kind { get; }

        /// <summary>The export name: <c>Presentation</c> or <c>QuestionsAndAnswers</c>.</summary>
        public string Name => Kind.ToString();

        /// <summary>The 1-based line where the section starts (its heading, or its first turn).</summary>
        public int Line { get; }

        /// <summary>The section's turns in order.</summary>
        public IReadOnlyList<Turn> Turns { get; }

        /// <inheritdoc />
        public bool Equals(Section? other) => other is not null
            && Kind == other.Kind && Line == other.Line && Equality.ListEquals(Turns, other.Turns);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as Section);

        /// <inheritdoc />
        public override int GetHashCode() => Equality.Combine((int)Kind, Line, Equality.ListHash(Turns));

        /// <summary>Name and number of turns.</summary>
        public override string ToString() => Name + " (" + Turns.Count + " turns)";
    }
}
