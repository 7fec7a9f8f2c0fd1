using System.Collections.Generic;

namespace TypedTranscripts
{
    /// <summary>Value equality and hashing helpers for the model; netstandard2.0 has no System.HashCode.</summary>
    internal static class Equality
    {
        public static bool ListEquals<T>(IReadOnlyList<T>? left, IReadOnlyList<T>? right)
        {
            if (ReferenceEquals(left, right)) return true;
            if (left is null || right is null || left.Count != right.Count) return false;
            var comparer = EqualityComparer<T>.Default;
            for (int i = 0; i < left.Count; i++)
            {
                if (!comparer.Equals(left[i], right[i])) return false;
            }
            return true;
        }

        public static int ListHash<T>(IReadOnlyList<T>? list)
        {
            if (list is null) return 0;
            // Count plus the first few items: cheap and good enough to spread distinct calls.
            int hash = list.Count;
            var comparer = EqualityComparer<T>.Default;
            for (int i = 0; i < list.Count && i < 4; i++)
            {
                hash = Combine(hash, list[i] is null ? 0 : comparer.GetHashCode(list[i]!));
            }
            return hash;
        }

        public static int Combine(int a, int b) => unchecked((a * 31) ^ b);

        public static int Combine(int a, int b, int c) => Combine(Combine(a, b), c);

        public static int Combine(int a, int b, int c, int d) => Combine(Combine(a, b, c), d);

        public static int Hash(string? value) => value is null ? 0 : System.StringComparer.Ordinal.GetHashCode(value);
    }
}
