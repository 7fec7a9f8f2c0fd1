using System;
using System.Collections.Generic;

namespace TypedTranscripts
{
    /// <summary>One speaker's uninterrupted contribution.</summary>
    public sealed class Turn : IEquatable<Turn>
    {
        private IReadOnlyList<string>? _paragraphs;

        /// <summary>Creates a turn.</summary>
        /// <param name="speaker">Who speaks.</param>
        /// <param name="section">The section the turn is in.</param>
        /// <param name="line">The 1-based line of the source file where the turn starts.</param>
        /// <param name="text">The spoken text, paragraphs separated by <c>'\n'</c>, page furniture removed.</param>
        public Turn(Speaker speaker, SectionKind section, int line, string text)
        {
            Speaker = speaker ?? throw new ArgumentNullException(nameof(speaker));
            Section = section;
            Line = line;
            Text = text ?? throw new ArgumentNullException(nameof(text));
        }

        /// <summary>Who speaks.</summary>
        public Speaker Speaker { get; }

        /// <summary>The section the turn is in.</summary>
        public SectionKind Section { get; }

        /// <summary>The 1-based line of the source file where the turn starts (its speaker line).</summary>
        public int Line { get; }

        /// <summary>The spoken text, paragraphs separated by <c>'\n'</c>.</summary>
        public string Text { get; }

        /// <summary>The paragraphs of <see cref="Text"/>.</summary>
        public IReadOnlyList<string> Paragraphs => _paragraphs ??= Text.Length == 0 ? Array.Empty<string>() : Text.Split('\n');

        /// <inheritdoc />
        public bool Equals(Turn? other) => other is not null
            && Line == other.Line && Section == other.Section && Text == other.Text && Speaker.Equals(other.Speaker);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as Turn);

        /// <inheritdoc />
        public override int GetHashCode() => Equality.Combine(Line, (int)Section, Text.Length, Speaker.GetHashCode());

        /// <summary>Speaker and the start of the text.</summary>
        public override string ToString() => Speaker.Name + ": " + (Text.Length > 60 ? Text.Substring(0, 60) + "…" : Text);
    }
}
