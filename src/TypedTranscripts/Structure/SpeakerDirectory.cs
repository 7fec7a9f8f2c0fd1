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
        }

        public string Name { get; }
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
        private SpeakerDraft? _operator;

        public SpeakerDirectory(IEnumerable<Participant> participants)
        {
            foreach (var participant in participants)
            {
                string key = Names.Key(participant.Name);
                if (key.Length == 0 || _byKey.ContainsKey(key)) continue;
                var draft = new SpeakerDraft(participant.Name, participant.Company, participant.Title, participant.Role, listed: true);
                _byKey[key] = draft;
                All.Add(draft);
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

            string key = Names.Key(turn.Name);
            if (_byKey.TryGetValue(key, out var known))
            {
                known.Learn(turn.Company, turn.Title);
                if (known.Role is null && turn.RoleHint is { } hint) known.Role = hint;
                return known;
            }

            var match = BestMatch(turn);
            if (match is not null)
            {
                match.Learn(turn.Company, turn.Title);
                _byKey[key] = match;
                return match;
            }

            var draft = new SpeakerDraft(turn.Name, turn.Company, turn.Title, turn.RoleHint, listed: false);
            _byKey[key] = draft;
            All.Add(draft);
            return draft;
        }

        /// <summary>
        /// Beyond this many speakers the text is no call of named people (a call has dozens), and matching every new
        /// name against all of them would cost quadratic time.
        /// </summary>
        private const int MaxSpeakersToMatch = 500;

        /// <summary>The single strongest other spelling; none when two people tie.</summary>
        private SpeakerDraft? BestMatch(RawTurn turn)
        {
            if (Names.IsAnonymousLabel(turn.Name) || All.Count > MaxSpeakersToMatch) return null;
            SpeakerDraft? best = null;
            int bestStrength = 0;
            bool tie = false;
            foreach (var draft in All)
            {
                if (draft.Role == SpeakerRole.Operator) continue;
                if (turn.Company is not null && draft.Company is not null && !Names.SameCompany(turn.Company, draft.Company)) continue;
                int strength = Names.MatchStrength(draft.Name, turn.Name);
                if (strength == 0) continue;
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
            return tie ? null : best;
        }
    }
}
