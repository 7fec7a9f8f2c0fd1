using System;

namespace TypedTranscripts
{
    /// <summary>A person (or the operator) who speaks on a call or is listed as a participant.</summary>
    public sealed class Speaker : IEquatable<Speaker>
    {
        /// <summary>Creates a speaker.</summary>
        public Speaker(string name, string? company, string? title, SpeakerRole role)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Company = company;
            Title = title;
            Role = role;
        }

        /// <summary>The name as the transcript's speaker lines spell it.</summary>
        public string Name { get; }

        /// <summary>The speaker's company or firm, when the transcript says.</summary>
        public string? Company { get; }

        /// <summary>The speaker's title, when the transcript says.</summary>
        public string? Title { get; }

        /// <summary>Executive, analyst, operator or other.</summary>
        public SpeakerRole Role { get; }

        /// <inheritdoc />
        public bool Equals(Speaker? other) => other is not null
            && Name == other.Name && Company == other.Company && Title == other.Title && Role == other.Role;

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as Speaker);

        /// <inheritdoc />
        public override int GetHashCode() => Equality.Combine(Equality.Hash(Name), Equality.Hash(Company), (int)Role);

        /// <summary>Name, then title and company where known.</summary>
        public override string ToString() =>
            Company is null && Title is null ? Name : Name + " (" + string.Join(", ", new[] { Title, Company }.WhereNotNull()) + ")";
    }

    internal static class SequenceExtensions
    {
        public static System.Collections.Generic.IEnumerable<string> WhereNotNull(this string?[] items)
        {
            foreach (var item in items)
            {
                if (item is not null) yield return item;
            }
        }
    }
}
