using System;

namespace TypedTranscripts.Figures
{
    /// <summary>What a word can signal to the figure stages; a word may carry several.</summary>
    [Flags]
    internal enum WordClass
    {
        None = 0,
        /// <summary>Never part of a segment label: determiners, pronouns, prepositions, basis and scope words.</summary>
        Stop = 1 << 0,
        /// <summary>A rise: up, increased, grew, growth, improvement.</summary>
        Rise = 1 << 1,
        /// <summary>A fall: down, declined, decrease, lower.</summary>
        Fall = 1 << 2,
        /// <summary>Introduces the compared period or level: from, versus, compared, relative, over, than.</summary>
        Comparison = 1 << 3,
        /// <summary>Forward-looking: expect, anticipate, guidance, outlook, will, should.</summary>
        Forward = 1 << 4,
        /// <summary>An approximation or bound said before a number: approximately, nearly, over.</summary>
        Qualifier = 1 << 5,
        /// <summary>A thing that moves a metric rather than being one: headwind, impact, upside, reserves.</summary>
        Effect = 1 << 6,
        /// <summary>A lower-case word that can name a segment: enterprise, commercial, services, property.</summary>
        SegmentNoun = 1 << 7,
        /// <summary>A verb that revises an outlook: raising, lowering, reducing.</summary>
        Revision = 1 << 8,
        /// <summary>Words of an outlook being revised: guidance, outlook, midpoint, expectations.</summary>
        OutlookNoun = 1 << 9,
        /// <summary>A noun that turns the metric before it into another thing (revenue reserves, sales force).</summary>
        CompoundHead = 1 << 10,
        /// <summary>A month name.</summary>
        Month = 1 << 11,
        /// <summary>Starts a clause that is about a part of a whole: includes, contributed, represented.</summary>
        Part = 1 << 12,
        /// <summary>A word after which a number is a level, not a change: was, at, of, totaled, reached.</summary>
        Level = 1 << 13,
        /// <summary>A noun counted by a plain number: employees, shares, days, sites.</summary>
        CountNoun = 1 << 14,
        /// <summary>A spelled-out number: one … ninety.</summary>
        NumberWord = 1 << 15,
        /// <summary>A word that refers back to the previous sentence: this, that, it, these.</summary>
        Anaphor = 1 << 16,
        /// <summary>A small adjective or adverb that may sit between a change verb and its number: strong, slight, healthy.</summary>
        Filler = 1 << 17,
        /// <summary>will, should, going: forward-looking only before an outcome verb.</summary>
        WeakForward = 1 << 18,
        /// <summary>be, grow, increase, remain: what "will" or "should" must lead to for a sentence to look ahead.</summary>
        OutcomeVerb = 1 << 19,
        /// <summary>A word period phrases are made of (quarter, year, sequentially, June): a sentence without one has no period to read.</summary>
        PeriodWord = 1 << 20,
        /// <summary>The first word of a metric phrase: a sentence without one names no metric.</summary>
        MetricStart = 1 << 21,
        /// <summary>A word of the call-wide statements (GAAP, comparisons, segment results): a sentence without one sets no default.</summary>
        ScopeWord = 1 << 22,
    }

    /// <summary>
    /// Word ids for the figure stages. Every word a stage looks for is registered once (in that stage's type initializer);
    /// a sentence's words are then looked up by their characters, ignoring case, without allocating a string per word.
    /// Registration takes a lock; lookups do not, and happen only after the registering stages are initialised.
    /// </summary>
    internal static class Vocabulary
    {
        public const int Unknown = -1;

        private static readonly object Sync = new object();
        private static string?[] _keys = new string?[4096];
        private static int[] _hashes = new int[4096];
        private static int[] _ids = new int[4096];
        private static int _used;
        private static WordClass[] _classes = new WordClass[1024];
        private static int _nextId;

        /// <summary>The id of <paramref name="word"/> (lower case), registering it and adding <paramref name="classes"/>.</summary>
        public static int Add(string word, WordClass classes = WordClass.None)
        {
            lock (Sync)
            {
                int id = Lookup(word, 0, word.Length, Hash(word, 0, word.Length));
                if (id == Unknown)
                {
                    id = _nextId++;
                    Insert(word, id);
                }
                if (id >= _classes.Length) Array.Resize(ref _classes, _classes.Length * 2);
                _classes[id] |= classes;
                return id;
            }
        }

        /// <summary>Adds classes to an existing id.</summary>
        public static void Mark(int id, WordClass classes)
        {
            lock (Sync) _classes[id] |= classes;
        }

        public static WordClass ClassOf(int id) => id < 0 ? WordClass.None : _classes[id];

        public static bool Is(int id, WordClass classes) => id >= 0 && (_classes[id] & classes) != 0;

        /// <summary>Words longer than this are never looked up.</summary>
        public const int MaxWordLength = 40;

        /// <summary>The id of the word at <c>text[start..start+length)</c>, ignoring case, or <see cref="Unknown"/>.</summary>
        public static int Find(string text, int start, int length) =>
            length <= 0 || length > MaxWordLength ? Unknown : Lookup(text, start, length, Hash(text, start, length));

        /// <summary>
        /// <see cref="Find(string, int, int)"/> with the hash a caller computed while scanning the word: <see cref="HashSeed"/> stepped by
        /// <see cref="HashStep"/> with each character in lower case.
        /// </summary>
        public static int Find(string text, int start, int length, uint hash) =>
            length <= 0 || length > MaxWordLength ? Unknown : Lookup(text, start, length, Finish(hash));

        public const uint HashSeed = 2166136261;

        public static uint HashStep(uint hash, char lower) => unchecked((hash ^ lower) * 16777619);

        private static int Finish(uint hash) => unchecked((int)(hash ^ (hash >> 15)));

        private static int Lookup(string text, int start, int length, int hash)
        {
            var keys = _keys;
            var hashes = _hashes;
            int mask = keys.Length - 1;
            int slot = hash & mask;
            while (true)
            {
                string? key = keys[slot];
                if (key is null) return Unknown;
                if (hashes[slot] == hash && key.Length == length && SameIgnoringCase(key, text, start)) return _ids[slot];
                slot = (slot + 1) & mask;
            }
        }

        private static void Insert(string word, int id)
        {
            if ((_used + 1) * 2 > _keys.Length) Grow();
            Place(_keys, _hashes, _ids, word, id);
            _used++;
        }

        private static void Place(string?[] keys, int[] hashes, int[] ids, string word, int id)
        {
            int mask = keys.Length - 1;
            int hash = Hash(word, 0, word.Length);
            int slot = hash & mask;
            while (keys[slot] is not null) slot = (slot + 1) & mask;
            hashes[slot] = hash;
            ids[slot] = id;
            keys[slot] = word;
        }

        private static void Grow()
        {
            var keys = new string?[_keys.Length * 2];
            var hashes = new int[keys.Length];
            var ids = new int[keys.Length];
            for (int i = 0; i < _keys.Length; i++)
            {
                if (_keys[i] is { } key) Place(keys, hashes, ids, key, _ids[i]);
            }
            _ids = ids;
            _hashes = hashes;
            _keys = keys;
        }

        private static int Hash(string text, int start, int length)
        {
            uint hash = HashSeed;
            for (int i = 0; i < length; i++) hash = HashStep(hash, Lower(text[start + i]));
            return Finish(hash);
        }

        private static bool SameIgnoringCase(string key, string text, int start)
        {
            for (int i = 0; i < key.Length; i++)
            {
                if (key[i] != Lower(text[start + i])) return false;
            }
            return true;
        }

        /// <summary>ASCII-fast, culture-free lower case.</summary>
        public static char Lower(char c) => c < 128 ? (c >= 'A' && c <= 'Z' ? (char)(c + 32) : c) : char.ToLowerInvariant(c);
    }
}
