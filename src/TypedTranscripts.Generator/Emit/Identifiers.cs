using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace TypedTranscripts.Generator.Emit
{
    /// <summary>
    /// Any name to a valid, stable C# identifier: <c>Kevin Johnson</c> → <c>KevinJohnson</c>, <c>O'Brien</c> → <c>OBrien</c>,
    /// <c>José Núñez</c> → <c>JoseNunez</c>, <c>3M</c> → <c>_3M</c>, <c>JNPR</c> → <c>Jnpr</c>.
    /// </summary>
    internal static class Identifiers
    {
        /// <summary>
        /// The longest identifier made: any real name fits, and the compiler's limit on names in metadata (1,024 bytes
        /// of UTF-8, CS7013) stays far off.
        /// </summary>
        public const int MaxLength = 128;

        public static string Pascal(string? text, string fallback)
        {
            if (string.IsNullOrWhiteSpace(text)) return fallback;
            // Names from item metadata skip the text stage, whose replacements keep Normalize from throwing.
            string decomposed = Text.SourceText.Normalize(text!).Normalize(NormalizationForm.FormD);
            var builder = new StringBuilder(decomposed.Length);
            var word = new StringBuilder();
            foreach (char c in decomposed)
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.SpacingCombiningMark) continue;
                if (c == '\'' || c == '\u2019') continue; // O'Brien is one word
                if (IsLetter(category) || category == UnicodeCategory.DecimalDigitNumber)
                {
                    word.Append(c);
                    continue;
                }
                Flush();
            }
            Flush();
            string result = builder.ToString().Normalize(NormalizationForm.FormC);
            if (result.Length == 0) return fallback;
            if (char.IsDigit(result[0])) result = "_" + result;
            if (result.Length > MaxLength) result = result.Substring(0, MaxLength);
            return Escape(result);

            void Flush()
            {
                if (word.Length == 0) return;
                string w = word.ToString();
                bool allUpper = w.Length > 1 && w.ToUpperInvariant() == w && w.ToLowerInvariant() != w;
                builder.Append(char.ToUpperInvariant(w[0]));
                builder.Append(allUpper ? w.Substring(1).ToLowerInvariant() : w.Substring(1));
                word.Clear();
            }
        }

        private static bool IsLetter(UnicodeCategory category) => category == UnicodeCategory.UppercaseLetter
            || category == UnicodeCategory.LowercaseLetter || category == UnicodeCategory.TitlecaseLetter
            || category == UnicodeCategory.ModifierLetter || category == UnicodeCategory.OtherLetter
            || category == UnicodeCategory.LetterNumber;

        /// <summary>An identifier that is a keyword gets the <c>@</c> prefix.</summary>
        public static string Escape(string identifier) =>
            SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;

        public static bool IsValidIdentifier(string? text) =>
            text is not null && SyntaxFacts.IsValidIdentifier(text) && SyntaxFacts.GetKeywordKind(text) == SyntaxKind.None;

        public static bool IsValidNamespace(string? text)
        {
            if (string.IsNullOrEmpty(text)) return false;
            foreach (var part in text!.Split('.'))
            {
                if (!IsValidIdentifier(part)) return false;
            }
            return true;
        }
    }

    /// <summary>
    /// Member names that must not repeat within one type, nor equal the type's own name, nor one of
    /// <see cref="AlwaysReserved"/>.
    /// </summary>
    internal sealed class NameScope
    {
        /// <summary>
        /// Names no generated member or nested class may take: those every class inherits from object (a member of the
        /// same name hides it: CS0108), and <c>CallData</c>, which members of nested classes reach by its simple name.
        /// </summary>
        public static readonly string[] AlwaysReserved = { "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize", "CallData" };

        private readonly HashSet<string> _taken = new HashSet<string>(StringComparer.Ordinal);

        // The next number to try per stem: ten thousand speakers of one name are numbered in one pass, not in a square.
        private readonly Dictionary<string, int> _nextNumber = new Dictionary<string, int>(StringComparer.Ordinal);

        public NameScope(string typeName, params string[] reserved)
        {
            _taken.Add(typeName);
            foreach (var name in AlwaysReserved) _taken.Add(name);
            foreach (var name in reserved) _taken.Add(name);
        }

        public static bool IsReserved(string name) => Array.IndexOf(AlwaysReserved, name) >= 0;

        /// <summary>The name, or the name with 2, 3 … appended when taken.</summary>
        public string Claim(string name)
        {
            if (_taken.Add(name)) return name;
            string stem = name.StartsWith("@", StringComparison.Ordinal) ? name.Substring(1) : name;
            if (char.IsDigit(stem[stem.Length - 1])) stem += "_";
            if (!_nextNumber.TryGetValue(stem, out int n)) n = 2;
            for (; ; n++)
            {
                string candidate = stem + n.ToString(CultureInfo.InvariantCulture);
                if (_taken.Add(candidate))
                {
                    _nextNumber[stem] = n + 1;
                    return candidate;
                }
            }
        }
    }
}
