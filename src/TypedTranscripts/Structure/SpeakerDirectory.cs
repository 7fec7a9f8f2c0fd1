using System;
using System.Collections.Generic;
using TypedTranscripts.Layouts;
using TypedTranscripts.Text;

namespace TypedTranscripts.Structure
{
    /// <summary>A speaker while the structure stage still learns about them.</summary>
    internal sealed class SpeakerDraft
    {
        public SpeakerDraft(string name, string? company, string? title, SpeakerRole? role, bool listed)
        {
            Name = name;
            Company = company;
            Title = title;
            Role = role;
            Listed = listed;
            Spelling = new Names.PersonName(name);
        }

        public string Name { get; }

        /// <summary>The name read once for matching.</summary>
        public Names.PersonName Spelling { get; }
        public string? Company { get; set; }
        public string? Title { get; set; }
        public SpeakerRole? Role { get; set; }
        public bool Listed { get; }
        public List<int> Turns { get; } = new List<int>();

        public void Learn(string? company, string? title)
        {
            Company ??= company;
            Title ??= title;
        }
    }

    /// <summary>
    /// Resolves speaker labels to one identity per person: the same name, or another spelling of it (middle names,
    /// nicknames, a letter off), at a compatible company.
    /// </summary>
    internal sealed class SpeakerDirectory
    {
        private readonly Dictionary<string, SpeakerDraft> _byKey = new Dictionary<string, SpeakerDraft>(StringComparer.Ordinal);

        // Another spelling shares the first or the last name (see Names.MatchStrength): with these, a transcript of
        // thousands of speakers compares each new name with a few, not with everyone.
        private readonly Dictionary<string, List<SpeakerDraft>> _byFirst = new Dictionary<string, List<SpeakerDraft>>(StringComparer.Ordinal);
        private readonly Dictionary<string, List<SpeakerDraft>> _byLast = new Dictionary<string, List<SpeakerDraft>>(StringComparer.Ordinal);
        private SpeakerDraft? _operator;

        public SpeakerDirectory(IEnumerable<Participant> participants)
        {
            foreach (var participant in participants)
            {
                var draft = new SpeakerDraft(participant.Name, participant.Company, participant.Title, participant.Role, listed: true);
                string key = draft.Spelling.Key;
                if (key.Length == 0 || _byKey.ContainsKey(key)) continue;
                _byKey[key] = draft;
                Add(draft);
            }
        }

        /// <summary>Everyone, in order of first appearance (listed participants first).</summary>
        public List<SpeakerDraft> All { get; } = new List<SpeakerDraft>();

        public SpeakerDraft Resolve(RawTurn turn)
        {
            if (turn.RoleHint == SpeakerRole.Operator || Names.IsOperatorLabel(turn.Name))
            {
                if (_operator is null)
                {
                    _operator = new SpeakerDraft(turn.Name.Length == 0 || Names.IsOperatorLabel(turn.Name) ? "Operator" : turn.Name, null, null, SpeakerRole.Operator, listed: false);
                    All.Add(_operator);
                }
                return _operator;
            }

            var spelling = new Names.PersonName(turn.Name);
            if (_byKey.TryGetValue(spelling.Key, out var known))
            {
                known.Learn(turn.Company, turn.Title);
                if (known.Role is null && turn.RoleHint is { } hint) known.Role = hint;
                return known;
            }

            var match = BestMatch(turn, spelling);
            if (match is not null)
            {
                match.Learn(turn.Company, turn.Title);
                _byKey[spelling.Key] = match;
                return match;
            }

            var draft = new SpeakerDraft(turn.Name, turn.Company, turn.Title, turn.RoleHint, listed: false);
            _byKey[spelling.Key] = draft;
            Add(draft);
            return draft;
        }

        private void Add(SpeakerDraft draft)
        {
            All.Add(draft);
            if (draft.Spelling.First is not { } first) return;
            Index(_byFirst, first, draft);
            Index(_byLast, draft.Spelling.Last!, draft);
        }

        private static void Index(Dictionary<string, List<SpeakerDraft>> index, string token, SpeakerDraft draft)
        {
            if (!index.TryGetValue(token, out var drafts)) index[token] = drafts = new List<SpeakerDraft>();
            drafts.Add(draft);
        }

        private const int MaxCandidates = 200;

        /// <summary>How many spellings were compared, so tests can check the work stays linear.</summary>
        internal long Comparisons { get; private set; }

        /// <summary>The single strongest other spelling; none when two people tie.</summary>
        private SpeakerDraft? BestMatch(RawTurn turn, Names.PersonName spelling)
        {
            if (Names.IsAnonymousLabel(turn.Name) || spelling.First is not { } first) return null;
            SpeakerDraft? best = null;
            int bestStrength = 0;
            bool tie = false;
            var sameFirst = _byFirst.TryGetValue(first, out var byFirst) ? byFirst : new List<SpeakerDraft>();
            var sameLast = _byLast.TryGetValue(spelling.Last!, out var byLast) ? byLast : new List<SpeakerDraft>();
            // When hundreds share the first or the last name, a near spelling could be any of them: no guess, and no
            // quadratic work on transcripts (or attacks) with thousands of namesakes.
            if (sameFirst.Count + sameLast.Count > MaxCandidates) return null;
            foreach (var draft in sameFirst) Consider(draft);
            foreach (var draft in sameLast)
            {
                if (draft.Spelling.First != first) Consider(draft); // the others were considered with the same first name
            }
            return tie ? null : best;

            void Consider(SpeakerDraft draft)
            {
                if (draft.Role == SpeakerRole.Operator) return;
                Comparisons++;
                int strength = Names.MatchStrength(draft.Spelling, spelling);
                if (strength == 0) return;
                // Only now, as it allocates: a thousand people who share a first name are compared at no cost.
                if (turn.Company is not null && draft.Company is not null && !Names.SameCompany(turn.Company, draft.Company)) return;
                if (strength > bestStrength)
                {
                    best = draft;
                    bestStrength = strength;
                    tie = false;
                }
                else if (strength == bestStrength)
                {
                    tie = true;
                }
            }
        }
    }
}
