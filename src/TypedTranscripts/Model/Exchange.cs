using System;
using System.Collections.Generic;

namespace TypedTranscripts
{
    /// <summary>
    /// One analyst's slot in the question-and-answer session: their question, the answers that follow, and any
    /// follow-up questions, until the operator or another analyst speaks.
    /// </summary>
    public sealed class Exchange : IEquatable<Exchange>
    {
        /// <summary>Creates an exchange from its turns; the first must be the analyst's.</summary>
        public Exchange(IReadOnlyList<Turn> turns)
        {
            if (turns is null) throw new ArgumentNullException(nameof(turns));
            if (turns.Count == 0) throw new ArgumentException("An exchange has at least the question.", nameof(turns));
            Turns = turns;
            var answers = new List<Turn>();
            var followUps = new List<Turn>();
            for (int i = 1; i < turns.Count; i++)
            {
                (turns[i].Speaker.Equals(Analyst) ? followUps : answers).Add(turns[i]);
            }
            Answers = answers;
            FollowUps = followUps;
        }

        /// <summary>Who asks.</summary>
        public Speaker Analyst => Turns[0].Speaker;

        /// <summary>The analyst's firm, when the transcript says.</summary>
        public string? Firm => Analyst.Company;

        /// <summary>The first question.</summary>
        public Turn Question => Turns[0];

        /// <summary>The other speakers' turns, in order.</summary>
        public IReadOnlyList<Turn> Answers { get; }

        /// <summary>The analyst's later turns in the same slot.</summary>
        public IReadOnlyList<Turn> FollowUps { get; }

        /// <summary>Every turn of the exchange, in order.</summary>
        public IReadOnlyList<Turn> Turns { get; }

        /// <inheritdoc />
        public bool Equals(Exchange? other) => other is not null && Equality.ListEquals(Turns, other.Turns);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as Exchange);

        /// <inheritdoc />
        public override int GetHashCode() => Equality.ListHash(Turns);

        /// <summary>Analyst and number of answers.</summary>
        public override string ToString() => Analyst.Name + " → " + Answers.Count + " answers";
    }
}
