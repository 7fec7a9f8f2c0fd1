using System;
using System.Collections.Generic;

namespace TypedTranscripts.Text
{
    /// <summary>
    /// A set of words that a piece of a string is looked up in without copying the piece out, ignoring case exactly as
    /// <see cref="StringComparer.OrdinalIgnoreCase"/> does: a piece of ASCII letters is folded and hashed here; a piece with
    /// other characters (rare in transcripts) is copied and left to the comparer.
    /// </summary>
    internal sealed class WordSet
    {
        private readonly HashSet<string> _words;
        private readonly string?[] _slots;

        public WordSet(params string[] words)
        {
            _words = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
            int size = 16;
            while (size < _words.Count * 4) size *= 2;
            _slots = new string?[size];
            foreach (string word in _words)
            {
                string folded = Fold(word);
                int slot = Hash(folded, 0, folded.Length) & (size - 1);
                while (_slots[slot] is not null) slot = (slot + 1) & (size - 1);
                _slots[slot] = folded;
            }
        }

        public bool Contains(string word) => _words.Contains(word);

        public bool Contains(TextSpan word) => Contains(word.Source, word.Start, word.Length);

        /// <summary>Whether <c>text[start..start+length)</c> is one of the words.</summary>
        public bool Contains(string text, int start, int length)
        {
            for (int i = start; i < start + length; i++)
            {
                if (text[i] >= '\u0080') return _words.Contains(text.Substring(start, length));
            }
            int mask = _slots.Length - 1;
            for (int slot = Hash(text, start, length) & mask; ; slot = (slot + 1) & mask)
            {
                string? key = _slots[slot];
                if (key is null) return false;
                if (key.Length == length && SameFolded(key, text, start)) return true;
            }
        }

        /// <summary>A key in lower case; keys are ASCII, so that folding ASCII letters is all the comparer would do.</summary>
        private static string Fold(string word)
        {
            foreach (char c in word)
            {
                if (c >= '\u0080') throw new ArgumentException("Word set keys are ASCII: " + word, nameof(word));
            }
            return word.ToLowerInvariant();
        }

        private static char FoldAscii(char c) => c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;

        private static int Hash(string text, int start, int length)
        {
            unchecked
            {
                uint hash = 2166136261;
                for (int i = start; i < start + length; i++) hash = (hash ^ FoldAscii(text[i])) * 16777619;
                return (int)(hash ^ (hash >> 15));
            }
        }

        private static bool SameFolded(string key, string text, int start)
        {
            for (int i = 0; i < key.Length; i++)
            {
                if (key[i] != FoldAscii(text[start + i])) return false;
            }
            return true;
        }
    }
}
